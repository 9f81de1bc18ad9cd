//! The database: SQLite by default (WAL, one file under the data directory). Queries use `$n`
//! placeholders and portable SQL so PostgreSQL can run them too.

use crate::error::ServerError;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// The connection pool every query takes.
pub type Db = SqlitePool;

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

pub async fn connect(url: &str) -> Result<SqlitePool, ServerError> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true)
        // SQLite's default page cache is 2 MB: a roster of 100k with a million events does
        // not fit, and every index update of a burst would go to the disk cache. 16 MB per
        // connection (at most eight), memory-mapped reads, temporary sorts in memory.
        .pragma("cache_size", "-16384")
        .pragma("mmap_size", "268435456")
        .pragma("temp_store", "memory");
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await?;
    sqlx::migrate!("../migrations/sqlite").run(&pool).await?;
    crate::progress::backfill(&pool).await?;
    Ok(pool)
}
