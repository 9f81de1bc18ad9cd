//! Registration status from Entra ID: the portal's CSV export, or a sync with Microsoft
//! Graph's `userRegistrationDetails` report. Both end in one upsert per user.

use crate::error::ServerError;
use crate::graph::{self, GraphError, GraphSettings};
use crate::store::Db;
use crate::store::audit::{self, Actor};
use crate::store::registration;
use crate::store::tenants::Tenant;
use app::domain::registration::{BadRow, parse_csv};

/// What an import of the portal's CSV did.
#[derive(Debug, Clone)]
pub struct CsvImport {
    pub users: usize,
    pub with_passkey: usize,
    /// Rows that could not be read, with their line.
    pub bad: Vec<BadRow>,
}

/// Reads the portal's export and stores every user in it; the import is in the audit log.
pub async fn import_csv(
    db: &Db,
    tenant: &Tenant,
    bytes: &[u8],
    source_name: &str,
    actor: &Actor,
) -> Result<CsvImport, ServerError> {
    let parsed =
        parse_csv(bytes).map_err(|e| ServerError::Invalid(format!("{source_name}: {e}")))?;
    let users = registration::store(db, tenant.id, "csv", &parsed.registrations).await?;
    let with_passkey = parsed
        .registrations
        .iter()
        .filter(|r| r.has_passkey())
        .count();
    let after = serde_json::json!({
        "users": users,
        "with-passkey": with_passkey,
        "skipped": parsed.bad.len(),
        "file": source_name,
    });
    audit::record(
        db,
        tenant.id,
        actor,
        "registration-imported",
        None,
        Some(after),
    )
    .await?;
    Ok(CsvImport {
        users,
        with_passkey,
        bad: parsed.bad,
    })
}

/// Stores registrations from Graph's report under the principal name of the employee with the
/// same object id, so employees match their status by object id even where the report's name
/// is not the roster's. Returns how many users were written.
pub async fn store_matched(
    db: &Db,
    tenant_id: i64,
    source: &str,
    mut regs: Vec<app::domain::registration::Registration>,
) -> Result<usize, ServerError> {
    let upns = crate::store::entra::upns_by_object_id(db, tenant_id).await?;
    for r in &mut regs {
        if let Some(upn) = r.object_id.as_ref().and_then(|o| upns.get(o)) {
            r.upn.clone_from(upn);
        }
    }
    Ok(registration::store(db, tenant_id, source, &regs).await?)
}

/// Fetches from Graph and stores, recording the run (and its error, if any) for the
/// dashboard and `/metrics`.
pub async fn sync(db: &Db, tenant_id: i64, settings: &GraphSettings) -> Result<usize, GraphError> {
    registration::sync_started(db, tenant_id).await?;
    let result = match graph::fetch(settings).await {
        Ok(regs) => store_matched(db, tenant_id, "graph", regs)
            .await
            .map_err(|e| match e {
                ServerError::Database(e) => GraphError::Database(e),
                other => GraphError::Status {
                    need: graph::REGISTRATION,
                    status: 0,
                    detail: other.to_string(),
                },
            }),
        Err(e) => Err(e),
    };
    let (error, seen) = match &result {
        Ok(n) => (None, Some(*n as i64)),
        Err(e) => (Some(e.to_string()), None),
    };
    registration::sync_finished(db, tenant_id, error, seen).await?;
    result
}
