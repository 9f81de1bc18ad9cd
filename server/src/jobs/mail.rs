//! Outgoing mail: the outbox's sender task.
//!
//! Code that wants a message sent queues it with [`crate::store::outbox::enqueue`] under a
//! dedupe key; the key is unique, so queuing the same message twice (a retried request, a
//! second instance) stores it once. The sender claims due rows and sends each through its
//! tenant's transport: the tenant's own SMTP server, Microsoft Graph `sendMail` from the
//! tenant's mailbox, or else the server's SMTP settings. Each row is marked sent, or retried
//! with backoff for temporary failures (the server down, a 4xx reply, Graph throttling, which
//! sets the wait with `Retry-After`), or given up on permanent ones (a 5xx SMTP reply, an
//! address that cannot be parsed, a message Graph calls malformed). A row whose tenant has no
//! way to send waits in the outbox.
//! The messages and their transports are [`crate::mail`].

pub use crate::mail::{Mailer, SendError, Transport, compose, mailbox};
use crate::store::outbox;
use crate::store::{Db, now_ms};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::Instant;

/// Retries stop after this many attempts (about a day with the backoff below).
pub const MAX_ATTEMPTS: i64 = 12;
/// How often the sender looks for due mail when nobody has woken it.
const POLL: Duration = Duration::from_secs(15);
/// How long a message waits when its tenant has no way to send yet.
const NO_TRANSPORT_WAIT_MS: i64 = 60_000;
/// Exchange Online's sending limit per mailbox (graph-contracts §7.3: 30 messages a minute).
pub const EXCHANGE_PER_MINUTE: u32 = 30;

/// The server-wide mail settings: its own SMTP server (for tenants without their own
/// transport), the Entra settings that open tenants' connections, and the Graph sending rate.
#[derive(Clone)]
pub struct MailSettings {
    pub smtp: Option<Mailer>,
    pub entra: Arc<crate::ops::entra::EntraSettings>,
    /// Messages a minute from one mailbox through Graph.
    pub graph_per_minute: u32,
    pacer: Arc<Mutex<HashMap<String, Instant>>>,
}

impl MailSettings {
    pub fn new(
        smtp: Option<Mailer>,
        entra: Arc<crate::ops::entra::EntraSettings>,
        graph_per_minute: u32,
    ) -> MailSettings {
        MailSettings {
            smtp,
            entra,
            graph_per_minute: graph_per_minute.max(1),
            pacer: Arc::default(),
        }
    }

