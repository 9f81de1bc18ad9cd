//! The page context every guide page and journey form gets: the device detected, the
//! language picked, the tenant's policy, and the employee whose personal link this is (opening
//! a link is answered here); plus the client-hint headers.

use super::ratelimit::RateLimits;
use super::scope::TenantScope;
use super::session::cookie;
use super::state::AppState;
use crate::store::{employees, now_ms};
use app::context::{LinkProblem, PageContext};
use app::domain::RequestHints;
use app::domain::detect::{ACCEPT_CH, CRITICAL_CH, VARY};
use app::domain::events::{EventKind, GuideEvent};
use app::domain::links::{LinkClaims, LinkError, Purpose};
use app::i18n::{LANG_COOKIE, LanguageInputs, Locale, negotiate};
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

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

/// The address a request comes from: the peer's, unless the peer is one of the trusted
/// proxies, in which case the nearest address in `X-Forwarded-For` that is not itself a trusted
/// proxy (entries further left were written by the client and prove nothing). An unreadable
/// header falls back to the peer.
pub fn client_address(
    peer: std::net::IpAddr,
    forwarded_for: Option<&str>,
    trusted: &[std::net::IpAddr],
) -> std::net::IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let Some(list) = forwarded_for else {
        return peer;
    };
    let mut nearest = peer;
    for entry in list.rsplit(',') {
        match entry.trim().parse::<std::net::IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => nearest = ip,
            Ok(ip) => return ip,
            Err(_) => return nearest,
        }
    }
    nearest
}

