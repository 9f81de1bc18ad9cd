//! A local identity platform and Microsoft Graph that speak the documented shapes
//! (shared/research/graph-contracts.md): the v2.0 token endpoint for client secrets and
//! PS256 client assertions, issuing RS256 tokens it really signs with the application
//! permissions granted in `roles`; group transitive members (OData cast, `ConsistencyLevel`
//! required, limited information without `User.Read.All`); the passkey (FIDO2) method policy;
//! `userRegistrationDetails`; beta sign-in logs (licence 403 when the tenant has none). Pages
//! are linked by `@odata.nextLink`; errors have Graph's `{"error": {"code", "message"}}` shape;
//! 429s carry `Retry-After`; a path can be made to answer malformed JSON.
#![allow(dead_code)]

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::signature::{self, KeyPair, RsaKeyPair};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

pub const DIRECTORY: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";
pub const CLIENT_ID: &str = "535fb089-9ff3-47b6-9bfb-4f1264799865";
pub const SECRET: &str = "s3cr3t~entra";
pub const MAIL_SEND: &str = "Mail.Send";
pub const ALL_PERMISSIONS: [&str; 5] = [
    "GroupMember.Read.All",
    "User.Read.All",
    "Policy.Read.AuthenticationMethod",
    "AuditLog.Read.All",
    "OrganizationalBranding.Read.All",
];

pub struct Directory {
    pub base: String,
    /// The application permissions admin consent granted (the token's `roles`).
    pub roles: BTreeSet<String>,
    /// Whether the tenant has Entra ID P1/P2 (sign-in logs need it).
    pub premium: bool,
    /// id → the user as Graph returns it (every `$select`able field).
    pub users: HashMap<String, Value>,
    /// group id → member ids (users or nested groups).
    pub groups: HashMap<String, Vec<String>>,
    pub fido2: Value,
    pub registrations: Vec<Value>,
    pub sign_ins: Vec<Value>,
    /// The company branding (`None`: 404, as for a directory without one) and its banner logo.
    pub branding: Option<Value>,
    pub banner_logo: Option<(String, Vec<u8>)>,
    /// Answer this many requests with 429 (Retry-After: 0.05) before serving.
    pub throttle: u32,
    /// Paths (prefixes) answered with a body that is not JSON.
    pub malformed: Vec<String>,
    /// Paths (prefixes) answered 503 every time.
    pub unavailable: Vec<String>,
    pub page_size: usize,
    /// Every request: method, path and query, and whether ConsistencyLevel was sent.
    pub requests: Vec<(String, bool)>,
    /// Tokens issued, by credential kind (`secret` or `assertion`).
    pub issued: Vec<&'static str>,
    /// user id → their manager's id (`$expand=manager`).
    pub managers: HashMap<String, String>,
    /// Mailboxes that exist (sendMail to another answers 404).
    pub mailboxes: BTreeSet<String>,
    /// Answer this many sendMail requests with 429 and `Retry-After: 1` first.
    pub mail_throttle: u32,
    /// Answer this many sendMail requests with 503 first.
    pub mail_unavailable: u32,
    /// Every message sendMail accepted (202), as the fake read it.
    pub sent: Vec<SentMail>,
}

pub type Shared = Arc<Mutex<Directory>>;

struct Fake {
    dir: Shared,
    key: Arc<RsaKeyPair>,
    app_public: Arc<Vec<u8>>,
}

impl Clone for Fake {
    fn clone(&self) -> Self {
        Fake {
            dir: self.dir.clone(),
            key: self.key.clone(),
            app_public: self.app_public.clone(),
        }
    }
}

fn graph_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"error": {"code": code, "message": message,
            "innerError": {"date": "2026-12-06T10:00:00", "request-id": "4f6a1d2c-0000-4000-8000-000000000000"}}})),
    )
        .into_response()
}

pub fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn sign(key: &RsaKeyPair, claims: &Value) -> String {
    sign_with(key, "local-1", claims)
}

/// An RS256 JWT of `claims`, signed by `key` under key id `kid`.
pub fn sign_with(key: &RsaKeyPair, kid: &str, claims: &Value) -> String {
    let header = json!({"typ": "JWT", "alg": "RS256", "kid": kid});
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(claims.to_string())
    );
    let mut sig = vec![0; key.public().modulus_len()];
    key.sign(
        &signature::RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!("{input}.{}", B64.encode(sig))
}

