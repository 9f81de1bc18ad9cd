//! The reminder scheduler inside `serve`.

use super::mail::Outbox;
use crate::ops::links::LinkSettings;
use crate::store::Db;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// How often the scheduler looks for due reminders.
const EVERY: Duration = Duration::from_secs(300);

/// Runs every tenant's reminders (those with reminders enabled) every few minutes until `stop`
/// changes, and wakes the mail sender after each round. Safe beside other instances: taking a
/// reminder is a unique insert.
pub fn start(
    db: Db,
    links: Arc<LinkSettings>,
    outbox: Arc<Outbox>,
    stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    super::repeat(EVERY, None, stop, move || {
        let (db, links, outbox) = (db.clone(), links.clone(), outbox.clone());
        async move {
            if let Err(e) = crate::ops::reminders::run_all(&db, &links).await {
                tracing::error!(error = %e, "reminder run failed");
            }
            outbox.queued();
        }
    })
}
