//! The admin console's routes: sign-in, branding, policy, roster and link export. Every
//! handler that reads or changes a tenant first checks the admin's role in *that* tenant;
//! every state-changing one checks the CSRF token and the request's origin.

use crate::audit::{self, Actor};
use crate::auth::{self, Admin, same_origin};
use crate::error::ServerError;
use crate::ratelimit::RateLimits;
use crate::roster::{self, LinkMaker};
use crate::scope::TenantScope;
use crate::state::AppState;
use crate::tenants::{self, BrandingState, PolicySettings, Tenant};
use app::admin::{
    self, BrandingView, EmployeeView, Frame, ImportReport, Message, Overview, PolicyView,
    RosterView, TenantNav,
};
use app::domain::branding::{BrandingForm, Rgb, brand_css, check_logo};
use app::domain::reminders::SettingsForm;
use app::domain::roster::RosterError;
use app::domain::tenant::Role;
use app::domain::{Authenticators, Policy};
use app::i18n::{LANG_COOKIE, LanguageInputs, Locale, negotiate};
use app::security::is_allowed_security_info_url;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

/// Upload limit for the multipart forms (the logo is checked against its own, lower limit).
const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;
const ROSTER_PAGE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/login", get(login_form).post(login))
        .route("/admin/logout", post(logout))
        .route("/admin", get(tenant_list))
        .route("/admin/t/{slug}", get(overview))
        .route(
            "/admin/t/{slug}/branding",
            get(branding_form).post(save_branding),
        )
        .route("/admin/t/{slug}/branding/logo", post(upload_logo))
        .route("/admin/t/{slug}/branding/publish", post(publish))
        .route("/admin/t/{slug}/draft.css", get(draft_css))
        .route("/admin/t/{slug}/draft-logo", get(draft_logo))
        .route("/admin/t/{slug}/policy", get(policy_form).post(save_policy))
        .route("/admin/t/{slug}/roster", get(roster_page))
        .route("/admin/t/{slug}/roster/import", post(import_roster))
        .route("/admin/t/{slug}/links.csv", post(export_links))
        .route("/admin/t/{slug}/employees/{reference}", get(employee_page))
        .route(
            "/admin/t/{slug}/reminders",
            get(reminders_page).post(save_reminders),
        )
        .route("/admin/t/{slug}/dashboard", get(dashboard_page))
        .route("/admin/t/{slug}/dashboard/{file}", get(dashboard_csv))
        .route("/admin/t/{slug}/brand.css", get(dashboard_css))
        .route("/admin/t/{slug}/stragglers", get(stragglers_page))
        .route("/admin/t/{slug}/stragglers.csv", get(stragglers_csv))
        .route("/admin/t/{slug}/audit", get(audit_page))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .layer(axum::middleware::from_fn(localise_errors))
}

/// Public assets of a tenant's published branding, served under its guide's path.
pub fn tenant_asset_routes() -> Router<AppState> {
    Router::new()
        .route("/brand.css", get(published_css))
        .route("/logo", get(published_logo))
}

fn locale(headers: &HeaderMap) -> Locale {
    let h = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    negotiate(LanguageInputs {
        cookie: auth::cookie(headers, LANG_COOKIE),
        accept_language: h(header::ACCEPT_LANGUAGE),
        ..LanguageInputs::default()
    })
}

/// The checks every console form that changes a tenant makes: same origin, the session's CSRF
/// token, and a role that may change this tenant.
async fn tenant_form(
    state: &AppState,
    a: &Admin,
    headers: &HeaderMap,
    slug: &str,
    csrf: &str,
) -> Result<(Tenant, Role), ServerError> {
    same_origin(headers)?;
    a.check_csrf(csrf)?;
    a.editable_tenant(&state.db, slug).await
}

