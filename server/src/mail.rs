//! Outgoing mail: an outbox table and one sender task.
//!
//! Code that wants a message sent queues it with [`enqueue`] under a dedupe key; the key is
//! unique, so queuing the same message twice (a retried request, a second instance) stores it
//! once. The sender claims due rows, talks SMTP, and marks each row sent, or schedules a retry
//! with backoff for temporary failures (the server down, a 4xx reply) and gives up on permanent
//! ones (a 5xx reply, an address that cannot be parsed). When no SMTP server is configured,
//! messages wait in the outbox.

use crate::db::{Db, now_ms};
use crate::error::ServerError;
use lettre::message::{Mailbox, MultiPart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::Row;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How long a sender may hold a claimed row before another may take it.
const CLAIM_MS: i64 = 120_000;
const BATCH: i64 = 20;
/// Retries stop after this many attempts (about a day with the backoff below).
pub const MAX_ATTEMPTS: i64 = 12;
/// How often the sender looks for due mail when nobody has woken it.
const POLL: Duration = Duration::from_secs(15);

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
}

/// Queues `m` unless a message with its dedupe key was queued before. Returns the new row's
/// id, or `None` when it was queued before. Takes a connection or transaction, so callers can
/// queue atomically with their own writes.
pub async fn enqueue<'e>(
    db: impl sqlx::Executor<'e, Database = crate::db::Backend>,
    m: &Outgoing,
) -> Result<Option<i64>, ServerError> {
    let now = now_ms();
    let id = sqlx::query_scalar(
        "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, body_html, created_at_ms, next_attempt_at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
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
    .fetch_optional(db)
    .await?;
    Ok(id)
}

/// The SMTP connection settings.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// Reads `smtp://`, `smtp://…?tls=required` or `smtps://` URLs. Credentials may be in the
    /// URL; errors never repeat it.
    pub fn new(url: &str, from: &str) -> Result<Mailer, ServerError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| {
                ServerError::Config(
                    "PASSKEY_GUIDE_SMTP_URL is not an smtp:// or smtps:// URL".into(),
                )
            })?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| ServerError::Config(format!("PASSKEY_GUIDE_MAIL_FROM {from:?}: {e}")))?;
        Ok(Mailer { transport, from })
    }

    async fn send(&self, row: &Claimed) -> Result<(), SendError> {
        let to: Mailbox = row
            .recipient
            .parse()
            .map_err(|e| SendError::Permanent(format!("recipient: {e}")))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone());
        let message = match &row.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                row.text.clone(),
                html.clone(),
            )),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(row.text.clone()),
        }
        .map_err(|e| SendError::Permanent(e.to_string()))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            if e.is_permanent() {
                SendError::Permanent(e.to_string())
            } else {
                SendError::Temporary(e.to_string())
            }
        })
    }
}

#[derive(Debug)]
enum SendError {
    Temporary(String),
    Permanent(String),
}

struct Claimed {
    id: i64,
    recipient: String,
    subject: String,
    text: String,
    html: Option<String>,
    attempts: i64,
}

/// Wait before attempt `n + 1` after `n` failures: 30 s doubling, at most 4 hours.
pub fn backoff_ms(attempts: i64) -> i64 {
    let exp = attempts.clamp(0, 20) as u32;
    (30_000i64 << exp.min(9)).min(4 * 3_600_000)
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
async fn claim(db: &Db, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET failed_at_ms = $1, last_error = $2, claimed_until_ms = NULL \
         WHERE sending_at_ms IS NOT NULL AND claimed_until_ms < $1 \
         AND sent_at_ms IS NULL AND failed_at_ms IS NULL",
    )
    .bind(now)
    .bind(OUTCOME_UNKNOWN)
    .execute(db)
    .await?;
    let lock = match crate::db::Kind::of(db) {
        crate::db::Kind::Sqlite => "",
        crate::db::Kind::Postgres => " FOR UPDATE SKIP LOCKED",
    };
    let rows = sqlx::query(&format!(
        "UPDATE outbox SET claimed_until_ms = $1 + $2 WHERE id IN ( \
             SELECT id FROM outbox WHERE {DUE} ORDER BY next_attempt_at_ms LIMIT $3{lock}) \
         AND {DUE} RETURNING id, recipient, subject, body_text, body_html, attempts"
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
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                text: r.try_get("body_text")?,
                html: r.try_get("body_html")?,
                attempts: r.try_get("attempts")?,
            })
        })
        .collect()
}

