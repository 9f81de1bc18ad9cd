//! The scheduled Entra sync: every minute, each connected tenant whose next sync is due is
//! claimed and synced (see `ops::entra::sync_due`), so each tenant keeps its own schedule and
//! several instances share the work without syncing one tenant twice.

use crate::ops::entra::{EntraSettings, sync_due};
use crate::store::Db;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

const TICK: Duration = Duration::from_secs(60);

pub fn start(
    db: Db,
    settings: Arc<EntraSettings>,
    stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    super::repeat(TICK, None, stop, move || {
        let (db, settings) = (db.clone(), settings.clone());
        async move {
            if let Err(e) = sync_due(&db, &settings).await {
                tracing::error!(error = %e, "scheduled Entra sync");
            }
        }
    })
}
