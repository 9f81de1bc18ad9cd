//! A tenant connected to Entra ID through a local identity platform and Graph (see
//! `common/graph.rs`): the roster from the rollout groups' transitive members, the passkey
//! profiles per group deciding each employee's flows, registration details matched by object
//! id, passkey usage from the sign-in logs, leavers, and every failure said clearly with
//! nothing changed.

mod common;

use common::graph::{self, CLIENT_ID, DIRECTORY, SECRET, guid, user};
use common::{Options, Server};
use passkey_guide::ops::entra::{self, NewConnection, NewCredential, SyncReport};
use passkey_guide::store::audit::Actor;
use passkey_guide::store::tenants::{self, Tenant};
use serde_json::json;

const STAFF: &str = "0a7e1c9d-1111-4000-8000-000000000001";
const ADMINS: &str = "0a7e1c9d-1111-4000-8000-000000000002";
const SALES: &str = "0a7e1c9d-1111-4000-8000-000000000003";
const AUTHENTICATOR_ANDROID: &str = "de1e552d-db1d-4423-a619-566b625cdc84";
const AUTHENTICATOR_IOS: &str = "90a3ccdf-635c-4729-a248-9b709135078f";
const SAMSUNG_UA: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";

fn ada() -> String {
    guid(1)
}
fn grace() -> String {
    guid(2)
}
fn mia() -> String {
    guid(3)
}
fn linus() -> String {
    guid(4)
}
fn gus() -> String {
    guid(5)
}

/// Seeds 003 and 004: synced passkeys for general staff, attested device-bound passkeys
/// (Authenticator or a security key) for admins.
fn two_profiles() -> serde_json::Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodConfigurations/$entity",
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
        "id": "Fido2", "state": "enabled", "isSelfServiceRegistrationAllowed": true,
        "isAttestationEnforced": false,
        "keyRestrictions": {"isEnforced": false, "enforcementType": "block", "aaGuids": []},
        "includeTargets": [
            {"targetType": "group", "id": STAFF, "isRegistrationRequired": false,
             "allowedPasskeyProfiles": ["00000000-0000-0000-0000-000000000001"]},
            {"targetType": "group", "id": ADMINS, "isRegistrationRequired": false,
             "allowedPasskeyProfiles": ["7f1c0c5e-2222-4000-8000-000000000002"]}
        ],
        "excludeTargets": [],
        "passkeyProfiles": [
            {"id": "00000000-0000-0000-0000-000000000001", "name": "General staff",
             "passkeyTypes": "deviceBound,synced", "attestationEnforcement": "disabled",
             "keyRestrictions": {"isEnforced": false, "enforcementType": "allow", "aaGuids": []}},
            {"id": "7f1c0c5e-2222-4000-8000-000000000002", "name": "Attested admins",
             "passkeyTypes": "deviceBound", "attestationEnforcement": "registrationOnly",
             "keyRestrictions": {"isEnforced": true, "enforcementType": "allow",
                "aaGuids": [AUTHENTICATOR_ANDROID, AUTHENTICATOR_IOS, "cb69481e-8ff7-4039-93ec-0a2729a154a8"]}}
        ]
    })
}