fn page(
    headers: &HeaderMap,
    status: StatusCode,
    title: &'static str,
    css: Option<String>,
    frame: Option<Frame>,
    body: impl FnOnce() -> leptos::prelude::AnyView,
) -> Response {
    let html = admin::render_page(locale(headers), title, css, frame, body);
    (status, Html(html)).into_response()
}

/// A page of one tenant's console section, titled after the section, with that section open
/// in the navigation.
#[allow(clippy::too_many_arguments)]
fn tenant_page(
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    section: &'static str,
    css: Option<String>,
    body: impl FnOnce() -> leptos::prelude::AnyView,
) -> Response {
    let title = match section {
        "branding" => "admin-branding-title",
        "policy" => "admin-policy-title",
        "roster" => "admin-roster-title",
        "employee" => "admin-employee-title",
        "reminders" => "admin-reminders-title",
        "dashboard" => "dashboard-title",
        "stragglers" => "stragglers-title",
        "audit" => "audit-title",
        _ => "admin-overview-title",
    };
    let frame = frame(a, Some((tenant, role, section)));
    page(headers, status, title, css, Some(frame), body)
}

fn frame(a: &Admin, tenant: Option<(&Tenant, Role, &'static str)>) -> Frame {
    Frame {
        email: a.email.clone(),
        csrf: a.csrf.clone(),
        tenant: tenant.map(|(t, role, section)| TenantNav {
            slug: t.slug.clone(),
            name: t.name.clone(),
            role,
            section,
        }),
    }
}

/// A form as JSON for the audit log.
fn json(value: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

fn see_other(to: String) -> Response {
    Redirect::to(&to).into_response()
}

/// Turns the plain error responses of this router into console pages in the admin's language.
async fn localise_errors(req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let res = next.run(req).await;
    let key = match res.status() {
        StatusCode::NOT_FOUND => "admin-error-not-found",
        StatusCode::TOO_MANY_REQUESTS => "admin-login-rate-limited",
        StatusCode::INTERNAL_SERVER_ERROR => "admin-error-internal",
        StatusCode::FORBIDDEN => match res.extensions().get::<crate::error::ErrorCode>() {
            Some(crate::error::ErrorCode("csrf")) => "admin-error-csrf",
            _ => "admin-error-forbidden",
        },
        _ => return res,
    };
    if res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
    {
        return res;
    }
    let status = res.status();
    let mut out = page(&headers, status, "admin-error-title", None, None, || {
        admin::error_page(Message::new(key))
    });
    for name in [header::RETRY_AFTER, header::SET_COOKIE] {
        if let Some(v) = res.headers().get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}

// ---- Sign-in ----

async fn login_form(headers: HeaderMap) -> Response {
    page(
        &headers,
        StatusCode::OK,
        "admin-login-title",
        None,
        None,
        || admin::login_page(String::new(), None),
    )
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

/// Signs in. Attempts are limited per account email (see [`crate::ratelimit`]), before the
/// password is checked, so a refused attempt costs no hashing.
async fn login(
    State(state): State<AppState>,
    Extension(limits): Extension<Arc<RateLimits>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let address = peer.map(|Extension(ConnectInfo(a))| {
        crate::request::client_address(
            a.ip(),
            headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
            &state.trusted_proxies,
        )
    });
    if let Err(wait) = limits.sign_in(&f.email, address) {
        tracing::info!("admin sign-in rate-limited");
        let mut res = page(
            &headers,
            StatusCode::TOO_MANY_REQUESTS,
            "admin-login-title",
            None,
            None,
            || admin::login_page(f.email, Some(Message::new("admin-login-rate-limited"))),
        );
        res.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from(crate::ratelimit::retry_after_secs(wait)),
        );
        return Ok(res);
    }
    match auth::login(&state.db, &f.email, &f.password).await? {
        Some(session) => {
            let mut res = see_other("/admin".into());
            res.headers_mut().append(
                header::SET_COOKIE,
                auth::session_cookie(state.secure_cookies, &session, auth::SESSION_HOURS * 3600),
            );
            Ok(res)
        }
        None => {
            tracing::info!("admin sign-in failed");
            Ok(page(
                &headers,
                StatusCode::UNAUTHORIZED,
                "admin-login-title",
                None,
                None,
                || admin::login_page(f.email, Some(Message::new("admin-login-failed"))),
            ))
        }
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    a.check_csrf(&f.csrf)?;
    auth::logout(&state.db, &a.session_id).await?;
    let mut res = see_other("/admin/login".into());
    res.headers_mut().append(
        header::SET_COOKIE,
        auth::session_cookie(state.secure_cookies, "", 0),
    );
    Ok(res)
}

// ---- Tenants and overview ----

async fn tenant_list(
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

fn link_maker(state: &AppState) -> LinkMaker<'_> {
    LinkMaker {
        keys: &state.links.keys,
        public_url: &state.links.public_url,
        ttl_days: state.links.ttl_days,
        now_s: crate::db::now_ms() / 1000,
    }
}

async fn overview(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    let o = Overview {
        slug: tenant.slug.clone(),
        role,
        employees: roster::count(&state.db, tenant.id).await?,
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

// ---- Branding ----

#[derive(Deserialize, Default)]
struct Flash {
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

async fn branding_form(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(flash): Query<Flash>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.editable_tenant(&state.db, &slug).await?;
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
struct BrandingPost {
    csrf: String,
    #[serde(flatten)]
    form: BrandingForm,
}

async fn save_branding(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(post): Form<BrandingPost>,
) -> Result<Response, ServerError> {
    let (tenant, role) = tenant_form(&state, &a, &headers, &slug, &post.csrf).await?;
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    match post.form.validate(draft.logo_type.clone()) {
        Ok(branding) => {
            tenants::save_draft(&state.db, tenant.id, &branding).await?;
            audit::record(
                &state.db,
                tenant.id,
                &Actor::admin(&a),
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

/// Reads a multipart form: the named file's bytes and the CSRF field.
async fn read_upload(
    mut multipart: Multipart,
    file_field: &str,
) -> Result<(Option<String>, Vec<u8>), ServerError> {
    let (mut csrf, mut bytes) = (None, Vec::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| ServerError::Invalid(format!("the upload could not be read: {e}")))?
    {
        match field.name() {
            Some("csrf") => {
                csrf = Some(field.text().await.map_err(|e| {
                    ServerError::Invalid(format!("the upload could not be read: {e}"))
                })?);
            }
            Some(name) if name == file_field => {
                bytes = field
                    .bytes()
                    .await
                    .map_err(|e| {
                        ServerError::Invalid(format!("the upload could not be read: {e}"))
                    })?
                    .to_vec();
            }
            _ => {}
        }
    }
    Ok((csrf, bytes))
}

async fn upload_logo(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let (csrf, bytes) = read_upload(multipart, "logo").await?;
    let (tenant, role) =
        tenant_form(&state, &a, &headers, &slug, csrf.as_deref().unwrap_or("")).await?;
    match check_logo(&bytes) {
        Ok(format) => {
            tenants::set_draft_logo(&state.db, tenant.id, Some((&bytes, format.media_type())))
                .await?;
            audit::record(
                &state.db,
                tenant.id,
                &Actor::admin(&a),
                "logo-uploaded",
                None,
                Some(serde_json::json!({
                    "type": format.media_type(),
                    "bytes": bytes.len(),
                    "sha256": crate::auth::digest_bytes(&bytes),
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

async fn publish(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    let (tenant, _) = tenant_form(&state, &a, &headers, &slug, &f.csrf).await?;
    let (published, _) = tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    tenants::publish(&state.db, tenant.id).await?;
    audit::record(
        &state.db,
        tenant.id,
        &Actor::admin(&a),
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

fn css_response(color: Option<&str>, scope: &str) -> Response {
    let css = color
        .and_then(Rgb::parse)
        .map(|c| brand_css(c, scope))
        .unwrap_or_default();
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        )],
        css,
    )
        .into_response()
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

async fn draft_css(
    State(state): State<AppState>,
    a: Admin,
    Path(slug): Path<String>,
) -> Result<Response, ServerError> {
    let (tenant, _) = a.editable_tenant(&state.db, &slug).await?;
    let (draft, _) = tenants::branding(&state.db, tenant.id, BrandingState::Draft).await?;
    Ok(css_response(
        draft.primary_color.as_deref(),
        ".brand-preview",
    ))
}

async fn draft_logo(
    State(state): State<AppState>,
    a: Admin,
    Path(slug): Path<String>,
) -> Result<Response, ServerError> {
    let (tenant, _) = a.editable_tenant(&state.db, &slug).await?;
    logo_response(tenants::logo(&state.db, tenant.id, BrandingState::Draft).await?)
}

async fn published_css(scope: Option<Extension<TenantScope>>) -> Result<Response, ServerError> {
    let Extension(scope) = scope.ok_or(ServerError::NotFound)?;
    Ok(css_response(
        scope.view.branding.primary_color.as_deref(),
        ":root",
    ))
}

async fn published_logo(
    State(state): State<AppState>,
    scope: Option<Extension<TenantScope>>,
) -> Result<Response, ServerError> {
    let Extension(scope) = scope.ok_or(ServerError::NotFound)?;
    logo_response(tenants::logo(&state.db, scope.tenant.id, BrandingState::Published).await?)
}

// ---- Policy ----

fn policy_view(a: &Admin, slug: &str, role: Role, s: &PolicySettings) -> PolicyView {
    let p = s.policy;
    PolicyView {
        slug: slug.to_owned(),
        csrf: a.csrf.clone(),
        can_edit: role.can_edit(),
        device_bound_only: !p.synced_allowed,
        attestation: p.attestation_enforced,
        authenticator: p.authenticators.microsoft_authenticator,
        windows_hello: p.authenticators.windows_hello,
        security_keys: p.authenticators.security_keys,
        security_info_url: s.security_info_url.clone(),
        default_language: s.default_language.clone().unwrap_or_default(),
        host: s.host.clone().unwrap_or_default(),
        error: None,
        notice: None,
    }
}

async fn policy_form(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    let mut view = policy_view(&a, &tenant.slug, role, &PolicySettings::from(&tenant));
    view.notice = q
        .contains_key("saved")
        .then(|| Message::new("admin-policy-saved"));
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "policy",
        None,
        || admin::policy_page(view),
    ))
}

#[derive(Deserialize)]
struct PolicyPost {
    csrf: String,
    passkeys: Option<String>,
    attestation: Option<String>,
    authenticator: Option<String>,
    windows_hello: Option<String>,
    security_keys: Option<String>,
    #[serde(default)]
    security_info_url: String,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    host: String,
}

fn is_host_name(h: &str) -> bool {
    h.len() <= 253
        && h.contains('.')
        && h.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

async fn save_policy(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<PolicyPost>,
) -> Result<Response, ServerError> {
    let (tenant, role) = tenant_form(&state, &a, &headers, &slug, &f.csrf).await?;
    let attestation = f.attestation.is_some();
    let host = f.host.trim().to_ascii_lowercase();
    let settings = PolicySettings {
        policy: Policy {
            synced_allowed: f.passkeys.as_deref() != Some("device-bound-only") && !attestation,
            attestation_enforced: attestation,
            authenticators: Authenticators {
                microsoft_authenticator: f.authenticator.is_some(),
                windows_hello: f.windows_hello.is_some(),
                security_keys: f.security_keys.is_some(),
            },
        },
        security_info_url: f.security_info_url.trim().to_owned(),
        default_language: Locale::from_tag(&f.default_language).map(|l| l.tag().to_owned()),
        host: (!host.is_empty()).then_some(host),
    };
    let error = if !is_allowed_security_info_url(&settings.security_info_url) {
        Some("admin-policy-error-url")
    } else if settings.host.as_deref().is_some_and(|h| !is_host_name(h)) {
        Some("admin-policy-error-host")
    } else {
        match tenants::set_policy(&state.db, tenant.id, &settings).await {
            Ok(()) => None,
            Err(ServerError::Conflict(_)) => Some("admin-policy-error-host-taken"),
            Err(e) => return Err(e),
        }
    };
    if let Some(key) = error {
        // Show what was submitted, as typed, beside the message.
        let mut view = policy_view(&a, &tenant.slug, role, &settings);
        view.security_info_url = f.security_info_url;
        view.host = f.host;
        view.error = Some(Message::new(key));
        return Ok(tenant_page(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            &a,
            &tenant,
            role,
            "policy",
            None,
            || admin::policy_page(view),
        ));
    }
    audit::record(
        &state.db,
        tenant.id,
        &Actor::admin(&a),
        "policy-saved",
        Some(tenants::policy_json(&PolicySettings::from(&tenant))),
        Some(tenants::policy_json(&settings)),
    )
    .await?;
    Ok(see_other(format!(
        "/admin/t/{}/policy?saved=1",
        tenant.slug
    )))
}

// ---- Roster and links ----

async fn roster_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    query: String,
) -> Result<RosterView, ServerError> {
    let maker = link_maker(state);
    let employees = roster::search(&state.db, tenant.id, &query, ROSTER_PAGE)
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
        total: roster::count(&state.db, tenant.id).await?,
        employees,
        report: None,
    })
}

async fn roster_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    let query: String = q
        .get("q")
        .cloned()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    let view = roster_view(&state, &a, &tenant, role, query).await?;
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

/// Parses and imports a roster file; the report lists what happened to every row.
pub async fn import_file(
    db: &crate::db::Db,
    tenant_id: i64,
    bytes: &[u8],
) -> Result<ImportReport, ServerError> {
    let parsed = app::domain::roster::parse(
        bytes,
        |l| Locale::best_match(l).map(|l| l.tag().to_owned()),
        |_| {},
    );
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            let (key, args) = RosterError::message(&e);
            return Ok(ImportReport {
                error: Some(Message::with(key, args)),
                ..ImportReport::default()
            });
        }
    };
    let summary = roster::import(db, tenant_id, &parsed.rows, |_| {}).await?;
    Ok(ImportReport {
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        bad: parsed
            .bad
            .iter()
            .map(|b| {
                let (key, args) = b.problem.message();
                (b.line, Message::with(key, args))
            })
            .collect(),
        warnings: parsed
            .language_warnings
            .iter()
            .map(|w| {
                (
                    w.line,
                    Message::with(
                        "roster-row-language-ignored",
                        vec![("value", w.value.clone())],
                    ),
                )
            })
            .collect(),
        error: None,
    })
}

async fn import_roster(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let (csrf, bytes) = read_upload(multipart, "roster").await?;
    let (tenant, role) =
        tenant_form(&state, &a, &headers, &slug, csrf.as_deref().unwrap_or("")).await?;
    let report = import_file(&state.db, tenant.id, &bytes).await?;
    if report.error.is_none() {
        audit::record(
            &state.db,
            tenant.id,
            &Actor::admin(&a),
            "roster-imported",
            None,
            Some(serde_json::json!({
                "inserted": report.inserted,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "skipped": report.bad.len(),
            })),
        )
        .await?;
    }
    let status = if report.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut view = roster_view(&state, &a, &tenant, role, String::new()).await?;
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

/// A POST with the session's CSRF token: the export starts every new employee's reminder
/// clock, so a link preview or a cross-site navigation must not do it.
async fn export_links(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    let (tenant, _) = tenant_form(&state, &a, &headers, &slug, &f.csrf).await?;
    let employees = roster::all(&state.db, tenant.id).await?;
    let mut out = Vec::with_capacity(employees.len() * 200);
    roster::write_links_csv(&mut out, &tenant, &employees, &link_maker(&state))
        .map_err(|e| ServerError::Config(format!("writing the links file: {e}")))?;
    let announced = roster::mark_announced(&state.db, tenant.id, crate::db::now_ms()).await?;
    audit::record(
        &state.db,
        tenant.id,
        &Actor::admin(&a),
        "links-exported",
        None,
        Some(serde_json::json!({ "links": employees.len(), "newly-announced": announced })),
    )
    .await?;
    csv_download(&format!("{}-links", tenant.slug), out)
}

/// A CSV file as a download named `{name}.csv`.
fn csv_download(name: &str, bytes: Vec<u8>) -> Result<Response, ServerError> {
    let disposition = format!("attachment; filename=\"{name}.csv\"");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .map_err(|e| ServerError::Config(e.to_string()))?,
            ),
        ],
        bytes,
    )
        .into_response())
}

/// "2026-11-22 09:14 UTC" for a Unix-milliseconds time.
fn utc(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000)).map_or_else(
        |_| ms.to_string(),
        |t| format!("{} {:02}:{:02} UTC", t.date(), t.hour(), t.minute()),
    )
}

fn device_text(
    platform: &str,
    os: Option<&str>,
    browser: Option<&str>,
    in_app: Option<&str>,
) -> String {
    let mut parts = vec![platform.to_owned()];
    parts.extend(os.map(str::to_owned));
    parts.extend(browser.map(str::to_owned));
    parts.extend(in_app.map(|a| format!("in-app: {a}")));
    parts.join(", ")
}

/// The helpdesk view of one employee's journey (helpdesk role and above).
async fn employee_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path((slug, reference)): Path<(String, String)>,
) -> Result<Response, ServerError> {
    use app::admin::{DiagnosticRow, EmployeeDetail, TimelineRow};
    use app::domain::journey::summarise;
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    let e = roster::by_ref(&state.db, tenant.id, &reference)
        .await?
        .ok_or(ServerError::NotFound)?;
    let entries = crate::journey::entries(&state.db, e.id).await?;
    let summary = summarise(&entries);
    let mut devices: Vec<String> = Vec::new();
    for x in entries
        .iter()
        .filter(|x| x.kind == app::domain::events::EventKind::LinkOpened)
    {
        let d = device_text(
            &x.platform,
            x.os_version.as_deref(),
            x.browser.as_deref(),
            x.in_app.as_deref(),
        );
        if !devices.contains(&d) {
            devices.push(d);
        }
    }
    let timeline = entries
        .iter()
        .map(|x| TimelineRow {
            first_at: utc(x.first_at_ms),
            last_at: utc(x.last_at_ms),
            kind: x.kind.id(),
            flow: x.flow.clone(),
            step: x.step,
            detail: x.detail.clone(),
            device: device_text(
                &x.platform,
                x.os_version.as_deref(),
                x.browser.as_deref(),
                x.in_app.as_deref(),
            ),
            times: x.times,
        })
        .collect();
    let diagnostics = crate::journey::diagnostics(&state.db, tenant.id, e.id)
        .await?
        .into_iter()
        .map(|d| DiagnosticRow {
            reference: d.id,
            at: utc(d.created_at_ms),
            step: u16::try_from(d.step).unwrap_or(0),
            flow: d.flow,
            symptom: d.symptom,
            note: d.note,
            device: device_text(
                &d.platform,
                d.os_version.as_deref(),
                d.browser.as_deref(),
                d.in_app.as_deref(),
            ) + &d.model.map(|m| format!(" ({m})")).unwrap_or_default(),
            user_agent: d.user_agent,
            probe: d.probe,
        })
        .collect();
    let registration = crate::registration::status_of(&state.db, tenant.id, &e.email)
        .await?
        .map(|(has, at)| (has, utc(at)));
    let reminders =
        history_rows(crate::reminders::history(&state.db, tenant.id, Some(e.id), 50).await?);
    let detail = EmployeeDetail {
        reminders,
        slug: tenant.slug.clone(),
        link: link_maker(&state).link(&tenant, &e),
        display_name: e.display_name,
        email: e.email,
        department: e.department,
        language: e.preferred_language,
        stage: summary.stage,
        position: summary.position,
        stuck: summary.stuck.map(|s| (s.flow, s.step, s.symptom)),
        answer: summary.answer,
        devices,
        last_seen: summary.last_seen_ms.map(utc),
        registration,
        timeline,
        diagnostics,
    };
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "employee",
        None,
        || app::admin::employee_page(detail),
    ))
}

fn history_rows(
    rows: Vec<(String, u16, &'static str, i64, Option<String>)>,
) -> Vec<app::admin::HistoryRow> {
    rows.into_iter()
        .map(
            |(email, offset_days, state, at, error)| app::admin::HistoryRow {
                email,
                offset_days,
                state,
                at: utc(at),
                error,
            },
        )
        .collect()
}

async fn reminders_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    form: Option<(
        app::domain::reminders::SettingsForm,
        Vec<app::domain::reminders::FormError>,
    )>,
    saved: bool,
) -> Result<app::admin::RemindersView, ServerError> {
    use app::domain::reminders::{Decision, SettingsForm};
    let (enabled, settings) = crate::reminders::settings(&state.db, tenant.id).await?;
    let maker = link_maker(state);
    let preview = crate::reminders::run(&state.db, tenant, &maker, jiff::Timestamp::now(), true)
        .await?
        .into_iter()
        .map(|o| match o.decision {
            Decision::Send(p) => app::admin::PreviewRow {
                email: o.email,
                send: Some((
                    p.offset_days,
                    p.content.id(),
                    utc(p.send_at.as_millisecond()),
                )),
                skip: None,
            },
            Decision::Skip { why, .. } => app::admin::PreviewRow {
                email: o.email,
                send: None,
                skip: Some(why.id()),
            },
        })
        .collect();
    let (form, errors) =
        form.unwrap_or_else(|| (SettingsForm::from_settings(enabled, &settings), vec![]));
    Ok(app::admin::RemindersView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        can_edit: role.can_edit(),
        form,
        errors,
        saved,
        preview,
        history: history_rows(crate::reminders::history(&state.db, tenant.id, None, 200).await?),
    })
}

/// Reminder settings, a dry run of the next run, and the send history (helpdesk can read).
async fn reminders_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    let view = reminders_view(&state, &a, &tenant, role, None, q.contains_key("saved")).await?;
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "reminders",
        None,
        || app::admin::reminders_page(view),
    ))
}

#[derive(Deserialize)]
struct RemindersPost {
    csrf: String,
    #[serde(flatten)]
    form: app::domain::reminders::SettingsForm,
}

async fn save_reminders(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Form(f): Form<RemindersPost>,
) -> Result<Response, ServerError> {
    let (tenant, role) = tenant_form(&state, &a, &headers, &slug, &f.csrf).await?;
    match f.form.validate() {
        Ok((enabled, settings)) => {
            let (was_enabled, was) = crate::reminders::settings(&state.db, tenant.id).await?;
            crate::reminders::save_settings(&state.db, tenant.id, enabled, &settings).await?;
            audit::record(
                &state.db,
                tenant.id,
                &Actor::admin(&a),
                "reminders-saved",
                Some(json(&SettingsForm::from_settings(was_enabled, &was))),
                Some(json(&SettingsForm::from_settings(enabled, &settings))),
            )
            .await?;
            Ok(Redirect::to(&format!("/admin/t/{}/reminders?saved", tenant.slug)).into_response())
        }
        Err(errors) => {
            let view =
                reminders_view(&state, &a, &tenant, role, Some((f.form, errors)), false).await?;
            Ok(tenant_page(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                "reminders",
                None,
                || app::admin::reminders_page(view),
            ))
        }
    }
}

// ---- Dashboard, stragglers and audit log ----

/// The dashboard is for those running the rollout (admins and owners); the helpdesk works
/// person by person from the roster.
async fn dashboard_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(filter): Query<app::admin::DashboardFilter>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.editable_tenant(&state.db, &slug).await?;
    let view = crate::dashboard::load(&state.db, &tenant, filter, crate::db::now_ms()).await?;
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

fn csv_response(name: &str, table: &app::admin::Table) -> Result<Response, ServerError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| roster::csv_safe(c).into_owned())
            .collect::<Vec<_>>()
    };
    let write = |w: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        w.write_record(cells(row))
            .map_err(|e| ServerError::Config(format!("writing CSV: {e}")))
    };
    write(&mut w, &table.head)?;
    for row in &table.rows {
        write(&mut w, row)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ServerError::Config(format!("writing CSV: {e}")))?;
    csv_download(name, bytes)
}

