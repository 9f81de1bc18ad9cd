//! The admin console over real HTTP with a real SQLite database: sign-in, CSRF, tenant
//! isolation on every route, branding, policy, roster import, link export and personal links.

mod common;

use app::domain::tenant::Role;
use common::{Options, Server, client, start_insecure, start_with};
use passkey_guide::store::tenants;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const PASSWORD: &str = common::ADMIN_PASSWORD;
const XSS: &str = "\"></title><script>alert(1)</script><img src=x onerror=alert(2)>";

/// Every console route that shows or changes one tenant, with the form it posts.
const GET_ROUTES: &[&str] = &[
    "/admin/t/{}",
    "/admin/t/{}/branding",
    "/admin/t/{}/draft.css",
    "/admin/t/{}/draft-logo",
    "/admin/t/{}/policy",
    "/admin/t/{}/roster",
];
const POST_ROUTES: &[&str] = &[
    "/admin/t/{}/branding",
    "/admin/t/{}/branding/publish",
    "/admin/t/{}/policy",
    "/admin/t/{}/links.csv",
];
const MULTIPART_ROUTES: &[(&str, &str)] = &[
    ("/admin/t/{}/branding/logo", "logo"),
    ("/admin/t/{}/roster/import", "roster"),
];

fn route(pattern: &str, slug: &str) -> String {
    pattern.replace("{}", slug)
}

async fn setup() -> Server {
    let s = start_insecure().await;
    tenants::create(&s.pool, "alpha", "Alpha Corp")
        .await
        .unwrap();
    tenants::create(&s.pool, "beta", "Beta Inc").await.unwrap();
    for (tenant, email, role) in [
        ("alpha", "owner@alpha.example", Role::Owner),
        ("alpha", "help@alpha.example", Role::Helpdesk),
        ("beta", "owner@beta.example", Role::Owner),
    ] {
        s.admin(tenant, email, role).await;
    }
    s
}

async fn sign_in(s: &Server, email: &str) -> (reqwest::Client, String) {
    s.sign_in(email).await
}

fn branding_form(csrf: &str, name: &str, colour: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("display_name", name.to_owned()),
        ("primary_color", colour.to_owned()),
        ("intro", String::new()),
        ("support_email", String::new()),
        ("support_url", String::new()),
        ("support_phone", String::new()),
        ("support_hours", String::new()),
    ]
}

fn policy_form(csrf: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("passkeys", "device-bound-only".into()),
        ("authenticator", "on".into()),
        ("security_info_url", "https://aka.ms/mysecurityinfo".into()),
        ("default_language", String::new()),
        ("host", String::new()),
    ]
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    v.extend_from_slice(&width.to_be_bytes());
    v.extend_from_slice(&height.to_be_bytes());
    v.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    v
}

fn upload(csrf: &str, field: &'static str, name: &'static str, bytes: Vec<u8>) -> Form {
    Form::new()
        .text("csrf", csrf.to_owned())
        .part(field, Part::bytes(bytes).file_name(name))
}

async fn text(c: &reqwest::Client, url: String) -> String {
    c.get(url).send().await.unwrap().text().await.unwrap()
}

/// The personal-links file, exported the way the overview's button does it.
async fn links_csv(s: &Server, c: &reqwest::Client, csrf: &str) -> String {
    let res = s.export_links(c, "alpha", csrf).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap()
}

async fn draft_name(s: &Server, slug: &str) -> String {
    sqlx::query_scalar(
        "SELECT b.display_name FROM tenant_branding b JOIN tenant t ON t.id = b.tenant_id \
         WHERE t.slug = $1 AND b.state = 'draft'",
    )
    .bind(slug)
    .fetch_one(&s.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn every_admin_route_requires_sign_in() {
    let s = setup().await;
    let c = client();
    for p in GET_ROUTES.iter().chain(["/admin"].iter()) {
        let res = c.get(s.url(&route(p, "alpha"))).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "GET {p}");
        // A tenant's page names the tenant, for "Sign in with Microsoft".
        let want = if p.starts_with("/admin/t/") {
            "/admin/login?tenant=alpha"
        } else {
            "/admin/login"
        };
        assert_eq!(res.headers()["location"], want, "GET {p}");
    }
    for p in POST_ROUTES {
        let res = c
            .post(s.url(&route(p, "alpha")))
            .form(&branding_form("x", "Hacked", ""))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "POST {p}");
    }
    for (p, field) in MULTIPART_ROUTES {
        let res = c
            .post(s.url(&route(p, "alpha")))
            .multipart(upload("x", field, "f", png(64, 64)))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "POST {p}");
    }
    assert_eq!(draft_name(&s, "alpha").await, "Alpha Corp");
}