    /// Waits until `mailbox` may send again under the per-minute rate, and books the slot.
    async fn pace(&self, mailbox: &str) {
        let gap = Duration::from_secs(60) / self.graph_per_minute;
        let wait = {
            let mut last = self.pacer.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let slot = last.get(mailbox).map_or(now, |t| (*t + gap).max(now));
            last.insert(mailbox.to_owned(), slot);
            slot - now
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }
}

/// How one tenant's mail leaves, or why it cannot yet.
pub enum Route {
    Send(Transport),
    /// Nothing to send with yet; the reason is logged and the mail waits.
    None(String),
}

impl Route {
    /// The tenant's own transport if it has one, else the server's SMTP settings.
    pub async fn of(db: &Db, settings: &MailSettings, tenant_id: Option<i64>) -> Route {
        let own = match tenant_id {
            Some(id) => crate::ops::comms::tenant_transport(db, &settings.entra, id).await,
            None => Ok(None),
        };
        match (own, &settings.smtp) {
            (Ok(Some(t)), _) => Route::Send(t),
            (Ok(None), Some(smtp)) => Route::Send(Transport::Smtp(smtp.clone())),
            (Ok(None), None) => Route::None(
                "no SMTP server is configured (PASSKEY_GUIDE_SMTP_URL) and the tenant has no \
                 mail transport"
                    .into(),
            ),
            (Err(e), _) => Route::None(format!("the tenant's mail transport: {e}")),
        }
    }
}

/// Wait before attempt `n + 1` after `n` failures: 30 s doubling, at most 4 hours.
pub fn backoff_ms(attempts: i64) -> i64 {
    let exp = attempts.clamp(0, 20) as u32;
    (30_000i64 << exp.min(9)).min(4 * 3_600_000)
}

/// Sends what is due now. Returns how many were sent.
pub async fn deliver_due(db: &Db, settings: &MailSettings) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    let mut routes: HashMap<Option<i64>, Route> = HashMap::new();
    // Tenants whose transport failed temporarily this round: the rest of their mail waits.
    let mut resting: HashMap<Option<i64>, i64> = HashMap::new();
    loop {
        let now = now_ms();
        let batch = outbox::claim(db, now).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for row in &batch {
            if let Some(until) = resting.get(&row.tenant_id) {
                outbox::defer(db, row.id, *until).await?;
                continue;
            }
            let route = match routes.entry(row.tenant_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(Route::of(db, settings, row.tenant_id).await)
                }
            };
            let transport = match route {
                Route::Send(t) => t,
                Route::None(why) => {
                    tracing::warn!(outbox = row.id, reason = %why, "mail waits: nothing to send it with");
                    let until = now_ms() + NO_TRANSPORT_WAIT_MS;
                    outbox::failed(db, row.id, row.attempts, why, until, None).await?;
                    resting.insert(row.tenant_id, until);
                    continue;
                }
            };
            if let Some(mailbox) = transport.graph_mailbox() {
                settings.pace(&mailbox).await;
            }
            outbox::sending(db, row.id).await?;
            match transport.send(row).await {
                Ok(()) => {
                    outbox::sent(db, row.id).await?;
                    sent += 1;
                }
                Err(e) => {
                    let attempts = row.attempts + 1;
                    let (message, give_up, wait) = match &e {
                        SendError::Permanent(m) => (m.as_str(), true, 0),
                        SendError::Temporary {
                            message,
                            retry_after,
                        } => (
                            message.as_str(),
                            attempts >= MAX_ATTEMPTS,
                            retry_after.map_or_else(
                                || backoff_ms(row.attempts),
                                |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX).max(1_000),
                            ),
                        ),
                    };
                    tracing::warn!(
                        outbox = row.id,
                        attempts,
                        give_up,
                        error = message,
                        "sending mail failed"
                    );
                    let until = now_ms() + wait;
                    outbox::failed(db, row.id, attempts, message, until, give_up.then(now_ms))
                        .await?;
                    if !give_up {
                        // The server is probably down or throttling this tenant: its other
                        // messages wait too.
                        resting.insert(row.tenant_id, until);
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
    settings: MailSettings,
    outbox: Arc<Outbox>,
    stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    super::repeat(POLL, Some(outbox), stop, move || {
        let (db, settings) = (db.clone(), settings.clone());
        async move {
            if let Err(e) = deliver_due(&db, &settings).await {
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

    #[tokio::test(start_paused = true)]
    async fn graph_sends_from_one_mailbox_keep_to_the_rate() {
        let entra = Arc::new(crate::ops::entra::EntraSettings {
            keys: None,
            login_url: String::new(),
            graph_url: String::new(),
            max_retries: 0,
            max_wait: Duration::ZERO,
        });
        let s = MailSettings::new(None, entra, EXCHANGE_PER_MINUTE);
        let start = Instant::now();
        for _ in 0..3 {
            s.pace("passkeys@contoso.example").await;
        }
        // 30 a minute: the second waits 2 s, the third 4 s after the first.
        assert_eq!(start.elapsed(), Duration::from_secs(4));
        // Another mailbox is not held back by this one.
        s.pace("it@contoso.example").await;
        assert_eq!(start.elapsed(), Duration::from_secs(4));
    }

    #[tokio::test]
    async fn bad_settings_are_refused_without_echoing_secrets() {
        let e = Mailer::new("ftp://user:hunter2@host", "a@b.example").unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(Mailer::new("smtp://127.0.0.1:2525", "not an address").is_err());
        assert!(Mailer::new("smtp://127.0.0.1:2525", "IT <it@example.com>").is_ok());
    }
}
