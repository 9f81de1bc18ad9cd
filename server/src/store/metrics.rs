//! What `/metrics` and `/readyz` read from the database: figures every instance reports
//! alike.

use super::Db;

/// Mail by kind: (kind, sent, failed, waiting).
pub async fn mail_counts(db: &Db) -> Result<Vec<(String, i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT kind, COUNT(sent_at_ms), COUNT(failed_at_ms), \
                SUM(CASE WHEN sent_at_ms IS NULL AND failed_at_ms IS NULL THEN 1 ELSE 0 END) \
         FROM outbox GROUP BY kind",
    )
    .fetch_all(db)
    .await
}

/// Each tenant's registration status: when it was last learned (import or sync), when the
/// last Graph sync finished, its error, and how many users it saw.
#[derive(Debug, Clone)]
pub struct SyncState {
    pub tenant: String,
    pub learned_ms: Option<i64>,
    pub finished_ms: Option<i64>,
    pub error: Option<String>,
    pub users_seen: Option<i64>,
}

pub async fn sync_states(db: &Db) -> Result<Vec<SyncState>, sqlx::Error> {
    type Row = (
        String,
        Option<i64>,
        Option<i64>,
        Option<String>,
        Option<i64>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT t.slug, (SELECT MAX(learned_at_ms) FROM registration_status s WHERE s.tenant_id = t.id), \
                r.last_finished_ms, r.last_error, r.users_seen \
         FROM tenant t LEFT JOIN registration_sync r ON r.tenant_id = t.id",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(tenant, learned_ms, finished_ms, error, users_seen)| SyncState {
                tenant,
                learned_ms,
                finished_ms,
                error,
                users_seen,
            },
        )
        .collect())
}

/// How many migrations have been applied successfully.
pub async fn migrations_applied(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(db)
        .await
}
