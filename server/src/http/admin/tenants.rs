use super::*;
use crate::store::{employees, tenants};
use app::admin::Overview;

pub(super) async fn list(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    list_page(&state, &a, &headers, StatusCode::OK, None).await
}

async fn list_page(
    state: &AppState,
    a: &Admin,
    headers: &HeaderMap,
    status: StatusCode,
    error: Option<Message>,
) -> Result<Response, ServerError> {
    let tenants = a.tenants(&state.db).await?;
    let csrf = a.csrf.clone();
    let operator = a.operator;
    Ok(page(
        headers,
        status,
        "admin-tenants-title",
        None,
        Some(frame(a, None)),
        || {
            let create = operator.then(|| admin::create_tenant_form(csrf, error));
            admin::tenants_page(tenants, create)
        },
    ))
}

#[derive(Deserialize)]
pub(super) struct CreateForm {
    csrf: String,
    slug: String,
    name: String,
}

/// An operator creates a tenant and becomes its first owner (to invite the tenant's own).
pub(super) async fn create(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Form(f): Form<CreateForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    if !a.operator {
        return Err(ServerError::Forbidden);
    }
    match crate::ops::tenants::create(&state.db, f.slug.trim(), f.name.trim(), &a.actor()).await {
        Ok(t) => {
            crate::store::accounts::grant(&state.db, a.account_id, t.id, Role::Owner).await?;
            let after = serde_json::json!({ "slug": t.slug, "name": t.name, "operator": a.email });
            crate::store::audit::record(
                &state.db,
                t.id,
                &a.actor(),
                "tenant-created-in-console",
                None,
                Some(after),
            )
            .await?;
            Ok(see_other(format!("/admin/t/{}/people", t.slug)))
        }
        Err(ServerError::Invalid(m) | ServerError::Conflict(m)) => {
            let error = Message::with("people-error", vec![("detail", m)]);
            list_page(&state, &a, &headers, StatusCode::BAD_REQUEST, Some(error)).await
        }
        Err(e) => Err(e),
    }
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
