//! Registration status from Microsoft Graph, against a local server that speaks Graph's real
//! shapes: the v2.0 token endpoint, `userRegistrationDetails` pages linked by
//! `@odata.nextLink`, 429s with `Retry-After`, and 401/403 errors. Plus the portal CSV.

mod common;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use common::Server;
use passkey_guide::graph::{self, GraphError, GraphSettings};
use passkey_guide::store::tenants;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const USERS: usize = 250;
const PAGE: usize = 100;
const SECRET: &str = "s3cr3t~value";

#[derive(Default)]
struct Fake {
    base: String,
    /// Answer every report request with this status instead (403, 429 …).
    always: Option<u16>,
    /// Throttle the first request for page 1 once.
    throttle_page_1: bool,
    next_host: Option<String>,
    requests: Vec<String>,
}

type Shared = Arc<Mutex<Fake>>;

async fn token(Path(tenant): Path<String>, Form(f): Form<HashMap<String, String>>) -> Response {
    let ok = tenant == "contoso-directory-id"
        && f.get("client_id").map(String::as_str) == Some("app-id")
        && f.get("client_secret").map(String::as_str) == Some(SECRET)
        && f.get("grant_type").map(String::as_str) == Some("client_credentials")
        && f.get("scope").map(String::as_str) == Some("https://graph.microsoft.com/.default");
    if !ok {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 0000\r\nCorrelation ID: 1111",
                "error_codes": [7000215]
            })),
        )
            .into_response();
    }
    Json(json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "tok-123"}))
        .into_response()
}

fn user(i: usize) -> Value {
    // Every third user has a passkey, of a different kind each time; the rest only MFA.
    let methods = match i % 6 {
        0 => json!([
            "microsoftAuthenticatorPush",
            "passKeyDeviceBoundAuthenticator"
        ]),
        3 => json!(["fido2"]),
        _ => json!(["microsoftAuthenticatorPush", "mobilePhone"]),
    };
    json!({
        "id": format!("00000000-0000-0000-0000-{i:012}"),
        "userPrincipalName": format!("User{i:03}@Contoso.example"),
        "userDisplayName": format!("User {i}"),
        "userType": "member",
        "isAdmin": false,
        "isMfaCapable": true,
        "isPasswordlessCapable": i.is_multiple_of(6),
        "methodsRegistered": methods,
        "lastUpdatedDateTime": "2026-11-21T23:00:00Z"
    })
}

async fn report(
    State(s): State<Shared>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let mut f = s.lock().unwrap();
    let page: usize = q
        .get("$skiptoken")
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    f.requests.push(format!("page {page}"));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some("Bearer tok-123") {
        return (StatusCode::UNAUTHORIZED, Json(json!({"error": {"code": "InvalidAuthenticationToken", "message": "Access token is empty."}}))).into_response();
    }
    if q.get("$select").map(String::as_str)
        != Some("id,userPrincipalName,methodsRegistered,isAdmin,isMfaRegistered,userType")
    {
        return (StatusCode::BAD_REQUEST, "missing $select").into_response();
    }
    let throttle = || {
        (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "1")],
            Json(json!({"error": {"code": "TooManyRequests", "message": "Too many requests"}})),
        )
            .into_response()
    };
    match f.always {
        Some(403) => {
            return (StatusCode::FORBIDDEN, Json(json!({"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation."}}))).into_response();
        }
        Some(429) => return throttle(),
        _ => {}
    }
    if page == 1 && f.throttle_page_1 {
        f.throttle_page_1 = false;
        return throttle();
    }
    let start = page * PAGE;
    let end = (start + PAGE).min(USERS);
    let mut body = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails",
        "value": (start..end).map(user).collect::<Vec<_>>(),
    });
    if end < USERS {
        let host = f.next_host.clone().unwrap_or_else(|| f.base.clone());
        body["@odata.nextLink"] = json!(format!(
            "{host}/v1.0/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,methodsRegistered,isAdmin,isMfaRegistered,userType&$skiptoken={}",
            page + 1
        ));
    }
    Json(body).into_response()
}