/// The payload of a JWT whose signature checks out against `public` (PKCS#1 DER).
pub fn verified(
    jwt: &str,
    public: &[u8],
    alg: &'static dyn signature::VerificationAlgorithm,
) -> Option<Value> {
    let (input, sig) = jwt.rsplit_once('.')?;
    signature::UnparsedPublicKey::new(alg, public)
        .verify(input.as_bytes(), &B64.decode(sig).ok()?)
        .ok()?;
    serde_json::from_slice(&B64.decode(input.split('.').nth(1)?).ok()?).ok()
}

async fn token(
    State(f): State<Fake>,
    Path(tenant): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let refuse = |code: &str, description: &str| {
        (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": code, "error_description": format!("{description}\r\nTrace ID: 0000\r\nCorrelation ID: 1111"), "error_codes": [7000215]})),
        )
            .into_response()
    };
    let base = f.dir.lock().unwrap().base.clone();
    let token_url = format!("{base}/{tenant}/oauth2/v2.0/token");
    if tenant != DIRECTORY
        || form.get("client_id").map(String::as_str) != Some(CLIENT_ID)
        || form.get("grant_type").map(String::as_str) != Some("client_credentials")
        || form.get("scope").map(String::as_str) != Some("https://graph.microsoft.com/.default")
    {
        return refuse(
            "invalid_request",
            "AADSTS900144: The request is not for this app or tenant.",
        );
    }
    let kind = match (form.get("client_secret"), form.get("client_assertion")) {
        (Some(s), None) if s == SECRET => "secret",
        (Some(_), None) => {
            return refuse(
                "invalid_client",
                "AADSTS7000215: Invalid client secret provided.",
            );
        }
        (None, Some(a))
            if form.get("client_assertion_type").map(String::as_str)
                == Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") =>
        {
            let Some(c) = verified(a, &f.app_public, &signature::RSA_PSS_2048_8192_SHA256) else {
                return refuse(
                    "invalid_client",
                    "AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.",
                );
            };
            let ok = c["aud"] == token_url.as_str()
                && c["iss"] == CLIENT_ID
                && c["sub"] == CLIENT_ID
                && c["exp"].as_i64().is_some_and(|e| e > now_s());
            if !ok {
                return refuse(
                    "invalid_client",
                    "AADSTS700024: Client assertion is not within its valid time range or not for this audience.",
                );
            }
            "assertion"
        }
        _ => return refuse("invalid_request", "AADSTS900144: no credential"),
    };
    let mut d = f.dir.lock().unwrap();
    d.issued.push(kind);
    let roles: Vec<&String> = d.roles.iter().collect();
    let claims = json!({
        "aud": "https://graph.microsoft.com", "iss": format!("https://sts.windows.net/{DIRECTORY}/"),
        "tid": DIRECTORY, "appid": CLIENT_ID, "roles": roles, "iat": now_s(), "exp": now_s() + 3599,
    });
    Json(json!({"token_type": "Bearer", "expires_in": 3599, "access_token": sign(&f.key, &claims)}))
        .into_response()
}

/// Checks the bearer token and the permission; answers faults. `Ok` means serve.
fn guard(f: &Fake, headers: &HeaderMap, uri: &Uri, permission: &str) -> Result<(), Box<Response>> {
    let mut d = f.dir.lock().unwrap();
    let eventual = headers
        .get("consistencylevel")
        .and_then(|v| v.to_str().ok())
        == Some("eventual");
    d.requests.push((uri.to_string(), eventual));
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let public = f.key.public_key().as_ref().to_vec();
    let Some(claims) =
        token.and_then(|t| verified(t, &public, &signature::RSA_PKCS1_2048_8192_SHA256))
    else {
        return Err(Box::new(graph_error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            "Access token validation failure.",
        )));
    };
    if claims["exp"].as_i64().is_none_or(|e| e <= now_s()) {
        return Err(Box::new(graph_error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            "Lifetime validation failed, the token is expired.",
        )));
    }
    if d.throttle > 0 {
        d.throttle -= 1;
        return Err(Box::new((
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "0.05")],
            Json(
                json!({"error": {"code": "TooManyRequests", "message": "Please retry again later.",
                "innerError": {"code": "429", "status": "429"}}}),
            ),
        )
            .into_response()));
    }
    let path = uri.path();
    if d.unavailable.iter().any(|p| path.starts_with(p)) {
        return Err(Box::new(graph_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "serviceNotAvailable",
            "The service is temporarily unavailable.",
        )));
    }
    let granted = claims["roles"]
        .as_array()
        .is_some_and(|r| r.iter().any(|r| r == permission));
    if !granted {
        return Err(Box::new(graph_error(
            StatusCode::FORBIDDEN,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        )));
    }
    if d.malformed.iter().any(|p| path.starts_with(p)) {
        return Err(Box::new(
            (
                StatusCode::OK,
                [("content-type", "application/json")],
                "{\"value\": [ {\"id\": ",
            )
                .into_response(),
        ));
    }
    Ok(())
}

