//! Background work: the guide-event writer, the reminder scheduler, the mail sender, the
//! scheduled Microsoft Graph sync and the daily retention run. [`Jobs::start`] starts them and [`Jobs::drain`] stops them
//! in order once the server has stopped answering, so nothing queued is lost.

pub mod entra_sync;
pub mod events;
pub mod graph_sync;
pub mod mail;
pub mod reminders;
pub mod retention;
pub mod versions;

use crate::graph::GraphSettings;
use crate::ops::links::LinkSettings;
use crate::store::Db;
use events::{EventWriter, SqlEventSink};
use mail::{MailSettings, Outbox};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How long the event writer may take to store what is queued at shutdown.
const DRAIN_EVENTS: Duration = Duration::from_secs(10);

/// Runs `round` at once, then again every `period`, or sooner when `wake` is notified, until
/// `stop` changes (or its sender is dropped). A round in progress when that happens finishes.
pub(crate) fn repeat<F, Fut>(
    period: Duration,
    wake: Option<Arc<Outbox>>,
    mut stop: watch::Receiver<bool>,
    mut round: F,
) -> JoinHandle<()>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tokio::spawn(async move {
        loop {
            round().await;
            let woken = async {
                match &wake {
                    Some(w) => w.notified().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                () = tokio::time::sleep(period) => {}
                () = woken => {}
                _ = stop.changed() => return,
            }
        }
    })
}

/// A scheduled Graph sync: the tenant it is for, the app registration, and how often.
pub struct GraphSyncSchedule {
    pub tenant_slug: String,
    pub settings: GraphSettings,
    pub every: Duration,
}

/// The running background tasks.
pub struct Jobs {
    stop: watch::Sender<bool>,
    writer: EventWriter,
    scheduler: JoinHandle<()>,
    retention: JoinHandle<()>,
    sender: Option<JoinHandle<()>>,
    graph_sync: Option<JoinHandle<()>>,
    entra_sync: Option<JoinHandle<()>>,
}

impl Jobs {
    /// Starts every job. Returns the sink pages record guide events into, and the outbox
    /// handle that wakes the sender when a message is queued.
    pub fn start(
        db: &Db,
        links: Arc<LinkSettings>,
        mail: MailSettings,
        graph_sync: Option<GraphSyncSchedule>,
        entra: Arc<crate::ops::entra::EntraSettings>,
    ) -> (Jobs, Arc<SqlEventSink>, Arc<Outbox>) {
        let (sink, writer) = events::start(db.clone());
        let outbox = Arc::new(Outbox::default());
        let (stop, stop_rx) = watch::channel(false);
        let graph_sync = graph_sync.map(|s| graph_sync::start(db.clone(), s, stop_rx.clone()));
        // Without a data key no stored credential opens: nothing to schedule.
        let entra_sync = entra
            .keys
            .is_some()
            .then(|| entra_sync::start(db.clone(), entra.clone(), stop_rx.clone()));
        if mail.smtp.is_none() {
            tracing::warn!(
                "PASSKEY_GUIDE_SMTP_URL is not set: only tenants with their own mail transport \
                 send; other mail waits in the outbox"
            );
        }
        let sender = Some(mail::start_sender(
            db.clone(),
            mail,
            outbox.clone(),
            stop_rx.clone(),
        ));
        let retention = retention::start(db.clone(), stop_rx.clone());
        let scheduler = reminders::start(db.clone(), links, entra, outbox.clone(), stop_rx);
        let jobs = Jobs {
            stop,
            writer,
            scheduler,
            retention,
            sender,
            graph_sync,
            entra_sync,
        };
        (jobs, sink, outbox)
    }

    /// Stops the jobs once the server has stopped: every holder of the event sink is gone, so
    /// the writer stores what is queued and ends; the scheduler and the sender finish their
    /// round. A Graph sync may be waiting out Graph's throttling: it is stopped rather than
    /// waited for (its writes are one transaction, so nothing half-stored remains).
    pub async fn drain(self) {
        if tokio::time::timeout(DRAIN_EVENTS, self.writer.finish())
            .await
            .is_err()
        {
            tracing::warn!("guide events still queued at shutdown were not stored");
        }
        let _ = self.stop.send(true);
        let _ = self.scheduler.await;
        let _ = self.retention.await;
        for sync in [self.graph_sync, self.entra_sync].into_iter().flatten() {
            sync.abort();
        }
        if let Some(sender) = self.sender {
            let _ = sender.await;
        }
    }
}
