//! Announcement waves: a cohort announced now or at a scheduled time, from the console or
//! the command line. The scheduler sends due waves (`ops::reminders::run_waves`); "now" sends
//! at once, through the same taking of the wave, so a wave is sent by one run only.

use crate::error::ServerError;
use crate::ops::entra::EntraSettings;
use crate::ops::links::LinkSettings;
use crate::store::Db;
use crate::store::audit::{self, Actor};
use crate::store::comms::{self as store, NewWave};
use crate::store::tenants::Tenant;
use app::domain::waves::Cohort;
use jiff::Timestamp;

/// Stores a wave for `cohort` at `at` and records it in the audit log. Returns its id.
pub async fn schedule(
    db: &Db,
    tenant: &Tenant,
    cohort: &Cohort,
    at: Timestamp,
    actor: &Actor,
) -> Result<i64, ServerError> {
    match cohort {
        Cohort::Department(d) | Cohort::Group(d) if d.trim().is_empty() => {
            return Err(ServerError::Invalid("the cohort needs a value".into()));
        }
        Cohort::List(l) if l.is_empty() => {
            return Err(ServerError::Invalid(
                "the list of addresses is empty".into(),
            ));
        }
        _ => {}
    }
    let addresses = match cohort {
        Cohort::List(l) => l.clone(),
        _ => Vec::new(),
    };
    let id = store::create_wave(
        db,
        tenant.id,
        &NewWave {
            selector: cohort.kind(),
            selector_value: cohort.value().map(str::trim),
            addresses: &addresses,
            scheduled_at_ms: at.as_millisecond(),
            created_by: &actor.name,
        },
    )
    .await?;
    audit::record(
        db,
        tenant.id,
        actor,
        "wave-scheduled",
        None,
        Some(serde_json::json!({
            "wave": id,
            "cohort": cohort.kind(),
            "value": cohort.value(),
            "addresses": addresses.len(),
            "at": at.to_string(),
        })),
    )
    .await?;
    Ok(id)
}

/// Sends a stored wave now, unless another run has taken it. Returns the addresses
/// announced.
pub async fn send_now(
    db: &Db,
    links: &LinkSettings,
    entra: &EntraSettings,
    tenant: &Tenant,
    wave_id: i64,
) -> Result<Vec<String>, ServerError> {
    let Some(wave) = store::take_wave(db, wave_id).await? else {
        return Ok(vec![]);
    };
    if wave.tenant_id != tenant.id {
        return Err(ServerError::Forbidden);
    }
    let cohort = Cohort::from_parts(
        &wave.selector,
        wave.selector_value.as_deref(),
        &wave.addresses,
    )
    .ok_or_else(|| ServerError::Invalid("unknown wave selector".into()))?;
    let now = Timestamp::now();
    let result = async {
        let members = super::reminders::cohort_members(db, entra, tenant.id, &cohort).await?;
        let maker = links.maker(now.as_second());
        super::reminders::announce_cohort(
            db,
            tenant,
            &maker,
            &cohort,
            &members,
            Some(wave.id),
            false,
        )
        .await
    }
    .await;
    match &result {
        Ok(to) => store::finish_wave(db, wave.id, to.len(), None).await?,
        Err(e) => store::finish_wave(db, wave.id, 0, Some(&e.to_string())).await?,
    }
    result
}

/// Cancels a wave that has not gone out yet.
pub async fn cancel(db: &Db, tenant: &Tenant, id: i64, actor: &Actor) -> Result<bool, ServerError> {
    let cancelled = store::cancel_wave(db, tenant.id, id).await?;
    if cancelled {
        audit::record(
            db,
            tenant.id,
            actor,
            "wave-cancelled",
            None,
            Some(serde_json::json!({ "wave": id })),
        )
        .await?;
    }
    Ok(cancelled)
}
