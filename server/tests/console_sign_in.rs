//! The console's sign-in: "Sign in with Microsoft" through a local OpenID provider that
//! really signs RS256 tokens (see `common/idp.rs`), every way a token can be wrong refused
//! without a session, key rotation, tenants that accept Entra sign-in only, people and
//! invitations, and operators creating tenants.

mod common;

use app::domain::console::RoleNames;
use app::domain::tenant::Role;
use common::idp::{self, CLIENT_ID, SECRET, TENANT, Tamper};
use common::{Options, Server, client};
use passkey_guide::ops::entra::NewCredential;
use passkey_guide::ops::sso::{self, NewSso};
use passkey_guide::store::audit::Actor;
use reqwest::StatusCode;

async fn server_with_idp() -> (Server, idp::Shared) {
    let (p, base) = idp::start().await;
    let s = common::start_with(Options {
        secure_cookies: false,
        graph_url: Some(base),
        ..Options::default()
    })
    .await;
    (s, p)
}

async fn configure(s: &Server, slug: &str, credential: NewCredential) {
    let t = passkey_guide::store::tenants::create(&s.pool, slug, "Contoso")
        .await
        .unwrap();
    sso::configure(
        &s.pool,
        &common::entra_settings(s.graph_url.as_deref()),
        &t,
        NewSso {
            entra_tenant_id: TENANT.into(),
            client_id: CLIENT_ID.into(),
            credential: Some(credential),
            role_names: RoleNames::default(),
        },
        &Actor::cli(),
    )
    .await
    .unwrap();
}

/// Runs a whole sign-in in a fresh browser: "Sign in with Microsoft", the provider, and back.
/// Returns the browser and the callback's answer.
async fn sign_in(s: &Server, slug: &str) -> (reqwest::Client, reqwest::Response) {
    let browser = client();
    let (_, res) = sign_in_with(s, &browser, slug).await;
    (browser, res)
}

async fn sign_in_with(
    s: &Server,
    browser: &reqwest::Client,
    slug: &str,
) -> (String, reqwest::Response) {
    let res = browser
        .post(s.url("/admin/sso/start"))
        .form(&[("tenant", slug)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "start for {slug}");
    let authorize = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        authorize.contains("code_challenge_method=S256"),
        "{authorize}"
    );
    assert!(authorize.contains("nonce="), "{authorize}");
    let res = browser.get(&authorize).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FOUND);
    let callback = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        callback.starts_with(&s.url("/admin/sso/callback?")),
        "{callback}"
    );
    let answer = browser.get(&callback).send().await.unwrap();
    (callback, answer)
}

/// Whether this browser holds a console session (the tenant list opens).
async fn has_session(s: &Server, browser: &reqwest::Client) -> bool {
    browser.get(s.url("/admin")).send().await.unwrap().status() == StatusCode::OK
}

fn set_user(p: &idp::Shared, oid: &str, upn: &str, roles: &[&str]) {
    p.lock().unwrap().user = idp::user(oid, upn, roles);
}

/// The role the console's frame shows in the tenant ("Contoso · Admin").
async fn role_shown(page: reqwest::Response) -> String {
    let body = page.text().await.unwrap().replace("<!---->", "");
    body.split("class=\"tenant-name\">Contoso · ")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap_or_default()
        .to_owned()
}

const ADA: &str = "11111111-1111-4111-8111-111111111111";
const GRACE: &str = "22222222-2222-4222-8222-222222222222";

