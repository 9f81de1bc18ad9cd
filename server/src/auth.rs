//! Admin accounts, sessions and CSRF protection.
//!
//! - Passwords are stored as Argon2id PHC strings. A failed lookup still runs one hash, so the
//!   response time does not tell which addresses have accounts.
//! - A session is a random 256-bit id in an `HttpOnly`, `SameSite=Strict` cookie (`__Host-`
//!   prefixed and `Secure` when served over https); the database keeps only its SHA-256. Every
//!   login makes a new session, so a planted id is never promoted.
//! - Every state-changing admin request carries the session's CSRF token in a form field,
//!   compared in constant time, and must not come from another site (`Origin`,
//!   `Sec-Fetch-Site`).

use crate::db::{Db, now_ms};
use crate::error::ServerError;
use crate::state::AppState;
use crate::tenants::{self, Tenant};
use app::domain::branding::is_plausible_email;
use app::domain::tenant::Role;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_HOURS: i64 = 8;
pub const MIN_PASSWORD: usize = 12;

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-pg_admin"
    } else {
        "pg_admin"
    }
}

pub fn hash_password(password: &str) -> Result<String, ServerError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| ServerError::Config(format!("hashing the password failed: {e}")))
}

fn verify_password(hash: &str, password: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    B64.encode(bytes)
}

/// Compares a secret with a submitted value in time that does not depend on where they differ.
/// An empty submission never matches.
pub fn constant_time_eq(secret: &[u8], submitted: &[u8]) -> bool {
    let diff = secret.len() ^ submitted.len()
        | secret
            .iter()
            .zip(submitted.iter().cycle())
            .fold(0usize, |d, (x, y)| d | usize::from(x ^ y));
    diff == 0 && !submitted.is_empty()
}

/// A file's SHA-256 in hex, to identify an upload in the audit log without storing it twice.
pub fn digest_bytes(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn digest(s: &str) -> String {
    B64.encode(Sha256::digest(s.as_bytes()))
}

/// Creates an account (or sets the password of an existing one) and gives it `role` in the
/// tenant. Used by the CLI.
pub async fn create_admin(
    db: &Db,
    tenant_slug: &str,
    email: &str,
    password: &str,
    role: Role,
) -> Result<(), ServerError> {
    let email = email.trim().to_lowercase();
    if !is_plausible_email(&email) {
        return Err(ServerError::Invalid(format!(
            "{email:?} is not an email address"
        )));
    }
    if password.chars().count() < MIN_PASSWORD {
        return Err(ServerError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD} characters"
        )));
    }
    let tenant = tenants::by_slug(db, tenant_slug)
        .await?
        .ok_or_else(|| ServerError::Invalid(format!("no tenant with slug {tenant_slug:?}")))?;
    let hash = hash_password(password)?;
    let mut tx = crate::db::begin_write(db).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO admin_account (email, password_hash, created_at_ms) VALUES ($1, $2, $3) \
         ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash RETURNING id",
    )
    .bind(&email)
    .bind(&hash)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO admin_role (account_id, tenant_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, tenant_id) DO UPDATE SET role = excluded.role",
    )
    .bind(id)
    .bind(tenant.id)
    .bind(role.id())
    .execute(&mut *tx)
    .await?;
    // A new password ends every session the account had.
    sqlx::query("DELETE FROM admin_session WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Checks the credentials and opens a session: returns the cookie value.
pub async fn login(db: &Db, email: &str, password: &str) -> Result<Option<String>, ServerError> {
    let email = email.trim().to_lowercase();
    // No address has a NUL byte, and PostgreSQL refuses one in a query: no such account.
    let row: Option<(i64, String)> = if email.contains('\0') {
        None
    } else {
        sqlx::query_as("SELECT id, password_hash FROM admin_account WHERE email = $1")
            .bind(&email)
            .fetch_optional(db)
            .await?
    };
    let password = password.to_owned();
    let (account, ok) = tokio::task::spawn_blocking(move || match row {
        Some((id, hash)) => (Some(id), verify_password(&hash, &password)),
        None => {
            // Same work as a real check, so timing does not reveal unknown addresses.
            let _ = hash_password(&password);
            (None, false)
        }
    })
    .await
    .map_err(|e| ServerError::Config(format!("password check failed: {e}")))?;
    let Some(account) = account.filter(|_| ok) else {
        return Ok(None);
    };
    let now = now_ms();
    sqlx::query("DELETE FROM admin_session WHERE expires_at_ms < $1")
        .bind(now)
        .execute(db)
        .await?;
    let id = random_token();
    sqlx::query(
        "INSERT INTO admin_session (id_hash, account_id, csrf_token, created_at_ms, expires_at_ms) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(digest(&id))
    .bind(account)
    .bind(random_token())
    .bind(now)
    .bind(now + SESSION_HOURS * 3_600_000)
    .execute(db)
    .await?;
    Ok(Some(id))
}

pub async fn logout(db: &Db, session_id: &str) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM admin_session WHERE id_hash = $1")
        .bind(digest(session_id))
        .execute(db)
        .await?;
    Ok(())
}

pub fn session_cookie(secure: bool, value: &str, max_age_s: i64) -> HeaderValue {
    let name = session_cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age_s}; HttpOnly; SameSite=Strict{secure}"
    ))
    .expect("cookie made of base64url and fixed text")
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A signed-in admin. As an extractor it sends anyone without a live session to the login
/// page.
#[derive(Debug, Clone)]
pub struct Admin {
    pub account_id: i64,
    pub email: String,
    pub csrf: String,
    pub session_id: String,
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let to_login = || Redirect::to("/admin/login").into_response();
        let Some(id) = cookie(&parts.headers, session_cookie_name(state.secure_cookies)) else {
            return Err(to_login());
        };
        let row: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT s.account_id, a.email, s.csrf_token FROM admin_session s \
             JOIN admin_account a ON a.id = s.account_id \
             WHERE s.id_hash = $1 AND s.expires_at_ms > $2",
        )
        .bind(digest(id))
        .bind(now_ms())
        .fetch_optional(&state.db)
        .await
        .map_err(|e| ServerError::from(e).into_response())?;
        let Some((account_id, email, csrf)) = row else {
            return Err(to_login());
        };
        Ok(Admin {
            account_id,
            email,
            csrf,
            session_id: id.to_owned(),
        })
    }
}

