use super::*;
use crate::ops::links;
use crate::store::employees;
use app::admin::{EmployeeView, RosterView};

/// Employees shown per page of the roster.
const ROSTER_PAGE: i64 = 50;

async fn roster_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    query: String,
    notice: Option<&'static str>,
) -> Result<RosterView, ServerError> {
    let maker = link_maker(state);
    let employees = employees::search(&state.db, tenant.id, &query, ROSTER_PAGE)
        .await?
        .iter()
        .map(|e| EmployeeView {
            reference: e.reference.clone(),
            email: e.email.clone(),
            display_name: e.display_name.clone(),
            language: e.preferred_language.clone(),
            department: e.department.clone(),
            link: maker.link(tenant, e),
        })
        .collect();
    Ok(RosterView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        can_edit: role.can_edit(),
        query,
        total: employees::count(&state.db, tenant.id).await?,
        employees,
        report: None,
        retention_days: tenant.retention.days(),
        can_set_retention: role >= Role::Owner,
        notice,
    })
}

pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let query: String = q
        .get("q")
        .cloned()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    let notice = match q.get("done").map(String::as_str) {
        Some("erased") => Some("erased"),
        Some("retention-saved") => Some("retention-saved"),
        _ => None,
    };
    let view = roster_view(&state, &a, &tenant, role, query, notice).await?;
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "roster",
        None,
        || admin::roster_page(view),
    ))
}

pub(super) async fn import(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let (csrf, bytes) = read_upload(multipart, "roster").await?;
    a.check_csrf(csrf.as_deref().unwrap_or(""))?;
    let report = crate::ops::roster::import(
        &state.db,
        &tenant,
        bytes.as_slice(),
        &a.actor(),
        None,
        |_| {},
        |_| {},
    )
    .await?;
    let status = if report.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut view = roster_view(&state, &a, &tenant, role, String::new(), None).await?;
    view.report = Some(report);
    Ok(tenant_page(
        &headers,
        status,
        &a,
        &tenant,
        role,
        "roster",
        None,
        || admin::roster_page(view),
    ))
}

#[derive(Deserialize)]
pub(super) struct ExportForm {
    csrf: String,
    /// Present when the admin says the links go out now (their reminder clocks start).
    announce: Option<String>,
}

/// A POST with the session's CSRF token: the links are personal data, and with `announce` the
/// export starts every new employee's reminder clock, so a link preview or a cross-site
/// navigation must not do it.
pub(super) async fn export_links(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<ExportForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let mut out = Vec::new();
    links::export(
        &state.db,
        &tenant,
        &link_maker(&state),
        &a.actor(),
        f.announce.is_some(),
        &mut out,
    )
    .await?;
    csv_download(&format!("{}-links", tenant.slug), out)
}

#[derive(Deserialize)]
pub(super) struct RetentionForm {
    csrf: String,
    #[serde(default)]
    days: String,
}

/// Sets how long journey data is kept (owners only).
pub(super) async fn retention(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Form(f): Form<RetentionForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    match app::domain::retention::Retention::parse(&f.days) {
        Ok(r) => {
            crate::ops::privacy::set_retention(&state.db, &tenant, r, &a.actor()).await?;
            Ok(see_other(format!(
                "/admin/t/{}/roster?done=retention-saved",
                tenant.slug
            )))
        }
        Err(e) => {
            let view = roster_view(
                &state,
                &a,
                &tenant,
                role,
                String::new(),
                Some(e.message_id()),
            )
            .await?;
            Ok(tenant_page(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                "roster",
                None,
                || admin::roster_page(view),
            ))
        }
    }
}