/// One page of a collection of `total` items, `item(i)` making the i-th, with a next link
/// carrying the whole query plus the offset.
fn page(
    d: &Directory,
    uri: &Uri,
    q: &HashMap<String, String>,
    total: usize,
    item: impl Fn(usize) -> Value,
    context: &str,
) -> Response {
    let start: usize = q
        .get("$skiptoken")
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let top: usize = q.get("$top").and_then(|t| t.parse().ok()).unwrap_or(100);
    let size = top.min(d.page_size).max(1);
    let end = (start + size).min(total);
    let value: Vec<Value> = (start.min(end)..end).map(item).collect();
    let mut body = json!({"@odata.context": context, "value": value});
    if start == 0 && q.get("$count").map(String::as_str) == Some("true") {
        body["@odata.count"] = json!(total);
    }
    if end < total {
        let query: Vec<String> = uri
            .query()
            .unwrap_or_default()
            .split('&')
            .filter(|p| !p.starts_with("%24skiptoken") && !p.starts_with("$skiptoken"))
            .map(str::to_owned)
            .collect();
        body["@odata.nextLink"] = json!(format!(
            "{}{}?{}&$skiptoken={end}",
            d.base,
            uri.path(),
            query.join("&")
        ));
    }
    Json(body).into_response()
}

/// A group's users, nested groups followed, each once.
fn transitive<'a>(
    d: &'a Directory,
    group: &str,
    out: &mut Vec<&'a str>,
    seen: &mut std::collections::HashSet<&'a str>,
) {
    for m in d.groups.get(group).into_iter().flatten() {
        if !seen.insert(m.as_str()) {
            continue;
        }
        if d.groups.contains_key(m) {
            transitive(d, m, out, seen);
        } else if d.users.contains_key(m) {
            out.push(m.as_str());
        }
    }
}

async fn members(
    State(f): State<Fake>,
    Path(group): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "GroupMember.Read.All") {
        return *r;
    }
    let d = f.dir.lock().unwrap();
    if headers.get("consistencylevel").is_none() {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "Request_UnsupportedQuery",
            "The specified filter to the reference property query is currently not supported.",
        );
    }
    if !d.groups.contains_key(&group) {
        return graph_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{group}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    }
    let fields: Vec<&str> = q
        .get("$select")
        .map_or(vec!["id"], |s| s.split(',').collect());
    let full = d.roles.contains("User.Read.All");
    let mut ids = Vec::new();
    transitive(&d, &group, &mut ids, &mut Default::default());
    let item = |i: usize| {
        let u = &d.users[ids[i]];
        let mut out = json!({"@odata.type": "#microsoft.graph.user"});
        for f in &fields {
            // Limited information: only the id without permission to read users.
            out[*f] = if *f == "id" || full {
                u[*f].clone()
            } else {
                Value::Null
            };
        }
        out
    };
    page(
        &d,
        &uri,
        &q,
        ids.len(),
        item,
        "https://graph.microsoft.com/v1.0/$metadata#users",
    )
}

async fn fido2(State(f): State<Fake>, headers: HeaderMap, uri: Uri) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "Policy.Read.AuthenticationMethod") {
        return *r;
    }
    Json(f.dir.lock().unwrap().fido2.clone()).into_response()
}

