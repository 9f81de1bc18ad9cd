//! Getting into the console: "Sign in with Microsoft" (OpenID Connect with the tenant's
//! Entra ID), break-glass passkeys, the account page, and accepting an invitation.

use super::*;
use crate::http::session;
use crate::ops::sso::{self, Finished, SignIn};
use crate::ops::{accounts, passkeys};
use crate::store::accounts as store_accounts;
use app::admin::{AccountView, LoginView, PASSKEY_SCRIPT, PasskeyRow};
use app::components::HeadExtras;
use axum::Json;
use serde_json::json;

/// The cookie that ties a sign-in to the browser that started it. `SameSite=Lax`: the
/// identity platform sends the browser back with a top-level GET from its own site.
const SSO_COOKIE: &str = "pg_sso";

/// Pages with the passkey buttons may run our own scripts (and only those). The sign-in
/// page's form also leads (through our redirect) to the identity platform, which
/// `form-action` must name: `login_origin`.
fn with_script_csp(mut res: Response, login_origin: Option<&str>) -> Response {
    let mut csp = app::security::content_security_policy(None)
        .replace("script-src 'none'", "script-src 'self'");
    if let Some(origin) = login_origin {
        csp = csp.replace(
            "form-action 'self'",
            &format!("form-action 'self' {origin}"),
        );
    }
    if let Ok(v) = HeaderValue::from_str(&csp) {
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    res
}

fn login_page(state: &AppState, headers: &HeaderMap, status: StatusCode, v: LoginView) -> Response {
    let head = HeadExtras {
        script: Some(PASSKEY_SCRIPT),
        ..HeadExtras::default()
    };
    with_script_csp(
        page_with(headers, status, "admin-login-title", head, None, || {
            admin::login_page(v)
        }),
        Some(&state.sign_in.login_origin),
    )
}

#[derive(Deserialize, Default)]
pub(super) struct LoginQuery {
    tenant: Option<String>,
}

pub(super) async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Response {
    let tenant = q.tenant.filter(|t| app::domain::tenant::is_valid_slug(t));
    login_page(
        &state,
        &headers,
        StatusCode::OK,
        LoginView {
            tenant,
            ..LoginView::default()
        },
    )
}

/// The login page again, with a message.
pub(super) fn login_refused(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    email: String,
    message: Message,
) -> Response {
    login_page(
        state,
        headers,
        status,
        LoginView {
            email,
            tenant: None,
            message: Some(message),
        },
    )
}

fn sign_in<'a>(state: &'a AppState, redirect_uri: &'a str) -> SignIn<'a> {
    SignIn {
        db: &state.db,
        oidc: &state.sign_in.oidc,
        entra: &state.entra,
        redirect_uri,
    }
}

fn sso_cookie(secure: bool, value: &str, max_age_s: i64) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SSO_COOKIE}={value}; Path=/admin/sso; Max-Age={max_age_s}; HttpOnly; SameSite=Lax{secure}"
    ))
    .expect("cookie made of base64url and fixed text")
}

#[derive(Deserialize)]
pub(super) struct StartForm {
    tenant: String,
}

/// "Sign in with Microsoft": sends the browser to the tenant's identity platform.
pub(super) async fn sso_start(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<StartForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let slug = f.tenant.trim().to_lowercase();
    let not_set_up = || {
        login_refused(
            &state,
            &headers,
            StatusCode::BAD_REQUEST,
            String::new(),
            Message::new("sso-not-set-up"),
        )
    };
    let Some(tenant) = crate::store::tenants::by_slug(&state.db, &slug).await? else {
        return Ok(not_set_up());
    };
    let browser = sso::browser_secret();
    let redirect_uri = state.sign_in.redirect_uri();
    let url = match sso::start(&sign_in(&state, &redirect_uri), &tenant, &browser).await {
        Ok(Some(url)) => url,
        Ok(None) => return Ok(not_set_up()),
        Err(e) => {
            tracing::warn!(tenant = %tenant.slug, error = %e, "Entra sign-in could not start");
            return Ok(login_refused(
                &state,
                &headers,
                StatusCode::BAD_GATEWAY,
                String::new(),
                Message::new("sso-unavailable"),
            ));
        }
    };
    let mut res = see_other(url);
    res.headers_mut().append(
        header::SET_COOKIE,
        sso_cookie(state.secure_cookies, &browser, 600),
    );
    Ok(res)
}