fn directory(d: &mut graph::Directory) {
    d.page_size = 2;
    d.users.insert(
        ada(),
        user(
            &ada(),
            "Ada.Lovelace@contoso.example",
            "Ada Lovelace",
            "Sales",
        ),
    );
    let mut g = user(&grace(), "grace@contoso.example", "Grace Hopper", "IT");
    g["mail"] = json!("grace.hopper@mail.contoso.example");
    d.users.insert(grace(), g);
    d.users.insert(
        mia(),
        user(&mia(), "mia@contoso.example", "Mia Wong", "Sales"),
    );
    let mut l = user(&linus(), "linus@contoso.example", "Linus", "IT");
    l["accountEnabled"] = json!(false);
    d.users.insert(linus(), l);
    let mut guest = user(
        &gus(),
        "gus_partner.example#EXT#@contoso.example",
        "Gus",
        "",
    );
    guest["userType"] = json!("Guest");
    d.users.insert(gus(), guest);
    // Mia is in staff through the nested Sales group.
    d.groups
        .insert(STAFF.into(), vec![ada(), linus(), gus(), SALES.into()]);
    d.groups.insert(SALES.into(), vec![mia()]);
    d.groups.insert(ADMINS.into(), vec![grace()]);
    d.fido2 = two_profiles();
    d.registrations = vec![
        json!({"id": ada(), "userPrincipalName": "ada.lovelace@contoso.example", "isAdmin": false,
               "isMfaRegistered": true, "userType": "member",
               "methodsRegistered": ["microsoftAuthenticatorPush", "passKeySynced"]}),
        // Registered under an older name: matched by object id.
        json!({"id": grace(), "userPrincipalName": "ghopper@contoso.example", "isAdmin": true,
               "isMfaRegistered": false, "userType": "member", "methodsRegistered": []}),
    ];
    let two_days_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(48);
    d.sign_ins = vec![
        json!({"id": "s1", "createdDateTime": two_days_ago.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
               "userId": ada(), "userPrincipalName": "ada.lovelace@contoso.example",
               "authenticationDetails": [{"authenticationMethod": "Passkey (synced)", "succeeded": true}]}),
        json!({"id": "s2", "createdDateTime": two_days_ago.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
               "userId": mia(), "authenticationDetails": [{"authenticationMethod": "Password", "succeeded": true}]}),
    ];
}

async fn connect(
    s: &Server,
    t: &Tenant,
    credential: NewCredential,
) -> Result<(), passkey_guide::error::ServerError> {
    let c = NewConnection {
        entra_tenant_id: DIRECTORY.into(),
        client_id: CLIENT_ID.into(),
        credential,
        rollout_groups: vec![STAFF.into(), ADMINS.into()],
        sync_every_minutes: 60,
        usage_days: 30,
        leaver_retention_days: 30,
    };
    entra::connect(&s.pool, &settings(s), t, c, &Actor::cli()).await
}

/// The Entra settings of the test server: the local Microsoft at the address the fake
/// reported, and the test data key.
fn settings(s: &Server) -> entra::EntraSettings {
    common::entra_settings(s.graph_url.as_deref())
}

async fn sync(s: &Server, t: &Tenant) -> Result<SyncReport, passkey_guide::error::ServerError> {
    let t = tenants::by_id(&s.pool, t.id).await.unwrap().unwrap();
    entra::sync(&s.pool, &settings(s), &t, "test", false).await
}

async fn employee(
    s: &Server,
    t: &Tenant,
    object_id: &str,
) -> Option<passkey_guide::store::employees::Employee> {
    let reference: Option<String> =
        sqlx::query_scalar("SELECT ref FROM employee WHERE tenant_id = $1 AND object_id = $2")
            .bind(t.id)
            .bind(object_id)
            .fetch_optional(&s.pool)
            .await
            .unwrap();
    passkey_guide::store::employees::by_ref(&s.pool, t.id, &reference?)
        .await
        .unwrap()
}

