//! The scheduled Microsoft Graph sync of one tenant's registration status.

use super::GraphSyncSchedule;
use crate::store::{Db, tenants};
use tokio::sync::watch;

/// Syncs the tenant's registration status now and then every `schedule.every` until `stop`
/// changes. Failures are logged and recorded in `registration_sync`; the next round tries
/// again.
pub fn start(
    db: Db,
    schedule: GraphSyncSchedule,
    stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let GraphSyncSchedule {
        tenant_slug: slug,
        settings,
        every,
    } = schedule;
    super::repeat(every, None, stop, move || {
        let (db, slug, settings) = (db.clone(), slug.clone(), settings.clone());
        async move {
            match tenants::by_slug(&db, &slug).await {
                Ok(Some(t)) => match crate::ops::registration::sync(&db, t.id, &settings).await {
                    Ok(n) => {
                        tracing::info!(tenant = %slug, users = n, "registration status synced")
                    }
                    Err(e) => {
                        tracing::error!(tenant = %slug, error = %e, "registration sync failed")
                    }
                },
                Ok(None) => tracing::error!(tenant = %slug, "graph sync: no such tenant"),
                Err(e) => tracing::error!(error = %e, "graph sync: database"),
            }
        }
    })
}