async fn registrations(
    State(f): State<Fake>,
    headers: HeaderMap,
    uri: Uri,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "AuditLog.Read.All") {
        return *r;
    }
    let d = f.dir.lock().unwrap();
    let item = |i: usize| d.registrations[i].clone();
    page(
        &d,
        &uri,
        &q,
        d.registrations.len(),
        item,
        "https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails",
    )
}

async fn sign_ins(
    State(f): State<Fake>,
    headers: HeaderMap,
    uri: Uri,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "AuditLog.Read.All") {
        return *r;
    }
    let d = f.dir.lock().unwrap();
    if !d.premium {
        return graph_error(
            StatusCode::FORBIDDEN,
            "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Neither tenant is B2C or tenant doesn't have premium license",
        );
    }
    let since = q
        .get("$filter")
        .and_then(|f| f.strip_prefix("createdDateTime ge "))
        .map(str::to_owned);
    let mut items: Vec<&Value> = d
        .sign_ins
        .iter()
        .filter(|s| {
            since
                .as_deref()
                .is_none_or(|t| s["createdDateTime"].as_str().unwrap_or("") >= t)
        })
        .collect();
    // Newest first, as documented.
    items.sort_by(|a, b| {
        b["createdDateTime"]
            .as_str()
            .cmp(&a["createdDateTime"].as_str())
    });
    let item = |i: usize| items[i].clone();
    page(
        &d,
        &uri,
        &q,
        items.len(),
        item,
        "https://graph.microsoft.com/beta/$metadata#auditLogs/signIns",
    )
}

async fn branding(
    State(f): State<Fake>,
    Path(org): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "OrganizationalBranding.Read.All") {
        return *r;
    }
    let d = f.dir.lock().unwrap();
    match (&d.branding, org == DIRECTORY) {
        (Some(b), true) => Json(b.clone()).into_response(),
        _ => graph_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "Resource not found.",
        ),
    }
}

async fn banner_logo(State(f): State<Fake>, headers: HeaderMap, uri: Uri) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "OrganizationalBranding.Read.All") {
        return *r;
    }
    match &f.dir.lock().unwrap().banner_logo {
        Some((media, bytes)) => ([("content-type", media.clone())], bytes.clone()).into_response(),
        // Documented: 200 with `{}` when no logo is set.
        None => Json(json!({})).into_response(),
    }
}

/// Starts the local Microsoft on loopback; `configure` fills the directory.
pub async fn start(configure: impl FnOnce(&mut Directory)) -> (Shared, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mut dir = Directory {
        base: base.clone(),
        roles: ALL_PERMISSIONS.iter().map(|s| s.to_string()).collect(),
        premium: true,
        users: HashMap::new(),
        groups: HashMap::new(),
        fido2: json!({"id": "Fido2", "state": "enabled", "isSelfServiceRegistrationAllowed": true,
            "includeTargets": [{"targetType": "group", "id": "all_users"}]}),
        registrations: Vec::new(),
        sign_ins: Vec::new(),
        branding: None,
        banner_logo: None,
        throttle: 0,
        malformed: Vec::new(),
        unavailable: Vec::new(),
        page_size: 100,
        requests: Vec::new(),
        issued: Vec::new(),
        managers: HashMap::new(),
        mailboxes: BTreeSet::new(),
        mail_throttle: 0,
        mail_unavailable: 0,
        sent: Vec::new(),
    };
    configure(&mut dir);
    let dir = Arc::new(Mutex::new(dir));
    let key = RsaKeyPair::from_pkcs8(include_bytes!("../fixtures/local-idp-key.pk8")).unwrap();
    let fake = Fake {
        dir: dir.clone(),
        key: Arc::new(key),
        app_public: Arc::new(include_bytes!("../fixtures/graph-app-public.der").to_vec()),
    };
    let app = Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route(
            "/v1.0/groups/{group}/transitiveMembers/microsoft.graph.user",
            get(members),
        )
        .route(
            "/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2",
            get(fido2),
        )
        .route(
            "/v1.0/reports/authenticationMethods/userRegistrationDetails",
            get(registrations),
        )
        .route("/beta/auditLogs/signIns", get(sign_ins))
        .route("/v1.0/organization/{org}/branding", get(branding))
        .route(
            "/v1.0/organization/{org}/branding/localizations/default/bannerLogo",
            get(banner_logo),
        )
        .route("/v1.0/users/{user}/sendMail", post(send_mail))
        .route("/v1.0/users", get(users_with_managers))
        .with_state(fake);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (dir, base)
}

