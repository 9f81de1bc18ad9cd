//! The security suite, over real HTTP on loopback with a real SQLite database: security headers
//! and CSP on every route, open redirects, XSS through every tenant, roster and report field,
//! CSRF on every console form, personal and continue tokens, SQL metacharacters in every input,
//! and rate limits keyed on the employee and the admin account rather than the address.
//!
//! The route inventory is read from the router's sources, so a route added without a check
//! here fails `every_route_is_known_to_this_suite`.

mod common;

use app::domain::links::{LinkClaims, LinkKeys, Purpose};
use app::domain::roster::EmployeeRow;
use app::domain::tenant::Role;
use common::{Server, client, csrf_of, start_insecure};
use passkey_guide::ops::links::LinkMaker;
use passkey_guide::store::{audit, employees, tenants};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use reqwest::multipart::{Form, Part};
use std::collections::BTreeSet;
use std::time::Duration;

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const FLOW: &str = "iphone-authenticator";
/// The hand-off step of [`FLOW`].
const HANDOFF_STEP: u16 = 3;
const SECURITY_INFO: &str = "https://aka.ms/mysecurityinfo";

// ---- Shared set-up ----

struct World {
    s: Server,
    alpha: tenants::Tenant,
    beta: tenants::Tenant,
    /// References of alpha's employees, in email order.
    refs: Vec<String>,
    beta_refs: Vec<String>,
}

fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn row(email: &str, name: &str, department: Option<&str>) -> EmployeeRow {
    EmployeeRow {
        upn: None,
        email: email.into(),
        display_name: name.into(),
        preferred_language: None,
        department: department.map(Into::into),
        manager: None,
    }
}

async fn seed_roster(s: &Server, tenant: &tenants::Tenant, rows: &[EmployeeRow]) -> Vec<String> {
    employees::import(&s.pool, tenant.id, rows, |_| {})
        .await
        .unwrap();
    let mut all = employees::all(&s.pool, tenant.id).await.unwrap();
    all.sort_by(|a, b| a.email.cmp(&b.email));
    all.into_iter().map(|e| e.reference).collect()
}

/// Two tenants, admins of every role, a few employees each, and a static asset on disk.
async fn world() -> World {
    let s = start_insecure().await;
    let alpha = tenants::create(&s.pool, "alpha", "Alpha Corp")
        .await
        .unwrap();
    let beta = tenants::create(&s.pool, "beta", "Beta Inc").await.unwrap();
    for (tenant, email, role) in [
        ("alpha", "owner@alpha.example", Role::Owner),
        ("alpha", "second@alpha.example", Role::Owner),
        ("alpha", "admin@alpha.example", Role::Admin),
        ("alpha", "help@alpha.example", Role::Helpdesk),
        ("beta", "owner@beta.example", Role::Owner),
    ] {
        s.admin(tenant, email, role).await;
    }
    let refs = seed_roster(
        &s,
        &alpha,
        &[
            row("ada@alpha.example", "Ada Lovelace", Some("Research")),
            row("grace@alpha.example", "Grace Hopper", Some("Navy")),
        ],
    )
    .await;
    let beta_refs = seed_roster(
        &s,
        &beta,
        &[row("bob@beta.example", "Bob Beta", Some("Ops"))],
    )
    .await;
    let pkg = s.site_root().join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("passkey-guide.css"), "body{margin:0}").unwrap();
    std::fs::write(
        s.site_root().join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    World {
        s,
        alpha,
        beta,
        refs,
        beta_refs,
    }
}

fn link_path(s: &Server, slug: &str, reference: &str) -> String {
    format!(
        "/t/{slug}/link/{}",
        s.keys.sign(slug, reference, now_s() + 86_400)
    )
}

fn location(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
}

/// A client that has opened `reference`'s personal link (it holds the link cookie).
async fn linked_client(s: &Server, slug: &str, reference: &str) -> reqwest::Client {
    let c = client();
    let res = c
        .get(s.url(&link_path(s, slug, reference)))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "opening the link");
    c
}

async fn journey_events(s: &Server, tenant_id: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM journey_event WHERE tenant_id = $1")
        .bind(tenant_id)
        .fetch_one(&s.pool)
        .await
        .unwrap()
}

