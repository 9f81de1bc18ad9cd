//! Outgoing mail: the sender task and its SMTP transport.
//!
//! Code that wants a message sent queues it with [`crate::store::outbox::enqueue`] under a
//! dedupe key; the key is unique, so queuing the same message twice (a retried request, a
//! second instance) stores it once. The sender claims due rows, talks SMTP, and marks each row
//! sent, or schedules a retry with backoff for temporary failures (the server down, a 4xx
//! reply) and gives up on permanent ones (a 5xx reply, an address that cannot be parsed). When
//! no SMTP server is configured, messages wait in the outbox.

use crate::error::ServerError;
use crate::store::outbox::{self, Claimed};
use crate::store::{Db, now_ms};
use lettre::message::{Mailbox, MultiPart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Retries stop after this many attempts (about a day with the backoff below).
pub const MAX_ATTEMPTS: i64 = 12;
/// How often the sender looks for due mail when nobody has woken it.
const POLL: Duration = Duration::from_secs(15);

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

/// Wait before attempt `n + 1` after `n` failures: 30 s doubling, at most 4 hours.
pub fn backoff_ms(attempts: i64) -> i64 {
    let exp = attempts.clamp(0, 20) as u32;
    (30_000i64 << exp.min(9)).min(4 * 3_600_000)
}

/// Sends what is due now. Returns how many were sent.
pub async fn deliver_due(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    loop {
        let now = now_ms();
        let batch = outbox::claim(db, now).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for row in &batch {
            outbox::sending(db, row.id).await?;
            match mailer.send(row).await {
                Ok(()) => {
                    outbox::sent(db, row.id).await?;
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
                    outbox::failed(
                        db,
                        row.id,
                        attempts,
                        message,
                        now_ms() + backoff_ms(row.attempts),
                        give_up.then(now_ms),
                    )
                    .await?;
                    if !give_up {
                        // The server is probably down: leave the rest of the batch for later.
                        outbox::release(db, now).await?;
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

    /// Completes when something was queued since the last call.
    pub async fn notified(&self) {
        self.wake.notified().await;
    }
}

/// Runs the sender until `stop` changes (or its sender is dropped). A message being sent
/// when that happens is finished first.
pub fn start_sender(
    db: Db,
    mailer: Mailer,
    outbox: Arc<Outbox>,
    stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    super::repeat(POLL, Some(outbox), stop, move || {
        let (db, mailer) = (db.clone(), mailer.clone());
        async move {
            if let Err(e) = deliver_due(&db, &mailer).await {
                tracing::error!(error = %e, "outbox: database error");
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
