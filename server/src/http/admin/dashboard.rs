use super::*;
use crate::store::tenants::{self, BrandingState};

/// The dashboard is for those running the rollout (admins and owners); the helpdesk works
/// person by person from the roster.
pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Query(filter): Query<app::admin::DashboardFilter>,
) -> Result<Response, ServerError> {
    let mut view =
        crate::ops::dashboard::load(&state.db, &tenant, filter, crate::store::now_ms()).await?;
    view.csrf = a.csrf.clone();
    view.can_set_target = role.can_edit();
    let status = if view.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let css = Some(format!("/admin/t/{}/brand.css", tenant.slug));
    Ok(tenant_page(
        &headers,
        status,
        &a,
        &tenant,
        role,
        "dashboard",
        css,
        || app::admin::dashboard_page(view),
    ))
}

pub(super) async fn csv(
    State(state): State<AppState>,
    TenantAdmin { tenant, .. }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Path((_, file)): Path<(String, String)>,
    Query(filter): Query<app::admin::DashboardFilter>,
) -> Result<Response, ServerError> {
    let id = file.strip_suffix(".csv").ok_or(ServerError::NotFound)?;
    if id == "ready-to-enforce" {
        let i18n = app::i18n::I18n::new(locale(&headers));
        let now = crate::store::now_ms();
        let table =
            crate::ops::dashboard::ready_to_enforce_table(&state.db, &tenant, &i18n, now).await?;
        return csv_response(&format!("{}-{id}", tenant.slug), &table);
    }
    let view =
        crate::ops::dashboard::load(&state.db, &tenant, filter, crate::store::now_ms()).await?;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let table = app::admin::dashboard_tables(&view, &i18n)
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(ServerError::NotFound)?;
    csv_response(&format!("{}-{id}", tenant.slug), &table)
}

#[derive(Deserialize, Default)]
pub(super) struct StragglersQuery {
    #[serde(default)]
    department: String,
    #[serde(default)]
    reason: String,
    page: Option<usize>,
}

const STRAGGLERS_PAGE: usize = 50;

pub(super) async fn stragglers_page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Query(q): Query<StragglersQuery>,
) -> Result<Response, ServerError> {
    use app::domain::dashboard::Straggler;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let reason = Straggler::from_id(&q.reason);
    let all =
        crate::ops::dashboard::stragglers(&state.db, &tenant, &q.department, reason, &i18n).await?;
    let pages = all.len().div_ceil(STRAGGLERS_PAGE).max(1);
    let page = q.page.unwrap_or(1).clamp(1, pages);
    let view = app::admin::StragglersView {
        slug: tenant.slug.clone(),
        department: q.department.trim().to_owned(),
        reason,
        departments: crate::store::employees::departments(&state.db, tenant.id).await?,
        total: all.len(),
        page,
        pages,
        rows: all
            .into_iter()
            .skip((page - 1) * STRAGGLERS_PAGE)
            .take(STRAGGLERS_PAGE)
            .collect(),
    };
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "stragglers",
        None,
        || app::admin::stragglers_page(view),
    ))
}

pub(super) async fn stragglers_csv(
    State(state): State<AppState>,
    TenantAdmin { tenant, .. }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Query(q): Query<StragglersQuery>,
) -> Result<Response, ServerError> {
    use app::domain::dashboard::Straggler;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let rows = crate::ops::dashboard::stragglers(
        &state.db,
        &tenant,
        &q.department,
        Straggler::from_id(&q.reason),
        &i18n,
    )
    .await?;
    csv_response(
        &format!("{}-stragglers", tenant.slug),
        &app::admin::stragglers_table(&rows, &i18n),
    )
}

/// The tenant's published brand colour, scoped to the dashboard's charts.
pub(super) async fn brand_css(
    State(state): State<AppState>,
    TenantAdmin { tenant, .. }: TenantAdmin<Editor>,
) -> Result<Response, ServerError> {
    let (published, _) = tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    Ok(css_response(
        published.primary_color.as_deref(),
        ".dashboard",
    ))
}

#[derive(Deserialize)]
pub(super) struct TargetPost {
    csrf: String,
    target: String,
}

pub(super) async fn set_target(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<TargetPost>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let target = f
        .target
        .trim()
        .parse::<u8>()
        .map_err(|_| ServerError::Invalid("the target is a percentage from 1 to 100".into()))?;
    crate::ops::dashboard::set_readiness_target(&state.db, &tenant, target, &a.actor()).await?;
    Ok(see_other(format!("/admin/t/{}/dashboard", tenant.slug)))
}
