//! A local OpenID provider standing in for the Microsoft identity platform's v2.0 endpoints
//! (graph-contracts §2): discovery, JWKS, `/authorize` (which signs the configured user in at
//! once and sends the browser back with a code) and the token endpoint's authorization-code
//! grant, which checks the client (secret or PS256 assertion), the redirect URI and the PKCE
//! verifier, and answers an RS256 ID token it really signs. `Tamper` makes the token wrong in
//! one way at a time, for the refusal tests.
#![allow(dead_code)]

use super::graph::{now_s, sign_with, verified};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::signature::{self, RsaKeyPair};
use rustls_pki_types::PrivateKeyDer;
use rustls_pki_types::pem::PemObject;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
pub const OTHER_TENANT: &str = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
pub const CLIENT_ID: &str = "a3c1e5f0-7b2d-4c8e-9f10-2b3c4d5e6f70";
pub const SECRET: &str = "console~s3cret";

/// One way to get the ID token wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tamper {
    None,
    /// Signed with another key under the published key id.
    BadSignature,
    /// Signed with a key id the JWKS does not publish.
    UnknownKid,
    /// `tid` (and the issuer) of another Entra tenant.
    OtherTenant,
    WrongAudience,
    WrongIssuer,
    Expired,
    WrongNonce,
    /// `alg: none`, no signature.
    AlgNone,
    /// HS256 with the client secret as the key.
    Hs256,
}

pub struct Provider {
    pub base: String,
    /// Who `/authorize` signs in next: `oid`, `preferred_username`, `name`, `roles`.
    pub user: Value,
    pub tamper: Tamper,
    /// Publish the second key too, and sign with it (a key rotation).
    pub rotated: bool,
    pub jwks_reads: u32,
    /// Client authentications seen at the token endpoint: "secret" or "assertion".
    pub client_auth: Vec<&'static str>,
    codes: HashMap<String, (String, String, String)>,
}

pub type Shared = Arc<Mutex<Provider>>;

#[derive(Clone)]
struct Idp {
    p: Shared,
    key: Arc<RsaKeyPair>,
    other: Arc<RsaKeyPair>,
    app_public: Arc<Vec<u8>>,
}

fn jwk(key: &RsaKeyPair, kid: &str) -> Value {
    let c: ring::rsa::PublicKeyComponents<Vec<u8>> = key.public().into();
    json!({"kty": "RSA", "use": "sig", "kid": kid, "n": B64.encode(&c.n), "e": B64.encode(&c.e)})
}

fn issuer(base: &str, tid: &str) -> String {
    format!("{base}/{tid}/v2.0")
}