/// A user as Graph has them.
pub fn user(id: &str, upn: &str, name: &str, department: &str) -> Value {
    json!({"id": id, "userPrincipalName": upn, "mail": upn, "displayName": name,
        "department": department, "preferredLanguage": "en-US", "accountEnabled": true, "userType": "Member"})
}

/// A GUID made from a number, as object ids are.
pub fn guid(n: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", n >> 16, n)
}

/// A message sendMail accepted: the mailbox in the path and the MIME message it carried.
#[derive(Debug, Clone)]
pub struct SentMail {
    pub mailbox: String,
    /// Header names lower-cased, values unfolded, in order.
    pub headers: Vec<(String, String)>,
    pub text: String,
    pub html: String,
}

impl SentMail {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Headers (unfolded, names lower-cased) and body of a MIME entity.
fn mime_split(entity: &str) -> (Vec<(String, String)>, String) {
    let entity = entity.replace("\r\n", "\n");
    let (head, body) = entity.split_once("\n\n").unwrap_or((&entity, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((n, v)) = line.split_once(':') {
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    (headers, body.to_owned())
}

fn quoted_printable(s: &str) -> Vec<u8> {
    let s = s.replace("=\n", "");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'=' && i + 3 <= b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(v) => {
                out.push(v);
                i += 3;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    out
}

/// A text part's content, its transfer encoding undone.
fn part_text(headers: &[(String, String)], body: &str) -> String {
    let encoding = headers
        .iter()
        .find(|(n, _)| n == "content-transfer-encoding")
        .map(|(_, v)| v.to_ascii_lowercase())
        .unwrap_or_default();
    let bytes = match encoding.as_str() {
        "base64" => base64::engine::general_purpose::STANDARD
            .decode(body.split_whitespace().collect::<String>())
            .unwrap_or_default(),
        "quoted-printable" => quoted_printable(body),
        _ => body.as_bytes().to_vec(),
    };
    String::from_utf8_lossy(&bytes)
        .trim_end()
        .replace("\r\n", "\n")
}

/// A message's top headers, text part and HTML part.
type Mime = (Vec<(String, String)>, String, String);

/// Reads a MIME message as Exchange would have to: the top headers, and the text and HTML
/// parts of a multipart/alternative body (or the single text body).
fn read_mime(raw: &str) -> Result<Mime, String> {
    let (headers, body) = mime_split(raw);
    let content_type = headers
        .iter()
        .find(|(n, _)| n == "content-type")
        .map(|(_, v)| v.clone())
        .ok_or("no Content-Type")?;
    if !content_type.starts_with("multipart/alternative") {
        return Ok((headers.clone(), part_text(&headers, &body), String::new()));
    }
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned())
        .ok_or("multipart without a boundary")?;
    let (mut text, mut html) = (String::new(), String::new());
    for part in body.split(&format!("--{boundary}")).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let (h, b) = mime_split(part.trim_start_matches(['\r', '\n']));
        let ct = h
            .iter()
            .find(|(n, _)| n == "content-type")
            .map(|(_, v)| v.to_ascii_lowercase())
            .unwrap_or_default();
        if ct.starts_with("text/plain") {
            text = part_text(&h, &b);
        } else if ct.starts_with("text/html") {
            html = part_text(&h, &b);
        }
    }
    Ok((headers, text, html))
}

/// `POST /users/{id | userPrincipalName}/sendMail` (graph-contracts §7.1): MIME as base64 with
/// `Content-Type: text/plain`, or the JSON `message` form; `Mail.Send` needed; 202 with no
/// body; 429 with Retry-After and 503 when told to; 404 for an unknown mailbox.
async fn send_mail(
    State(f): State<Fake>,
    Path(user): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    body: String,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, MAIL_SEND) {
        return *r;
    }
    let mut d = f.dir.lock().unwrap();
    if d.mail_throttle > 0 {
        d.mail_throttle -= 1;
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "1")],
            Json(json!({"error": {"code": "ApplicationThrottled",
                "message": "Application is over its MailboxConcurrency limit."}})),
        )
            .into_response();
    }
    if d.mail_unavailable > 0 {
        d.mail_unavailable -= 1;
        return graph_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "The service is temporarily unavailable.",
        );
    }
    let mailbox = user.to_ascii_lowercase();
    if !d.mailboxes.contains(&mailbox) {
        return graph_error(
            StatusCode::NOT_FOUND,
            "ErrorInvalidUser",
            "The requested user is invalid.",
        );
    }
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if content_type.starts_with("application/json") {
        // The JSON form: documented, but only `x-` headers are accepted.
        let v: Value = match serde_json::from_str(&body) {
            Ok(v) => v,
            Err(_) => {
                return graph_error(StatusCode::BAD_REQUEST, "RequestBodyRead", "Invalid JSON.");
            }
        };
        let m = &v["message"];
        if let Some(h) = m["internetMessageHeaders"].as_array()
            && let Some(bad) = h
                .iter()
                .filter_map(|h| h["name"].as_str())
                .find(|n| !n.to_ascii_lowercase().starts_with("x-"))
        {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "InvalidInternetMessageHeader",
                &format!(
                    "The internet message header name '{bad}' should start with 'x-' or 'X-'."
                ),
            );
        }
        let to = m["toRecipients"][0]["emailAddress"]["address"]
            .as_str()
            .unwrap_or_default();
        d.sent.push(SentMail {
            mailbox,
            headers: vec![
                ("to".into(), to.to_owned()),
                (
                    "subject".into(),
                    m["subject"].as_str().unwrap_or_default().to_owned(),
                ),
            ],
            text: String::new(),
            html: m["body"]["content"].as_str().unwrap_or_default().to_owned(),
        });
        return StatusCode::ACCEPTED.into_response();
    }
    if !content_type.starts_with("text/plain") {
        return graph_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "Content-Type must be application/json or text/plain.",
        );
    }
    let Some(raw) = base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
    else {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "ErrorMimeContentInvalidBase64String",
            "Invalid base64 string for MIME content.",
        );
    };
    let (headers, text, html) = match read_mime(&raw) {
        Ok(m) => m,
        Err(e) => return graph_error(StatusCode::BAD_REQUEST, "ErrorMimeContentInvalid", &e),
    };
    let from = headers
        .iter()
        .find(|(n, _)| n == "from")
        .map(|(_, v)| v.to_ascii_lowercase())
        .unwrap_or_default();
    // Exchange sends as the mailbox in the path: a From naming another would need SendAs.
    if !from.contains(&mailbox) {
        return graph_error(
            StatusCode::FORBIDDEN,
            "ErrorSendAsDenied",
            "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.",
        );
    }
    d.sent.push(SentMail {
        mailbox,
        headers,
        text,
        html,
    });
    StatusCode::ACCEPTED.into_response()
}

/// `GET /users?$select=id&$expand=manager($select=mail,userPrincipalName)` (graph-contracts
/// §3.3): every user, with `manager` when they have one; `User.Read.All` needed.
async fn users_with_managers(
    State(f): State<Fake>,
    headers: HeaderMap,
    uri: Uri,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = guard(&f, &headers, &uri, "User.Read.All") {
        return *r;
    }
    let d = f.dir.lock().unwrap();
    if q.get("$expand").is_none_or(|e| !e.starts_with("manager")) {
        return graph_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "This fake serves $expand=manager only.",
        );
    }
    let mut ids: Vec<&String> = d.users.keys().collect();
    ids.sort();
    let item = |i: usize| {
        let id = ids[i];
        let mut v = json!({"id": id});
        if let Some(m) = d.managers.get(id).and_then(|m| d.users.get(m)) {
            v["manager"] = json!({"@odata.type": "#microsoft.graph.user", "id": m["id"],
                "mail": m["mail"], "userPrincipalName": m["userPrincipalName"]});
        }
        v
    };
    page(
        &d,
        &uri,
        &q,
        ids.len(),
        item,
        "https://graph.microsoft.com/v1.0/$metadata#users(id,manager(mail,userPrincipalName))",
    )
}