pub fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The cookie that remembers a personal link (scoped to the tenant's path).
pub const LINK_COOKIE: &str = "pg_link";

struct LinkedEmployee {
    id: i64,
    /// The tenant's settings version, read with the employee or polled.
    settings_version: i64,
    /// Whether `settings_version` is the polled one (it may lag this process's own change).
    polled: bool,
    /// The policy Entra's passkey profiles give this employee, where a connection said.
    policy: Option<app::domain::Policy>,
    preferred_language: Option<String>,
    claims: LinkClaims,
}

/// How long the QR code's hand-over to a phone stays valid.
const CONTINUE_TTL_S: i64 = 15 * 60;

/// The claims of a personal link token, if it is this tenant's and still valid.
fn claims_for(
    state: &AppState,
    scope: &TenantScope,
    token: &str,
) -> Result<LinkClaims, LinkProblem> {
    let now = now_ms() / 1000;
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
    Ok(claims)
}

/// The employee these claims name, from memory: only when read under the tenant's current
/// roster version and this process's roster generation (else the claims back).
fn remembered(
    state: &AppState,
    scope: &TenantScope,
    claims: LinkClaims,
) -> Result<LinkedEmployee, LinkClaims> {
    let Some(v) = state.versions.get(scope.tenant.id) else {
        return Err(claims);
    };
    match state.roster_cache.get(
        scope.tenant.id,
        &claims.employee,
        v.roster,
        employees::generation(),
    ) {
        Some(hit) => Ok(LinkedEmployee {
            id: hit.id,
            settings_version: v.settings,
            polled: true,
            policy: hit.policy,
            preferred_language: hit.preferred_language.clone(),
            claims,
        }),
        None => Err(claims),
    }
}

/// Checks a personal link token against this tenant and its roster (in memory when current).
async fn linked_employee(
    state: &AppState,
    scope: &TenantScope,
    token: &str,
) -> Result<LinkedEmployee, LinkProblem> {
    // Both taken before the read: an entry kept now is stale as soon as either moves.
    let versions = state.versions.get(scope.tenant.id);
    let generation = employees::generation();
    let claims = match remembered(state, scope, claims_for(state, scope, token)?) {
        Ok(e) => return Ok(e),
        Err(claims) => claims,
    };
    match employees::by_ref_with_version(&state.db, scope.tenant.id, &claims.employee).await {
        Ok(Some((e, settings_version))) => {
            let linked = super::roster_cache::Linked {
                id: e.id,
                policy: e.entra_policy,
                preferred_language: e.preferred_language,
            };
            if let Some(v) = versions {
                state.roster_cache.put(
                    scope.tenant.id,
                    &claims.employee,
                    v.roster,
                    generation,
                    linked.clone(),
                );
            }
            Ok(LinkedEmployee {
                settings_version,
                polled: false,
                id: linked.id,
                policy: linked.policy,
                preferred_language: linked.preferred_language,
                claims,
            })
        }
        Ok(None) => Err(LinkProblem::Unknown),
        Err(e) => {
            tracing::error!(error = %e, "looking up a personal link failed");
            Err(LinkProblem::Unknown)
        }
    }
}

/// What a guide page is rendered for, besides its path and tenant: the device, the language
/// and the passkey policy. The page context and the page cache's answer from memory
/// ([`cached_page_inputs`]) both compute them here, so both key a page the same way.
pub struct PageInputs {
    pub profile: app::domain::DeviceProfile,
    pub locale: Locale,
    /// A language picked with `?lang=` (remembered in a cookie).
    pub chosen_lang: Option<Locale>,
    pub policy: app::domain::Policy,
}

fn page_inputs(
    state: &AppState,
    scope: Option<&TenantScope>,
    employee: Option<&LinkedEmployee>,
    req: &Request,
) -> PageInputs {
    let headers = req.headers();
    let profile = state.detect_cache.profile(&hints(headers));
    let chosen_lang = query_param(req.uri().query(), "lang").and_then(Locale::from_tag);
    let locale = negotiate(LanguageInputs {
        query: chosen_lang.map(Locale::tag),
        cookie: cookie(headers, LANG_COOKIE),
        employee: employee.and_then(|e| e.preferred_language.as_deref()),
        accept_language: header(headers, "accept-language"),
        tenant_default: scope.and_then(|s| s.tenant.default_language.as_deref()),
    });
    // Entra's passkey profiles for this employee, else the tenant's policy for visitors.
    let policy = match (scope, employee.and_then(|e| e.policy)) {
        (Some(_), Some(p)) => p,
        (Some(s), None) => s.tenant.visitor_policy(),
        (None, _) => state.policy,
    };
    PageInputs {
        profile,
        locale,
        chosen_lang,
        policy,
    }
}

/// Whether a page with a personal link hands over to another device (the QR code's continue
/// token, or the way out of an app's built-in browser): such pages are rendered per request.
fn hands_over(profile: &app::domain::DeviceProfile) -> bool {
    profile.platform.is_computer() || profile.in_app.is_some()
}

/// For a guide page request (GET) that can be answered from memory alone: the page's inputs
/// and the linked employee's id, exactly as [`page_context`] would compute them. `None` when
/// anything needs the database or the request's own handling: a tenant whose settings moved,
/// a personal link not in memory (or invalid), a language being picked (`?lang=` sets a
/// cookie), or a hand-over to another device.
pub fn cached_page_inputs(state: &AppState, req: &Request) -> Option<(PageInputs, Option<i64>)> {
    let scope = req.extensions().get::<TenantScope>();
    if let Some(s) = scope
        && state
            .versions
            .get(s.tenant.id)
            .is_none_or(|v| v.settings > s.tenant.settings_version)
    {
        return None;
    }
    if query_param(req.uri().query(), "lang").is_some() {
        return None;
    }
    let employee = match (scope, cookie(req.headers(), LINK_COOKIE)) {
        (Some(s), Some(token)) => {
            Some(remembered(state, s, claims_for(state, s, token).ok()?).ok()?)
        }
        _ => None,
    };
    let inputs = page_inputs(state, scope, employee.as_ref(), req);
    if employee.is_some() && hands_over(&inputs.profile) {
        return None;
    }
    Some((inputs, employee.map(|e| e.id)))
}

fn set_cookie(res: &mut Response, value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// A personal link (or a QR code's continue link) was opened: record it, remember the link
/// in a cookie scoped to the tenant, and send the employee where they left off. The token
/// leaves the address bar (and any later Referer) with the redirect.
async fn open_link(
    state: &AppState,
    scope: &TenantScope,
    e: &LinkedEmployee,
    profile: &app::domain::DeviceProfile,
    locale: Locale,
    secure: &str,
) -> Response {
    let cookie_path = format!("{}/", scope.base);
    let link_expires = e.claims.link_expires();
    // The cookie always holds a personal link, so a phone that scanned the QR code keeps
    // the journey for as long as the original link lasts, not the QR code's minutes.
    let token = state
        .links
        .keys
        .sign(&e.claims.tenant, &e.claims.employee, link_expires);
    state.events.record(GuideEvent {
        kind: EventKind::LinkOpened,
        flow: None,
        step: None,
        detail: Some(profile.platform.id().to_owned()),
        platform: profile.platform,
        os_version: profile.os_version,
        browser: profile.browser,
        in_app: profile.in_app,
        locale: locale.tag().to_owned(),
        tenant_id: Some(scope.tenant.id),
        employee_id: Some(e.id),
    });
    // A phone continuing from a computer gets its own device's flow, not the computer's step.
    let resume = match e.claims.purpose {
        Purpose::Personal => super::journey::resume_path(state, e.id, profile.platform)
            .await
            .unwrap_or_else(|err| {
                tracing::error!(error = %err, "loading a journey to resume failed");
                None
            }),
        Purpose::Continue { .. } => None,
    };
    let target = match resume {
        Some(path) => format!("{}{path}?resumed=1", scope.base),
        None => cookie_path.clone(),
    };
    let max_age = (link_expires - now_ms() / 1000).max(0);
    let mut res = axum::response::Redirect::to(&target).into_response();
    res.extensions_mut().insert(LINK_ROUTE.clone());
    set_cookie(
        &mut res,
        format!(
            "{LINK_COOKIE}={token}; Path={cookie_path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
        ),
    );
    res
}

/// The route name personal-link opens are timed under (no route answers them: this does).
static LINK_ROUTE: std::sync::LazyLock<super::meters::RouteName> =
    std::sync::LazyLock::new(|| super::meters::RouteName("/link/{token}".into()));

/// 429 for an employee whose link was used too often: a page in their language that says
/// how long to wait.
fn too_many_requests(locale: Locale, wait: std::time::Duration) -> Response {
    let secs = super::ratelimit::retry_after_secs(wait);
    let mut res = (
        axum::http::StatusCode::TOO_MANY_REQUESTS,
        axum::response::Html(app::render_rate_limited(locale, secs)),
    )
        .into_response();
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    res
}

pub async fn page_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let mut scope = req.extensions().get::<TenantScope>().cloned();
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let mut employee = None;
    let mut link_problem = None;
    let opening = scope
        .as_ref()
        .and_then(|_| req.uri().path().strip_prefix("/link/").map(str::to_owned));
    if let Some(scope) = &scope {
        let token = opening
            .as_deref()
            .or_else(|| cookie(req.headers(), LINK_COOKIE));
        if let Some(token) = token {
            match linked_employee(&state, scope, token).await {
                Ok(e) => employee = Some(e),
                Err(p) if opening.is_some() => link_problem = Some(p),
                Err(_) => {}
            }
        }
    }
    // A change made on another instance shows in the database's settings version: the tenant
    // is read again before anything on the page depends on it (caches of pages key on it).
    // The polled version can lag a change this process made (and has already reloaded): only
    // a newer one means the tenant is stale; a version read now is the truth either way.
    if let Some(s) = &scope {
        let polled = state.versions.get(s.tenant.id).map(|v| v.settings);
        let (current, read_now) = match (&employee, polled) {
            (Some(e), _) => (Some(e.settings_version), !e.polled),
            (None, Some(v)) => (Some(v), false),
            (None, None) => (
                crate::store::tenants::settings_version(&state.db, s.tenant.id)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::error!(error = %e, "reading a tenant's settings version failed");
                        None
                    }),
                true,
            ),
        };
        let cached = s.tenant.settings_version;
        if current.is_some_and(|v| v > cached || (read_now && v != cached)) {
            match super::scope::refresh(&state, s).await {
                Ok(fresh) => {
                    req.extensions_mut().insert(fresh.clone());
                    scope = Some(fresh);
                }
                Err(e) => tracing::error!(error = %e, "reading a changed tenant failed"),
            }
        }
    }
    let PageInputs {
        profile,
        locale,
        chosen_lang,
        policy,
    } = page_inputs(&state, scope.as_ref(), employee.as_ref(), &req);
    // Opening a link and the journey's forms count against the employee's allowance, never
    // the address's (colleagues share one NAT address).
    let limited = opening.is_some()
        || (req.method() == axum::http::Method::POST && req.uri().path().starts_with("/journey/"));
    if let (Some(scope), Some(e), true) = (&scope, &employee, limited)
        && let Some(limits) = req.extensions().get::<Arc<RateLimits>>()
        && let Err(wait) = limits.employee.check(&(scope.tenant.id, e.id))
    {
        tracing::info!(tenant = %scope.tenant.slug, "personal link rate-limited");
        let mut res = too_many_requests(locale, wait);
        if opening.is_some() {
            res.extensions_mut().insert(LINK_ROUTE.clone());
        }
        return res;
    }
    if let (Some(scope), Some(e), Some(_)) = (&scope, &employee, &opening) {
        return open_link(&state, scope, e, &profile, locale, secure).await;
    }
    let now_s = now_ms() / 1000;
    // A continue token where the journey may move: from a computer to a phone (the QR code),
    // and out of an app's built-in browser into the real one (the way-out link).
    let continue_token = employee.as_ref().filter(|_| hands_over(&profile)).map(|e| {
        Arc::from(
            state
                .links
                .keys
                .sign_continue(&e.claims, now_s + CONTINUE_TTL_S),
        )
    });
    let maker = state.links.maker(now_s);
    let guide_url: Arc<str> = match &scope {
        Some(s) => maker.guide_url(&s.tenant).into(),
        None => format!("{}/", state.links.public_url).into(),
    };
    let mut ctx = PageContext {
        profile,
        locale,
        policy,
        security_info_url: scope.as_ref().map_or_else(
            || state.security_info_url.clone(),
            |s| s.tenant.security_info_url.as_str().into(),
        ),
        events: state.events.clone(),
        base: scope.as_ref().map_or_else(|| "".into(), |s| s.base.clone()),
        tenant: scope.as_ref().map(|s| s.view.clone()),
        employee_id: employee.as_ref().map(|e| e.id),
        link_problem,
        guide_url,
        continue_token,
        stuck_stored: false,
    };
    if req.method() == axum::http::Method::GET {
        ctx.stuck_stored =
            super::journey::store_stuck(&state, &ctx, req.uri().path(), req.uri().query()).await;
    }
    // Pages without a personal link may be kept for the back and forward buttons; personal
    // and console pages stay `no-store` (the security headers' default).
    let anonymous_page = ctx.employee_id.is_none()
        && req.method() == axum::http::Method::GET
        && !["/admin", "/link/", "/unsubscribe/"]
            .iter()
            .any(|p| req.uri().path().starts_with(p));
    req.extensions_mut().insert(ctx);
    let mut res = next.run(req).await;
    let is_html = super::html::is_html(res.headers());
    let h = res.headers_mut();
    if anonymous_page && is_html && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
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