#[tokio::test]
async fn an_admin_signs_in_with_entra_and_gets_the_role_in_the_token() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    // The sign-in form leads, through our redirect, to the identity platform: its origin is
    // the one other place the page's forms may go.
    let login = client()
        .get(s.url("/admin/login?tenant=contoso"))
        .send()
        .await
        .unwrap();
    let csp = login.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let idp_origin = s.graph_url.clone().unwrap();
    assert!(
        csp.contains(&format!("form-action 'self' {idp_origin};")),
        "{csp}"
    );
    assert!(csp.contains("script-src 'self';"), "{csp}");
    set_user(&p, ADA, "ada@contoso.example", &["Admin", "Helpdesk"]);
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookies: Vec<_> = res.headers().get_all("set-cookie").iter().collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.to_str().unwrap().starts_with("pg_admin=")
                && !c.to_str().unwrap().starts_with("pg_admin=;")),
        "{cookies:?}"
    );
    let body = res.text().await.unwrap();
    // The cookie is SameSite=Strict: a same-site refresh carries it into the tenant.
    assert!(
        body.contains(r#"http-equiv="refresh" content="0; url=/admin/t/contoso""#),
        "{body}"
    );
    let page = browser.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(role_shown(page).await, "Admin");
    // Admins are not owners: no People page.
    let people = browser
        .get(s.url("/admin/t/contoso/people"))
        .send()
        .await
        .unwrap();
    assert_eq!(people.status(), StatusCode::FORBIDDEN);
    // Entra's admins make Ada an owner: the next sign-in carries it.
    set_user(&p, ADA, "ada@contoso.example", &["Owner"]);
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let people = browser
        .get(s.url("/admin/t/contoso/people"))
        .send()
        .await
        .unwrap();
    assert_eq!(people.status(), StatusCode::OK);
    let body = people.text().await.unwrap();
    assert!(body.contains("ada@contoso.example") && body.contains("Entra app role"));
    assert_eq!(p.lock().unwrap().client_auth, vec!["secret", "secret"]);
    // One account for both sign-ins, linked to the object id.
    let accounts: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM admin_account WHERE entra_object_id = $1 AND entra_tenant_id = $2",
    )
    .bind(ADA)
    .bind(TENANT)
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(accounts, 1);
}

#[tokio::test]
async fn a_certificate_signs_the_code_redemption() {
    let (s, p) = server_with_idp().await;
    let pem = include_str!("fixtures/graph-app.pem");
    configure(&s, "contoso", NewCredential::Certificate(pem.into())).await;
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(has_session(&s, &browser).await);
    assert_eq!(p.lock().unwrap().client_auth, vec!["assertion"]);
}

#[tokio::test]
async fn every_wrong_token_is_refused_without_a_session() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    let cases = [
        (Tamper::BadSignature, "signature is not valid"),
        (Tamper::UnknownKid, "key the organization does not publish"),
        (Tamper::OtherTenant, "for another organization"),
        (Tamper::WrongAudience, "for another application"),
        (Tamper::WrongIssuer, "from another issuer"),
        (Tamper::Expired, "took too long"),
        (Tamper::WrongNonce, "answered another sign-in"),
        (Tamper::AlgNone, "not signed the way Microsoft signs"),
        (Tamper::Hs256, "not signed the way Microsoft signs"),
    ];
    for (tamper, says) in cases {
        p.lock().unwrap().tamper = tamper;
        let (browser, res) = sign_in(&s, "contoso").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{tamper:?}");
        let body = res.text().await.unwrap();
        assert!(body.contains(says), "{tamper:?}: {body}");
        assert!(!has_session(&s, &browser).await, "{tamper:?}");
    }
    // The unknown key made the keys be read again once, not per attempt.
    p.lock().unwrap().tamper = Tamper::UnknownKid;
    let before = p.lock().unwrap().jwks_reads;
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(p.lock().unwrap().jwks_reads, before);
}

