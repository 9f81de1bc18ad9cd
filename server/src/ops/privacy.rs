//! An employee's data over its life: the tenant's retention period and its daily run, erasing
//! one employee, and exporting what is kept about them (a subject-access request).

use crate::error::ServerError;
use crate::store::audit::{self, Actor};
use crate::store::tenants::{self, Tenant};
use crate::store::{self, Db, privacy};
use app::domain::retention::{self, Fate, Retention};
use serde_json::{Value, json};

/// What one retention run did to a tenant's data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Leavers whose period ended, erased.
    pub erased: u64,
    /// Registered employees whose period ended, their step-by-step data removed (counted each
    /// day while anything was left to remove).
    pub trimmed: u64,
    /// Rows removed or unlinked by trimming, and old manager digests dropped.
    pub rows: u64,
}

/// Applies the tenant's retention at `now_ms` when its daily run is due (or `force`) and this
/// instance takes it; `None` when not due or taken elsewhere.
pub async fn apply_retention(
    db: &Db,
    tenant: &Tenant,
    now_ms: i64,
    force: bool,
) -> Result<Option<RetentionReport>, ServerError> {
    let last = tenants::retention_ran_at(db, tenant.id).await?;
    if !force && !retention::run_due(last, now_ms) {
        return Ok(None);
    }
    if !tenants::take_retention_run(db, tenant.id, last, now_ms).await? {
        return Ok(None);
    }
    let mut erase = Vec::new();
    let mut trim = Vec::new();
    for row in privacy::retention_rows(db, tenant.id).await? {
        match tenant.retention.fate(&row.subject, now_ms) {
            Fate::Erase => erase.push(row.employee_id),
            Fate::Trim => trim.push(row.employee_id),
            Fate::Keep => {}
        }
    }
    let mut report = RetentionReport {
        erased: privacy::erase_employees(db, tenant.id, &erase).await?,
        ..RetentionReport::default()
    };
    report.rows = privacy::trim_employees(db, &trim).await?;
    report.trimmed = trim.len() as u64;
    report.rows +=
        privacy::drop_old_digests(db, tenant.id, tenant.retention.cutoff_ms(now_ms)).await?;
    if report.erased > 0 {
        tracing::info!(
            tenant = %tenant.slug,
            erased = report.erased,
            "retention erased leavers"
        );
    }
    Ok(Some(report))
}

/// Every tenant's retention, for the daily job.
pub async fn apply_all(db: &Db, now_ms: i64) -> Result<(), ServerError> {
    for id in tenants::all_ids(db).await? {
        let Some(tenant) = tenants::by_id(db, id).await? else {
            continue;
        };
        if let Err(e) = apply_retention(db, &tenant, now_ms, false).await {
            tracing::error!(tenant = %tenant.slug, error = %e, "retention run failed");
        }
    }
    Ok(())
}

/// Sets the tenant's retention period.
pub async fn set_retention(
    db: &Db,
    tenant: &Tenant,
    retention: Retention,
    actor: &Actor,
) -> Result<(), ServerError> {
    tenants::set_retention(db, tenant.id, retention).await?;
    audit::record(
        db,
        tenant.id,
        actor,
        "retention-saved",
        Some(json!({ "retention-days": tenant.retention.days() })),
        Some(json!({ "retention-days": retention.days() })),
    )
    .await
}

/// Erases the employee with this reference and everything that names them. False when there
/// is no such employee (erased already).
pub async fn erase(
    db: &Db,
    tenant: &Tenant,
    reference: &str,
    actor: &Actor,
) -> Result<bool, ServerError> {
    let Some(e) = store::employees::by_ref(db, tenant.id, reference).await? else {
        return Ok(false);
    };
    Ok(privacy::erase_employee(db, tenant.id, e.id, actor)
        .await?
        .is_some())
}

/// The employee with this reference as the address an admin types: their email or principal
/// name, case aside.
pub async fn reference_of(
    db: &Db,
    tenant: &Tenant,
    address: &str,
) -> Result<Option<String>, ServerError> {
    store::employees::reference_by_address(db, tenant.id, address).await
}

/// Everything kept about one employee as a JSON document, for a subject-access request. The
/// export is audited with the employee's reference (an erasure later replaces it).
pub async fn export(
    db: &Db,
    tenant: &Tenant,
    reference: &str,
    actor: &Actor,
    now_ms: i64,
) -> Result<Option<Value>, ServerError> {
    let Some(e) = store::employees::by_ref(db, tenant.id, reference).await? else {
        return Ok(None);
    };
    let Some(data) = privacy::export_employee(db, tenant.id, e.id).await? else {
        return Ok(None);
    };
    let subject = privacy::retention_rows(db, tenant.id)
        .await?
        .into_iter()
        .find(|r| r.employee_id == e.id)
        .map(|r| r.subject)
        .unwrap_or_default();
    let expires = tenant.retention.expires_at_ms(&subject).map(|(at, fate)| {
        json!({
            "at": rfc3339(at),
            "what": match fate {
                Fate::Erase => "everything is erased",
                Fate::Trim => "the step-by-step data is removed; the roster entry and stage dates stay",
                Fate::Keep => "nothing",
            },
        })
    });
    audit::record(
        db,
        tenant.id,
        actor,
        "employee-exported",
        None,
        Some(json!({ "employee": reference })),
    )
    .await?;
    Ok(Some(json!({
        "format": "passkey-guide subject-access export 1",
        "exported_at": rfc3339(now_ms),
        "organisation": tenant.name,
        "retention": {
            "days": tenant.retention.days(),
            "counted_from": "registering a passkey or leaving the rollout",
            "expires": expires,
        },
        "times": "numbers ending in _ms are milliseconds since 1970-01-01 UTC",
        "data": data,
    })))
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}
