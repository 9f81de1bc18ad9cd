//! The reminder scheduler inside `serve`.

use super::mail::Outbox;
use crate::ops::links::LinkSettings;
use crate::store::Db;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// How often the scheduler looks for due reminders.
const EVERY: Duration = Duration::from_secs(300);

/// Every few minutes until `stop` changes: sends the announcement waves that are due, and runs
/// the reminders, final notices and manager digests of every tenant with reminders on; then
/// wakes the mail sender. Safe beside other instances: taking a wave, a reminder or a notice
/// is a conditional update or unique insert, and a digest's dedupe key is unique.
pub fn start(
    db: Db,
    links: Arc<LinkSettings>,
    entra: Arc<crate::ops::entra::EntraSettings>,
    outbox: Arc<Outbox>,
    stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    super::repeat(EVERY, None, stop, move || {
        let (db, links, entra, outbox) = (db.clone(), links.clone(), entra.clone(), outbox.clone());
        async move {
            if let Err(e) = crate::ops::reminders::run_all(&db, &links, &entra).await {
                tracing::error!(error = %e, "reminder run failed");
            }
            outbox.queued();
        }
    })
}