/// Waits (bounded) until `tenant_id` has at least `want` journey rows; returns the count.
async fn wait_journey_events(s: &Server, tenant_id: i64, want: i64) -> i64 {
    let mut n = 0;
    for _ in 0..150 {
        n = journey_events(s, tenant_id).await;
        if n >= want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    n
}

async fn audit_total(s: &Server, tenant_id: i64) -> i64 {
    audit::page(&s.pool, tenant_id, 1, 0).await.unwrap().1
}

// ---- The route inventory ----

/// Route patterns as the sources spell them: `.route("…")` in the axum routers and
/// `path!("…")` in the Leptos app (`:x` written as `{x}`).
fn routes_in_sources() -> BTreeSet<String> {
    let sources = [
        include_str!("../src/http/mod.rs"),
        include_str!("../src/http/admin/mod.rs"),
        include_str!("../src/http/journey.rs"),
        include_str!("../../app/src/shell.rs"),
    ];
    let mut out = BTreeSet::new();
    for src in sources {
        for marker in [".route(", "path!("] {
            for rest in src.split(marker).skip(1) {
                let rest = rest.trim_start();
                let Some(lit) = rest.strip_prefix('"') else {
                    continue;
                };
                let pattern = lit.split('"').next().unwrap();
                let normalised = pattern
                    .split('/')
                    .map(|seg| match seg.strip_prefix(':') {
                        Some(name) => format!("{{{name}}}"),
                        None => seg.to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(normalised);
            }
        }
    }
    out
}

/// What a response is, for the header checks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A Leptos page: CSP with a per-response nonce that every script carries.
    Page,
    /// A console page rendered on the server: no script at all.
    Console,
    /// A console page with the passkey buttons: our one script file, from this origin.
    ConsoleScript,
    /// Anything else (JSON, CSV, CSS, text, redirects, images).
    Other,
    /// A file under `/pkg/`: revalidated rather than never stored.
    Asset,
}

/// Every GET route with the concrete requests that exercise it. `{slug}`, `{ref}`, `{link}`
/// are filled in per world. Leptos and guide routes are also requested under `/t/{slug}`.
const GET_ROUTES: &[(&str, &[&str], Kind)] = &[
    ("/", &["/", "/?lang=de&device=android"], Kind::Page),
    (
        "/guide/{flow}",
        &["/guide/iphone-authenticator"],
        Kind::Page,
    ),
    (
        "/guide/{flow}/step/{step}",
        &[
            "/guide/iphone-authenticator/step/3",
            "/guide/windows-hello/step/1",
        ],
        Kind::Page,
    ),
    (
        "/guide/{flow}/step/{step}/stuck",
        &["/guide/iphone-authenticator/step/3/stuck"],
        Kind::Page,
    ),
    (
        "/guide/{flow}/done",
        &["/guide/iphone-authenticator/done"],
        Kind::Page,
    ),
    (
        "/guide/{flow}/print",
        &["/guide/iphone-authenticator/print"],
        Kind::Page,
    ),
    ("/help", &["/help", "/help?device=samsung"], Kind::Page),
    ("/privacy", &["/privacy", "/privacy?lang=de"], Kind::Page),
    ("/link/{token}", &["/link/not-a-token"], Kind::Page),
    (
        "/guide/{flow}/handoff",
        &["/guide/iphone-authenticator/handoff?step=3"],
        Kind::Other,
    ),
    ("/api/v1/detect", &["/api/v1/detect"], Kind::Other),
    ("/healthz", &["/healthz"], Kind::Other),
    ("/readyz", &["/readyz"], Kind::Other),
    ("/metrics", &["/metrics"], Kind::Other),
    ("/brand.css", &["/brand.css"], Kind::Other),
    ("/logo", &["/logo"], Kind::Other),
    (
        "/admin/login",
        &["/admin/login", "/admin/login?tenant=alpha"],
        Kind::ConsoleScript,
    ),
    (
        "/admin/sso/callback",
        &[
            "/admin/sso/callback",
            "/admin/sso/callback?code=x&state=y",
            "/admin/sso/callback?error=access_denied",
        ],
        Kind::ConsoleScript,
    ),
    ("/admin/account", &["/admin/account"], Kind::ConsoleScript),
    (
        "/admin/invite/{token}",
        &["/admin/invite/not-a-token"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/people",
        &["/admin/t/{slug}/people"],
        Kind::Console,
    ),
    ("/admin", &["/admin"], Kind::Console),
    (
        "/admin/t/{slug}",
        &["/admin/t/{slug}", "/admin/t/nosuch"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/branding",
        &["/admin/t/{slug}/branding"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/draft.css",
        &["/admin/t/{slug}/draft.css"],
        Kind::Other,
    ),
    (
        "/admin/t/{slug}/draft-logo",
        &["/admin/t/{slug}/draft-logo"],
        Kind::Other,
    ),
    (
        "/admin/t/{slug}/policy",
        &["/admin/t/{slug}/policy"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/roster",
        &["/admin/t/{slug}/roster", "/admin/t/{slug}/roster?q=ada"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/employees/{reference}",
        &[
            "/admin/t/{slug}/employees/{ref}",
            "/admin/t/{slug}/employees/nobody",
        ],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/reminders",
        &["/admin/t/{slug}/reminders"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/dashboard",
        &[
            "/admin/t/{slug}/dashboard",
            "/admin/t/{slug}/dashboard?from=bad",
        ],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/dashboard/{file}",
        &[
            "/admin/t/{slug}/dashboard/funnel.csv",
            "/admin/t/{slug}/dashboard/platforms.csv",
            "/admin/t/{slug}/dashboard/below-minimum.csv",
            "/admin/t/{slug}/dashboard/stuck.csv",
            "/admin/t/{slug}/dashboard/registrations.csv",
            "/admin/t/{slug}/dashboard/stragglers.csv",
            "/admin/t/{slug}/dashboard/readiness.csv",
            "/admin/t/{slug}/dashboard/ready-to-enforce.csv",
            "/admin/t/{slug}/dashboard/nosuch.csv",
        ],
        Kind::Other,
    ),
    (
        "/admin/t/{slug}/brand.css",
        &["/admin/t/{slug}/brand.css"],
        Kind::Other,
    ),
    (
        "/admin/t/{slug}/stragglers",
        &[
            "/admin/t/{slug}/stragglers",
            "/admin/t/{slug}/stragglers?reason=stuck",
        ],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/stragglers.csv",
        &["/admin/t/{slug}/stragglers.csv"],
        Kind::Other,
    ),
    (
        "/admin/t/{slug}/audit",
        &["/admin/t/{slug}/audit"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/entra",
        &["/admin/t/{slug}/entra", "/admin/t/{slug}/entra?synced=1"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/comms",
        &["/admin/t/{slug}/comms", "/admin/t/{slug}/comms?saved=wave"],
        Kind::Console,
    ),
    (
        "/admin/t/{slug}/comms/templates/{kind}/{language}",
        &[
            "/admin/t/{slug}/comms/templates/announcement/de",
            "/admin/t/{slug}/comms/templates/manager-digest/ja?done=saved",
            "/admin/t/{slug}/comms/templates/nosuch/de",
            "/admin/t/{slug}/comms/templates/reminder/xx",
        ],
        Kind::Console,
    ),
    (
        "/unsubscribe/{token}",
        &["/unsubscribe/not-a-token", "/unsubscribe/{link}"],
        Kind::Other,
    ),
];

/// Requests no route pattern names: fallbacks, static files, unknown tenants, unknown console
/// pages.
const EXTRA_GETS: &[(&str, Kind)] = &[
    ("/no-such-page", Kind::Page),
    ("/t/nosuch/", Kind::Page),
    ("/t/{slug}/link/{link}", Kind::Other),
    ("/t/{slug}/link/{bad-link}", Kind::Page),
    ("/admin/no-such-page", Kind::Page),
    ("/pkg/passkey-guide.css", Kind::Asset),
    ("/favicon.svg", Kind::Other),
];

/// Every POST route with a form that is valid apart from what each test changes.
const POST_ROUTES: &[&str] = &[
    "/admin/login",
    "/admin/logout",
    "/admin/sso/start",
    "/admin/passkey/options",
    "/admin/passkey/verify",
    "/admin/account/passkeys/options",
    "/admin/account/passkeys",
    "/admin/account/passkeys/{id}/remove",
    "/admin/invite/{token}",
    "/admin/tenants",
    "/admin/t/{slug}/people/sso",
    "/admin/t/{slug}/people/entra-only",
    "/admin/t/{slug}/people/invite",
    "/admin/t/{slug}/people/invitations/{id}/revoke",
    "/admin/t/{slug}/people/{account}/role",
    "/admin/t/{slug}/people/{account}/remove",
    "/admin/t/{slug}/branding",
    "/admin/t/{slug}/branding/logo",
    "/admin/t/{slug}/branding/publish",
    "/admin/t/{slug}/branding/import-entra",
    "/admin/t/{slug}/policy",
    "/admin/t/{slug}/roster/import",
    "/admin/t/{slug}/roster/retention",
    "/admin/t/{slug}/employees/{reference}/export",
    "/admin/t/{slug}/employees/{reference}/erase",
    "/admin/t/{slug}/links.csv",
    "/admin/t/{slug}/reminders",
    "/admin/t/{slug}/entra/connect",
    "/admin/t/{slug}/entra/test",
    "/admin/t/{slug}/entra/sync",
    "/admin/t/{slug}/entra/disconnect",
    "/admin/t/{slug}/readiness",
    "/admin/t/{slug}/comms/transport",
    "/admin/t/{slug}/comms/test",
    "/admin/t/{slug}/comms/programme",
    "/admin/t/{slug}/comms/waves",
    "/admin/t/{slug}/comms/waves/{id}/cancel",
    "/admin/t/{slug}/comms/templates/{kind}/{language}",
    // One-click unsubscribe (RFC 8058): the mail provider posts it from its own servers, so it
    // takes no CSRF token or Origin; the signed address is the authority (tests/comms.rs).
    "/unsubscribe/{token}",
    "/journey/answer",
    "/journey/confirm",
    "/journey/restart",
    "/journey/diagnostic",
    "/journey/opt-out",
];

/// The console's state-changing forms: each needs the session's CSRF token.
const CONSOLE_POSTS: &[&str] = &[
    "/admin/logout",
    "/admin/t/{slug}/branding",
    "/admin/t/{slug}/branding/logo",
    "/admin/t/{slug}/branding/publish",
    "/admin/t/{slug}/branding/import-entra",
    "/admin/t/{slug}/policy",
    "/admin/t/{slug}/roster/import",
    "/admin/t/{slug}/links.csv",
    "/admin/t/{slug}/reminders",
    "/admin/t/{slug}/entra/connect",
    "/admin/t/{slug}/entra/test",
    "/admin/t/{slug}/entra/sync",
    "/admin/t/{slug}/entra/disconnect",
    "/admin/t/{slug}/readiness",
    "/admin/t/{slug}/people/sso",
    "/admin/t/{slug}/people/entra-only",
    "/admin/t/{slug}/people/invite",
    "/admin/t/{slug}/comms/transport",
    "/admin/t/{slug}/comms/test",
    "/admin/t/{slug}/comms/programme",
    "/admin/t/{slug}/comms/waves",
    "/admin/t/{slug}/comms/waves/1/cancel",
    "/admin/t/{slug}/comms/templates/announcement/de",
    "/admin/t/{slug}/roster/retention",
    "/admin/t/{slug}/employees/erasable-ref/export",
    "/admin/t/{slug}/employees/erasable-ref/erase",
];

#[test]
fn every_route_is_known_to_this_suite() {
    let found = routes_in_sources();
    assert!(
        found.len() >= 40,
        "the inventory reads the sources: {found:?}"
    );
    let known: BTreeSet<String> = GET_ROUTES
        .iter()
        .map(|(p, _, _)| (*p).to_owned())
        .chain(POST_ROUTES.iter().map(|p| (*p).to_owned()))
        .collect();
    let unknown: Vec<_> = found.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "routes without security checks (add them to GET_ROUTES or POST_ROUTES): {unknown:?}"
    );
    let stale: Vec<_> = known.difference(&found).collect();
    assert!(
        stale.is_empty(),
        "routes this suite lists that no longer exist: {stale:?}"
    );
}

fn fill(path: &str, w: &World, link: &str) -> String {
    path.replace("{slug}", &w.alpha.slug)
        .replace("{kind}", "announcement")
        .replace("{language}", "de")
        .replace("{ref}", &w.refs[0])
        .replace("{bad-link}", &format!("{link}x"))
        .replace("{link}", link)
}

fn nonce_of(csp: &str) -> Option<String> {
    csp.split("'nonce-")
        .nth(1)
        .map(|r| r.split('\'').next().unwrap().to_owned())
}

fn directive<'a>(csp: &'a str, name: &str) -> Option<&'a str> {
    csp.split(';')
        .map(str::trim)
        .find(|d| d.split_whitespace().next() == Some(name))
}

/// The headers every response carries, whatever it is.
fn assert_common_headers(what: &str, h: &HeaderMap, kind: Kind) {
    let csp = h
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP"))
        .to_str()
        .unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'"),
        "{what}: frame-ancestors in {csp}"
    );
    assert!(csp.contains("object-src 'none'"), "{what}: {csp}");
    assert!(csp.contains("base-uri 'none'"), "{what}: {csp}");
    let script = directive(csp, "script-src").unwrap_or_else(|| panic!("{what}: {csp}"));
    for bad in [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "*",
        "data:",
        "http:",
        "https:",
    ] {
        assert!(
            !script.split_whitespace().any(|t| t == bad),
            "{what}: script-src allows {bad}: {csp}"
        );
    }
    if kind == Kind::ConsoleScript {
        assert_eq!(script, "script-src 'self'", "{what}: our own script only");
    } else if kind != Kind::Page {
        assert_eq!(
            script, "script-src 'none'",
            "{what}: no script outside pages"
        );
    }
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
    assert_eq!(h["x-frame-options"], "DENY", "{what}");
    let cache = h
        .get("cache-control")
        .unwrap_or_else(|| panic!("{what}: no Cache-Control"))
        .to_str()
        .unwrap();
    let want: &[&str] = match kind {
        Kind::Asset => &["no-cache"],
        // Anonymous pages may stay in the back/forward cache; personal ones may not (see
        // `pages_without_a_personal_link_allow_the_back_forward_cache`).
        Kind::Page => &["private, no-cache", "no-store"],
        _ => &["no-store"],
    };
    assert!(want.contains(&cache), "{what}: caching {cache:?}");
}

/// A page without a personal link may be kept for the back and forward buttons (`no-cache`,
/// revalidated, never in a shared cache); the same page with the link cookie, the personal
/// link itself, and the console are never stored.
#[tokio::test]
async fn pages_without_a_personal_link_allow_the_back_forward_cache() {
    let w = world().await;
    let s = &w.s;
    let cache =
        |res: &reqwest::Response| res.headers()["cache-control"].to_str().unwrap().to_owned();
    let step = "/t/alpha/guide/iphone-authenticator/step/2";
    for path in ["/", "/help", "/privacy", "/t/alpha/", step] {
        let res = client().get(s.url(path)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(cache(&res), "private, no-cache", "{path}");
    }
    let linked = linked_client(s, "alpha", &w.refs[0]).await;
    let res = linked.get(s.url(step)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(cache(&res), "no-store", "with the personal link");
    let res = client()
        .get(s.url(&link_path(s, "alpha", &w.refs[0])))
        .send()
        .await
        .unwrap();
    assert_eq!(cache(&res), "no-store", "the personal link's redirect");
    let res = client().get(s.url("/admin/login")).send().await.unwrap();
    assert_eq!(cache(&res), "no-store", "the console");
}

/// Headers and body of one response; returns the nonce of a page.
async fn check_response(what: &str, res: reqwest::Response, kind: Kind) -> Option<String> {
    let status = res.status();
    assert!(
        status != StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {status}"
    );
    let h = res.headers().clone();
    assert_common_headers(what, &h, kind);
    let body = res.text().await.unwrap();
    let csp = h["content-security-policy"].to_str().unwrap().to_owned();
    let scripts = body.matches("<script").count();
    match kind {
        Kind::Page => {
            let nonce = common::check_page_scripts(what, &csp, &body);
            if let Some(nonce) = &nonce {
                assert!(nonce.len() >= 16, "{what}: a nonce worth the name");
            }
            let nonce = nonce.unwrap_or_default();
            // What the Nu HTML Checker refused before `http::html` mended it (the full check
            // is scripts/audit-pages.sh).
            assert!(!body.contains("<!>"), "{what}: a bogus comment");
            assert!(
                nonce.is_empty() || !body.contains(&format!("crossorigin=\"{nonce}\"")),
                "{what}: the nonce as a crossorigin value"
            );
            assert!(
                body.trim_end().ends_with("</html>"),
                "{what}: something after </html>"
            );
            assert!(
                body.contains("<meta name=\"description\" content=\""),
                "{what}: no meta description"
            );
            Some(nonce)
        }
        Kind::Console => {
            assert!(
                h["content-type"].to_str().unwrap().starts_with("text/html"),
                "{what}"
            );
            assert_eq!(scripts, 0, "{what}: the console has no script");
            assert!(nonce_of(&csp).is_none(), "{what}");
            None
        }
        Kind::ConsoleScript => {
            assert!(
                h["content-type"].to_str().unwrap().starts_with("text/html"),
                "{what}"
            );
            for tag in body.split("<script").skip(1) {
                assert!(
                    tag.starts_with(r#" src="/console-passkey.js" defer></script>"#),
                    "{what}: only the passkey script, from a file: <script{tag}"
                );
            }
            assert!(nonce_of(&csp).is_none(), "{what}");
            None
        }
        Kind::Other | Kind::Asset => {
            assert!(nonce_of(&csp).is_none(), "{what}");
            None
        }
    }
}

#[tokio::test]
async fn every_route_sends_csp_and_the_security_headers() {
    let w = world().await;
    let s = &w.s;
    let link = link_path(s, "alpha", &w.refs[1])
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let (owner, csrf) = s.sign_in("owner@alpha.example").await;
    let anonymous = client();
    let mut checked = 0;
    let mut requests: Vec<(String, Kind)> = Vec::new();
    for (pattern, paths, kind) in GET_ROUTES {
        for p in *paths {
            let path = fill(p, &w, &link);
            requests.push((path.clone(), *kind));
            if !pattern.starts_with("/admin") {
                requests.push((format!("/t/{}{path}", w.alpha.slug), *kind));
            }
        }
    }
    for (p, kind) in EXTRA_GETS {
        requests.push((fill(p, &w, &link), *kind));
    }
    for (path, kind) in &requests {
        // Guide pages under a tenant and globally, console pages signed in; twice each, so
        // the nonce is seen to change.
        let c = if path.starts_with("/admin") {
            &owner
        } else {
            &anonymous
        };
        let get = || c.get(s.url(path)).header("user-agent", IPHONE).send();
        let first = check_response(&format!("GET {path}"), get().await.unwrap(), *kind).await;
        let second = check_response(&format!("GET {path}"), get().await.unwrap(), *kind).await;
        // A page rendered for this request only has a fresh nonce each time; a page from the
        // page cache has none (its scripts are allowed by hash).
        if *kind == Kind::Page && first.as_deref().is_some_and(|n| !n.is_empty()) {
            assert_ne!(first, second, "GET {path}: a fresh nonce per response");
        }
        checked += 1;
    }
    // Signed out, the console redirects to sign-in with the same headers.
    let res = anonymous.get(s.url("/admin/t/alpha")).send().await.unwrap();
    assert_eq!(location(&res).as_deref(), Some("/admin/login?tenant=alpha"));
    check_response("GET /admin/t/alpha signed out", res, Kind::Other).await;
    // Forbidden to the helpdesk: a console error page.
    let (help, _) = s.sign_in("help@alpha.example").await;
    let res = help
        .get(s.url("/admin/t/alpha/dashboard"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    check_response("GET dashboard as helpdesk", res, Kind::Console).await;
    // Every POST route's answers (redirects, refusals, pages) carry them too.
    for p in POST_ROUTES {
        let path = fill(p, &w, &link);
        let res = if p.ends_with("/logo") || p.ends_with("/import") || p.ends_with("/connect") {
            owner
                .post(s.url(&path))
                .multipart(Form::new().text("csrf", "wrong"))
                .send()
                .await
                .unwrap()
        } else {
            owner
                .post(s.url(&path))
                .form(&[("csrf", "wrong")])
                .send()
                .await
                .unwrap()
        };
        check_response(&format!("POST {path}"), res, Kind::Other).await;
        checked += 1;
    }
    let res = owner
        .post(s.url("/admin/t/alpha/reminders"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    check_response("POST reminders with a bad form", res, Kind::Other).await;
    let res = s.export_links(&owner, "alpha", &csrf).await;
    assert_eq!(res.status(), StatusCode::OK);
    check_response("POST links.csv", res, Kind::Other).await;
    assert!(checked >= 60, "{checked} requests checked");
}

// ---- Open redirects ----

/// Redirect targets an attacker would try, raw and encoded.
const EVIL_TARGETS: &[&str] = &[
    "https://evil.example",
    "https://evil.example/",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https:%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "%68ttps://evil.example",
    "https://aka.ms.evil.example/",
    "https://aka.ms@evil.example/",
    " //evil.example",
    "\t//evil.example",
    "/\t/evil.example",
    "%0d%0aLocation:%20https://evil.example",
];

/// A `Location` must stay on this server or be the configured Security info address.
fn assert_safe_location(what: &str, s: &Server, loc: &str) {
    assert!(
        !loc.to_ascii_lowercase().contains("evil"),
        "{what}: redirected to {loc:?}"
    );
    if loc == SECURITY_INFO {
        return;
    }
    assert!(
        loc.starts_with('/') && !loc.starts_with("//") && !loc.starts_with("/\\"),
        "{what}: not a same-origin path: {loc:?}"
    );
    assert!(!loc.chars().any(|c| c.is_control()), "{what}: {loc:?}");
    let base = url::Url::parse(&s.base).unwrap();
    let target = base.join(loc).unwrap();
    assert_eq!(target.origin(), base.origin(), "{what}: {loc:?}");
}

/// Sends the request and checks any `Location`; returns the status and the location.
async fn follow_one(
    what: &str,
    s: &Server,
    req: reqwest::RequestBuilder,
) -> (StatusCode, Option<String>) {
    let res = req.send().await.unwrap();
    let status = res.status();
    assert!(
        status != StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {status}"
    );
    let loc = location(&res);
    if let Some(l) = &loc {
        assert_safe_location(what, s, l);
    }
    (status, loc)
}

/// Every link, image and form target on a page stays on this site or goes to a fixed
/// external address (sources, Security info); none is steered by the request.
fn assert_links_stay(what: &str, body: &str) {
    for attr in ["href=\"", "src=\"", "action=\"", "formaction=\""] {
        for rest in body.split(attr).skip(1) {
            let value = rest.split('"').next().unwrap();
            let v = value.trim().to_ascii_lowercase();
            let bad = if v.starts_with("https://") || v.starts_with("http://") {
                url::Url::parse(&v)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned))
                    .is_none_or(|h| h.contains("evil"))
            } else {
                v.starts_with("//")
                    || v.starts_with("/\\")
                    || v.starts_with("javascript:")
                    || v.starts_with("data:text")
                    || v.starts_with("vbscript:")
            };
            assert!(!bad, "{what}: a link steered elsewhere: {attr}{value}\"");
        }
    }
}

/// GETs a page and checks where its links go.
async fn page_links(what: &str, s: &Server, req: reqwest::RequestBuilder) {
    let res = req.send().await.unwrap();
    let status = res.status();
    assert!(
        status != StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {status}"
    );
    if let Some(l) = location(&res) {
        assert_safe_location(what, s, &l);
    }
    assert_links_stay(what, &res.text().await.unwrap());
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn no_parameter_steers_a_redirect_off_site() {
    let w = world().await;
    let s = &w.s;
    // One employee per target, so the per-link rate limit never answers instead.
    let rows: Vec<EmployeeRow> = (0..EVIL_TARGETS.len())
        .map(|i| row(&format!("r{i:02}@alpha.example"), &format!("R {i}"), None))
        .collect();
    let people: Vec<String> = seed_roster(s, &w.alpha, &rows)
        .await
        .into_iter()
        .filter(|r| !w.refs.contains(r))
        .collect();
    let anonymous = client();
    let (owner, csrf) = s.sign_in("owner@alpha.example").await;
    let mut redirects = 0;
    let mut tried = 0;
    for (i, evil) in EVIL_TARGETS.iter().enumerate() {
        let evil: &str = evil;
        let me = &people[i];
        let linked = linked_client(s, "alpha", me).await;
        let e = enc(evil);
        for base in ["", "/t/alpha"] {
            // The hand-off: its target never comes from the request.
            for q in [
                format!("step={e}"),
                format!("step={HANDOFF_STEP}&next={e}&url={e}&return={e}&redirect={e}&to={e}"),
                format!("step={HANDOFF_STEP}&lang={e}&device={e}"),
            ] {
                let what = format!("handoff ?{q}");
                let (status, loc) = follow_one(
                    &what,
                    s,
                    linked.get(s.url(&format!("{base}/guide/{FLOW}/handoff?{q}"))),
                )
                .await;
                assert_eq!(status, StatusCode::SEE_OTHER, "{what}");
                assert_eq!(loc.as_deref(), Some(SECURITY_INFO), "{what}");
                redirects += 1;
            }
            // Pages with every query parameter the guide reads, and ones it does not.
            for path in ["/", "/guide/macos/step/1", "/guide/macos/done"] {
                let q = format!(
                    "lang={e}&device={e}&next={e}&return_to={e}&resumed={e}&confirmed={e}&sent={e}"
                );
                page_links(&q, s, anonymous.get(s.url(&format!("{base}{path}?{q}")))).await;
                tried += 1;
            }
            // The journey's forms: every field, plus redirect-looking extras.
            let c = if base.is_empty() { &anonymous } else { &linked };
            let step = HANDOFF_STEP.to_string();
            let forms: Vec<(&str, Vec<(&str, &str)>)> = vec![
                (
                    "/journey/answer",
                    vec![
                        ("flow", FLOW),
                        ("step", &step),
                        ("answer", "worked"),
                        ("device", evil),
                    ],
                ),
                (
                    "/journey/answer",
                    vec![
                        ("flow", FLOW),
                        ("step", &step),
                        ("answer", "failed"),
                        ("device", evil),
                    ],
                ),
                (
                    "/journey/answer",
                    vec![("flow", evil), ("step", &step), ("answer", "worked")],
                ),
                (
                    "/journey/confirm",
                    vec![
                        ("flow", FLOW),
                        ("answer", "yes"),
                        ("device", evil),
                        ("next", evil),
                    ],
                ),
                (
                    "/journey/confirm",
                    vec![("flow", FLOW), ("answer", "no"), ("device", evil)],
                ),
                ("/journey/restart", vec![("next", evil), ("return", evil)]),
                ("/journey/opt-out", vec![("next", evil)]),
                (
                    "/journey/diagnostic",
                    vec![
                        ("flow", FLOW),
                        ("step", &step),
                        ("symptom", "something-else"),
                        ("device", evil),
                        ("next", evil),
                    ],
                ),
            ];
            for (path, form) in &forms {
                let what = format!("POST {base}{path} {form:?}");
                let (_, loc) = follow_one(
                    &what,
                    s,
                    c.post(s.url(&format!("{base}{path}")))
                        .header("user-agent", IPHONE)
                        .form(form),
                )
                .await;
                if let Some(l) = loc {
                    assert!(
                        l.starts_with(&format!("{base}/")),
                        "{what}: stays in the guide: {l}"
                    );
                    redirects += 1;
                }
                tried += 1;
            }
            // Odd paths: nothing turns them into a redirect elsewhere.
            for raw in [
                format!("{base}//evil.example"),
                format!("{base}/\\evil.example"),
                format!("{base}/%2F%2Fevil.example"),
                format!("{base}/%5C%5Cevil.example"),
                format!("/t/{e}/"),
            ] {
                page_links(&raw, s, anonymous.get(format!("{}{raw}", s.base))).await;
                tried += 1;
            }
        }
        // Personal and continue links with redirect parameters.
        let token_path = link_path(s, "alpha", me);
        let what = format!("link ?next={e}");
        let (status, loc) = follow_one(
            &what,
            s,
            client()
                .get(s.url(&format!("{token_path}?next={e}&return={e}&lang={e}")))
                .header("user-agent", IPHONE),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{what}");
        assert!(loc.unwrap().starts_with("/t/alpha/"), "{what}");
        redirects += 1;
        let claims = LinkClaims {
            tenant: "alpha".into(),
            employee: me.clone(),
            expires: now_s() + 86_400,
            purpose: Purpose::Personal,
        };
        let cont = s.keys.sign_continue(&claims, now_s() + 600);
        let (status, loc) = follow_one(
            "continue link",
            s,
            client()
                .get(s.url(&format!("/t/alpha/link/{cont}?next={e}&device={e}")))
                .header("user-agent", IPHONE),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(loc.unwrap().starts_with("/t/alpha/"));
        redirects += 1;
        // The console: sign-in, sign-out and its forms never take a target from the request.
        let (_, loc) = follow_one(
            "login next",
            s,
            client()
                .post(s.url(&format!("/admin/login?next={e}&return_to={e}")))
                .form(&[
                    ("email", "nobody@alpha.example"),
                    ("password", "wrong password here"),
                    ("next", evil),
                ]),
        )
        .await;
        assert_eq!(loc, None, "a failed sign-in does not redirect");
        let (_, loc) = follow_one(
            "signed-out console",
            s,
            client().get(s.url(&format!("/admin/t/alpha/roster?next={e}"))),
        )
        .await;
        assert_eq!(loc.as_deref(), Some("/admin/login?tenant=alpha"));
        let (_, loc) = follow_one(
            "publish next",
            s,
            owner
                .post(s.url(&format!("/admin/t/alpha/branding/publish?next={e}")))
                .form(&[("csrf", csrf.as_str()), ("next", evil), ("return_to", evil)]),
        )
        .await;
        assert_eq!(loc.as_deref(), Some("/admin/t/alpha/branding?published=1"));
        redirects += 3;
    }
    // Sign-in and sign-out themselves.
    let c = client();
    let (_, loc) = follow_one(
        "login",
        s,
        c.post(s.url("/admin/login?next=https://evil.example"))
            .form(&[
                ("email", "second@alpha.example"),
                ("password", common::ADMIN_PASSWORD),
                ("next", "https://evil.example"),
            ]),
    )
    .await;
    assert_eq!(loc.as_deref(), Some("/admin"));
    let page = c
        .get(s.url("/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (_, loc) = follow_one(
        "logout",
        s,
        c.post(s.url("/admin/logout?next=//evil.example")).form(&[
            ("csrf", csrf_of(&page).as_str()),
            ("next", "//evil.example"),
        ]),
    )
    .await;
    assert_eq!(loc.as_deref(), Some("/admin/login"));
    assert!(
        redirects > 200 && tried > 400,
        "{redirects} redirects, {tried} others"
    );
}

// ---- XSS ----

/// Markup and script an attacker would put into any text field (each fits the 80-character
/// fields).
const XSS_PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{7*7}} ${7*7} { $org } {{constructor.constructor('alert(1)')()}}",
    "\u{202e}<script>alert(1)</script>\u{200b}",
    "＜script＞alert(1)＜/script＞<!--",
    "<a href=\"javascript:alert(1)\">x</a>&lt;b&gt;",
];

/// A CSV cell, the way a mail merge or a spreadsheet would see the file.
fn csv_rows(body: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Nothing of `payload` reaches `body` as markup.
fn assert_no_markup(what: &str, body: &str, payload: &str) {
    if payload.contains(['<', '>', '"']) {
        assert!(
            !body.contains(payload),
            "{what}: {payload:?} appears unescaped"
        );
    }
    // Every script is one of the page's own: it carries the nonce, is the site's file, or is
    // one of the two inline scripts Leptos writes (a cached page lists their hashes).
    let lower = body.to_ascii_lowercase();
    for (tag, text) in lower
        .split("<script")
        .skip(1)
        .filter_map(|t| t.split_once('>'))
    {
        let own = tag.contains("nonce=\"")
            || tag.contains("src=\"/pkg/")
            || text.starts_with("((root, pkg_path")
            || text.starts_with("__resolved_resources")
            || text.starts_with("__incomplete_chunks");
        assert!(
            own,
            "{what}: a script that is not the page's own: <script{tag}>"
        );
    }
    for injected in [
        "<img src=x",
        "<svg onload",
        "</title><script",
        "</textarea><script",
    ] {
        assert!(
            !lower.contains(injected),
            "{what}: {injected:?} for {payload:?}"
        );
    }
    // A `javascript:` URL in an attribute (inside a tag, not in escaped text).
    for attr in [
        "href=\"javascript:",
        "src=\"javascript:",
        "action=\"javascript:",
        "href='javascript:",
    ] {
        for (at, _) in lower.match_indices(attr) {
            let before = &lower[..at];
            let inside_tag = before.rfind('<') > before.rfind('>');
            assert!(!inside_tag, "{what}: {attr:?} in a tag for {payload:?}");
        }
    }
}

/// The forms text can take once escaped for HTML text or attributes.
fn escaped_forms(payload: &str) -> Vec<String> {
    let text = app::security::escape_text(payload);
    vec![
        text.clone(),
        text.replace('"', "&quot;"),
        text.replace('"', "&quot;").replace('\'', "&#x27;"),
        text.replace('"', "&quot;").replace('\'', "&#39;"),
    ]
}

fn roster_csv(rows: &[[&str; 5]]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "email",
        "display name",
        "department",
        "manager",
        "preferred language",
    ])
    .unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

async fn body_of(what: &str, req: reqwest::RequestBuilder) -> String {
    let res = req.send().await.unwrap();
    assert!(
        res.status() != StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {}",
        res.status()
    );
    res.text().await.unwrap()
}

#[tokio::test]
async fn no_field_or_parameter_reaches_a_page_or_mail_as_markup() {
    let w = world().await;
    let s = &w.s;
    // One tenant per payload, named with it; roles before signing in (a new role resets the
    // account's sessions).
    let mut slugs = Vec::new();
    for (i, payload) in XSS_PAYLOADS.iter().enumerate() {
        let slug = format!("x{i}");
        tenants::create(&s.pool, &slug, payload).await.unwrap();
        s.admin(&slug, "owner@alpha.example", Role::Owner).await;
        s.admin(&slug, "help@alpha.example", Role::Helpdesk).await;
        slugs.push(slug);
    }
    let (owner, csrf) = s.sign_in("owner@alpha.example").await;
    let (help, _) = s.sign_in("help@alpha.example").await;
    let mut checks = 0usize;
    let mut mails = 0usize;
    for (payload, slug) in XSS_PAYLOADS.iter().zip(&slugs) {
        let p = *payload;
        let tenant = tenants::by_slug(&s.pool, slug).await.unwrap().unwrap();
        let mut check = |what: String, body: &str| {
            assert_no_markup(&format!("{slug} {what}"), body, p);
            checks += 1;
        };
        // Branding: every field refused or not, the form comes back with what was typed.
        let all_fields = [
            ("csrf", csrf.as_str()),
            ("display_name", p),
            ("primary_color", p),
            ("intro", p),
            ("support_email", p),
            ("support_url", p),
            ("support_phone", p),
            ("support_hours", p),
        ];
        let res = owner
            .post(s.url(&format!("/admin/t/{slug}/branding")))
            .form(&all_fields)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{slug}");
        check("branding form refused".into(), &res.text().await.unwrap());
        let url = "https://help.example/\"><script>alert(1)</script>";
        let res = owner
            .post(s.url(&format!("/admin/t/{slug}/branding")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("display_name", p),
                ("primary_color", "#1d4ed8"),
                ("intro", p),
                ("support_email", "help'{{7*7}}&x@help.example"),
                ("support_url", url),
                ("support_phone", "+1 (555) 010-0000"),
                ("support_hours", p),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{slug} branding saved");
        let res = owner
            .post(s.url(&format!("/admin/t/{slug}/branding/publish")))
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{slug} published");
        // Policy: refused values come back in the form.
        let res = owner
            .post(s.url(&format!("/admin/t/{slug}/policy")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("passkeys", p),
                ("security_info_url", p),
                ("default_language", p),
                ("host", p),
            ])
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{slug} policy refused");
        check("policy form refused".into(), &res.text().await.unwrap());
        // Roster: every column, an address that is refused (and listed), a language that is
        // ignored (and listed).
        let email = format!("o'hara+{{{{7*7}}}}&x@{slug}.example");
        let plain = format!("plain@{slug}.example");
        let file = roster_csv(&[
            [email.as_str(), p, p, p, p],
            [p, "Refused Row", "", "", ""],
            [plain.as_str(), "Plain Name", p, "", ""],
        ]);
        let res = owner
            .post(s.url(&format!("/admin/t/{slug}/roster/import")))
            .multipart(
                Form::new()
                    .text("csrf", csrf.clone())
                    .part("roster", Part::bytes(file).file_name("r.csv")),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{slug} roster import");
        check("roster import report".into(), &res.text().await.unwrap());
        let employees = employees::all(&s.pool, tenant.id).await.unwrap();
        let victim = employees
            .iter()
            .find(|e| e.email == email)
            .expect("the row with the payload was imported");
        assert_eq!(victim.display_name, p.trim(), "{slug}: stored verbatim");
        // The employee's own journey, with a report carrying the payload everywhere it can.
        let linked = linked_client(s, slug, &victim.reference).await;
        let probe = serde_json::json!({ "webauthn": p, p: true }).to_string();
        let res = linked
            .post(s.url(&format!("/t/{slug}/journey/diagnostic")))
            .header(
                "user-agent",
                "Mozilla/5.0 <script>alert(1)</script> \"><img src=x onerror=alert(1)>",
            )
            .form(&[
                ("flow", FLOW),
                ("step", "3"),
                ("symptom", "something-else"),
                ("note", p),
                ("probe", probe.as_str()),
                ("device", p),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{slug} report sent");
        let res = linked
            .post(s.url(&format!("/t/{slug}/journey/diagnostic")))
            .form(&[("flow", FLOW), ("step", "3"), ("symptom", p), ("note", p)])
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            StatusCode::BAD_REQUEST,
            "{slug} unknown symptom"
        );
        check("unknown symptom".into(), &res.text().await.unwrap());
        // Employee pages, linked and anonymous, with the payload in every parameter.
        let e = enc(p);
        let q = format!("lang={e}&device={e}&sent={e}&resumed={e}&confirmed={e}&q={e}");
        for path in [
            "/".to_owned(),
            format!("/guide/{FLOW}"),
            format!("/guide/{FLOW}/step/{HANDOFF_STEP}"),
            format!("/guide/{FLOW}/step/{HANDOFF_STEP}/stuck"),
            format!("/guide/{FLOW}/done"),
            format!("/guide/{FLOW}/print"),
            format!("/link/{e}"),
            format!("/no-such-page-{e}"),
            "/api/v1/detect".to_owned(),
        ] {
            for (who, c) in [("linked", &linked), ("anonymous", &client())] {
                let full = format!("/t/{slug}{path}?{q}");
                let body = body_of(&full, c.get(s.url(&full)).header("user-agent", IPHONE)).await;
                check(format!("{who} GET {full}"), &body);
            }
        }
        let home = body_of("home", linked.get(s.url(&format!("/t/{slug}/")))).await;
        assert!(
            escaped_forms(p.trim())
                .iter()
                .any(|f| home.contains(f.as_str())),
            "{slug}: the display name is shown, escaped: {home}"
        );
        // The console, for the owner and the helpdesk.
        for path in [
            "/admin".to_owned(),
            format!("/admin/t/{slug}"),
            format!("/admin/t/{slug}/branding"),
            format!("/admin/t/{slug}/policy"),
            format!("/admin/t/{slug}/roster"),
            format!("/admin/t/{slug}/roster?q={e}"),
            format!("/admin/t/{slug}/employees/{}", victim.reference),
            format!("/admin/t/{slug}/employees/{e}"),
            format!("/admin/t/{slug}/reminders"),
            format!("/admin/t/{slug}/dashboard"),
            format!("/admin/t/{slug}/dashboard?department={e}&from={e}&to={e}"),
            format!("/admin/t/{slug}/stragglers"),
            format!("/admin/t/{slug}/stragglers?department={e}&reason={e}&page={e}"),
            format!("/admin/t/{slug}/audit"),
            format!("/admin/t/{slug}/draft.css"),
            format!("/admin/t/{slug}/brand.css"),
        ] {
            for (who, c) in [("owner", &owner), ("helpdesk", &help)] {
                let body = body_of(&path, c.get(s.url(&path))).await;
                check(format!("{who} GET {path}"), &body);
            }
        }
        let helpdesk_view = body_of(
            "helpdesk view",
            help.get(s.url(&format!("/admin/t/{slug}/employees/{}", victim.reference))),
        )
        .await;
        assert!(
            helpdesk_view.contains("webauthn"),
            "{slug}: the report's probe is shown"
        );
        // Mail: the announcement (text and HTML) to every employee, and the report to the
        // support address.
        let maker = LinkMaker {
            keys: &s.keys,
            public_url: &s.base,
            ttl_days: 30,
            now_s: now_s(),
        };
        let sent = passkey_guide::ops::reminders::announce(&s.pool, &tenant, &maker, false)
            .await
            .unwrap();
        assert!(sent.contains(&email), "{slug}: announced {sent:?}");
        let outbox: Vec<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT kind, subject, body_html FROM outbox WHERE tenant_id = $1 ORDER BY id",
        )
        .bind(tenant.id)
        .fetch_all(&s.pool)
        .await
        .unwrap();
        assert!(
            outbox.iter().any(|m| m.0 == "diagnostic"),
            "{slug}: report mailed"
        );
        for (kind, subject, html) in &outbox {
            assert!(
                !subject.contains(['\r', '\n']),
                "{slug} {kind}: {subject:?}"
            );
            if let Some(html) = html {
                check(format!("{kind} mail HTML"), html);
                mails += 1;
            }
        }
    }
    assert!(
        mails >= XSS_PAYLOADS.len() * 2,
        "{mails} HTML mails checked"
    );
    assert!(checks > XSS_PAYLOADS.len() * 40, "{checks} bodies checked");
}

#[tokio::test]
async fn csv_exports_neutralise_formulas() {
    let w = world().await;
    let s = &w.s;
    let formulas = [
        "=HYPERLINK(\"https://evil.example\",\"x\")",
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+2",
        "\r=1+2",
        "=cmd|' /C calc'!A0",
    ];
    let mut rows = Vec::new();
    for (i, f) in formulas.iter().enumerate() {
        rows.push(EmployeeRow {
            upn: None,
            email: format!("f{i}@alpha.example"),
            display_name: (*f).to_owned(),
            preferred_language: None,
            department: Some((*f).to_owned()),
            manager: Some((*f).to_owned()),
        });
    }
    // Through the public import, which does not trim: the leading tab and CR survive.
    employees::import(&s.pool, w.alpha.id, &rows, |_| {})
        .await
        .unwrap();
    let (owner, csrf) = s.sign_in("owner@alpha.example").await;
    let mut cells_checked = 0;
    for path in [
        "/admin/t/alpha/links.csv".to_owned(),
        "/admin/t/alpha/stragglers.csv".to_owned(),
        "/admin/t/alpha/dashboard/stragglers.csv".to_owned(),
        "/admin/t/alpha/dashboard/funnel.csv".to_owned(),
        "/admin/t/alpha/dashboard/platforms.csv".to_owned(),
        "/admin/t/alpha/dashboard/stuck.csv".to_owned(),
        format!(
            "/admin/t/alpha/stragglers.csv?department={}",
            enc(formulas[0])
        ),
    ] {
        // The links export is a form (it starts reminder clocks); the reports are reads.
        let res = if path.ends_with("/links.csv") {
            s.export_links(&owner, "alpha", &csrf).await
        } else {
            owner.get(s.url(&path)).send().await.unwrap()
        };
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv"),
            "{path}"
        );
        assert!(
            res.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment"),
            "{path}"
        );
        let body = res.text().await.unwrap();
        for row in csv_rows(&body) {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{path}: a formula-looking cell {cell:?}"
                );
                if formulas.iter().any(|f| cell.contains(f.trim_start())) {
                    assert!(cell.starts_with('\''), "{path}: {cell:?} is neutralised");
                    cells_checked += 1;
                }
            }
        }
    }
    assert!(
        cells_checked >= formulas.len() * 3,
        "{cells_checked} formula cells seen"
    );
}

// ---- CSRF ----

/// What a console form could change, read back through the public functions.
#[derive(Debug, PartialEq)]
struct ConsoleState {
    audit: i64,
    employees: i64,
    draft_name: String,
    published_name: String,
    synced_allowed: bool,
    reminders_enabled: bool,
    /// Employees whose reminder clock has started (a links export starts it).
    announced: i64,
    /// The Entra connection as stored (directory, client, credential) and the sync runs.
    entra: Option<(String, String, String)>,
    entra_runs: i64,
    readiness_target: u8,
    retention_days: u32,
    /// Comms: mail transports, message texts, waves and programme rows.
    comms: i64,
    /// Console sign-in settings (directory, client, credential) and invitations.
    sso: Option<(String, String, Option<String>)>,
    invitations: i64,
}

async fn console_state(s: &Server, tenant_id: i64, slug: &str) -> ConsoleState {
    let draft = tenants::branding(&s.pool, tenant_id, tenants::BrandingState::Draft)
        .await
        .unwrap()
        .0;
    let published = tenants::branding(&s.pool, tenant_id, tenants::BrandingState::Published)
        .await
        .unwrap()
        .0;
    ConsoleState {
        audit: audit_total(s, tenant_id).await,
        employees: employees::count(&s.pool, tenant_id).await.unwrap(),
        draft_name: draft.display_name,
        published_name: published.display_name,
        synced_allowed: tenants::by_slug(&s.pool, slug)
            .await
            .unwrap()
            .unwrap()
            .policy
            .synced_allowed,
        reminders_enabled: passkey_guide::store::reminders::settings(&s.pool, tenant_id)
            .await
            .unwrap()
            .0,
        announced: sqlx::query_scalar(
            "SELECT COUNT(*) FROM employee WHERE tenant_id = $1 AND announced_at_ms IS NOT NULL",
        )
        .bind(tenant_id)
        .fetch_one(&s.pool)
        .await
        .unwrap(),
        entra: passkey_guide::store::entra::get(&s.pool, tenant_id)
            .await
            .unwrap()
            .map(|c| (c.entra_tenant_id, c.client_id, c.credential)),
        comms: sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM mail_transport WHERE tenant_id = $1) \
             + (SELECT COUNT(*) FROM mail_template WHERE tenant_id = $1) \
             + (SELECT COUNT(*) FROM wave WHERE tenant_id = $1) \
             + (SELECT COUNT(*) FROM reminder_settings WHERE tenant_id = $1 AND deadline IS NOT NULL) \
             + (SELECT COUNT(*) FROM outbox WHERE tenant_id = $1 AND kind = 'test')",
        )
        .bind(tenant_id)
        .fetch_one(&s.pool)
        .await
        .unwrap(),
        entra_runs: sqlx::query_scalar("SELECT COUNT(*) FROM entra_sync_run WHERE tenant_id = $1")
            .bind(tenant_id)
            .fetch_one(&s.pool)
            .await
            .unwrap(),
        readiness_target: tenants::by_slug(&s.pool, slug)
            .await
            .unwrap()
            .unwrap()
            .readiness_target,
        retention_days: tenants::by_slug(&s.pool, slug)
            .await
            .unwrap()
            .unwrap()
            .retention
            .days(),
        sso: passkey_guide::store::sso::get(&s.pool, tenant_id)
            .await
            .unwrap()
            .map(|c| (c.entra_tenant_id, c.client_id, c.credential)),
        invitations: sqlx::query_scalar(
            "SELECT COUNT(*) FROM admin_invitation WHERE tenant_id = $1",
        )
        .bind(tenant_id)
        .fetch_one(&s.pool)
        .await
        .unwrap(),
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    v.extend_from_slice(&width.to_be_bytes());
    v.extend_from_slice(&height.to_be_bytes());
    v.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    v
}

/// A form for `route` that would change something if it were accepted.
fn console_request(
    c: &reqwest::Client,
    s: &Server,
    route: &str,
    csrf: Option<&str>,
) -> reqwest::RequestBuilder {
    let url = s.url(&route.replace("{slug}", "alpha"));
    let mut fields: Vec<(&str, String)> = csrf
        .map(|t| vec![("csrf", t.to_owned())])
        .unwrap_or_default();
    let multipart = |field: &'static str, name: &'static str, bytes: Vec<u8>| {
        let mut form = Form::new();
        if let Some(t) = csrf {
            form = form.text("csrf", t.to_owned());
        }
        form.part(field, Part::bytes(bytes).file_name(name))
    };
    match route {
        "/admin/t/{slug}/branding/logo" => {
            c.post(url)
                .multipart(multipart("logo", "l.png", png(64, 64)))
        }
        "/admin/t/{slug}/roster/import" => c.post(url).multipart(multipart(
            "roster",
            "r.csv",
            b"email,name\nmallory@alpha.example,Mallory\n".to_vec(),
        )),
        "/admin/t/{slug}/entra/connect" => {
            let mut form = Form::new()
                .text("entra_tenant_id", "11111111-2222-3333-4444-555555555555")
                .text("client_id", "66666666-7777-4888-8999-000000000000")
                .text("groups", "0a7e1c9d-1111-4000-8000-000000000001")
                .text("client_secret", "attacker-secret");
            if let Some(t) = csrf {
                form = form.text("csrf", t.to_owned());
            }
            c.post(url).multipart(form)
        }
        "/admin/t/{slug}/people/sso" => {
            fields.extend([
                (
                    "entra_tenant_id",
                    "11111111-2222-4333-8444-555555555555".to_owned(),
                ),
                (
                    "client_id",
                    "66666666-7777-4888-8999-000000000000".to_owned(),
                ),
                ("client_secret", "attacker-secret".to_owned()),
                ("role_owner", "Owner".to_owned()),
                ("role_admin", "Admin".to_owned()),
                ("role_helpdesk", "Helpdesk".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        // Off: the password session of this test must keep working.
        "/admin/t/{slug}/people/entra-only" => {
            fields.push(("on", "false".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/people/invite" => {
            fields.extend([
                ("address", "mallory@evil.example".to_owned()),
                ("role", "owner".to_owned()),
                ("kind", "link".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/branding" => {
            fields.extend([
                ("display_name", "Hacked".to_owned()),
                ("primary_color", String::new()),
                ("intro", String::new()),
                ("support_email", String::new()),
                ("support_url", String::new()),
                ("support_phone", String::new()),
                ("support_hours", String::new()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/policy" => {
            fields.extend([
                ("passkeys", "device-bound-only".to_owned()),
                ("authenticator", "on".to_owned()),
                ("security_info_url", SECURITY_INFO.to_owned()),
                ("default_language", String::new()),
                ("host", String::new()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/readiness" => {
            fields.push(("target", "80".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/roster/retention" => {
            fields.push(("days", "7".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/employees/erasable-ref/erase" => {
            fields.push(("confirm", "erasable@alpha.example".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/links.csv" => {
            fields.push(("announce", "on".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/comms/transport" => {
            fields.extend([
                ("kind", "smtp".to_owned()),
                ("from", "mallory@evil.example".to_owned()),
                ("reply_to", String::new()),
                (
                    "smtp_url",
                    "smtp://mallory:secret@evil.example:25".to_owned(),
                ),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/comms/test" => {
            fields.push(("kind", "announcement".to_owned()));
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/comms/programme" => {
            fields.extend([
                ("deadline", "2027-01-31".to_owned()),
                ("mandatory", "on".to_owned()),
                ("manager_digest", "on".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/comms/waves" => {
            fields.extend([
                ("cohort", "everyone".to_owned()),
                ("value", String::new()),
                ("addresses", String::new()),
                ("at", "2030-01-01T09:00".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/comms/templates/announcement/de" => {
            fields.extend([
                ("action", "save".to_owned()),
                ("subject", "Gehackt".to_owned()),
                ("body", "{link}".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        "/admin/t/{slug}/reminders" => {
            fields.extend([
                ("enabled", "on".to_owned()),
                ("offsets", "7,14".to_owned()),
                ("time_zone", "UTC".to_owned()),
                ("quiet_from_hour", "18".to_owned()),
                ("quiet_until_hour", "8".to_owned()),
                ("skip_weekends", "on".to_owned()),
                ("per_hour", "600".to_owned()),
            ]);
            c.post(url).form(&fields)
        }
        _ => c.post(url).form(&fields),
    }
}

/// How a forged request differs from a real one: its name, the token it sends (`None`: no
/// field at all), and extra headers.
type Forgery<'a> = (
    &'static str,
    Option<&'a str>,
    Vec<(&'static str, &'static str)>,
);

#[tokio::test]
async fn every_console_form_refuses_forged_requests_and_changes_nothing() {
    let w = world().await;
    let s = &w.s;
    // A draft that differs from the published branding, so a forged publish would show.
    let draft = tenants::branding(&s.pool, w.alpha.id, tenants::BrandingState::Draft)
        .await
        .unwrap()
        .0;
    let draft = app::domain::branding::Branding {
        display_name: "Draft Name".into(),
        ..draft
    };
    tenants::save_draft(&s.pool, w.alpha.id, &draft)
        .await
        .unwrap();
    // Connected, so a forged disconnect, reconnect or sync would show.
    passkey_guide::ops::entra::connect(
        &s.pool,
        &common::entra_settings(None),
        &w.alpha,
        passkey_guide::ops::entra::NewConnection {
            entra_tenant_id: "contoso.example".into(),
            client_id: "535fb089-9ff3-47b6-9bfb-4f1264799865".into(),
            credential: passkey_guide::ops::entra::NewCredential::Secret("real-secret".into()),
            rollout_groups: vec!["0a7e1c9d-1111-4000-8000-000000000001".into()],
            sync_every_minutes: 60,
            usage_days: 30,
            leaver_retention_days: 30,
        },
        &passkey_guide::store::audit::Actor::cli(),
    )
    .await
    .unwrap();
    // Someone an owner could erase (or export), so a forged erasure would show.
    sqlx::query(
        "INSERT INTO employee (tenant_id, ref, email, display_name, created_at_ms, updated_at_ms) \
         VALUES ($1, 'erasable-ref', 'erasable@alpha.example', 'Erasable', 0, 0)",
    )
    .bind(w.alpha.id)
    .execute(&s.pool)
    .await
    .unwrap();
    let (victim, csrf) = s.sign_in("owner@alpha.example").await;
    let (_, other_csrf) = s.sign_in("second@alpha.example").await;
    let (_, beta_csrf) = s.sign_in("owner@beta.example").await;
    assert_ne!(csrf, other_csrf);
    let before = console_state(s, w.alpha.id, "alpha").await;
    let mut refused = 0;
    for route in CONSOLE_POSTS {
        let attempts: Vec<Forgery> = vec![
            ("no token", None, vec![]),
            ("an empty token", Some(""), vec![]),
            ("a wrong token", Some("not-the-token"), vec![]),
            (
                "a token one character off",
                Some(&csrf[..csrf.len() - 1]),
                vec![],
            ),
            ("another session's token", Some(other_csrf.as_str()), vec![]),
            (
                "another tenant's admin's token",
                Some(beta_csrf.as_str()),
                vec![],
            ),
            (
                "a cross-site request",
                Some(csrf.as_str()),
                vec![("sec-fetch-site", "cross-site")],
            ),
            (
                "a same-site request",
                Some(csrf.as_str()),
                vec![("sec-fetch-site", "same-site")],
            ),
            (
                "a foreign Origin",
                Some(csrf.as_str()),
                vec![("origin", "https://evil.example")],
            ),
            (
                "a null Origin",
                Some(csrf.as_str()),
                vec![("origin", "null")],
            ),
        ];
        for (what, token, headers) in attempts {
            let mut req = console_request(&victim, s, route, token);
            for (k, v) in &headers {
                req = req.header(*k, *v);
            }
            let res = req.send().await.unwrap();
            // Without the field at all, the form itself is refused before any check.
            let want: &[StatusCode] = if token.is_none() {
                &[StatusCode::FORBIDDEN, StatusCode::UNPROCESSABLE_ENTITY]
            } else {
                &[StatusCode::FORBIDDEN]
            };
            assert!(
                want.contains(&res.status()),
                "POST {route} with {what}: {}",
                res.status()
            );
            let body = res.text().await.unwrap();
            assert!(
                !body.contains(&csrf),
                "POST {route}: the token is not echoed"
            );
            assert_eq!(
                console_state(s, w.alpha.id, "alpha").await,
                before,
                "POST {route} with {what} changed something"
            );
            refused += 1;
        }
    }
    // The session survived every forged sign-out.
    let res = victim.get(s.url("/admin")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "still signed in");
    // The real thing works from the same client, so the refusals above were the checks.
    for route in CONSOLE_POSTS.iter().filter(|r| **r != "/admin/logout") {
        let res = console_request(&victim, s, route, Some(&csrf))
            .header("origin", &s.base)
            .send()
            .await
            .unwrap();
        // This server's Entra connection points nowhere: importing the branding from it
        // reaches the check and then fails upstream.
        let upstream = route.ends_with("/import-entra") && res.status() == StatusCode::BAD_GATEWAY;
        assert!(
            res.status() == StatusCode::SEE_OTHER || res.status() == StatusCode::OK || upstream,
            "POST {route} with the right token: {}",
            res.status()
        );
    }
    let after = console_state(s, w.alpha.id, "alpha").await;
    // The import added Mallory and the erasure removed Erasable.
    assert!(after.audit > before.audit && after.employees == before.employees);
    assert_eq!(after.retention_days, 7);
    assert!(
        after.announced > before.announced,
        "the export started the clocks"
    );
    // Sign-in itself refuses cross-site posts (login CSRF).
    for (k, v) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let res = client()
            .post(s.url("/admin/login"))
            .header(k, v)
            .form(&[
                ("email", "owner@alpha.example"),
                ("password", common::ADMIN_PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "cross-site sign-in");
        assert!(res.headers().get("set-cookie").is_none());
    }
    // The employee's forms are same-origin only too, and record nothing when refused.
    let linked = linked_client(s, "alpha", &w.refs[0]).await;
    let opened = wait_journey_events(s, w.alpha.id, 1).await;
    let step = HANDOFF_STEP.to_string();
    for (path, form) in [
        (
            "/journey/answer",
            vec![
                ("flow", FLOW),
                ("step", step.as_str()),
                ("answer", "worked"),
            ],
        ),
        ("/journey/confirm", vec![("flow", FLOW), ("answer", "yes")]),
        ("/journey/restart", vec![]),
        ("/journey/opt-out", vec![]),
        (
            "/journey/diagnostic",
            vec![
                ("flow", FLOW),
                ("step", step.as_str()),
                ("symptom", "something-else"),
            ],
        ),
    ] {
        for (k, v) in [
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://evil.example"),
        ] {
            let res = linked
                .post(s.url(&format!("/t/alpha{path}")))
                .header(k, v)
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "POST {path} with {k}");
            refused += 1;
        }
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        journey_events(s, w.alpha.id).await,
        opened,
        "nothing recorded"
    );
    assert!(
        refused >= CONSOLE_POSTS.len() * 10 + 10,
        "{refused} refusals"
    );
}

// ---- Personal and continue tokens ----

/// Flips one bit of the character at `i` (staying inside base64url, so the token still
/// parses as far as it can).
fn flip(token: &str, i: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = token.as_bytes().to_vec();
    let c = bytes[i];
    if let Some(pos) = ALPHABET.iter().position(|a| *a == c) {
        bytes[i] = ALPHABET[pos ^ 1];
    } else {
        bytes[i] ^= 1;
    }
    String::from_utf8(bytes).unwrap()
}

/// The link-problem page says `key` and gives nothing away.
async fn assert_link_refused(
    what: &str,
    s: &Server,
    path: &str,
    want: (StatusCode, &str),
    secrets: &[&str],
) {
    let res = client()
        .get(s.url(path))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), want.0, "{what}: {path}");
    assert!(location(&res).is_none(), "{what}: no redirect");
    assert!(
        res.headers()
            .get_all("set-cookie")
            .iter()
            .all(|c| !c.to_str().unwrap().starts_with("pg_link=")),
        "{what}: no link cookie"
    );
    let body = res.text().await.unwrap();
    assert!(
        body.contains(&format!("data-link-problem=\"{}\"", want.1)),
        "{what}: the {} page",
        want.1
    );
    // Nothing about the employee, and nothing of the other tenant.
    let other = if path.starts_with("/t/beta/") {
        "Alpha Corp"
    } else {
        "Beta Inc"
    };
    for secret in secrets.iter().chain([&other]) {
        assert!(!body.contains(secret), "{what}: leaks {secret:?}");
    }
}

#[tokio::test]
async fn bad_tokens_get_the_link_problem_page_and_record_nothing() {
    let w = world().await;
    let s = &w.s;
    let (ada, bob) = (&w.refs[0], &w.beta_refs[0]);
    let exp = now_s() + 86_400;
    let good = s.keys.sign("alpha", ada, exp);
    let secrets = [
        ada.as_str(),
        bob.as_str(),
        "ada@alpha.example",
        "Ada Lovelace",
        "bob@beta.example",
        "Bob Beta",
    ];
    let invalid = (StatusCode::BAD_REQUEST, "link-invalid");
    let mut tried = 0;
    // Every bit flip we can afford: each position of both parts, one flip each.
    let dot = good.find('.').unwrap();
    for i in (0..good.len()).filter(|i| *i != dot) {
        let t = flip(&good, i);
        if t == good {
            continue;
        }
        assert_link_refused(
            &format!("flip at {i}"),
            s,
            &format!("/t/alpha/link/{t}"),
            invalid,
            &secrets,
        )
        .await;
        tried += 1;
    }
    // Cut short, as mail clients do, and padded.
    for cut in [1, 2, 5, 10, dot, dot + 1, good.len() - 1] {
        let t = &good[..cut];
        assert_link_refused(
            &format!("cut at {cut}"),
            s,
            &format!("/t/alpha/link/{t}"),
            invalid,
            &secrets,
        )
        .await;
        tried += 1;
    }
    for t in [
        format!("{good}A"),
        format!("{good}.x"),
        good.replace('.', ""),
        format!(".{good}"),
        "x".repeat(5000),
        "%".into(),
    ] {
        assert_link_refused(
            "padded",
            s,
            &format!("/t/alpha/link/{}", enc(&t)),
            invalid,
            &secrets,
        )
        .await;
        tried += 1;
    }
    // Another key (same id or another one: a removed key is a revoked link).
    for keys in [
        LinkKeys::single("test", vec![9; 32]).unwrap(),
        LinkKeys::single("old", common::LINK_SECRET.to_vec()).unwrap(),
    ] {
        let t = keys.sign("alpha", ada, exp);
        assert_link_refused(
            "another key",
            s,
            &format!("/t/alpha/link/{t}"),
            invalid,
            &secrets,
        )
        .await;
        tried += 1;
    }
    // Expired: says so, for this tenant's links only.
    let expired = s.keys.sign("alpha", ada, now_s() - 1);
    assert_link_refused(
        "expired",
        s,
        &format!("/t/alpha/link/{expired}"),
        (StatusCode::GONE, "link-expired"),
        &secrets,
    )
    .await;
    let expired_beta = s.keys.sign("beta", bob, now_s() - 1);
    assert_link_refused(
        "expired, other tenant",
        s,
        &format!("/t/alpha/link/{expired_beta}"),
        invalid,
        &secrets,
    )
    .await;
    // An employee no longer (or never) on the roster: the signature is fine, the person is not.
    let unknown = s.keys.sign("alpha", "nosuchperson", exp);
    assert_link_refused(
        "unknown employee",
        s,
        &format!("/t/alpha/link/{unknown}"),
        (StatusCode::NOT_FOUND, "link-unknown"),
        &secrets,
    )
    .await;
    // Cross-tenant: beta's valid link under alpha, alpha's under beta; and an alpha link
    // naming beta's employee.
    let beta_link = s.keys.sign("beta", bob, exp);
    assert_link_refused(
        "beta's link under alpha",
        s,
        &format!("/t/alpha/link/{beta_link}"),
        invalid,
        &secrets,
    )
    .await;
    assert_link_refused(
        "alpha's link under beta",
        s,
        &format!("/t/beta/link/{good}"),
        invalid,
        &secrets,
    )
    .await;
    let mixed = s.keys.sign("alpha", bob, exp);
    assert_link_refused(
        "alpha link for beta's employee",
        s,
        &format!("/t/alpha/link/{mixed}"),
        (StatusCode::NOT_FOUND, "link-unknown"),
        &secrets,
    )
    .await;
    // Without a tenant in the path, no token is read at all.
    assert_link_refused("global", s, &format!("/link/{good}"), invalid, &secrets).await;
    // Continue tokens: tampered, expired, another tenant, and never mistaken for a link.
    let claims = LinkClaims {
        tenant: "alpha".into(),
        employee: ada.clone(),
        expires: exp,
        purpose: Purpose::Personal,
    };
    let cont = s.keys.sign_continue(&claims, now_s() + 600);
    for i in [
        0,
        cont.len() / 3,
        cont.find('.').unwrap() + 2,
        cont.len() - 1,
    ] {
        assert_link_refused(
            "continue, flipped",
            s,
            &format!("/t/alpha/link/{}", flip(&cont, i)),
            invalid,
            &secrets,
        )
        .await;
        tried += 1;
    }
    let cont_expired = s.keys.sign_continue(&claims, now_s() - 1);
    assert_link_refused(
        "continue, expired",
        s,
        &format!("/t/alpha/link/{cont_expired}"),
        (StatusCode::GONE, "link-expired"),
        &secrets,
    )
    .await;
    assert_link_refused(
        "continue under beta",
        s,
        &format!("/t/beta/link/{cont}"),
        invalid,
        &secrets,
    )
    .await;
    // A continue or personal token in the cookie of another tenant is ignored, not honoured.
    let res = client()
        .get(s.url("/t/beta/"))
        .header("cookie", format!("pg_link={good}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = client()
        .post(s.url("/t/beta/journey/diagnostic"))
        .header("cookie", format!("pg_link={good}"))
        .form(&[("flow", FLOW), ("step", "3"), ("symptom", "something-else")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "no employee of beta");

    // Then one good open of each kind: stored for alpha, and only those.
    let res = client()
        .get(s.url(&format!("/t/alpha/link/{good}")))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = client()
        .get(s.url(&format!("/t/alpha/link/{cont}")))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "a good continue token");
    assert_eq!(
        wait_journey_events(s, w.alpha.id, 1).await,
        1,
        "two opens, one row"
    );
    let times: i64 =
        sqlx::query_scalar("SELECT times FROM journey_event WHERE tenant_id = $1 AND kind = $2")
            .bind(w.alpha.id)
            .bind("link-opened")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let mut t = times;
    for _ in 0..100 {
        if t >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        t = sqlx::query_scalar("SELECT times FROM journey_event WHERE tenant_id = $1")
            .bind(w.alpha.id)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    }
    assert_eq!(t, 2, "the two good opens, and none of the bad ones");
    assert_eq!(
        journey_events(s, w.beta.id).await,
        0,
        "nothing stored for beta"
    );
    assert!(tried >= 80, "{tried} tampered tokens tried");
}

// ---- SQL metacharacters ----

const SQL_INPUTS: &[&str] = &[
    "'",
    "\"",
    ";",
    "--",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    "\" OR \"\"=\"",
    "'; DROP TABLE employee; --",
    "%' OR '%'='",
    "a\u{0}b",
    "\u{0}",
    "1) UNION SELECT email, password_hash FROM admin_account --",
];

#[tokio::test]
async fn sql_metacharacters_are_plain_text_everywhere() {
    let w = world().await;
    let s = &w.s;
    // Names that are nothing but metacharacters, stored through the console's import.
    let names = [
        "O'Brien \"Bob\"; DROP TABLE employee; --",
        "100% Real",
        "Under_Score",
        "Back\\Slash",
        "Plain Person",
    ];
    let file = roster_csv(&[
        [
            "m1@alpha.example",
            names[0],
            "R&D'; --",
            "boss'@alpha.example",
            "",
        ],
        ["m2@alpha.example", names[1], "50%", "", ""],
        ["m3@alpha.example", names[2], "a_b", "", ""],
        ["m4@alpha.example", names[3], "c\\d", "", ""],
        ["m5@alpha.example", names[4], "Plain", "", ""],
        ["m6'--@alpha.example", "Quote Mail", "", "", "' OR 1=1 --"],
    ]);
    let (owner, csrf) = s.sign_in("owner@alpha.example").await;
    let res = owner
        .post(s.url("/admin/t/alpha/roster/import"))
        .multipart(
            Form::new()
                .text("csrf", csrf.clone())
                .part("roster", Part::bytes(file).file_name("r.csv")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let stored = employees::all(&s.pool, w.alpha.id).await.unwrap();
    for n in names {
        assert!(
            stored.iter().any(|e| e.display_name == n),
            "{n:?} stored verbatim"
        );
    }
    let o = stored
        .iter()
        .find(|e| e.email == "m1@alpha.example")
        .unwrap();
    assert_eq!(o.department.as_deref(), Some("R&D'; --"));
    assert_eq!(o.manager.as_deref(), Some("boss'@alpha.example"));
    assert!(stored.iter().any(|e| e.email == "m6'--@alpha.example"));
    assert_eq!(stored.len(), 2 + 6, "nothing dropped, nothing extra");

    // Roster search: LIKE wildcards and the escape character match only themselves.
    let shown = |page: &str, email: &str| page.contains(&format!(">{email}<"));
    let everyone: Vec<&str> = stored.iter().map(|e| e.email.as_str()).collect();
    for (q, want) in [
        ("%", vec!["m2@alpha.example"]),
        ("_", vec!["m3@alpha.example"]),
        ("\\", vec!["m4@alpha.example"]),
        ("'", vec!["m1@alpha.example", "m6'--@alpha.example"]),
        ("\"bob\"", vec!["m1@alpha.example"]),
        ("0% r", vec!["m2@alpha.example"]),
        ("r_s", vec!["m3@alpha.example"]),
        ("k\\s", vec!["m4@alpha.example"]),
        ("' OR 1=1 --", vec![]),
        ("%' OR '%'='", vec![]),
        ("--", vec!["m1@alpha.example", "m6'--@alpha.example"]),
    ] {
        let page = body_of(
            q,
            owner.get(s.url(&format!("/admin/t/alpha/roster?q={}", enc(q)))),
        )
        .await;
        for email in &everyone {
            assert_eq!(
                shown(&page, email),
                want.contains(email),
                "search {q:?}: {email} shown?"
            );
        }
    }
    let mut requests = 0;
    for input in SQL_INPUTS {
        let e = enc(input);
        // Every console page that takes a filter, search or page number.
        for path in [
            format!("/admin/t/alpha/roster?q={e}"),
            format!("/admin/t/alpha/dashboard?department={e}"),
            format!("/admin/t/alpha/dashboard?from={e}&to={e}"),
            format!("/admin/t/alpha/dashboard?department={e}&from=2026-01-01&to=2026-12-31"),
            format!("/admin/t/alpha/dashboard/funnel.csv?department={e}&from={e}"),
            format!("/admin/t/alpha/stragglers?department={e}&reason={e}&page={e}"),
            format!("/admin/t/alpha/stragglers.csv?department={e}&reason={e}"),
            format!("/admin/t/alpha/audit?page={e}"),
            format!("/admin/t/alpha/employees/{e}"),
            format!("/admin/t/{e}/roster"),
            format!("/admin/t/{e}"),
        ] {
            let res = owner.get(s.url(&path)).send().await.unwrap();
            let status = res.status();
            assert!(
                status.is_success() || status.is_client_error(),
                "GET {path}: {status}"
            );
            let body = res.text().await.unwrap();
            assert!(!body.contains("$argon2"), "GET {path} leaks hashes");
            requests += 1;
        }
        // The guide: tenant slug, flow, step and parameters.
        for path in [
            format!("/t/{e}/"),
            format!("/t/{e}/guide/{FLOW}"),
            format!("/guide/{e}"),
            format!("/guide/{FLOW}/step/{e}"),
            format!("/guide/{e}/handoff?step={e}"),
            format!("/t/alpha/?lang={e}&device={e}"),
            format!("/t/alpha/link/{e}"),
            format!("/api/v1/detect?lang={e}"),
        ] {
            let res = client().get(s.url(&path)).send().await.unwrap();
            let status = res.status();
            assert!(
                status.is_success() || status.is_client_error() || status.is_redirection(),
                "GET {path}: {status}"
            );
            requests += 1;
        }
        // Sign-in with the input as the address: a normal refusal.
        let res = client()
            .post(s.url("/admin/login"))
            .form(&[("email", *input), ("password", "' OR 1=1 --")])
            .send()
            .await
            .unwrap();
        assert!(
            res.status() == StatusCode::UNAUTHORIZED
                || res.status() == StatusCode::TOO_MANY_REQUESTS,
            "sign-in as {input:?}: {}",
            res.status()
        );
        requests += 1;
        // Branding and reminder forms take it as text or refuse it, never fail.
        let res = owner
            .post(s.url("/admin/t/alpha/branding"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("display_name", &format!("Alpha {input}")),
                ("primary_color", input),
                ("intro", input),
                ("support_email", ""),
                ("support_url", ""),
                ("support_phone", ""),
                ("support_hours", input),
            ])
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_client_error(),
            "branding with {input:?}: {}",
            res.status()
        );
        let res = owner
            .post(s.url("/admin/t/alpha/reminders"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("offsets", input),
                ("time_zone", input),
                ("quiet_from_hour", input),
                ("quiet_until_hour", "8"),
                ("per_hour", input),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "reminders {input:?}"
        );
        requests += 2;
        // Tenant slugs are validated, never interpolated.
        assert!(
            tenants::create(&s.pool, input, "X").await.is_err(),
            "slug {input:?}"
        );
        assert!(tenants::by_slug(&s.pool, input).await.unwrap().is_none());
    }
    // Text the forms accepted is stored as typed.
    let res = owner
        .post(s.url("/admin/t/alpha/branding"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Alpha ' OR 1=1 -- ; %_\\"),
            ("primary_color", ""),
            ("intro", "'; DROP TABLE tenant; --"),
            ("support_email", ""),
            ("support_url", ""),
            ("support_phone", ""),
            ("support_hours", "9-5 \"weekdays\""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let draft = tenants::branding(&s.pool, w.alpha.id, tenants::BrandingState::Draft)
        .await
        .unwrap()
        .0;
    assert_eq!(draft.display_name, "Alpha ' OR 1=1 -- ; %_\\");
    assert_eq!(draft.intro.as_deref(), Some("'; DROP TABLE tenant; --"));
    assert_eq!(draft.support.hours.as_deref(), Some("9-5 \"weekdays\""));
    // Every table still there, every row still there.
    assert_eq!(employees::count(&s.pool, w.alpha.id).await.unwrap(), 8);
    assert!(tenants::by_slug(&s.pool, "beta").await.unwrap().is_some());
    assert!(requests > SQL_INPUTS.len() * 20, "{requests} requests");
}

// ---- Rate limits ----

#[tokio::test]
async fn link_limits_follow_the_employee_not_the_address() {
    let w = world().await;
    let s = &w.s;
    let rows: Vec<EmployeeRow> = (0..80)
        .map(|i| row(&format!("n{i:03}@alpha.example"), &format!("N {i}"), None))
        .collect();
    let people: Vec<String> = seed_roster(s, &w.alpha, &rows)
        .await
        .into_iter()
        .filter(|r| !w.refs.contains(r))
        .collect();
    // 80 colleagues behind one address, each opening their link and answering once: more
    // than any one link's allowance, all served.
    for r in &people {
        let c = client();
        let res = c
            .get(s.url(&link_path(s, "alpha", r)))
            .header("user-agent", IPHONE)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "colleague {r}");
        let res = c
            .post(s.url("/t/alpha/journey/answer"))
            .form(&[("flow", FLOW), ("step", "3"), ("answer", "worked")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "colleague {r} answers");
    }
    // One link hammered: the allowance runs out, with Retry-After and a page in the
    // employee's language.
    let hammered = &people[0];
    let path = link_path(s, "alpha", hammered);
    let mut limited = None;
    for i in 0..80 {
        let res = client()
            .get(s.url(&path))
            .header("user-agent", IPHONE)
            .header("accept-language", "de")
            .send()
            .await
            .unwrap();
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some((i, res));
            break;
        }
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "open {i}");
    }
    let (i, res) = limited.expect("one link opened 80 times at once is limited");
    // 28 left of the 30 after the first open and answer, plus what refilled meanwhile.
    assert!((25..=60).contains(&i), "limited after {i} opens");
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    assert_common_headers("429 page", &res.headers().clone(), Kind::Other);
    assert!(
        res.headers().get("set-cookie").is_none(),
        "no link cookie when refused"
    );
    let body = res.text().await.unwrap();
    assert!(body.contains("<html lang=\"de\""), "{body}");
    assert!(body.contains("Zu viele Anfragen"), "{body}");
    assert!(body.contains(&format!("{retry} Sekunden")), "{body}");
    // The same employee's journey forms share the allowance (the cookie names them): of ten
    // sent at once, only what refilled since (one a second, on a slow machine a few) gets
    // through.
    let cookie = format!("pg_link={}", path.rsplit('/').next().unwrap());
    let posts: Vec<_> = (0..10)
        .map(|_| {
            let (url, cookie) = (s.url("/t/alpha/journey/restart"), cookie.clone());
            tokio::spawn(async move {
                client()
                    .post(url)
                    .header("cookie", cookie)
                    .send()
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut refused = 0;
    for p in posts {
        let res = p.await.unwrap();
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(res.headers().contains_key("retry-after"));
            refused += 1;
        }
    }
    assert!(refused >= 5, "{refused} of 10 journey posts refused");
    // ...while a colleague on the same address carries on, and so do anonymous visitors.
    let res = client()
        .get(s.url(&link_path(s, "alpha", &people[1])))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for _ in 0..40 {
        let res = client()
            .post(s.url("/t/alpha/journey/restart"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "anonymous restart");
    }
    // Reading the guide is never limited.
    let res = client()
        .get(s.url("/t/alpha/"))
        .header(
            "cookie",
            format!("pg_link={}", path.rsplit('/').next().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    // The allowance comes back: one more request a second.
    tokio::time::sleep(Duration::from_secs(retry)).await;
    let res = client()
        .get(s.url(&path))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "after Retry-After");
}

/// One sign-in attempt from a fresh browser on this machine's one address.
async fn sign_in_attempt(url: String, email: &str, password: &str) -> reqwest::Response {
    sign_in_attempt_via(url, email, password, None).await
}

/// The same, as if through a proxy that says the client is `forwarded_for`.
async fn sign_in_attempt_via(
    url: String,
    email: &str,
    password: &str,
    forwarded_for: Option<&str>,
) -> reqwest::Response {
    let mut req = client().post(url).header("accept-language", "en");
    if let Some(ip) = forwarded_for {
        req = req.header("x-forwarded-for", ip);
    }
    req.form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

/// `n` wrong-password attempts for `email` sent at once. The limiter decides before the
/// (slow) password hash, so their decisions all fall well inside one 12-second window
/// however long the hashing takes; the caller waits a moment before the next attempt so
/// these are counted first.
fn wrong_attempts(
    s: &Server,
    email: &'static str,
    n: usize,
) -> Vec<tokio::task::JoinHandle<StatusCode>> {
    wrong_attempts_via(s, email, None, n)
}

/// [`wrong_attempts`] through a proxy that names the client `forwarded_for`.
fn wrong_attempts_via(
    s: &Server,
    email: &'static str,
    forwarded_for: Option<&'static str>,
    n: usize,
) -> Vec<tokio::task::JoinHandle<StatusCode>> {
    (0..n)
        .map(|_| {
            let url = s.url("/admin/login");
            tokio::spawn(async move {
                sign_in_attempt_via(url, email, "a wrong password!", forwarded_for)
                    .await
                    .status()
            })
        })
        .collect()
}

async fn statuses(handles: Vec<tokio::task::JoinHandle<StatusCode>>) -> Vec<StatusCode> {
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

#[tokio::test]
async fn sign_in_limits_follow_the_account_not_the_address() {
    let w = world().await;
    let s = &w.s;
    let login = s.url("/admin/login");
    // Five wrong passwords use the account's allowance...
    let first = wrong_attempts(s, "owner@alpha.example", 5);
    tokio::time::sleep(Duration::from_secs(1)).await;
    // ...so more attempts wait, even with the right password, in any spelling of the address.
    let more = statuses(wrong_attempts(s, "owner@alpha.example", 2)).await;
    assert_eq!(more, [StatusCode::TOO_MANY_REQUESTS; 2]);
    let res = sign_in_attempt(
        login.clone(),
        " OWNER@Alpha.Example ",
        common::ADMIN_PASSWORD,
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=12).contains(&retry), "Retry-After {retry}");
    assert!(res.headers().get("set-cookie").is_none());
    let body = res.text().await.unwrap();
    assert!(body.contains("Too many sign-in attempts"), "{body}");
    assert!(
        body.contains("OWNER@Alpha.Example"),
        "the address is kept in the form"
    );
    assert_eq!(statuses(first).await, [StatusCode::UNAUTHORIZED; 5]);
    // Colleagues behind the same address sign in as usual.
    for email in [
        "second@alpha.example",
        "admin@alpha.example",
        "help@alpha.example",
    ] {
        let res = sign_in_attempt(login.clone(), email, common::ADMIN_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{email} signs in");
    }
    // Unknown addresses are limited the same way (no hint which ones exist).
    let unknown = wrong_attempts(s, "nobody@alpha.example", 5);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let sixth = statuses(wrong_attempts(s, "nobody@alpha.example", 1)).await;
    assert_eq!(sixth, [StatusCode::TOO_MANY_REQUESTS]);
    assert_eq!(statuses(unknown).await, [StatusCode::UNAUTHORIZED; 5]);
    // After the wait, the account may try again.
    tokio::time::sleep(Duration::from_secs(retry)).await;
    let res = sign_in_attempt(login, "owner@alpha.example", common::ADMIN_PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "after Retry-After");
}

/// `n` wrong sign-ins at once for another account, as from `client_ip` through a proxy.
async fn other_account_from(s: &Server, client_ip: &'static str, n: usize) -> Vec<StatusCode> {
    statuses(wrong_attempts_via(
        s,
        "other@alpha.example",
        Some(client_ip),
        n,
    ))
    .await
}

/// Uses up the sign-in backstop (60 attempts an address) of `client_ip` with attempts for one
/// account: the first five are checked (slowly, argon2), the rest are refused by the account's
/// limit after counting against the address.
async fn exhaust_backstop(s: &Server, client_ip: &'static str) {
    let checked = statuses(wrong_attempts_via(
        s,
        "spray@alpha.example",
        Some(client_ip),
        5,
    ))
    .await;
    assert_eq!(checked, [StatusCode::UNAUTHORIZED; 5]);
    let refused = statuses(wrong_attempts_via(
        s,
        "spray@alpha.example",
        Some(client_ip),
        70,
    ))
    .await;
    assert_eq!(refused, [StatusCode::TOO_MANY_REQUESTS; 70]);
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_backstop_counts_each_client_apart() {
    let s = common::start_with(common::Options {
        secure_cookies: false,
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..common::Options::default()
    })
    .await;
    exhaust_backstop(&s, "198.51.100.7").await;
    // Another account from the same client now meets the address's backstop (at once: it
    // refills one a second, so of three tries at least one is refused)...
    let same_client = other_account_from(&s, "198.51.100.7", 3).await;
    assert!(
        same_client.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{same_client:?}"
    );
    // ...while another client behind the same proxy is not affected.
    let other_client = other_account_from(&s, "198.51.100.8", 1).await;
    assert_eq!(other_client, [StatusCode::UNAUTHORIZED]);
}

#[tokio::test]
async fn without_trusted_proxies_x_forwarded_for_is_ignored() {
    let s = common::start_insecure().await;
    exhaust_backstop(&s, "198.51.100.7").await;
    // Claiming another address changes nothing: the peer (loopback) has used its allowance.
    let claimed = other_account_from(&s, "198.51.100.8", 3).await;
    assert!(
        claimed.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{claimed:?}"
    );
}