#[tokio::test]
async fn csrf_is_enforced_on_every_state_changing_route() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    for bad in ["", "not-the-token"] {
        for p in POST_ROUTES {
            let res = c
                .post(s.url(&route(p, "alpha")))
                .form(&branding_form(bad, "Hacked", ""))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "POST {p} with {bad:?}");
            assert!(res.text().await.unwrap().contains("The form had expired"));
        }
        for (p, field) in MULTIPART_ROUTES {
            let res = c
                .post(s.url(&route(p, "alpha")))
                .multipart(upload(
                    bad,
                    field,
                    "f.csv",
                    b"email,name\na@b.example,A\n".to_vec(),
                ))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "POST {p} with {bad:?}");
        }
    }
    // A valid token from another site's form is refused too.
    let res = c
        .post(s.url("/admin/t/alpha/branding"))
        .header("origin", "https://evil.example")
        .form(&branding_form(&csrf, "Hacked", ""))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(draft_name(&s, "alpha").await, "Alpha Corp");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM employee")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    // Logging out needs the token as well.
    let res = c
        .post(s.url("/admin/logout"))
        .form(&[("csrf", "nope")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_admin_of_one_tenant_can_never_read_or_change_another() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    for p in GET_ROUTES {
        let res = c.get(s.url(&route(p, "beta"))).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "GET {p}");
        let body = res.text().await.unwrap();
        assert!(!body.contains("Beta Inc"), "GET {p} leaks the other tenant");
        // …and the same response as a tenant that does not exist at all.
        let res = c.get(s.url(&route(p, "nobody"))).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "GET {p}");
    }
    for p in POST_ROUTES {
        let form = if p.ends_with("policy") {
            policy_form(&csrf)
        } else {
            branding_form(&csrf, "Hacked", "")
        };
        let res = c
            .post(s.url(&route(p, "beta")))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "POST {p}");
    }
    for (p, field) in MULTIPART_ROUTES {
        let bytes = if *field == "logo" {
            png(64, 64)
        } else {
            b"email,name\nx@beta.example,Planted\n".to_vec()
        };
        let res = c
            .post(s.url(&route(p, "beta")))
            .multipart(upload(&csrf, field, "f", bytes))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "POST {p}");
    }
    assert_eq!(draft_name(&s, "beta").await, "Beta Inc");
    let beta = tenants::by_slug(&s.pool, "beta").await.unwrap().unwrap();
    assert!(beta.policy.synced_allowed, "beta's policy untouched");
    assert!(
        tenants::logo(&s.pool, beta.id, tenants::BrandingState::Draft)
            .await
            .unwrap()
            .is_none()
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM employee")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    // The tenant list shows only the admin's own tenant.
    let list = text(&c, s.url("/admin")).await;
    assert!(list.contains("Alpha Corp") && !list.contains("Beta Inc"));
}