/// The flows the guide offers the employee with this object id on a Samsung phone.
async fn flows_for(s: &Server, t: &Tenant, object_id: &str) -> Vec<String> {
    let e = employee(s, t, object_id).await.unwrap();
    let c = common::client();
    let res = c
        .get(s.url(&s.personal_link(&t.slug, &e.reference)))
        .send()
        .await
        .unwrap();
    assert!(
        res.status().is_success() || res.status().is_redirection(),
        "{}",
        res.status()
    );
    let d: serde_json::Value = c
        .get(s.url(&format!("/t/{}/api/v1/detect", t.slug)))
        .header("user-agent", SAMSUNG_UA)
        .header("sec-ch-ua-platform", "\"Android\"")
        .header("sec-ch-ua-platform-version", "\"14.0.0\"")
        .header("sec-ch-ua-model", "\"SM-S918B\"")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    d["flows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_owned())
        .collect()
}

async fn setup() -> (Server, Tenant, graph::Shared) {
    let (dir, base) = graph::start(directory).await;
    let s = common::start_with(Options {
        secure_cookies: false,
        graph_url: Some(base),
        ..Options::default()
    })
    .await;
    let t = tenants::create(&s.pool, "contoso", "Contoso")
        .await
        .unwrap();
    connect(&s, &t, NewCredential::Secret(SECRET.into()))
        .await
        .unwrap();
    (s, t, dir)
}

#[tokio::test]
async fn a_connected_tenant_gets_roster_policy_registration_and_usage_from_entra() {
    let (s, t, dir) = setup().await;
    let r = sync(&s, &t).await.unwrap();
    assert_eq!(r.outcome(), "ok", "{r:?}");
    assert_eq!((r.members_read, r.joined), (5, 3), "{r:?}");
    assert_eq!((r.registrations, r.passkey_signins), (Some(2), Some(1)));
    // Every page of the OData cast was asked with ConsistencyLevel: eventual.
    let requests = dir.lock().unwrap().requests.clone();
    let member_pages: Vec<_> = requests
        .iter()
        .filter(|(u, _)| u.contains("transitiveMembers"))
        .collect();
    assert!(member_pages.len() > 3 && member_pages.iter().all(|(_, eventual)| *eventual));

    // Disabled accounts and guests are not employees to guide.
    assert!(employee(&s, &t, &linus()).await.is_none());
    assert!(employee(&s, &t, &gus()).await.is_none());
    let a = employee(&s, &t, &ada()).await.unwrap();
    assert_eq!(
        (a.email.as_str(), a.upn.as_str()),
        (
            "ada.lovelace@contoso.example",
            "ada.lovelace@contoso.example"
        )
    );
    assert_eq!(
        (a.department.as_deref(), a.preferred_language.as_deref()),
        (Some("Sales"), Some("en"))
    );
    let g = employee(&s, &t, &grace()).await.unwrap();
    // Mail and principal name differ: mail for messages, the name for matching.
    assert_eq!(
        (g.email.as_str(), g.upn.as_str()),
        ("grace.hopper@mail.contoso.example", "grace@contoso.example")
    );
    assert!(
        employee(&s, &t, &mia()).await.is_some(),
        "nested group members are in the roster"
    );

    // Registration matched by object id, whatever name the report used.
    let status = |upn: String| {
        let pool = s.pool.clone();
        async move {
            passkey_guide::store::registration::status_of(&pool, t.id, &upn)
                .await
                .unwrap()
                .map(|(p, _)| p)
        }
    };
    assert_eq!(status(a.upn.clone()).await, Some(true));
    assert_eq!(status(g.upn.clone()).await, Some(false));
    let (admin, mfa): (i64, i64) = sqlx::query_as(
        "SELECT CAST(is_admin AS INTEGER), CAST(is_mfa_registered AS INTEGER) FROM registration_status WHERE tenant_id = $1 AND upn = $2",
    )
    .bind(t.id)
    .bind(&g.upn)
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!((admin, mfa), (1, 0));

    // Passkey usage: Ada signed in with a passkey, Mia with a password.
    let usage: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT object_id, passkey_signin_last_ms FROM employee WHERE tenant_id = $1 ORDER BY object_id",
    )
    .bind(t.id)
    .fetch_all(&s.pool)
    .await
    .unwrap();
    assert!(usage.iter().any(|(o, at)| *o == ada() && at.is_some()));
    assert!(usage.iter().any(|(o, at)| *o == mia() && at.is_none()));

    // The same guide, two profiles: general staff on a Samsung phone get Samsung Pass first;
    // an admin in the attested profile gets Authenticator (synced passkeys are not allowed).
    let staff = flows_for(&s, &t, &ada()).await;
    assert_eq!(
        staff.first().map(String::as_str),
        Some("samsung-pass"),
        "{staff:?}"
    );
    let admin = flows_for(&s, &t, &grace()).await;
    assert!(
        !admin
            .iter()
            .any(|f| f == "samsung-pass" || f.contains("google-password-manager")),
        "{admin:?}"
    );
    assert_eq!(
        admin.first().map(String::as_str),
        Some("samsung"),
        "{admin:?}"
    );

    // Every run is recorded with what it changed.
    let runs = passkey_guide::store::entra::runs(&s.pool, t.id, 5)
        .await
        .unwrap();
    assert_eq!(runs[0].outcome.as_deref(), Some("ok"));
    let changes: serde_json::Value =
        serde_json::from_str(runs[0].changes.as_deref().unwrap()).unwrap();
    assert_eq!(changes["joined"], 3);
    assert_eq!(changes["left-disabled"], 0);

    // A second sync changes nothing.
    let again = sync(&s, &t).await.unwrap();
    assert_eq!(
        (again.joined, again.changed, again.unchanged),
        (0, 0, 3),
        "{again:?}"
    );
}