#[tokio::test]
async fn states_are_used_once_and_only_by_the_browser_that_started() {
    let (s, _p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    let browser = client();
    let (callback, res) = sign_in_with(&s, &browser, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    // The same answer again (a replayed state and code): refused.
    let again = client();
    let replay = again.get(&callback).send().await.unwrap();
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    assert!(!has_session(&s, &again).await);
    // A callback carried to another browser (login CSRF): refused there, even unused.
    let victim = client();
    let res = browser
        .post(s.url("/admin/sso/start"))
        .form(&[("tenant", "contoso")])
        .send()
        .await
        .unwrap();
    let authorize = res.headers()["location"].to_str().unwrap().to_owned();
    let res = client().get(&authorize).send().await.unwrap();
    let callback = res.headers()["location"].to_str().unwrap().to_owned();
    let res = victim.get(&callback).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(!has_session(&s, &victim).await);
    // An error from the provider is said, with its code only.
    let res = browser
        .get(
            s.url("/admin/sso/callback?error=access_denied&error_description=%3Cscript%3E&state=x"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body = res.text().await.unwrap();
    assert!(body.contains("access_denied") && !body.contains("<script>"));
}

#[tokio::test]
async fn no_role_no_session_and_no_sign_in_setup_no_start() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    set_user(&p, GRACE, "grace@contoso.example", &["Reader"]);
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("grace@contoso.example") && body.contains("no role"),
        "{body}"
    );
    assert!(!has_session(&s, &browser).await);
    // A tenant without Entra sign-in, and one that does not exist: the same answer.
    passkey_guide::store::tenants::create(&s.pool, "fabrikam", "Fabrikam")
        .await
        .unwrap();
    for slug in ["fabrikam", "nowhere"] {
        let res = client()
            .post(s.url("/admin/sso/start"))
            .form(&[("tenant", slug)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{slug}");
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("has not set up Sign in with Microsoft")
        );
    }
    // Another tenant here cannot claim the same Entra tenant.
    let t = passkey_guide::store::tenants::by_slug(&s.pool, "fabrikam")
        .await
        .unwrap()
        .unwrap();
    let err = sso::configure(
        &s.pool,
        &common::entra_settings(s.graph_url.as_deref()),
        &t,
        NewSso {
            entra_tenant_id: TENANT.into(),
            client_id: CLIENT_ID.into(),
            credential: Some(NewCredential::Secret(SECRET.into())),
            role_names: RoleNames::default(),
        },
        &Actor::cli(),
    )
    .await
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("already signs in with this Entra tenant")
    );
}

#[tokio::test]
async fn signing_keys_rotate_without_a_restart() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let reads = p.lock().unwrap().jwks_reads;
    // The provider starts signing with a new key it now publishes.
    p.lock().unwrap().rotated = true;
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(has_session(&s, &browser).await);
    assert_eq!(p.lock().unwrap().jwks_reads, reads + 1);
}

#[tokio::test]
async fn entra_only_tenants_refuse_passwords_but_not_entra() {
    let (s, _p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    s.admin("contoso", "glass@contoso.example", Role::Owner)
        .await;
    let (owner, csrf) = s.sign_in("glass@contoso.example").await;
    let res = owner
        .post(s.url("/admin/t/contoso/people/entra-only"))
        .form(&[("csrf", csrf.as_str()), ("on", "true")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // The password session that turned it on is refused from then on, with the reason.
    let res = owner.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("accepts only Sign in with Microsoft or a passkey")
    );
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = browser
        .get(s.url("/admin/t/contoso/audit"))
        .send()
        .await
        .unwrap();
    let audit = res.text().await.unwrap();
    assert!(
        audit.contains("Changed which sign-ins are accepted"),
        "{audit}"
    );
    assert!(audit.contains("Set up Sign in with Microsoft"));
}

#[tokio::test]
async fn owners_invite_change_roles_and_remove_people() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    s.admin("contoso", "owner@contoso.example", Role::Owner)
        .await;
    let (owner, csrf) = s.sign_in("owner@contoso.example").await;
    let people = |path: &str| s.url(&format!("/admin/t/contoso/people{path}"));

    // A link invitation: shown once, accepted with a password, a session at once.
    let res = owner
        .post(people("/invite"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("address", "Help@Contoso.example"),
            ("role", "helpdesk"),
            ("kind", "link"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    let start = body.find("/admin/invite/").expect("the link is shown");
    let path: String = body[start..]
        .chars()
        .take_while(|c| *c != '<' && *c != '"')
        .collect();
    let helper = client();
    let res = helper.get(s.url(&path)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("help@contoso.example"));
    let res = helper
        .post(s.url(&path))
        .form(&[("password", "short")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = helper
        .post(s.url(&path))
        .form(&[("password", "a long helpdesk password")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = helper.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(role_shown(res).await, "Helpdesk");
    // Used once.
    let res = client()
        .post(s.url(&path))
        .form(&[("password", "another long password")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::GONE);

    // A role change, then removal: the helper's sessions end everywhere.
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM admin_account WHERE email = 'help@contoso.example'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let res = owner
        .post(people(&format!("/{id}/role")))
        .form(&[("csrf", csrf.as_str()), ("role", "admin")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = helper.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(role_shown(res).await, "Admin");
    let res = owner
        .post(people(&format!("/{id}/remove")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(!has_session(&s, &helper).await);

    // An Entra invitation: Grace has no app role; the invitation gives hers.
    let res = owner
        .post(people("/invite"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("address", "grace@contoso.example"),
            ("role", "admin"),
            ("kind", "entra"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    set_user(&p, GRACE, "grace@contoso.example", &[]);
    let (grace, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = grace.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(role_shown(res).await, "Admin");

    // Ada has an app role; removed here, the app role does not bring her back.
    set_user(&p, ADA, "ada@contoso.example", &["Helpdesk"]);
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let ada: i64 =
        sqlx::query_scalar("SELECT id FROM admin_account WHERE email = 'ada@contoso.example'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let res = owner
        .post(people(&format!("/{ada}/remove")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (ada_browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.text().await.unwrap().contains("removed your access"));
    assert!(!has_session(&s, &ada_browser).await);
    // Invited again, she is back.
    owner
        .post(people("/invite"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("address", "ada@contoso.example"),
            ("role", "helpdesk"),
            ("kind", "entra"),
        ])
        .send()
        .await
        .unwrap();
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);

    // Owners only; nobody changes their own role; every change audited.
    let res = grace.get(people("")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let me: i64 =
        sqlx::query_scalar("SELECT id FROM admin_account WHERE email = 'owner@contoso.example'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let res = owner
        .post(people(&format!("/{me}/role")))
        .form(&[("csrf", csrf.as_str()), ("role", "helpdesk")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY id")
        .fetch_all(&s.pool)
        .await
        .unwrap();
    for a in [
        "invitation-created",
        "invitation-accepted",
        "role-changed",
        "access-removed",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    let accepted = actions
        .iter()
        .filter(|a| *a == "invitation-accepted")
        .count();
    assert_eq!(accepted, 3, "link, Grace's and Ada's second");
}

#[tokio::test]
async fn operators_create_tenants_in_the_console() {
    let s = common::start_insecure().await;
    passkey_guide::ops::accounts::create_operator(
        &s.pool,
        "ops@example.com",
        common::ADMIN_PASSWORD,
    )
    .await
    .unwrap();
    let (ops, csrf) = s.sign_in("ops@example.com").await;
    let page = ops
        .get(s.url("/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Create an organization"));
    let res = ops
        .post(s.url("/admin/tenants"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("slug", "northwind"),
            ("name", "Northwind <Traders>"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/admin/t/northwind/people");
    let res = ops
        .get(s.url("/admin/t/northwind/people"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    assert!(body.contains("Northwind &lt;Traders&gt;"));
    // A bad slug is said; a non-operator cannot create.
    let res = ops
        .post(s.url("/admin/tenants"))
        .form(&[("csrf", csrf.as_str()), ("slug", "Bad Slug"), ("name", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    s.admin("northwind", "owner@northwind.example", Role::Owner)
        .await;
    let res = ops
        .post(s.url("/admin/tenants"))
        .form(&[("csrf", "wrong"), ("slug", "forged"), ("name", "Forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let (owner, csrf) = s.sign_in("owner@northwind.example").await;
    let page = owner
        .get(s.url("/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("Create an organization"));
    let res = owner
        .post(s.url("/admin/tenants"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("slug", "other"),
            ("name", "Other"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn passkeys_need_a_domain_name_and_a_live_ceremony() {
    // Test servers listen on 127.0.0.1: no relying party, said plainly.
    let s = common::start_insecure().await;
    let res = client()
        .post(s.url("/admin/passkey/options"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.text().await.unwrap().contains("domain name"));
    let rp = passkey_guide::ops::passkeys::relying_party("https://guide.contoso.example").unwrap();
    // A ceremony that was never started (or was already answered) opens nothing.
    let answer: webauthn_rs::prelude::PublicKeyCredential = serde_json::from_value(serde_json::json!({
        "id": "AAAA", "rawId": "AAAA", "type": "public-key",
        "response": {"authenticatorData": "AAAA", "clientDataJSON": "AAAA", "signature": "AAAA", "userHandle": null},
        "extensions": {}
    }))
    .unwrap();
    let session =
        passkey_guide::ops::passkeys::finish_sign_in(&s.pool, &rp, "no-such-ceremony", &answer)
            .await
            .unwrap();
    assert!(session.is_none());
    let (id, options) = passkey_guide::ops::passkeys::start_sign_in(&s.pool, &rp)
        .await
        .unwrap();
    assert!(options.mediation.is_none());
    let session = passkey_guide::ops::passkeys::finish_sign_in(&s.pool, &rp, &id, &answer)
        .await
        .unwrap();
    assert!(session.is_none(), "a forged answer");
    let again = passkey_guide::ops::passkeys::finish_sign_in(&s.pool, &rp, &id, &answer)
        .await
        .unwrap();
    assert!(again.is_none());
}

#[tokio::test]
async fn a_guests_home_address_claims_no_account_and_no_invitation() {
    let (s, p) = server_with_idp().await;
    configure(&s, "contoso", NewCredential::Secret(SECRET.into())).await;
    s.admin("contoso", "glass@contoso.example", Role::Owner)
        .await;
    let guest = |upn: &str, roles: &[&str]| {
        let mut u = idp::user(GRACE, upn, roles);
        // Authenticated by their home tenant: `idp` differs from the issuer.
        u["idp"] = "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/".into();
        p.lock().unwrap().user = u;
    };
    // A guest whose home address is the break-glass account's does not become it.
    guest("glass@contoso.example", &["Owner"]);
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.text().await.unwrap().contains("cannot take it over"));
    assert!(!has_session(&s, &browser).await);
    let linked: Option<String> = sqlx::query_scalar(
        "SELECT entra_object_id FROM admin_account WHERE email = 'glass@contoso.example'",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(linked, None);
    // An invitation for an address is not the guest's to accept by claiming it.
    let (owner, csrf) = s.sign_in("glass@contoso.example").await;
    owner
        .post(s.url("/admin/t/contoso/people/invite"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("address", "mallory@partner.example"),
            ("role", "owner"),
            ("kind", "entra"),
        ])
        .send()
        .await
        .unwrap();
    guest("mallory@partner.example", &[]);
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.text().await.unwrap().contains("no role"));
    // A member whose token names this tenant in the v1 form is no guest: their UPN counts.
    let mut member = idp::user(ADA, "ada@contoso.example", &[]);
    member["idp"] = format!("https://sts.windows.net/{TENANT}/").into();
    p.lock().unwrap().user = member;
    owner
        .post(s.url("/admin/t/contoso/people/invite"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("address", "ada@contoso.example"),
            ("role", "admin"),
            ("kind", "entra"),
        ])
        .send()
        .await
        .unwrap();
    let (_, res) = sign_in(&s, "contoso").await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "a member accepts her invitation"
    );
    // An app role assigned to the guest in Entra is Entra's decision: it counts.
    guest("mallory@partner.example", &["Helpdesk"]);
    let (browser, res) = sign_in(&s, "contoso").await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = browser.get(s.url("/admin/t/contoso")).send().await.unwrap();
    assert_eq!(role_shown(page).await, "Helpdesk");
}