/// Sends what is due now. Returns how many were sent.
pub async fn deliver_due(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    loop {
        let now = now_ms();
        let batch = claim(db, now).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for row in &batch {
            sqlx::query("UPDATE outbox SET sending_at_ms = $2 WHERE id = $1")
                .bind(row.id)
                .bind(now_ms())
                .execute(db)
                .await?;
            match mailer.send(row).await {
                Ok(()) => {
                    sqlx::query(
                        "UPDATE outbox SET sent_at_ms = $2, attempts = attempts + 1, claimed_until_ms = NULL, \
                         sending_at_ms = NULL, last_error = NULL WHERE id = $1",
                    )
                    .bind(row.id)
                    .bind(now_ms())
                    .execute(db)
                    .await?;
                    sent += 1;
                }
                Err(e) => {
                    let attempts = row.attempts + 1;
                    let (message, give_up) = match &e {
                        SendError::Permanent(m) => (m.as_str(), true),
                        SendError::Temporary(m) => (m.as_str(), attempts >= MAX_ATTEMPTS),
                    };
                    tracing::warn!(
                        outbox = row.id,
                        attempts,
                        give_up,
                        error = message,
                        "sending mail failed"
                    );
                    sqlx::query(
                        "UPDATE outbox SET attempts = $2, last_error = $3, claimed_until_ms = NULL, \
                         sending_at_ms = NULL, next_attempt_at_ms = $4, failed_at_ms = $5 WHERE id = $1",
                    )
                    .bind(row.id)
                    .bind(attempts)
                    .bind(message)
                    .bind(now_ms() + backoff_ms(row.attempts))
                    .bind(give_up.then(now_ms))
                    .execute(db)
                    .await?;
                    if !give_up {
                        // The server is probably down: leave the rest of the batch for later.
                        sqlx::query(
                            "UPDATE outbox SET claimed_until_ms = NULL WHERE claimed_until_ms = $1 + $2 AND sent_at_ms IS NULL",
                        )
                        .bind(now)
                        .bind(CLAIM_MS)
                        .execute(db)
                        .await?;
                        return Ok(sent);
                    }
                }
            }
        }
    }
}

/// Wakes the sender when something was queued, so mail goes out at once.
#[derive(Debug, Default)]
pub struct Outbox {
    wake: Notify,
}

impl Outbox {
    pub fn queued(&self) {
        self.wake.notify_one();
    }
}

/// Runs the sender until `stop` changes (or its sender is dropped). A message being sent
/// when that happens is finished first.
pub fn start_sender(
    db: Db,
    mailer: Mailer,
    outbox: Arc<Outbox>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = deliver_due(&db, &mailer).await {
                tracing::error!(error = %e, "outbox: database error");
            }
            tokio::select! {
                () = outbox.wake.notified() => {}
                () = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => return,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_ms(0), 30_000);
        assert_eq!(backoff_ms(1), 60_000);
        assert_eq!(backoff_ms(3), 240_000);
        assert_eq!(backoff_ms(MAX_ATTEMPTS), 4 * 3_600_000);
        assert_eq!(backoff_ms(-1), 30_000);
    }

    #[tokio::test]
    async fn bad_settings_are_refused_without_echoing_secrets() {
        let e = Mailer::new("ftp://user:hunter2@host", "a@b.example").unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(Mailer::new("smtp://127.0.0.1:2525", "not an address").is_err());
        assert!(Mailer::new("smtp://127.0.0.1:2525", "IT <it@example.com>").is_ok());
    }
}