impl Admin {
    /// The tenant and this admin's role in it; `NotFound` when there is no such tenant *or* the
    /// admin has no role there, so other tenants' slugs are not even confirmed.
    pub async fn tenant(&self, db: &Db, slug: &str) -> Result<(Tenant, Role), ServerError> {
        let tenant = tenants::by_slug(db, slug)
            .await?
            .ok_or(ServerError::NotFound)?;
        let role: Option<String> = sqlx::query_scalar(
            "SELECT role FROM admin_role WHERE account_id = $1 AND tenant_id = $2",
        )
        .bind(self.account_id)
        .bind(tenant.id)
        .fetch_optional(db)
        .await?;
        let role = role
            .as_deref()
            .and_then(Role::from_id)
            .ok_or(ServerError::NotFound)?;
        Ok((tenant, role))
    }

    /// Like [`Admin::tenant`], but refuses roles that may not change anything.
    pub async fn editable_tenant(
        &self,
        db: &Db,
        slug: &str,
    ) -> Result<(Tenant, Role), ServerError> {
        let (tenant, role) = self.tenant(db, slug).await?;
        if !role.can_edit() {
            return Err(ServerError::Forbidden);
        }
        Ok((tenant, role))
    }

    pub async fn tenants(&self, db: &Db) -> Result<Vec<(String, String, Role)>, ServerError> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT t.slug, t.name, r.role FROM admin_role r JOIN tenant t ON t.id = r.tenant_id \
             WHERE r.account_id = $1 ORDER BY t.name",
        )
        .bind(self.account_id)
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(s, n, r)| Role::from_id(&r).map(|r| (s, n, r)))
            .collect())
    }

    /// Checks a submitted CSRF token against the session's, in constant time.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), ServerError> {
        if constant_time_eq(self.csrf.as_bytes(), submitted.as_bytes()) {
            Ok(())
        } else {
            Err(ServerError::Csrf)
        }
    }
}

/// Refuses state-changing requests that a browser says come from another site. Modern
/// browsers send `Sec-Fetch-Site`, which decides; otherwise `Origin` must name this host.
/// Requests with neither (scripts, old browsers) still need the CSRF token.
pub fn same_origin(headers: &HeaderMap) -> Result<(), ServerError> {
    let get = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(site) = get(HeaderName::from_static("sec-fetch-site")) {
        return match site {
            "same-origin" | "none" => Ok(()),
            _ => Err(ServerError::Csrf),
        };
    }
    if let (Some(origin), Some(host)) = (get(header::ORIGIN), get(header::HOST)) {
        let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
        if origin == "null" || origin_host != host {
            return Err(ServerError::Csrf);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_round_trip() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(&h, "correct horse battery"));
        assert!(!verify_password(&h, "correct horse batterY"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn csrf_compare() {
        let a = Admin {
            account_id: 1,
            email: "a@x.example".into(),
            csrf: "abc".into(),
            session_id: "s".into(),
        };
        assert!(a.check_csrf("abc").is_ok());
        for bad in ["", "abd", "ab", "abcabc"] {
            assert!(a.check_csrf(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cross_site_requests_are_refused() {
        let h = |pairs: &[(&'static str, &'static str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, HeaderValue::from_static(v));
            }
            same_origin(&m)
        };
        assert!(h(&[]).is_ok());
        assert!(
            h(&[
                ("host", "guide.example"),
                ("origin", "https://guide.example")
            ])
            .is_ok()
        );
        assert!(
            h(&[
                ("host", "guide.example"),
                ("origin", "https://evil.example")
            ])
            .is_err()
        );
        assert!(h(&[("origin", "null"), ("host", "guide.example")]).is_err());
        assert!(h(&[("sec-fetch-site", "cross-site")]).is_err());
        assert!(h(&[("sec-fetch-site", "same-origin")]).is_ok());
        assert!(h(&[("sec-fetch-site", "same-origin"), ("origin", "null")]).is_ok());
        assert!(
            h(&[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://guide.example"),
                ("host", "guide.example")
            ])
            .is_err()
        );
    }
}
