//! Per-request work every response shares: detect the device, pick the language, build the
//! page context, and add the security and client-hint headers.

use crate::state::AppState;
use app::context::PageContext;
use app::domain::detect::{ACCEPT_CH, CRITICAL_CH, VARY};
use app::domain::{RequestHints, detect};
use app::i18n::{LANG_COOKIE, Locale, negotiate};
use app::security::content_security_policy;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

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

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub async fn page_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let chosen_lang = query_param(req.uri().query(), "lang").and_then(Locale::from_tag);
    let locale = negotiate(
        chosen_lang.map(Locale::tag),
        cookie(headers, LANG_COOKIE),
        header(headers, "accept-language"),
    );
    let ctx = PageContext {
        profile: detect(&hints(headers)),
        locale,
        policy: state.policy,
        security_info_url: state.security_info_url.clone(),
        events: state.events.clone(),
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
        let secure = if state.secure_cookies { "; Secure" } else { "" };
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
            l.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            h.append(header::SET_COOKIE, v);
        }
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