async fn dashboard_csv(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path((slug, file)): Path<(String, String)>,
    Query(filter): Query<app::admin::DashboardFilter>,
) -> Result<Response, ServerError> {
    let (tenant, _) = a.editable_tenant(&state.db, &slug).await?;
    let id = file.strip_suffix(".csv").ok_or(ServerError::NotFound)?;
    let view = crate::dashboard::load(&state.db, &tenant, filter, crate::db::now_ms()).await?;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let table = app::admin::dashboard_tables(&view, &i18n)
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(ServerError::NotFound)?;
    csv_response(&format!("{}-{id}", tenant.slug), &table)
}

#[derive(Deserialize, Default)]
struct StragglersQuery {
    #[serde(default)]
    department: String,
    #[serde(default)]
    reason: String,
    page: Option<usize>,
}

const STRAGGLERS_PAGE: usize = 50;

async fn stragglers_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<StragglersQuery>,
) -> Result<Response, ServerError> {
    use app::domain::dashboard::Straggler;
    let (tenant, role) = a.editable_tenant(&state.db, &slug).await?;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let reason = Straggler::from_id(&q.reason);
    let all =
        crate::dashboard::stragglers(&state.db, &tenant, &q.department, reason, &i18n).await?;
    let pages = all.len().div_ceil(STRAGGLERS_PAGE).max(1);
    let page = q.page.unwrap_or(1).clamp(1, pages);
    let view = app::admin::StragglersView {
        slug: tenant.slug.clone(),
        department: q.department.trim().to_owned(),
        reason,
        departments: crate::dashboard::departments(&state.db, tenant.id).await?,
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

async fn stragglers_csv(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<StragglersQuery>,
) -> Result<Response, ServerError> {
    use app::domain::dashboard::Straggler;
    let (tenant, _) = a.editable_tenant(&state.db, &slug).await?;
    let i18n = app::i18n::I18n::new(locale(&headers));
    let rows = crate::dashboard::stragglers(
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
async fn dashboard_css(
    State(state): State<AppState>,
    a: Admin,
    Path(slug): Path<String>,
) -> Result<Response, ServerError> {
    let (tenant, _) = a.editable_tenant(&state.db, &slug).await?;
    let (published, _) = tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    Ok(css_response(
        published.primary_color.as_deref(),
        ".dashboard",
    ))
}

const AUDIT_PAGE: i64 = 50;

/// The audit log: owners only, since it shows every admin's changes.
async fn audit_page(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<StragglersQuery>,
) -> Result<Response, ServerError> {
    let (tenant, role) = a.tenant(&state.db, &slug).await?;
    if role != Role::Owner {
        return Err(ServerError::Forbidden);
    }
    let tz = crate::dashboard::time_zone(&state.db, tenant.id).await?;
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
                at: crate::dashboard::local_time(e.at_ms, &tz),
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
