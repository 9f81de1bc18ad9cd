//! Per-request work every response shares: detect the device, pick the language, build the
//! page context, and add the security and client-hint headers.

use crate::roster;
use crate::scope::TenantScope;
use crate::state::AppState;
use app::context::{LinkProblem, PageContext};
use app::domain::detect::{ACCEPT_CH, CRITICAL_CH, VARY};
use app::domain::links::LinkError;
use app::domain::{RequestHints, detect};
use app::i18n::{LANG_COOKIE, LanguageInputs, Locale, negotiate};
use app::security::content_security_policy;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Reads the detection inputs from request headers. Non-ASCII header values are treated as
/// absent rather than rejected.
pub fn hints(headers: &HeaderMap) -> RequestHints<'_> {
    RequestHints {
        user_agent: header(headers, "user-agent"),
        brands: header(headers, "sec-ch-ua"),
        full_version_list: header(headers, "sec-ch-ua-full-version-list"),
        mobile: header(headers, "sec-ch-ua-mobile"),
        platform: header(headers, "sec-ch-ua-platform"),
        platform_version: header(headers, "sec-ch-ua-platform-version"),
        model: header(headers, "sec-ch-ua-model"),
    }
}

pub fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

use crate::auth::cookie;

/// The cookie that remembers a personal link (scoped to the tenant's path).
pub const LINK_COOKIE: &str = "pg_link";

struct LinkedEmployee {
    id: i64,
    preferred_language: Option<String>,
    expires: i64,
}

/// Checks a personal link token against this tenant and its roster.
async fn linked_employee(
    state: &AppState,
    scope: &TenantScope,
    token: &str,
) -> Result<LinkedEmployee, LinkProblem> {
    let now = crate::db::now_ms() / 1000;
    let claims = match state.links.keys.verify(token, now) {
        Ok(c) => c,
        Err(LinkError::Expired(c)) if c.tenant == scope.tenant.slug => {
            return Err(LinkProblem::Expired);
        }
        Err(_) => return Err(LinkProblem::Invalid),
    };
    if claims.tenant != scope.tenant.slug {
        return Err(LinkProblem::Invalid);
    }
    match roster::by_ref(&state.db, scope.tenant.id, &claims.employee).await {
        Ok(Some(e)) => Ok(LinkedEmployee {
            id: e.id,
            preferred_language: e.preferred_language,
            expires: claims.expires,
        }),
        Ok(None) => Err(LinkProblem::Unknown),
        Err(e) => {
            tracing::error!(error = %e, "looking up a personal link failed");
            Err(LinkProblem::Unknown)
        }
    }
}

fn set_cookie(res: &mut Response, value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

pub async fn page_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let scope = req.extensions().get::<TenantScope>().cloned();
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let mut employee = None;
    let mut link_problem = None;
    if let Some(scope) = &scope {
        let cookie_path = format!("{}/", scope.base);
        if let Some(token) = req.uri().path().strip_prefix("/link/") {
            match linked_employee(&state, scope, token).await {
                Ok(e) => {
                    // Remember the link for this tenant's pages and drop the token from the
                    // address bar (and from any later Referer).
                    let max_age = (e.expires - crate::db::now_ms() / 1000).max(0);
                    let mut res = axum::response::Redirect::to(&cookie_path).into_response();
                    set_cookie(
                        &mut res,
                        format!(
                            "{LINK_COOKIE}={token}; Path={cookie_path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
                        ),
                    );
                    return res;
                }
                Err(p) => link_problem = Some(p),
            }
        } else if let Some(token) = cookie(req.headers(), LINK_COOKIE) {
            employee = linked_employee(&state, scope, token).await.ok();
        }
    }
    let headers = req.headers();
    let chosen_lang = query_param(req.uri().query(), "lang").and_then(Locale::from_tag);
    let locale = negotiate(LanguageInputs {
        query: chosen_lang.map(Locale::tag),
        cookie: cookie(headers, LANG_COOKIE),
        employee: employee
            .as_ref()
            .and_then(|e| e.preferred_language.as_deref()),
        accept_language: header(headers, "accept-language"),
        tenant_default: scope
            .as_ref()
            .and_then(|s| s.tenant.default_language.as_deref()),
    });
    let ctx = PageContext {
        profile: detect(&hints(headers)),
        locale,
        policy: scope.as_ref().map_or(state.policy, |s| s.tenant.policy),
        security_info_url: scope.as_ref().map_or_else(
            || state.security_info_url.clone(),
            |s| s.tenant.security_info_url.as_str().into(),
        ),
        events: state.events.clone(),
        base: scope.as_ref().map_or_else(|| "".into(), |s| s.base.clone()),
        tenant: scope.as_ref().map(|s| s.view.clone()),
        employee_id: employee.as_ref().map(|e| e.id),
        link_problem,
    };
    req.extensions_mut().insert(ctx);
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        HeaderName::from_static("accept-ch"),
        HeaderValue::from_static(ACCEPT_CH),
    );
    h.insert(
        HeaderName::from_static("critical-ch"),
        HeaderValue::from_static(CRITICAL_CH),
    );
    h.append(header::VARY, HeaderValue::from_static(VARY));
    h.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    if let Some(l) = chosen_lang {
        set_cookie(
            &mut res,
            format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
                l.tag()
            ),
        );
    }
    res
}

/// Headers every response carries. Pages set their own CSP with a nonce; everything else gets
/// one that allows no script.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let is_asset = req.uri().path().starts_with("/pkg/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(v) = HeaderValue::from_str(&content_security_policy(None))
    {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages depend on the device and language and may one day carry personal links:
        // never stored. Assets are revalidated (cheap 304s) so a deploy is seen at once.
        let policy = if is_asset { "no-cache" } else { "no-store" };
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    res
}