#[tokio::test]
async fn leavers_leave_only_after_a_complete_read_and_get_no_reminders() {
    let (s, t, dir) = setup().await;
    sync(&s, &t).await.unwrap();
    let mia_id = employee(&s, &t, &mia()).await.unwrap().id;

    // Mia leaves Sales, but the group cannot be read: the sync fails and nobody leaves.
    {
        let mut d = dir.lock().unwrap();
        d.groups.insert(SALES.into(), vec![]);
        d.unavailable.push(format!("/v1.0/groups/{ADMINS}"));
    }
    let e = sync(&s, &t).await.unwrap_err().to_string();
    assert!(e.contains("throttling (503)"), "{e}");
    assert!(employee(&s, &t, &mia()).await.unwrap().left.is_none());
    let runs = passkey_guide::store::entra::runs(&s.pool, t.id, 1)
        .await
        .unwrap();
    assert_eq!(runs[0].outcome.as_deref(), Some("failed"));
    assert!(runs[0].error.as_deref().unwrap().contains("503"));

    // Read completely: Mia has left; Ada's account is disabled.
    {
        let mut d = dir.lock().unwrap();
        d.unavailable.clear();
        d.users.get_mut(&ada()).unwrap()["accountEnabled"] = json!(false);
    }
    let r = sync(&s, &t).await.unwrap();
    assert_eq!((r.left_not_in_groups, r.left_disabled), (1, 1), "{r:?}");
    let metrics = s.get("/metrics", &[]).await.text().await.unwrap();
    assert!(
        metrics.contains("passkey_guide_graph_sync_failing{tenant=\"contoso\"} 0")
            && metrics.contains("passkey_guide_graph_sync_users{tenant=\"contoso\"} 4"),
        "{metrics}"
    );
    let m = employee(&s, &t, &mia()).await.unwrap();
    assert_eq!(m.left.as_ref().map(|l| l.1.as_str()), Some("not-in-groups"));
    // No reminders, out of the funnel and the links export.
    let people = passkey_guide::store::reminders::people(&s.pool, t.id)
        .await
        .unwrap();
    assert!(people.iter().all(|p| p.id != mia_id));
    assert_eq!(
        passkey_guide::store::employees::count(&s.pool, t.id)
            .await
            .unwrap(),
        1
    );

    // Back in the group: the same employee (same link) again.
    dir.lock().unwrap().groups.insert(SALES.into(), vec![mia()]);
    let r = sync(&s, &t).await.unwrap();
    assert_eq!(r.returned, 1, "{r:?}");
    let back = employee(&s, &t, &mia()).await.unwrap();
    assert_eq!((back.id, back.left), (mia_id, None));
}