async fn discovery(State(s): State<Idp>, Path(tid): Path<String>) -> Response {
    let base = s.p.lock().unwrap().base.clone();
    Json(json!({
        "issuer": issuer(&base, &tid),
        "authorization_endpoint": format!("{base}/{tid}/oauth2/v2.0/authorize"),
        "token_endpoint": format!("{base}/{tid}/oauth2/v2.0/token"),
        "jwks_uri": format!("{base}/{tid}/discovery/v2.0/keys"),
        "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
        "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
        "response_modes_supported": ["query", "fragment", "form_post"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        "scopes_supported": ["openid", "profile", "email", "offline_access"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "nonce", "tid", "oid", "preferred_username", "name", "roles"],
    }))
    .into_response()
}

async fn keys(State(s): State<Idp>) -> Response {
    let mut p = s.p.lock().unwrap();
    p.jwks_reads += 1;
    let mut keys = vec![jwk(&s.key, "local-1")];
    if p.rotated {
        keys.push(jwk(&s.other, "rotated-1"));
    }
    Json(json!({ "keys": keys })).into_response()
}

async fn authorize(
    State(s): State<Idp>,
    Path(tid): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let ok = tid == TENANT
        && get("client_id") == CLIENT_ID
        && get("response_type") == "code"
        && get("scope").split(' ').any(|s| s == "openid")
        && get("code_challenge_method") == "S256"
        && !get("code_challenge").is_empty()
        && !get("state").is_empty()
        && !get("nonce").is_empty();
    if !ok {
        return (StatusCode::BAD_REQUEST, "AADSTS900144: invalid request").into_response();
    }
    let code = format!("code-{}", B64.encode(rand_bytes()));
    s.p.lock().unwrap().codes.insert(
        code.clone(),
        (get("nonce"), get("code_challenge"), get("redirect_uri")),
    );
    let to = format!(
        "{}?code={}&state={}",
        get("redirect_uri"),
        code,
        url_encode(&get("state"))
    );
    (StatusCode::FOUND, [(header::LOCATION, to)]).into_response()
}

fn rand_bytes() -> [u8; 16] {
    let mut b = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
    b
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn token(
    State(s): State<Idp>,
    Path(tid): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let refuse = |code: &str, description: &str| {
        (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": code, "error_description": description, "error_codes": [70008]})),
        )
            .into_response()
    };
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    let base = s.p.lock().unwrap().base.clone();
    let token_url = format!("{base}/{tid}/oauth2/v2.0/token");
    if get("grant_type") != "authorization_code" || get("client_id") != CLIENT_ID {
        return refuse("invalid_request", "AADSTS900144: not this app");
    }
    let auth = if form.contains_key("client_assertion") {
        let c = verified(
            &get("client_assertion"),
            &s.app_public,
            &signature::RSA_PSS_2048_8192_SHA256,
        );
        let ok = get("client_assertion_type")
            == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            && c.as_ref().is_some_and(|c| {
                c["aud"] == token_url.as_str() && c["iss"] == CLIENT_ID && c["sub"] == CLIENT_ID
            });
        if !ok {
            return refuse("invalid_client", "AADSTS700027: bad client assertion");
        }
        "assertion"
    } else if get("client_secret") == SECRET {
        "secret"
    } else {
        return refuse(
            "invalid_client",
            "AADSTS7000215: Invalid client secret provided.",
        );
    };
    let mut p = s.p.lock().unwrap();
    let Some((nonce, challenge, redirect)) = p.codes.remove(&get("code")) else {
        return refuse(
            "invalid_grant",
            "AADSTS70008: The provided authorization code or refresh token has expired.",
        );
    };
    let verifier_hash = B64.encode(Sha256::digest(get("code_verifier").as_bytes()));
    if verifier_hash != challenge || redirect != get("redirect_uri") {
        return refuse(
            "invalid_grant",
            "The authorization code or PKCE code verifier is invalid or has expired.",
        );
    }
    p.client_auth.push(auth);
    let t = p.tamper;
    let tid_claim = if t == Tamper::OtherTenant {
        OTHER_TENANT
    } else {
        TENANT
    };
    let mut claims = json!({
        "aud": if t == Tamper::WrongAudience { "00000003-0000-0000-c000-000000000000" } else { CLIENT_ID },
        "iss": if t == Tamper::WrongIssuer { format!("https://sts.windows.net/{TENANT}/") } else { issuer(&base, TENANT) },
        "iat": now_s() - 5,
        "nbf": now_s() - 5,
        "exp": if t == Tamper::Expired { now_s() - 600 } else { now_s() + 3600 },
        "nonce": if t == Tamper::WrongNonce { "another-sign-in".to_owned() } else { nonce },
        "tid": tid_claim,
        "sub": "pairwise-subject",
        "ver": "2.0",
    });
    for (k, v) in p.user.as_object().unwrap() {
        claims[k] = v.clone();
    }
    let id_token = match t {
        Tamper::BadSignature => sign_with(&s.other, "local-1", &claims),
        Tamper::UnknownKid => sign_with(&s.other, "never-published", &claims),
        Tamper::AlgNone => format!(
            "{}.{}.",
            B64.encode(json!({"typ": "JWT", "alg": "none"}).to_string()),
            B64.encode(claims.to_string())
        ),
        Tamper::Hs256 => {
            let input = format!(
                "{}.{}",
                B64.encode(json!({"typ": "JWT", "alg": "HS256", "kid": "local-1"}).to_string()),
                B64.encode(claims.to_string())
            );
            let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, SECRET.as_bytes());
            let tag = ring::hmac::sign(&key, input.as_bytes());
            format!("{input}.{}", B64.encode(tag.as_ref()))
        }
        _ if p.rotated => sign_with(&s.other, "rotated-1", &claims),
        _ => sign_with(&s.key, "local-1", &claims),
    };
    Json(json!({
        "token_type": "Bearer", "expires_in": 3599, "scope": "openid profile email",
        "access_token": sign_with(&s.key, "local-1", &json!({"aud": "00000003-0000-0000-c000-000000000000"})),
        "id_token": id_token,
    }))
    .into_response()
}

/// A user as the ID token names them.
pub fn user(oid: &str, upn: &str, roles: &[&str]) -> Value {
    json!({"oid": oid, "preferred_username": upn, "name": format!("Name of {upn}"), "roles": roles})
}

/// Starts the provider on loopback.
pub async fn start() -> (Shared, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let p = Arc::new(Mutex::new(Provider {
        base: base.clone(),
        user: user(
            "11111111-1111-4111-8111-111111111111",
            "ada@contoso.example",
            &["Owner"],
        ),
        tamper: Tamper::None,
        rotated: false,
        jwks_reads: 0,
        client_auth: Vec::new(),
        codes: HashMap::new(),
    }));
    let key = RsaKeyPair::from_pkcs8(include_bytes!("../fixtures/local-idp-key.pk8")).unwrap();
    let other =
        match PrivateKeyDer::from_pem_slice(include_bytes!("../fixtures/graph-app.pem")).unwrap() {
            PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()).unwrap(),
            PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()).unwrap(),
            _ => panic!("an RSA key"),
        };
    let idp = Idp {
        p: p.clone(),
        key: Arc::new(key),
        other: Arc::new(other),
        app_public: Arc::new(include_bytes!("../fixtures/graph-app-public.der").to_vec()),
    };
    let app = Router::new()
        .route(
            "/{tid}/v2.0/.well-known/openid-configuration",
            get(discovery),
        )
        .route("/{tid}/discovery/v2.0/keys", get(keys))
        .route("/{tid}/oauth2/v2.0/authorize", get(authorize))
        .route("/{tid}/oauth2/v2.0/token", post(token))
        .with_state(idp);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (p, base)
}
