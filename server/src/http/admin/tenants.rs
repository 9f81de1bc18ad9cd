use super::*;
use crate::store::{employees, tenants};
use app::admin::Overview;

pub(super) async fn list(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    let tenants = a.tenants(&state.db).await?;
    Ok(page(
        &headers,
        StatusCode::OK,
        "admin-tenants-title",
        None,
        Some(frame(&a, None)),
        || admin::tenants_page(tenants),
    ))
}

pub(super) async fn overview(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    let o = Overview {
        slug: tenant.slug.clone(),
        role,
        employees: employees::count(&state.db, tenant.id).await?,
        unpublished: tenants::has_unpublished_changes(&state.db, tenant.id).await?,
        guide_url: link_maker(&state).guide_url(&tenant),
        csrf: a.csrf.clone(),
    };
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "overview",
        None,
        || admin::overview_page(o),
    ))
}
