use super::*;
use crate::http::scope::TenantScope;
use crate::store::audit;
use crate::store::tenants::{self, BrandingState};
use app::admin::BrandingView;
use app::domain::branding::{BrandingForm, check_logo};

#[derive(Deserialize, Default)]
pub(super) struct Flash {
    saved: Option<String>,
    logo: Option<String>,
    published: Option<String>,
}

impl Flash {
    fn message(&self) -> Option<Message> {
        if self.published.is_some() {
            Some(Message::new("admin-branding-published-notice"))
        } else if self.logo.is_some() {
            Some(Message::new("admin-branding-logo-saved"))
        } else if self.saved.is_some() {
            Some(Message::new("admin-branding-saved"))
        } else {
            None
        }
    }
}

async fn branding_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
) -> Result<BrandingView, ServerError> {
    let (draft, version) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    Ok(BrandingView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        form: BrandingForm::from_branding(&draft),
        errors: Vec::new(),
        logo_error: None,
        notice: None,
        has_logo: draft.logo_type.is_some(),
        unpublished: tenants::has_unpublished_changes(&state.db, tenant.id).await?,
        version,
        entra_connected: crate::store::entra::get(&state.db, tenant.id)
            .await?
            .is_some(),
        import_problems: Vec::new(),
    })
}

fn branding_response(
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    view: BrandingView,
) -> Response {
    let css = Some(format!(
        "/admin/t/{}/draft.css?v={}",
        tenant.slug, view.version
    ));
    tenant_page(headers, status, a, tenant, role, "branding", css, || {
        admin::branding_page(view)
    })
}

pub(super) async fn form(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Query(flash): Query<Flash>,
) -> Result<Response, ServerError> {
    let mut view = branding_view(&state, &a, &tenant).await?;
    view.notice = flash.message();
    Ok(branding_response(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        view,
    ))
}

#[derive(Deserialize)]
pub(super) struct BrandingPost {
    csrf: String,
    #[serde(flatten)]
    form: BrandingForm,
}

pub(super) async fn save(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(post): Form<BrandingPost>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &post.csrf)?;
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    match post.form.validate(draft.logo_type.clone()) {
        Ok(branding) => {
            tenants::save_draft(&state.db, tenant.id, &branding).await?;
            audit::record(
                &state.db,
                tenant.id,
                &a.actor(),
                "branding-saved",
                Some(json(&BrandingForm::from_branding(&draft))),
                Some(json(&BrandingForm::from_branding(&branding))),
            )
            .await?;
            Ok(see_other(format!(
                "/admin/t/{}/branding?saved=1",
                tenant.slug
            )))
        }
        Err(errors) => {
            let mut view = branding_view(&state, &a, &tenant).await?;
            view.form = post.form;
            view.errors = errors;
            Ok(branding_response(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                view,
            ))
        }
    }
}

pub(super) async fn upload_logo(
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
    let (csrf, bytes) = read_upload(multipart, "logo").await?;
    a.check_csrf(csrf.as_deref().unwrap_or(""))?;
    match check_logo(&bytes) {
        Ok(format) => {
            tenants::set_draft_logo(&state.db, tenant.id, Some((&bytes, format.media_type())))
                .await?;
            audit::record(
                &state.db,
                tenant.id,
                &a.actor(),
                "logo-uploaded",
                None,
                Some(serde_json::json!({
                    "type": format.media_type(),
                    "bytes": bytes.len(),
                    "sha256": crate::ops::accounts::digest_bytes(&bytes),
                })),
            )
            .await?;
            Ok(see_other(format!(
                "/admin/t/{}/branding?logo=1",
                tenant.slug
            )))
        }
        Err(e) => {
            let (key, args) = e.message();
            let mut view = branding_view(&state, &a, &tenant).await?;
            view.logo_error = Some(Message::with(key, args));
            Ok(branding_response(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                view,
            ))
        }
    }
}

pub(super) async fn publish(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let (published, _) = tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    tenants::publish(&state.db, tenant.id).await?;
    audit::record(
        &state.db,
        tenant.id,
        &a.actor(),
        "branding-published",
        Some(json(&BrandingForm::from_branding(&published))),
        Some(json(&BrandingForm::from_branding(&draft))),
    )
    .await?;
    Ok(see_other(format!(
        "/admin/t/{}/branding?published=1",
        tenant.slug
    )))
}

fn logo_response(logo: Option<(Vec<u8>, String)>) -> Result<Response, ServerError> {
    let (bytes, media_type) = logo.ok_or(ServerError::NotFound)?;
    // Only the three raster types check_logo accepts are ever stored.
    let format = app::domain::branding::LogoFormat::from_media_type(&media_type)
        .ok_or(ServerError::NotFound)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.media_type()),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("inline; filename=\"logo\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub(super) async fn draft_css(
    State(state): State<AppState>,
    TenantAdmin { tenant, .. }: TenantAdmin<Editor>,
) -> Result<Response, ServerError> {
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    Ok(css_response(
        draft.primary_color.as_deref(),
        ".brand-preview",
    ))
}

pub(super) async fn draft_logo(
    State(state): State<AppState>,
    TenantAdmin { tenant, .. }: TenantAdmin<Editor>,
) -> Result<Response, ServerError> {
    logo_response(tenants::logo(&state.db, tenant.id, BrandingState::Draft).await?)
}

pub(super) async fn published_css(
    scope: Option<Extension<TenantScope>>,
) -> Result<Response, ServerError> {
    let Extension(scope) = scope.ok_or(ServerError::NotFound)?;
    Ok(css_response(
        scope.view.branding.primary_color.as_deref(),
        ":root",
    ))
}

pub(super) async fn published_logo(
    State(state): State<AppState>,
    scope: Option<Extension<TenantScope>>,
) -> Result<Response, ServerError> {
    let Extension(scope) = scope.ok_or(ServerError::NotFound)?;
    logo_response(tenants::logo(&state.db, scope.tenant.id, BrandingState::Published).await?)
}

/// "Import from Entra ID": fills the draft from the company branding; the page then shows
/// what was filled in and what could not be used.
pub(super) async fn import_entra(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let result =
        crate::ops::entra::import_branding(&state.db, &state.entra, &tenant, &a.actor()).await;
    let mut view = branding_view(&state, &a, &tenant).await?;
    let status = match result {
        Ok(r) => {
            let filled: Vec<&str> = [
                (r.colour, "branding-import-colour"),
                (r.intro, "branding-import-intro"),
                (r.logo, "branding-import-logo"),
            ]
            .into_iter()
            .filter_map(|(done, key)| done.then_some(key))
            .collect();
            view.notice = Some(if filled.is_empty() {
                Message::new("branding-import-nothing")
            } else {
                let i18n = app::i18n::I18n::new(locale(&headers));
                let list = filled
                    .iter()
                    .map(|k| i18n.t(k))
                    .collect::<Vec<_>>()
                    .join(", ");
                Message::with("branding-import-done", vec![("fields", list)])
            });
            view.import_problems = r
                .problems
                .into_iter()
                .map(|(key, args)| Message::with(key, args))
                .collect();
            StatusCode::OK
        }
        Err(ServerError::Invalid(detail) | ServerError::Config(detail)) => {
            view.import_problems = vec![Message::with(
                "branding-import-failed",
                vec![("detail", detail)],
            )];
            StatusCode::BAD_GATEWAY
        }
        Err(e) => return Err(e),
    };
    Ok(branding_response(&headers, status, &a, &tenant, role, view))
}