#[derive(Deserialize)]
pub(super) struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// The identity platform sends the browser back here with a code (or an error).
pub(super) async fn sso_callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<Callback>,
) -> Result<Response, ServerError> {
    let refuse = |status, key: &'static str, args: Vec<(&'static str, String)>| {
        let mut res = login_refused(
            &state,
            &headers,
            status,
            String::new(),
            Message::with(key, args),
        );
        res.headers_mut()
            .append(header::SET_COOKIE, sso_cookie(state.secure_cookies, "", 0));
        res
    };
    if let Some(error) = q.error {
        // Entra's error codes are a short list of words; anything else is not shown.
        let code =
            if error.len() <= 40 && error.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                error
            } else {
                "invalid_request".into()
            };
        return Ok(refuse(
            StatusCode::UNAUTHORIZED,
            "sso-provider-error",
            vec![("code", code)],
        ));
    }
    let (Some(code), Some(st)) = (q.code, q.state) else {
        return Ok(refuse(StatusCode::BAD_REQUEST, "sso-stale", vec![]));
    };
    let browser = session::cookie(&headers, SSO_COOKIE);
    let redirect_uri = state.sign_in.redirect_uri();
    let outcome = sso::finish(&sign_in(&state, &redirect_uri), &st, &code, browser).await?;
    Ok(match outcome {
        Finished::SignedIn { session_id, slug } => {
            let to = format!("/admin/t/{slug}");
            let head = HeadExtras {
                refresh_to: Some(to.clone()),
                ..HeadExtras::default()
            };
            let mut res = page_with(
                &headers,
                StatusCode::OK,
                "sso-signed-in-title",
                head,
                None,
                || admin::signed_in_page(to),
            );
            super::set_session(&mut res, &state, &session_id);
            res.headers_mut()
                .append(header::SET_COOKIE, sso_cookie(state.secure_cookies, "", 0));
            res
        }
        Finished::StaleState => refuse(StatusCode::BAD_REQUEST, "sso-stale", vec![]),
        Finished::Refused(r) => {
            tracing::info!(reason = r.id(), "Entra sign-in refused");
            refuse(
                StatusCode::UNAUTHORIZED,
                "sso-refused",
                vec![("reason", r.id().to_owned())],
            )
        }
        Finished::NoRole { username } => refuse(
            StatusCode::FORBIDDEN,
            "sso-no-role",
            vec![("username", username)],
        ),
        Finished::Removed { username } => refuse(
            StatusCode::FORBIDDEN,
            "sso-removed",
            vec![("username", username)],
        ),
        Finished::AddressTaken { username } => refuse(
            StatusCode::FORBIDDEN,
            "sso-address-taken",
            vec![("username", username)],
        ),
    })
}

fn json_error(status: StatusCode, e: &ServerError) -> Response {
    let message = match e {
        ServerError::Invalid(m) | ServerError::Conflict(m) => m.clone(),
        ServerError::Csrf => e.to_string(),
        _ => "the request failed".into(),
    };
    (status, Json(json!({ "error": message }))).into_response()
}

/// The WebAuthn relying party, or the answer saying why this server has none.
fn relying_party(state: &AppState) -> Result<&webauthn_rs::Webauthn, Box<Response>> {
    state.sign_in.webauthn.as_ref().map_err(|why| {
        Box::new(json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            &ServerError::Invalid(why.clone()),
        ))
    })
}

/// Starts a passkey sign-in (no session yet).
pub(super) async fn passkey_options(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let rp = match relying_party(&state) {
        Ok(rp) => rp,
        Err(res) => return Ok(*res),
    };
    let (ceremony, options) = passkeys::start_sign_in(&state.db, rp).await?;
    Ok(Json(json!({ "ceremony": ceremony, "options": options })).into_response())
}

#[derive(Deserialize)]
pub(super) struct PasskeyAnswer {
    ceremony: String,
    credential: webauthn_rs::prelude::PublicKeyCredential,
}

pub(super) async fn passkey_verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let rp = match relying_party(&state) {
        Ok(rp) => rp,
        Err(res) => return Ok(*res),
    };
    let Ok(answer) = serde_json::from_slice::<PasskeyAnswer>(&body) else {
        return Ok(json_error(
            StatusCode::BAD_REQUEST,
            &ServerError::Invalid("not a passkey answer".into()),
        ));
    };
    match passkeys::finish_sign_in(&state.db, rp, &answer.ceremony, &answer.credential).await? {
        Some(session_id) => {
            let mut res = Json(json!({ "redirect": "/admin" })).into_response();
            super::set_session(&mut res, &state, &session_id);
            Ok(res)
        }
        None => {
            tracing::info!("passkey sign-in refused");
            Ok(json_error(
                StatusCode::UNAUTHORIZED,
                &ServerError::Invalid("this passkey does not open the console".into()),
            ))
        }
    }
}

#[derive(Deserialize, Default)]
pub(super) struct AccountQuery {
    saved: Option<String>,
}

/// The signed-in person's account: how they signed in, and their passkeys.
pub(super) async fn account(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Query(q): Query<AccountQuery>,
) -> Result<Response, ServerError> {
    let (email, has_password) = store_accounts::account(&state.db, a.account_id)
        .await?
        .ok_or(ServerError::NotFound)?;
    let passkeys = store_accounts::passkeys(&state.db, a.account_id)
        .await?
        .into_iter()
        .map(|p| PasskeyRow {
            id: p.id,
            name: p.name,
            created: utc(p.created_at_ms),
            last_used: p.last_used_at_ms.map(utc),
        })
        .collect();
    let message = match q.saved.as_deref() {
        Some("added") => Some(Message::new("passkey-added")),
        Some("removed") => Some(Message::new("passkey-removed")),
        _ => None,
    };
    let v = AccountView {
        email,
        csrf: a.csrf.clone(),
        method: a.method.id(),
        has_password,
        passkeys,
        passkeys_unavailable: state.sign_in.webauthn.as_ref().err().cloned(),
        message,
    };
    let head = HeadExtras {
        script: Some(PASSKEY_SCRIPT),
        ..HeadExtras::default()
    };
    Ok(with_script_csp(
        page_with(
            &headers,
            StatusCode::OK,
            "account-title",
            head,
            Some(frame(&a, None)),
            || admin::account_page(v),
        ),
        None,
    ))
}

