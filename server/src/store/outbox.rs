//! The outbox table: messages queued under a unique dedupe key, claimed by one sender at a
//! time, and marked sent, retried or given up. The sending itself is `jobs::mail`.

use super::{Backend, Db, now_ms};
use crate::error::ServerError;
use sqlx::Row;

/// How long a sender may hold a claimed row before another may take it.
pub const CLAIM_MS: i64 = 120_000;
/// Rows a sender claims at once.
const BATCH: i64 = 20;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub tenant_id: Option<i64>,
    pub employee_id: Option<i64>,
    pub kind: &'static str,
    pub dedupe_key: String,
    pub recipient: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// Not to be sent before this time (Unix ms); `None` for at once.
    pub not_before_ms: Option<i64>,
    /// The employee's one-click unsubscribe address, where their programme allows opting out.
    pub unsubscribe_url: Option<String>,
}

/// Queues `m` unless a message with its dedupe key was queued before. Returns the new row's
/// id, or `None` when it was queued before. Takes a connection or transaction, so callers can
/// queue atomically with their own writes.
pub async fn enqueue<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    m: &Outgoing,
) -> Result<Option<i64>, ServerError> {
    let now = now_ms();
    let id = sqlx::query_scalar(
        "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, body_html, created_at_ms, next_attempt_at_ms, unsubscribe_url) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(m.tenant_id)
    .bind(m.employee_id)
    .bind(m.kind)
    .bind(&m.dedupe_key)
    .bind(&m.recipient)
    .bind(&m.subject)
    .bind(&m.text)
    .bind(m.html.as_deref())
    .bind(now)
    .bind(m.not_before_ms.unwrap_or(now))
    .bind(m.unsubscribe_url.as_deref())
    .fetch_optional(db)
    .await?;
    Ok(id)
}

/// A message a sender has claimed.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub tenant_id: Option<i64>,
    pub dedupe_key: String,
    pub unsubscribe_url: Option<String>,
    pub recipient: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub attempts: i64,
}

/// A message that is waiting, due at `$1` and claimed by no live sender.
const DUE: &str = "sent_at_ms IS NULL AND failed_at_ms IS NULL AND next_attempt_at_ms <= $1 \
     AND (claimed_until_ms IS NULL OR claimed_until_ms < $1)";

/// What a message whose sender died mid-conversation is marked with.
pub const OUTCOME_UNKNOWN: &str =
    "outcome unknown: the sender stopped while talking to the SMTP server; not sent again";

/// Takes up to a batch of due messages for this sender. One statement, so two senders never
/// take the same row: SQLite runs it under its single write lock; on PostgreSQL the inner
/// select locks the rows it picks and skips those another sender is locking
/// (`FOR UPDATE SKIP LOCKED`), and the outer condition is checked again on the locked row.
/// Messages left mid-conversation by a sender that died are closed first: at most once beats
/// a duplicate reminder.
pub async fn claim(db: &Db, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET failed_at_ms = $1, last_error = $2, claimed_until_ms = NULL \
         WHERE sending_at_ms IS NOT NULL AND claimed_until_ms < $1 \
         AND sent_at_ms IS NULL AND failed_at_ms IS NULL",
    )
    .bind(now)
    .bind(OUTCOME_UNKNOWN)
    .execute(db)
    .await?;
    let lock = match Backend::of(db) {
        Backend::Sqlite => "",
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
    };
    let rows = sqlx::query(&format!(
        "UPDATE outbox SET claimed_until_ms = $1 + $2 WHERE id IN ( \
             SELECT id FROM outbox WHERE {DUE} ORDER BY next_attempt_at_ms LIMIT $3{lock}) \
         AND {DUE} RETURNING id, tenant_id, dedupe_key, unsubscribe_url, recipient, subject, body_text, body_html, attempts"
    ))
    .bind(now)
    .bind(CLAIM_MS)
    .bind(BATCH)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                tenant_id: r.try_get("tenant_id")?,
                dedupe_key: r.try_get("dedupe_key")?,
                unsubscribe_url: r.try_get("unsubscribe_url")?,
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                text: r.try_get("body_text")?,
                html: r.try_get("body_html")?,
                attempts: r.try_get("attempts")?,
            })
        })
        .collect()
}

/// Marks the start of the conversation with the mail server: from here on, a sender that
/// dies leaves the message as "outcome unknown" rather than sending it twice.
pub async fn sending(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET sending_at_ms = $2 WHERE id = $1")
        .bind(id)
        .bind(now_ms())
        .execute(db)
        .await?;
    Ok(())
}

pub async fn sent(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET sent_at_ms = $2, attempts = attempts + 1, claimed_until_ms = NULL, \
         sending_at_ms = NULL, last_error = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(now_ms())
    .execute(db)
    .await?;
    Ok(())
}

/// Records a failed attempt: retried at `next_attempt_at_ms`, or given up when `failed_at_ms`
/// is set.
pub async fn failed(
    db: &Db,
    id: i64,
    attempts: i64,
    error: &str,
    next_attempt_at_ms: i64,
    failed_at_ms: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET attempts = $2, last_error = $3, claimed_until_ms = NULL, \
         sending_at_ms = NULL, next_attempt_at_ms = $4, failed_at_ms = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(attempts)
    .bind(error)
    .bind(next_attempt_at_ms)
    .bind(failed_at_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Gives a claimed row back untried, due again at `next_attempt_at_ms` (its tenant's
/// transport just failed, or it has none yet): no attempt is counted.
pub async fn defer(db: &Db, id: i64, next_attempt_at_ms: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET claimed_until_ms = NULL, next_attempt_at_ms = $2 WHERE id = $1 AND sent_at_ms IS NULL",
    )
    .bind(id)
    .bind(next_attempt_at_ms)
    .execute(db)
    .await?;
    Ok(())
}