#[tokio::test]
async fn failures_name_the_permission_or_licence_and_change_nothing() {
    let (s, t, dir) = setup().await;

    // Without User.Read.All Graph returns only ids: refused, nothing written.
    dir.lock().unwrap().roles.remove("User.Read.All");
    let e = sync(&s, &t).await.unwrap_err().to_string();
    assert!(
        e.contains("User.Read.All") && e.contains("admin consent"),
        "{e}"
    );
    assert_eq!(
        passkey_guide::store::employees::count(&s.pool, t.id)
            .await
            .unwrap(),
        0
    );
    dir.lock().unwrap().roles.insert("User.Read.All".into());

    // Malformed JSON from Graph: a clear error, nothing written.
    dir.lock()
        .unwrap()
        .malformed
        .push(format!("/v1.0/groups/{STAFF}"));
    let e = sync(&s, &t).await.unwrap_err().to_string();
    assert!(
        e.contains("unexpected answer from Microsoft Graph for the rollout groups' members"),
        "{e}"
    );
    assert_eq!(
        passkey_guide::store::employees::count(&s.pool, t.id)
            .await
            .unwrap(),
        0
    );
    dir.lock().unwrap().malformed.clear();

    // Throttled twice: waits as Retry-After says, then succeeds.
    dir.lock().unwrap().throttle = 2;
    assert_eq!(sync(&s, &t).await.unwrap().outcome(), "ok");

    // No licence for the sign-in logs and no policy permission: the rest still syncs, and
    // the run says what is missing.
    {
        let mut d = dir.lock().unwrap();
        d.premium = false;
        d.roles.remove("Policy.Read.AuthenticationMethod");
        d.users
            .insert(guid(9), user(&guid(9), "new@contoso.example", "New", "IT"));
        d.groups.get_mut(ADMINS).unwrap().push(guid(9));
    }
    let r = sync(&s, &t).await.unwrap();
    assert_eq!((r.outcome(), r.joined), ("partial", 1), "{r:?}");
    let problems = r.problems.join(" | ");
    assert!(
        problems.contains("Policy.Read.AuthenticationMethod"),
        "{problems}"
    );
    assert!(
        problems.contains("P1 or P2") && problems.contains("sign-in logs"),
        "{problems}"
    );
    // The policy last read still applies to the newcomer in the admins group.
    let newcomer = employee(&s, &t, &guid(9)).await.unwrap();
    assert!(
        newcomer
            .entra_policy
            .is_some_and(|p| p.attestation_enforced)
    );

    // A wrong secret: Entra's reason, never the secret.
    connect(&s, &t, NewCredential::Secret("wrong-secret".into()))
        .await
        .unwrap();
    let e = sync(&s, &t).await.unwrap_err().to_string();
    assert!(
        e.contains("AADSTS7000215") && !e.contains("wrong-secret"),
        "{e}"
    );
}

#[tokio::test]
async fn test_connection_says_permission_by_permission_what_is_missing() {
    let (s, t, dir) = setup().await;
    {
        let mut d = dir.lock().unwrap();
        d.roles.remove("AuditLog.Read.All");
        d.roles.remove("User.Read.All");
    }
    let tenant = tenants::by_id(&s.pool, t.id).await.unwrap().unwrap();
    let checks = entra::test(&s.pool, &settings(&s), &tenant).await.unwrap();
    let by = |p: &str| {
        checks
            .iter()
            .filter(|c| c.permission == Some(p))
            .collect::<Vec<_>>()
    };
    assert!(checks[0].ok, "token");
    assert!(by("GroupMember.Read.All")[0].ok);
    assert!(by("Policy.Read.AuthenticationMethod")[0].ok);
    let users = by("User.Read.All")[0];
    assert!(
        !users.ok
            && users
                .detail
                .as_deref()
                .unwrap()
                .contains("grant admin consent")
    );
    let audit = by("AuditLog.Read.All");
    assert_eq!(audit.len(), 2);
    assert!(audit.iter().all(|c| {
        !c.ok
            && c.detail
                .as_deref()
                .unwrap()
                .contains("the token does not carry AuditLog.Read.All")
    }));
}

#[tokio::test]
async fn a_certificate_signs_the_token_request_and_credentials_are_stored_sealed() {
    let (s, t, dir) = setup().await;
    let stored: String =
        sqlx::query_scalar("SELECT credential FROM entra_connection WHERE tenant_id = $1")
            .bind(t.id)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert!(stored.starts_with("v1:test:") && !stored.contains(SECRET));

    let pem = String::from_utf8(include_bytes!("fixtures/graph-app.pem").to_vec()).unwrap();
    connect(&s, &t, NewCredential::Certificate(pem))
        .await
        .unwrap();
    assert_eq!(sync(&s, &t).await.unwrap().outcome(), "ok");
    assert_eq!(dir.lock().unwrap().issued.last(), Some(&"assertion"));

    // A file without the private key is refused with the reason.
    let only_cert =
        String::from_utf8(include_bytes!("fixtures/graph-app-cert.pem").to_vec()).unwrap();
    let e = connect(&s, &t, NewCredential::Certificate(only_cert))
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("no private key"), "{e}");

    // Without a data key, connecting is refused and says why.
    let mut no_key = settings(&s);
    no_key.keys = None;
    let c = NewConnection {
        entra_tenant_id: DIRECTORY.into(),
        client_id: CLIENT_ID.into(),
        credential: NewCredential::Secret(SECRET.into()),
        rollout_groups: vec![STAFF.into()],
        sync_every_minutes: 60,
        usage_days: 30,
        leaver_retention_days: 30,
    };
    let e = entra::connect(&s.pool, &no_key, &t, c, &Actor::cli())
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("PASSKEY_GUIDE_DATA_KEY is not set"), "{e}");
}

