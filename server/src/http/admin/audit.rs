use super::*;
use crate::store::audit;

/// Entries per page of the audit log.
const AUDIT_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub(super) struct AuditQuery {
    page: Option<usize>,
}

/// The audit log: owners only, since it shows every admin's changes.
pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Query(q): Query<AuditQuery>,
) -> Result<Response, ServerError> {
    let tz = crate::ops::dashboard::time_zone(&state.db, tenant.id).await?;
    let page = i64::try_from(q.page.unwrap_or(1).max(1)).unwrap_or(1);
    let (entries, total) =
        audit::page(&state.db, tenant.id, AUDIT_PAGE, (page - 1) * AUDIT_PAGE).await?;
    let view = app::admin::AuditView {
        slug: tenant.slug.clone(),
        page: usize::try_from(page).unwrap_or(1),
        pages: usize::try_from((total + AUDIT_PAGE - 1) / AUDIT_PAGE)
            .unwrap_or(1)
            .max(1),
        rows: entries
            .into_iter()
            .map(|e| app::admin::AuditRow {
                at: crate::ops::dashboard::local_time(e.at_ms, &tz),
                actor: e.actor,
                action: e.action,
                changes: e.changes,
            })
            .collect(),
    };
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "audit",
        None,
        || app::admin::audit_page(view),
    ))
}
