//! The admin console: one module per section, mirroring `app/src/admin`. Every handler of a
//! tenant's pages takes [`TenantAdmin`], which checks the admin's role in *that* tenant;
//! every state-changing one checks the CSRF token and the request's origin.

mod access;
mod audit;
mod branding;
mod comms;
mod dashboard;
mod employee;
mod entra;
mod login;
mod people;
mod policy;
mod reminders;
mod roster;
mod tenants;

use super::extract::{Admin, Editor, Helpdesk, Owner, TenantAdmin};
use super::session::same_origin;
use super::state::AppState;
use crate::error::ServerError;
use crate::ops::links::{LinkMaker, csv_safe};
use crate::store::tenants::Tenant;
use app::admin::{self, Frame, Message, TenantNav};
use app::domain::branding::{Rgb, brand_css};
use app::domain::tenant::Role;
use app::i18n::{LANG_COOKIE, LanguageInputs, Locale, negotiate};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;
use std::collections::HashMap;

/// Upload limit for the multipart forms (the logo is checked against its own, lower limit).
const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/login", get(access::form).post(login::login))
        .route("/admin/logout", post(login::logout))
        .route("/admin/sso/start", post(access::sso_start))
        .route("/admin/sso/callback", get(access::sso_callback))
        .route("/admin/passkey/options", post(access::passkey_options))
        .route("/admin/passkey/verify", post(access::passkey_verify))
        .route("/admin/account", get(access::account))
        .route(
            "/admin/account/passkeys/options",
            post(access::register_options),
        )
        .route("/admin/account/passkeys", post(access::register))
        .route(
            "/admin/account/passkeys/{id}/remove",
            post(access::remove_passkey),
        )
        .route(
            "/admin/invite/{token}",
            get(access::invitation).post(access::accept_invitation),
        )
        .route("/admin", get(tenants::list))
        .route("/admin/tenants", post(tenants::create))
        .route("/admin/t/{slug}/people", get(people::page))
        .route("/admin/t/{slug}/people/sso", post(people::save_sso))
        .route(
            "/admin/t/{slug}/people/entra-only",
            post(people::entra_only),
        )
        .route("/admin/t/{slug}/people/invite", post(people::invite))
        .route(
            "/admin/t/{slug}/people/invitations/{id}/revoke",
            post(people::revoke),
        )
        .route(
            "/admin/t/{slug}/people/{account}/role",
            post(people::change_role),
        )
        .route(
            "/admin/t/{slug}/people/{account}/remove",
            post(people::remove),
        )
        .route("/admin/t/{slug}", get(tenants::overview))
        .route(
            "/admin/t/{slug}/branding",
            get(branding::form).post(branding::save),
        )
        .route("/admin/t/{slug}/branding/logo", post(branding::upload_logo))
        .route("/admin/t/{slug}/branding/publish", post(branding::publish))
        .route(
            "/admin/t/{slug}/branding/import-entra",
            post(branding::import_entra),
        )
        .route("/admin/t/{slug}/draft.css", get(branding::draft_css))
        .route("/admin/t/{slug}/draft-logo", get(branding::draft_logo))
        .route(
            "/admin/t/{slug}/policy",
            get(policy::form).post(policy::save),
        )
        .route("/admin/t/{slug}/roster", get(roster::page))
        .route("/admin/t/{slug}/roster/import", post(roster::import))
        .route("/admin/t/{slug}/links.csv", post(roster::export_links))
        .route("/admin/t/{slug}/employees/{reference}", get(employee::page))
        .route(
            "/admin/t/{slug}/employees/{reference}/export",
            post(employee::export),
        )
        .route(
            "/admin/t/{slug}/employees/{reference}/erase",
            post(employee::erase),
        )
        .route("/admin/t/{slug}/roster/retention", post(roster::retention))
        .route(
            "/admin/t/{slug}/reminders",
            get(reminders::page).post(reminders::save),
        )
        .route("/admin/t/{slug}/comms", get(comms::page))
        .route("/admin/t/{slug}/comms/transport", post(comms::transport))
        .route("/admin/t/{slug}/comms/test", post(comms::test))
        .route("/admin/t/{slug}/comms/programme", post(comms::programme))
        .route("/admin/t/{slug}/comms/waves", post(comms::schedule_wave))
        .route(
            "/admin/t/{slug}/comms/waves/{id}/cancel",
            post(comms::cancel_wave),
        )
        .route(
            "/admin/t/{slug}/comms/templates/{kind}/{language}",
            get(comms::template).post(comms::template_post),
        )
        .route("/admin/t/{slug}/dashboard", get(dashboard::page))
        .route("/admin/t/{slug}/dashboard/{file}", get(dashboard::csv))
        .route("/admin/t/{slug}/readiness", post(dashboard::set_target))
        .route("/admin/t/{slug}/brand.css", get(dashboard::brand_css))
        .route(
            "/admin/t/{slug}/stragglers",
            get(dashboard::stragglers_page),
        )
        .route(
            "/admin/t/{slug}/stragglers.csv",
            get(dashboard::stragglers_csv),
        )
        .route("/admin/t/{slug}/audit", get(audit::page))
        .route("/admin/t/{slug}/entra", get(entra::page))
        .route("/admin/t/{slug}/entra/connect", post(entra::connect))
        .route("/admin/t/{slug}/entra/test", post(entra::test))
        .route("/admin/t/{slug}/entra/sync", post(entra::sync))
        .route("/admin/t/{slug}/entra/disconnect", post(entra::disconnect))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT))
        .layer(axum::middleware::from_fn(localise_errors))
}