#[tokio::test]
async fn a_dry_run_says_what_would_change_and_changes_nothing() {
    let (s, t, _dir) = setup().await;
    let tenant = tenants::by_id(&s.pool, t.id).await.unwrap().unwrap();
    let r = entra::sync(&s.pool, &settings(&s), &tenant, "test", true)
        .await
        .unwrap();
    assert_eq!((r.dry_run, r.joined), (true, 3));
    assert_eq!(
        passkey_guide::store::employees::count(&s.pool, t.id)
            .await
            .unwrap(),
        0
    );
    let runs = passkey_guide::store::entra::runs(&s.pool, t.id, 1)
        .await
        .unwrap();
    assert!(runs[0].dry_run);
}

#[tokio::test]
async fn the_console_connects_tests_syncs_and_shows_policy_readiness_and_hints() {
    let (s, t, _dir) = setup().await;
    s.admin(
        "contoso",
        "owner@contoso.example",
        app::domain::tenant::Role::Owner,
    )
    .await;
    let (c, csrf) = s.sign_in("owner@contoso.example").await;
    let page = |path: &'static str| {
        let c = c.clone();
        let url = s.url(path);
        async move {
            let res = c.get(url).send().await.unwrap();
            assert_eq!(res.status(), 200, "{path}");
            res.text().await.unwrap()
        }
    };

    // Reconnect from the console with a certificate upload.
    let pem = include_bytes!("fixtures/graph-app.pem").to_vec();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf.clone())
        .text("entra_tenant_id", DIRECTORY)
        .text("client_id", CLIENT_ID)
        .text("groups", format!("{STAFF}\n{ADMINS}"))
        .part(
            "certificate",
            reqwest::multipart::Part::bytes(pem).file_name("app.pem"),
        );
    let res = c
        .post(s.url("/admin/t/contoso/entra/connect"))
        .header("origin", &s.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = page("/admin/t/contoso/entra").await;
    assert!(html.contains("Certificate (stored encrypted)"), "{html}");
    assert!(!html.contains("BEGIN"), "the credential is never shown");

    // A bad group id is refused with the reason, and what was typed stays.
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf.clone())
        .text("entra_tenant_id", DIRECTORY)
        .text("client_id", CLIENT_ID)
        .text("groups", "sales-team")
        .text("client_secret", SECRET);
    let res = c
        .post(s.url("/admin/t/contoso/entra/connect"))
        .header("origin", &s.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("is not an object id") && html.contains("sales-team"),
        "{html}"
    );
    assert!(!html.contains(SECRET));

    let res = c
        .post(s.url("/admin/t/contoso/entra/test"))
        .header("origin", &s.base)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Policy.Read.AuthenticationMethod") && !html.contains("Missing"),
        "{html}"
    );

    let res = c
        .post(s.url("/admin/t/contoso/entra/sync"))
        .header("origin", &s.base)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("?synced=1")
    );
    let html = page("/admin/t/contoso/entra?synced=1").await;
    // Each profile beside what the guide offers, and the warnings.
    assert!(
        html.contains("General staff") && html.contains("Attested admins"),
        "{html}"
    );
    assert!(
        html.contains("does not allow the Windows Hello AAGUIDs"),
        "{html}"
    );
    assert!(html.contains("console (owner@contoso.example)"));

    // Readiness at a glance; the funnel ends at passkey sign-ins.
    let html = page("/admin/t/contoso/dashboard").await;
    assert!(
        html.contains("Readiness to enforce passkeys") && html.contains("Sign in with a passkey")
    );
    let funnel = page("/admin/t/contoso/dashboard/funnel.csv").await;
    assert!(
        funnel
            .lines()
            .last()
            .unwrap()
            .starts_with("Signs in with a passkey,1,"),
        "{funnel}"
    );
    let ready = page("/admin/t/contoso/dashboard/ready-to-enforce.csv").await;
    assert!(
        ready.contains("ada.lovelace@contoso.example") && !ready.contains("grace"),
        "{ready}"
    );
    let readiness = page("/admin/t/contoso/dashboard/readiness.csv").await;
    // One of three registered and signing in with a passkey: below the default 95 % target.
    assert!(
        readiness
            .lines()
            .any(|l| l.starts_with("Everyone,3,33%,–,33%,–,Not yet")),
        "{readiness}"
    );

    // Grace has no MFA method and is an admin: the helpdesk sees both, and so does the
    // stragglers list.
    let g = employee(&s, &t, &grace()).await.unwrap();
    let html = c
        .get(s.url(&format!("/admin/t/contoso/employees/{}", g.reference)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Issue a Temporary Access Pass") && html.contains("Administrator:"),
        "{html}"
    );
    let stragglers = page("/admin/t/contoso/stragglers.csv").await;
    assert!(
        stragglers
            .lines()
            .any(|l| l.contains("Grace Hopper") && l.contains("Needs a Temporary Access Pass")),
        "{stragglers}"
    );

    // The target is the tenant's to set, in the audit log.
    let res = c
        .post(s.url("/admin/t/contoso/readiness"))
        .header("origin", &s.base)
        .form(&[("csrf", csrf.as_str()), ("target", "30")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let readiness = page("/admin/t/contoso/dashboard/readiness.csv").await;
    let everyone = readiness
        .lines()
        .find(|l| l.starts_with("Everyone,"))
        .unwrap();
    assert!(
        everyone.ends_with(",Ready") && !everyone.contains('–'),
        "{readiness}"
    );
}

/// A PNG header of this size (the logo check reads the dimensions).
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    v.extend_from_slice(&width.to_be_bytes());
    v.extend_from_slice(&height.to_be_bytes());
    v.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    v
}

#[tokio::test]
async fn branding_is_imported_from_entra_into_the_draft_as_if_typed() {
    let (s, t, dir) = setup().await;
    s.admin(
        "contoso",
        "owner@contoso.example",
        app::domain::tenant::Role::Owner,
    )
    .await;
    let (c, csrf) = s.sign_in("owner@contoso.example").await;
    let import = || {
        c.post(s.url("/admin/t/contoso/branding/import-entra"))
            .header("origin", &s.base)
            .form(&[("csrf", csrf.as_str())])
            .send()
    };
    // No company branding yet: Graph's 404, said plainly; nothing changes.
    let res = import().await.unwrap();
    assert_eq!(res.status(), 502);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("has no company branding")
    );

    {
        let mut d = dir.lock().unwrap();
        // Yellow fails the contrast check with white text: refused with the reason, the text
        // and the logo still come in.
        d.branding = Some(
            json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#branding",
            "id": "0", "backgroundColor": "#FFFF33", "signInPageText": "Welcome to <b>Contoso</b>",
            "cdnList": ["secure.aadcdn.microsoftonline-p.com"], "usernameHintText": ""}),
        );
        d.banner_logo = Some(("image/png".into(), png(245, 36)));
    }
    let res = import().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Imported from Entra ID into the draft: introduction, logo"),
        "{html}"
    );
    assert!(
        html.contains("Not imported:") && html.contains("contrast"),
        "{html}"
    );
    // Escaped like anything else from a tenant.
    assert!(html.contains("Welcome to &lt;b&gt;Contoso&lt;/b&gt;") && !html.contains("<b>Contoso"));
    let draft = tenants::branding(&s.pool, t.id, tenants::BrandingState::Draft)
        .await
        .unwrap()
        .0;
    assert_eq!(draft.intro.as_deref(), Some("Welcome to <b>Contoso</b>"));
    assert_eq!(draft.logo_type.as_deref(), Some("image/png"));
    assert_eq!(draft.primary_color, None);
    let published = tenants::branding(&s.pool, t.id, tenants::BrandingState::Published)
        .await
        .unwrap()
        .0;
    assert_eq!(published.intro, None, "nothing is published");

    // Without the permission: named, nothing changes.
    dir.lock()
        .unwrap()
        .roles
        .remove("OrganizationalBranding.Read.All");
    let html = import().await.unwrap().text().await.unwrap();
    assert!(html.contains("OrganizationalBranding.Read.All"), "{html}");
}
