//! The store: every SQL statement and row mapping of the server, for both databases.
//!
//! SQLite by default (WAL, one file under the data directory), PostgreSQL when `DATABASE_URL`
//! is a `postgres://` URL. Every query goes through sqlx's `Any` driver, so the SQL is written
//! once in the dialect both share: `$n` placeholders, `ON CONFLICT`, `RETURNING`,
//! `IS DISTINCT FROM`, `CASE` instead of two-argument `MAX`, `TRUE`/`FALSE`. Flags are selected
//! as integers and read with [`flag`].
//!
//! Each backend has its own migrations (`migrations/sqlite`, `migrations/postgres`) with the same
//! tables and columns; the tests run the whole suite against both, and `tests/schema.rs`
//! compares the two schemas.
//!
//! This module imports no web types and never calls up into the HTTP layer, the jobs or the
//! operations: they call it.

pub mod accounts;
pub mod audit;
pub mod comms;
pub mod dashboard;
pub mod diagnostics;
pub mod employees;
pub mod entra;
pub mod events;
pub mod journey;
pub mod metrics;
pub mod outbox;
pub mod privacy;
pub mod progress;
pub mod registration;
pub mod reminders;
mod sql;
pub mod sso;
pub mod tenants;

pub use sql::{Sql, Values};

use crate::error::ServerError;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{ConnectOptions, Executor, Row, Transaction};
use std::str::FromStr;
use std::time::Duration;

/// The connection pool every query takes.
pub type Db = sqlx::AnyPool;
/// A row of either database.
pub type DbRow = AnyRow;
/// A write transaction of either database.
pub type Tx = Transaction<'static, sqlx::Any>;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// Which database server a URL or connection is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Backend, ServerError> {
        let scheme = url.split(':').next().unwrap_or_default();
        match scheme {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            _ => Err(ServerError::Config(format!(
                "DATABASE_URL must start with sqlite:// or postgres://, not {scheme:?}"
            ))),
        }
    }

    pub fn of(db: &Db) -> Backend {
        Backend::of_url(db.connect_options().database_url.as_str()).unwrap_or(Backend::Sqlite)
    }

    /// The backend of a connection (or a transaction, through `&mut *tx`).
    pub fn of_conn(conn: &sqlx::AnyConnection) -> Backend {
        if conn.backend_name().eq_ignore_ascii_case("postgresql") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    pub fn migrations(self) -> &'static Migrator {
        match self {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        }
    }
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

/// Opens the pool and applies the migrations. Safe when several instances start at once:
/// on PostgreSQL sqlx's migrator holds an advisory lock while it migrates; on SQLite (one file,
/// one machine) a lock file beside the database serialises creating the file, switching it to
/// WAL and migrating.
pub async fn connect(url: &str) -> Result<Db, ServerError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url)?;
    // Held until the migrations have run. Switching the journal mode takes an exclusive lock
    // that SQLite's busy handler does not wait for, so two instances creating the file at once
    // would see "database is locked" without it.
    let _lock = match backend {
        Backend::Sqlite => {
            let lock = lock_sqlite_migrations(url).await?;
            prepare_sqlite_file(url).await?;
            lock
        }
        Backend::Postgres => None,
    };
    let options = AnyConnectOptions::from_str(url)?;
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(30))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // Per connection: SQLite's default page cache is 2 MB; a roster of 100k
                    // with a million events does not fit, and every index update of a burst
                    // would go to the disk cache. 16 MB per connection (at most eight),
                    // memory-mapped reads, temporary sorts in memory. A writer that finds the
                    // file locked waits (busy_timeout) instead of failing.
                    conn.execute(
                        "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; \
                         PRAGMA mmap_size = 268435456; PRAGMA temp_store = memory; \
                         PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;",
                    )
                    .await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await?;
    // sqlx takes no lock on SQLite: without the lock file, instances starting at once would
    // both apply the first missing migration.
    backend.migrations().run(&pool).await?;
    Ok(pool)
}

/// An exclusive lock on `<database>.migrate-lock`, held until the file is dropped.
async fn lock_sqlite_migrations(url: &str) -> Result<Option<std::fs::File>, ServerError> {
    let options = SqliteConnectOptions::from_str(url)?;
    let path = options.get_filename();
    if path.as_os_str().is_empty() || path.to_string_lossy().starts_with("file:sqlx-in-memory") {
        return Ok(None);
    }
    let mut lock = path.as_os_str().to_owned();
    lock.push(".migrate-lock");
    let file = tokio::task::spawn_blocking(move || {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock)?;
        file.lock()?;
        Ok::<_, std::io::Error>(file)
    })
    .await
    .map_err(|e| ServerError::Internal(format!("migration lock: {e}")))??;
    Ok(Some(file))
}

/// Creates the SQLite file when missing and puts it in WAL mode (a property of the file, so
/// every later connection has it): readers never wait for the writer.
async fn prepare_sqlite_file(url: &str) -> Result<(), ServerError> {
    let mut conn = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await?;
    conn.execute("SELECT 1").await?;
    sqlx::Connection::close(conn).await?;
    Ok(())
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), waiting in the busy handler if another connection holds it: a deferred
/// transaction that reads first and writes later cannot wait (its snapshot would be stale) and
/// fails with "database is locked" instead. PostgreSQL's row locks need nothing of the kind.
pub async fn begin_write(db: &Db) -> Result<Tx, sqlx::Error> {
    match Backend::of(db) {
        Backend::Sqlite => db.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => db.begin().await,
    }
}

/// A flag column, selected as `CAST(col AS INTEGER) AS col`: SQLite's `BOOLEAN` columns carry a
/// declared type the `Any` driver refuses, and PostgreSQL's booleans are no integers; cast, both
/// read as 0/1. (In `WHERE` and `SET`, the columns are used as they are.)
pub fn flag(row: &DbRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

/// A nullable flag column (from an outer join), selected as in [`flag`].
pub fn flag_opt(row: &DbRow, column: &str) -> Result<Option<bool>, sqlx::Error> {
    Ok(row.try_get::<Option<i64>, _>(column)?.map(|v| v != 0))
}
