use super::*;
use crate::http::ratelimit::RateLimits;
use crate::http::session;
use crate::ops::accounts;
use axum::extract::ConnectInfo;
use std::net::SocketAddr;
use std::sync::Arc;

#[derive(Deserialize)]
pub(super) struct LoginForm {
    email: String,
    password: String,
}

/// Signs in. Attempts are limited per account email (see [`crate::http::ratelimit`]), before the
/// password is checked, so a refused attempt costs no hashing.
pub(super) async fn login(
    State(state): State<AppState>,
    Extension(limits): Extension<Arc<RateLimits>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let address = peer.map(|Extension(ConnectInfo(a))| {
        crate::http::context::client_address(
            a.ip(),
            headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
            &state.trusted_proxies,
        )
    });
    if let Err(wait) = limits.sign_in(&f.email, address) {
        tracing::info!("admin sign-in rate-limited");
        let mut res = super::access::login_refused(
            &state,
            &headers,
            StatusCode::TOO_MANY_REQUESTS,
            f.email,
            Message::new("admin-login-rate-limited"),
        );
        res.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from(crate::http::ratelimit::retry_after_secs(wait)),
        );
        return Ok(res);
    }
    match accounts::login(&state.db, &f.email, &f.password).await? {
        Some(session) => {
            let mut res = see_other("/admin".into());
            super::set_session(&mut res, &state, &session);
            Ok(res)
        }
        None => {
            tracing::info!("admin sign-in failed");
            Ok(super::access::login_refused(
                &state,
                &headers,
                StatusCode::UNAUTHORIZED,
                f.email,
                Message::new("admin-login-failed"),
            ))
        }
    }
}

pub(super) async fn logout(
    State(state): State<AppState>,
    a: Admin,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    a.check_csrf(&f.csrf)?;
    accounts::logout(&state.db, &a.session_id).await?;
    let mut res = see_other("/admin/login".into());
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(state.secure_cookies, "", 0),
    );
    Ok(res)
}
