//! The daily retention run inside `serve`.

use crate::store::Db;
use std::time::Duration;
use tokio::sync::watch;

/// How often the job looks for tenants whose daily run is due.
const EVERY: Duration = Duration::from_secs(3600);

/// Every hour until `stop` changes: applies the retention of each tenant whose last run is a
/// day old. Safe beside other instances: each tenant's run is taken by a conditional update.
pub fn start(db: Db, stop: watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
    super::repeat(EVERY, None, stop, move || {
        let db = db.clone();
        async move {
            if let Err(e) = crate::ops::privacy::apply_all(&db, crate::store::now_ms()).await {
                tracing::error!(error = %e, "retention run failed");
            }
        }
    })
}