#[tokio::test]
async fn helpdesk_looks_up_but_changes_nothing() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "help@alpha.example").await;
    for p in [
        "/admin/t/alpha",
        "/admin/t/alpha/roster",
        "/admin/t/alpha/policy",
    ] {
        assert_eq!(
            c.get(s.url(p)).send().await.unwrap().status(),
            StatusCode::OK,
            "{p}"
        );
    }
    let res = c
        .get(s.url("/admin/t/alpha/branding"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // Exporting links starts reminder clocks, so it is an editor's action too.
    let res = s.export_links(&c, "alpha", &csrf).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = c
        .post(s.url("/admin/t/alpha/policy"))
        .form(&policy_form(&csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = c
        .post(s.url("/admin/t/alpha/roster/import"))
        .multipart(upload(
            &csrf,
            "roster",
            "r.csv",
            b"email,name\na@x.example,A\n".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let alpha = tenants::by_slug(&s.pool, "alpha").await.unwrap().unwrap();
    assert!(alpha.policy.synced_allowed);
}

#[tokio::test]
async fn sign_in_sessions_and_rate_limit() {
    let s = setup().await;
    let c = client();
    let res = c
        .post(s.url("/admin/login"))
        .form(&[("email", "owner@alpha.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("pg_admin="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let first = cookie.split(';').next().unwrap().to_owned();
    // Signing in again gives a new session id.
    let res = c
        .post(s.url("/admin/login"))
        .form(&[("email", "owner@alpha.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let second = res.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_ne!(first, second);
    // Only hashes of session ids are stored.
    let stored: Vec<String> = sqlx::query_scalar("SELECT id_hash FROM admin_session")
        .fetch_all(&s.pool)
        .await
        .unwrap();
    assert!(stored.iter().all(|h| !second.contains(h.as_str())));
    // Logging out ends the session server-side.
    let body = text(&c, s.url("/admin")).await;
    let csrf = body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let res = c
        .post(s.url("/admin/logout"))
        .form(&[("csrf", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let replay = client()
        .get(s.url("/admin"))
        .header("cookie", &second)
        .send()
        .await
        .unwrap();
    assert_eq!(
        replay.status(),
        StatusCode::SEE_OTHER,
        "old session id is dead"
    );

    // Wrong passwords, then the limiter. Sent at once, so the 12 s refill cannot hand back an
    // attempt while the server hashes (the two sign-ins above used two of five, unless a slow
    // machine took long enough since for one to come back).
    let attempts: Vec<_> = (0..8)
        .map(|_| {
            let url = s.url("/admin/login");
            tokio::spawn(async move {
                client()
                    .post(url)
                    .form(&[
                        ("email", "owner@alpha.example"),
                        ("password", "wrong password!"),
                    ])
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for a in attempts {
        statuses.push(a.await.unwrap());
    }
    statuses.sort();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert!((3..=4).contains(&refused), "{statuses:?}");
    assert!(
        statuses[refused..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let res = client()
        .post(s.url("/admin/login"))
        .form(&[("email", "owner@alpha.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Too many sign-in attempts")
    );
}

#[tokio::test]
async fn branding_is_validated_previewed_and_published() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    // Too light for white text: refused with the ratio and a passing shade; input kept.
    let res = c
        .post(s.url("/admin/t/alpha/branding"))
        .form(&branding_form(&csrf, "Alpha Blue", "#7fb2e5"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(body.contains("contrast of 2.2"), "ratio shown");
    assert!(body.contains("value=\"Alpha Blue\""), "input kept");
    assert_eq!(draft_name(&s, "alpha").await, "Alpha Corp");

    let res = c
        .post(s.url("/admin/t/alpha/branding"))
        .form(&branding_form(&csrf, "Alpha Blue", "#004080"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // SVG and oversized logos are refused with a reason; a PNG is accepted.
    for (bytes, text) in [
        (
            b"<svg onload=alert(1)></svg>".to_vec(),
            "SVG logos are not accepted",
        ),
        (png(4000, 100), "4000 × 100 pixels"),
        (b"GIF89a".to_vec(), "not a PNG, JPEG or WebP"),
    ] {
        let res = c
            .post(s.url("/admin/t/alpha/branding/logo"))
            .multipart(upload(&csrf, "logo", "logo.svg", bytes))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains(text), "{text}");
    }
    let res = c
        .post(s.url("/admin/t/alpha/branding/logo"))
        .multipart(upload(&csrf, "logo", "logo.png", png(120, 40)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // The preview uses the draft; employees still see the published branding.
    let preview = text(&c, s.url("/admin/t/alpha/draft.css")).await;
    assert!(preview.starts_with(".brand-preview{--brand:#004080;"));
    let guide = s.get("/t/alpha/", &[]).await.text().await.unwrap();
    assert!(guide.contains("Alpha Corp") && !guide.contains("Alpha Blue"));
    assert_eq!(
        s.get("/t/alpha/logo", &[]).await.status(),
        StatusCode::NOT_FOUND
    );

    let res = c
        .post(s.url("/admin/t/alpha/branding/publish"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let guide = s.get("/t/alpha/", &[]).await.text().await.unwrap();
    assert!(guide.contains("<span>Alpha Blue</span>"));
    assert!(guide.contains("/t/alpha/brand.css?v="));
    let css = s.get("/t/alpha/brand.css", &[]).await.text().await.unwrap();
    assert!(css.starts_with(":root{--brand:#004080;"));
    let logo = s.get("/t/alpha/logo", &[]).await;
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert_eq!(logo.headers()["x-content-type-options"], "nosniff");
    // Beta is untouched.
    let beta = s.get("/t/beta/", &[]).await.text().await.unwrap();
    assert!(beta.contains("Beta Inc") && !beta.contains("brand.css"));
}

#[tokio::test]
async fn markup_in_every_branding_and_roster_field_is_inert() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    let mut form = branding_form(&csrf, XSS, "");
    for (k, v) in form.iter_mut() {
        match *k {
            "intro" | "support_hours" => *v = XSS.into(),
            "support_email" => *v = "it@alpha.example".into(),
            "support_url" => *v = "https://alpha.example/help?q=\"><script>".into(),
            _ => {}
        }
    }
    let res = c
        .post(s.url("/admin/t/alpha/branding"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "markup is text, not an error"
    );
    c.post(s.url("/admin/t/alpha/branding/publish"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let roster = format!(
        "email,name,department,manager\nx@alpha.example,\"{}\",\"{}\",=cmd|' /C calc'!A0\n",
        XSS.replace('"', "\"\""),
        XSS.replace('"', "\"\"")
    );
    let res = c
        .post(s.url("/admin/t/alpha/roster/import"))
        .multipart(upload(&csrf, "roster", "r.csv", roster.into_bytes()))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let pages = [
        s.get("/t/alpha/", &[]).await.text().await.unwrap(),
        text(&c, s.url("/admin/t/alpha/branding")).await,
        text(&c, s.url("/admin/t/alpha/roster")).await,
        text(&c, s.url("/admin")).await,
    ];
    for (i, page) in pages.iter().enumerate() {
        // The payload can only act if its quote closes an attribute or its `<` opens a tag in
        // text. Inside a quoted attribute value an escaped quote keeps `<` inert.
        assert!(
            !page.contains("\"></title><script>alert"),
            "page {i}: markup broken out of"
        );
        let outside_attributes: String =
            page.split('"').step_by(2).collect::<Vec<_>>().join("\"\"");
        assert!(
            !outside_attributes.contains("<script>alert"),
            "page {i}: raw script tag"
        );
        assert!(
            !outside_attributes.contains("<img src=x"),
            "page {i}: raw img tag"
        );
    }
    assert!(
        pages[0].contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
    assert!(pages[2].contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let csv = links_csv(&s, &c, &csrf).await;
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains(",'=cmd|"), "formula neutralised: {row}");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rec = reader.records().next().unwrap().unwrap();
    assert_eq!(
        &rec[1], XSS,
        "the CSV carries the name verbatim, properly quoted"
    );
}

#[tokio::test]
async fn roster_import_is_idempotent_and_reports_bad_rows() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    let import = |body: &'static str| {
        let c = c.clone();
        let url = s.url("/admin/t/alpha/roster/import");
        let csrf = csrf.clone();
        async move {
            c.post(url)
                .multipart(upload(&csrf, "roster", "r.csv", body.as_bytes().to_vec()))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let file = "\u{feff}UPN;Display Name;Preferred Language\nada@alpha.example;Ada;de\nbob@alpha.example;Bob;\nnot-an-email;Eve;\n";
    let first = import(file).await;
    assert!(
        first.contains("2 added, 0 updated, 0 unchanged, 1 not imported"),
        "{first}"
    );
    assert!(first.contains("Line 4") && first.contains("is not an email address"));
    let again = import(file).await;
    assert!(again.contains("0 added, 0 updated, 2 unchanged, 1 not imported"));
    let changed = import("email,name\nada@alpha.example,Ada Lovelace\n").await;
    assert!(changed.contains("0 added, 1 updated, 0 unchanged"));
    let broken = import("name,department\nAda,R&D\n").await;
    assert!(broken.contains("No email column found"));
}

async fn export(s: &Server, c: &reqwest::Client, csrf: &str) -> Vec<(String, String)> {
    let csv = links_csv(s, c, csrf).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[5].to_owned())
        })
        .collect()
}

#[tokio::test]
async fn personal_links_work_and_bad_ones_still_lead_to_the_guide() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    c.post(s.url("/admin/t/alpha/roster/import"))
        .multipart(upload(
            &csrf,
            "roster",
            "r.csv",
            b"email,name,language\nada@alpha.example,Ada,de\n".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    let links = export(&s, &c, &csrf).await;
    let (email, link) = &links[0];
    assert_eq!(email, "ada@alpha.example");
    let path = link
        .strip_prefix(&s.base)
        .expect("absolute link to this server");
    assert!(path.starts_with("/t/alpha/link/"));

    let employee = client();
    let res = employee.get(s.url(path)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/t/alpha/");
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("Path=/t/alpha/") && cookie.contains("HttpOnly"));
    // The employee's preferred language wins over the browser's; progress is theirs.
    let home = employee
        .get(s.url("/t/alpha/"))
        .header("accept-language", "en")
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("<html lang=\"de\""));
    let mut tracked = 0;
    for _ in 0..100 {
        tracked = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM guide_event e JOIN employee p ON p.id = e.employee_id \
             WHERE p.email = 'ada@alpha.example' AND e.kind = 'page-viewed'",
        )
        .fetch_one(&s.pool)
        .await
        .unwrap();
        if tracked > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(tracked, 1);

    // Tampered: one character of the signature changed.
    let mut bad = path.to_owned();
    let last = bad.pop().unwrap();
    bad.push(if last == 'A' { 'B' } else { 'A' });
    let res = client().get(s.url(&bad)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let body = res.text().await.unwrap();
    assert!(body.contains("data-link-problem=\"link-invalid\""));
    assert!(
        body.contains("href=\"/t/alpha/\""),
        "offers the generic guide"
    );
    // Signed for another tenant, presented to this one.
    let token = path.rsplit('/').next().unwrap();
    let res = client()
        .get(s.url(&format!("/t/beta/link/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // Expired.
    let reference: String = sqlx::query_scalar("SELECT ref FROM employee")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let expired = s.keys.sign("alpha", &reference, 1_000);
    let res = client()
        .get(s.url(&format!("/t/alpha/link/{expired}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::GONE);
    assert!(res.text().await.unwrap().contains("link-expired"));
    // Removed from the roster (behind the server's back: the roster version reaches it with
    // the next poll; a write through this process marks its roster changed at once, as here).
    sqlx::query("DELETE FROM employee")
        .execute(&s.pool)
        .await
        .unwrap();
    passkey_guide::store::employees::changed();
    let res = client().get(s.url(path)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Garbage of every kind: a page, never a 500.
    for junk in ["x", "%00", "a.b.c", &"A".repeat(3000)] {
        let res = client()
            .get(s.url(&format!("/t/alpha/link/{junk}")))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{junk}: {}", res.status());
    }
}

#[tokio::test]
async fn policy_switch_removes_synced_flows_for_an_iphone() {
    let s = setup().await;
    let (c, csrf) = sign_in(&s, "owner@alpha.example").await;
    let primary = |body: &str| {
        body.split("class=\"flow-card primary\"")
            .next()
            .and_then(|b| b.rsplit("data-flow=\"").next())
            .map(|f| f.trim_end_matches("\" ").trim_end_matches('"').to_owned())
            .unwrap()
    };
    let before = s
        .get("/t/alpha/", &[("user-agent", IPHONE)])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(primary(&before), "iphone-icloud-keychain");
    let res = c
        .post(s.url("/admin/t/alpha/policy"))
        .form(&policy_form(&csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let after = s
        .get("/t/alpha/", &[("user-agent", IPHONE)])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(primary(&after), "iphone-authenticator");
    assert!(!after.contains("data-flow=\"iphone-icloud-keychain\" class=\"flow-card"));
    // The generic guide and the other tenant keep their own policy.
    let beta = s
        .get("/t/beta/", &[("user-agent", IPHONE)])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(primary(&beta), "iphone-icloud-keychain");
    // A hostile hand-off address is refused and nothing is saved.
    let mut form = policy_form(&csrf);
    form[3].1 = "https://evil.example/".into();
    let res = c
        .post(s.url("/admin/t/alpha/policy"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let handoff = s
        .get("/t/alpha/guide/iphone-authenticator/handoff", &[])
        .await;
    assert_eq!(
        handoff.headers()["location"],
        "https://aka.ms/mysecurityinfo"
    );
}

#[tokio::test]
async fn host_names_and_the_default_tenant_serve_a_tenant_at_the_root() {
    let s = start_with(Options {
        default_tenant: Some("alpha"),
        secure_cookies: false,
        ..Options::default()
    })
    .await;
    tenants::create(&s.pool, "alpha", "Alpha Corp")
        .await
        .unwrap();
    let beta = tenants::create(&s.pool, "beta", "Beta Inc").await.unwrap();
    let mut settings = tenants::PolicySettings::from(&beta);
    settings.host = Some("passkeys.beta.example".into());
    tenants::set_policy(&s.pool, beta.id, &settings)
        .await
        .unwrap();
    let root = s
        .get("/", &[("user-agent", IPHONE)])
        .await
        .text()
        .await
        .unwrap();
    assert!(root.contains("<span>Alpha Corp</span>"));
    assert!(root.contains("href=\"/guide/"), "links stay at the root");
    let by_host = s
        .get("/", &[("host", "passkeys.beta.example")])
        .await
        .text()
        .await
        .unwrap();
    assert!(by_host.contains("<span>Beta Inc</span>"));
}