#[cfg(test)]
mod tests {
    use super::client_address;
    use std::net::IpAddr;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        let proxy = [ip("10.0.0.1")];
        // Straight from a client: its own header is ignored.
        assert_eq!(
            client_address(ip("203.0.113.9"), Some("198.51.100.7"), &proxy),
            ip("203.0.113.9")
        );
        // Through the proxy: the address it appended.
        assert_eq!(
            client_address(ip("10.0.0.1"), Some("198.51.100.7"), &proxy),
            ip("198.51.100.7")
        );
        // No proxies configured: the peer, whatever the header says.
        assert_eq!(
            client_address(ip("10.0.0.1"), Some("198.51.100.7"), &[]),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn a_client_cannot_choose_its_address_through_the_proxy() {
        let proxies = [ip("10.0.0.1"), ip("10.0.0.2")];
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxies appended the real address
        // and each other: the nearest untrusted entry is the real client.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                Some("1.2.3.4, 198.51.100.7, 10.0.0.1"),
                &proxies
            ),
            ip("198.51.100.7")
        );
        // Garbage where the real address should be: the nearest proxy, not the garbage's left.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                Some("1.2.3.4, not-an-ip, 10.0.0.1"),
                &proxies
            ),
            ip("10.0.0.1")
        );
        // Missing or empty header: the proxy itself.
        assert_eq!(
            client_address(ip("10.0.0.1"), None, &proxies),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), Some(""), &proxies),
            ip("10.0.0.1")
        );
    }
}