async fn fake_graph(configure: impl FnOnce(&mut Fake)) -> (Shared, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mut fake = Fake {
        base: base.clone(),
        ..Fake::default()
    };
    configure(&mut fake);
    let shared = Arc::new(Mutex::new(fake));
    let app = Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route(
            "/v1.0/reports/authenticationMethods/userRegistrationDetails",
            get(report),
        )
        .with_state(shared.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (shared, base)
}

fn settings(base: &str) -> GraphSettings {
    GraphSettings {
        entra_tenant_id: "contoso-directory-id".into(),
        client_id: "app-id".into(),
        client_secret: SECRET.into(),
        login_url: base.into(),
        graph_url: base.into(),
        max_retries: 3,
        max_wait: Duration::from_secs(5),
    }
}

async fn tenant(s: &Server) -> i64 {
    tenants::create(&s.pool, "contoso", "Contoso")
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn sync_follows_every_page_and_waits_out_throttling() {
    let s = common::start_insecure().await;
    let id = tenant(&s).await;
    let (fake, base) = fake_graph(|f| f.throttle_page_1 = true).await;
    let t = Instant::now();
    let n = passkey_guide::ops::registration::sync(&s.pool, id, &settings(&base))
        .await
        .unwrap();
    assert_eq!(n, USERS);
    assert!(
        t.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert_eq!(
        fake.lock().unwrap().requests,
        ["page 0", "page 1", "page 1", "page 2"]
    );
    let (with, total): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*) FILTER (WHERE has_passkey), COUNT(*) FROM registration_status WHERE tenant_id = $1 AND source = 'graph'",
    )
    .bind(id)
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!((with, total), (USERS.div_ceil(3) as i64, USERS as i64));
    // Names are stored lower-cased, as roster emails are compared.
    assert_eq!(
        passkey_guide::store::registration::status_of(&s.pool, id, "user000@contoso.example")
            .await
            .unwrap()
            .map(|(p, _)| p),
        Some(true)
    );
    assert_eq!(
        passkey_guide::store::registration::status_of(&s.pool, id, "USER001@contoso.example")
            .await
            .unwrap()
            .map(|(p, _)| p),
        Some(false)
    );
    let (error, seen): (Option<String>, i64) =
        sqlx::query_as("SELECT last_error, users_seen FROM registration_sync WHERE tenant_id = $1")
            .bind(id)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_eq!((error, seen), (None, USERS as i64));
}

#[tokio::test]
async fn errors_name_what_to_fix_and_are_recorded() {
    let s = common::start_insecure().await;
    let id = tenant(&s).await;

    let (_, base) = fake_graph(|f| f.always = Some(403)).await;
    let e = passkey_guide::ops::registration::sync(&s.pool, id, &settings(&base))
        .await
        .unwrap_err();
    assert!(matches!(e, GraphError::Forbidden { .. }));
    assert!(e.to_string().contains("AuditLog.Read.All"), "{e}");
    let error: Option<String> =
        sqlx::query_scalar("SELECT last_error FROM registration_sync WHERE tenant_id = $1")
            .bind(id)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert!(error.unwrap().contains("AuditLog.Read.All"));

    let wrong = GraphSettings {
        client_secret: "wrong".into(),
        ..settings(&base)
    };
    let e = graph::fetch(&wrong).await.unwrap_err();
    assert!(e.to_string().contains("AADSTS7000215"), "{e}");
    assert!(!e.to_string().contains("wrong"), "never echoes the secret");

    let (fake, base) = fake_graph(|f| f.always = Some(429)).await;
    let quick = GraphSettings {
        max_retries: 2,
        max_wait: Duration::from_millis(50),
        ..settings(&base)
    };
    let e = graph::fetch(&quick).await.unwrap_err();
    assert!(
        matches!(
            e,
            GraphError::Throttled {
                status: 429,
                attempts: 3
            }
        ),
        "{e}"
    );
    assert_eq!(fake.lock().unwrap().requests.len(), 3);

    // A next page on another host would get our token: refused.
    let (_, base) = fake_graph(|f| f.next_host = Some("http://evil.example".into())).await;
    let e = graph::fetch(&settings(&base)).await.unwrap_err();
    assert!(
        matches!(e, GraphError::ForeignNextLink(ref h) if h == "http://evil.example"),
        "{e}"
    );
}

#[tokio::test]
async fn the_portal_csv_updates_the_same_status() {
    let s = common::start_insecure().await;
    let id = tenant(&s).await;
    let csv = "\u{feff}User principal name,User display name,Methods registered\n\
               ada@contoso.example,Ada,\"microsoftAuthenticatorPush, passKeySynced\"\n\
               grace@contoso.example,Grace,mobilePhone\n";
    let parsed = app::domain::registration::parse_csv(csv.as_bytes()).unwrap();
    passkey_guide::store::registration::store(&s.pool, id, "csv", &parsed.registrations)
        .await
        .unwrap();
    let status = |upn: &'static str| {
        let pool = s.pool.clone();
        async move {
            passkey_guide::store::registration::status_of(&pool, id, upn)
                .await
                .unwrap()
                .map(|(p, _)| p)
        }
    };
    assert_eq!(status("ada@contoso.example").await, Some(true));
    assert_eq!(status("grace@contoso.example").await, Some(false));
    assert_eq!(status("linus@contoso.example").await, None);
    // A later export where Grace registered: updated in place.
    let later = "userPrincipalName,methodsRegistered\ngrace@contoso.example,\"fido2SecurityKey\"\n";
    let parsed = app::domain::registration::parse_csv(later.as_bytes()).unwrap();
    passkey_guide::store::registration::store(&s.pool, id, "csv", &parsed.registrations)
        .await
        .unwrap();
    assert_eq!(status("grace@contoso.example").await, Some(true));
}