#[derive(Deserialize)]
pub(super) struct CsrfJson {
    csrf: String,
}

pub(super) async fn register_options(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ServerError> {
    let Ok(f) = serde_json::from_slice::<CsrfJson>(&body) else {
        return Ok(json_error(StatusCode::BAD_REQUEST, &ServerError::Csrf));
    };
    a.check_form(&headers, &f.csrf)?;
    let rp = match relying_party(&state) {
        Ok(rp) => rp,
        Err(res) => return Ok(*res),
    };
    match passkeys::start_registration(&state.db, rp, a.account_id, &a.email).await {
        Ok((ceremony, options)) => {
            Ok(Json(json!({ "ceremony": ceremony, "options": options })).into_response())
        }
        Err(e @ ServerError::Invalid(_)) => Ok(json_error(StatusCode::BAD_REQUEST, &e)),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub(super) struct Registration {
    csrf: String,
    ceremony: String,
    name: String,
    credential: webauthn_rs::prelude::RegisterPublicKeyCredential,
}

pub(super) async fn register(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ServerError> {
    let Ok(f) = serde_json::from_slice::<Registration>(&body) else {
        return Ok(json_error(
            StatusCode::BAD_REQUEST,
            &ServerError::Invalid("not a passkey registration".into()),
        ));
    };
    a.check_form(&headers, &f.csrf)?;
    let rp = match relying_party(&state) {
        Ok(rp) => rp,
        Err(res) => return Ok(*res),
    };
    match passkeys::finish_registration(
        &state.db,
        rp,
        &a.actor(),
        &f.ceremony,
        &f.name,
        &f.credential,
    )
    .await
    {
        Ok(()) => Ok(Json(json!({ "redirect": "/admin/account?saved=added" })).into_response()),
        Err(e @ (ServerError::Invalid(_) | ServerError::Conflict(_))) => {
            Ok(json_error(StatusCode::BAD_REQUEST, &e))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn remove_passkey(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    if !passkeys::remove(&state.db, &a.actor(), id).await? {
        return Err(ServerError::NotFound);
    }
    Ok(see_other("/admin/account?saved=removed".into()))
}

/// An invitation link: choose a password (a new account) or learn that the role was added.
pub(super) async fn invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, ServerError> {
    invitation_form(&state, &headers, &token, StatusCode::OK, None).await
}

async fn invitation_form(
    state: &AppState,
    headers: &HeaderMap,
    token: &str,
    status: StatusCode,
    error: Option<Message>,
) -> Result<Response, ServerError> {
    let inv = store_accounts::invitation_by_token(&state.db, &accounts::session_digest(token))
        .await?
        .filter(|i| {
            app::domain::console::InvitationState::of(
                i.expires_at_ms,
                i.accepted,
                i.revoked,
                crate::store::now_ms(),
            ) == app::domain::console::InvitationState::Open
        });
    let Some(inv) = inv else {
        return Ok(page(
            headers,
            StatusCode::GONE,
            "invitation-accept-title",
            None,
            None,
            || admin::error_page(Message::new("invitation-not-open")),
        ));
    };
    let tenant = crate::store::tenants::by_id(&state.db, inv.tenant_id)
        .await?
        .ok_or(ServerError::NotFound)?;
    let action = format!("/admin/invite/{token}");
    Ok(page(
        headers,
        status,
        "invitation-accept-title",
        None,
        None,
        || admin::invitation_page(action, inv.address, tenant.name, inv.role, error),
    ))
}

#[derive(Deserialize)]
pub(super) struct AcceptForm {
    password: String,
}

pub(super) async fn accept_invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    match accounts::accept_invitation(&state.db, &token, &f.password).await {
        Ok(accounts::Accepted::NewAccount(session_id)) => {
            let mut res = see_other("/admin".into());
            super::set_session(&mut res, &state, &session_id);
            Ok(res)
        }
        Ok(accounts::Accepted::ExistingAccount) => Ok(login_refused(
            &state,
            &headers,
            StatusCode::OK,
            String::new(),
            Message::new("invitation-accepted-existing"),
        )),
        Ok(accounts::Accepted::NotOpen) => {
            invitation_form(&state, &headers, &token, StatusCode::GONE, None).await
        }
        Err(ServerError::Invalid(_)) => {
            invitation_form(
                &state,
                &headers,
                &token,
                StatusCode::BAD_REQUEST,
                Some(Message::with(
                    "invitation-password-short",
                    vec![("min", accounts::MIN_PASSWORD.to_string())],
                )),
            )
            .await
        }
        Err(e) => Err(e),
    }
}