/// Public assets of a tenant's published branding, served under its guide's path.
pub fn tenant_asset_routes() -> Router<AppState> {
    Router::new()
        .route("/brand.css", get(branding::published_css))
        .route("/logo", get(branding::published_logo))
}

fn locale(headers: &HeaderMap) -> Locale {
    let h = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    negotiate(LanguageInputs {
        cookie: super::session::cookie(headers, LANG_COOKIE),
        accept_language: h(header::ACCEPT_LANGUAGE),
        ..LanguageInputs::default()
    })
}

fn page(
    headers: &HeaderMap,
    status: StatusCode,
    title: &'static str,
    css: Option<String>,
    frame: Option<Frame>,
    body: impl FnOnce() -> leptos::prelude::AnyView,
) -> Response {
    let head = app::components::HeadExtras {
        css,
        ..Default::default()
    };
    page_with(headers, status, title, head, frame, body)
}

/// [`page`] with more in the `<head>` (a script, a refresh).
fn page_with(
    headers: &HeaderMap,
    status: StatusCode,
    title: &'static str,
    head: app::components::HeadExtras,
    frame: Option<Frame>,
    body: impl FnOnce() -> leptos::prelude::AnyView,
) -> Response {
    let html = admin::render_page_with(locale(headers), title, head, frame, body);
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
        "entra" => "entra-title",
        "people" => "people-title",
        "comms" => "comms-title",
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

/// Gives the answer the cookie of a session just opened.
fn set_session(res: &mut Response, state: &AppState, session_id: &str) {
    res.headers_mut().append(
        header::SET_COOKIE,
        super::session::session_cookie(
            state.secure_cookies,
            session_id,
            crate::ops::accounts::SESSION_HOURS * 3600,
        ),
    );
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
        StatusCode::FORBIDDEN => match res.extensions().get::<super::error::ErrorCode>() {
            Some(super::error::ErrorCode("csrf")) => "admin-error-csrf",
            Some(super::error::ErrorCode("entra-only")) => "admin-error-entra-only",
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

#[derive(Deserialize)]
pub(super) struct CsrfForm {
    csrf: String,
}

fn link_maker(state: &AppState) -> LinkMaker<'_> {
    state.links.maker(crate::store::now_ms() / 1000)
}

/// Reads a multipart form: the named file's bytes and the CSRF field.
async fn read_upload(
    multipart: Multipart,
    file_field: &str,
) -> Result<(Option<String>, Vec<u8>), ServerError> {
    let mut fields = read_fields(multipart).await?;
    let csrf = fields
        .remove("csrf")
        .map(|v| String::from_utf8_lossy(&v).into_owned());
    Ok((csrf, fields.remove(file_field).unwrap_or_default()))
}

/// Every field of a multipart form, by name (the last one wins).
async fn read_fields(mut multipart: Multipart) -> Result<HashMap<String, Vec<u8>>, ServerError> {
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        ServerError::Invalid(format!("the upload could not be read: {e}"))
    };
    let mut out = HashMap::new();
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        out.insert(name, field.bytes().await.map_err(unreadable)?.to_vec());
    }
    Ok(out)
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
                    .map_err(|e| ServerError::Internal(e.to_string()))?,
            ),
        ],
        bytes,
    )
        .into_response())
}

fn csv_response(name: &str, table: &app::admin::Table) -> Result<Response, ServerError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| csv_safe(c).into_owned())
            .collect::<Vec<_>>()
    };
    let write = |w: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        w.write_record(cells(row))
            .map_err(|e| ServerError::Internal(format!("writing CSV: {e}")))
    };
    write(&mut w, &table.head)?;
    for row in &table.rows {
        write(&mut w, row)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ServerError::Internal(format!("writing CSV: {e}")))?;
    csv_download(name, bytes)
}

/// "2026-11-22 09:14 UTC" for a Unix-milliseconds time.
fn utc(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map_or_else(
        |_| ms.to_string(),
        |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
    )
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

/// The tenant's brand colour as CSS for the elements under `scope`.
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
