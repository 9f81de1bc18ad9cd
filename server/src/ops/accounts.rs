//! Admin accounts: creating one (the command line), signing in and out (the console).
//!
//! - Passwords are stored as Argon2id PHC strings. A failed lookup still runs one hash, so the
//!   response time does not tell which addresses have accounts.
//! - A session is a random 256-bit id; the database keeps only its SHA-256. Every sign-in
//!   makes a new session, so a planted id is never promoted.

use crate::error::ServerError;
use crate::store::{Db, accounts, now_ms, tenants};
use app::domain::branding::is_plausible_email;
use app::domain::console::Method;
use app::domain::tenant::Role;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_HOURS: i64 = 8;
pub const MIN_PASSWORD: usize = 12;

pub fn hash_password(password: &str) -> Result<String, ServerError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| ServerError::Internal(format!("hashing the password failed: {e}")))
}

fn verify_password(hash: &str, password: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

pub(crate) fn random_token() -> String {
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

/// What the database keeps of a session id.
pub fn session_digest(session_id: &str) -> String {
    B64.encode(Sha256::digest(session_id.as_bytes()))
}

/// A file's SHA-256 in hex, to identify an upload in the audit log without storing it twice.
pub fn digest_bytes(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Creates an account (or sets the password of an existing one) and gives it `role` in the
/// tenant. A new password ends the account's sessions.
pub async fn create_admin(
    db: &Db,
    tenant_slug: &str,
    email: &str,
    password: &str,
    role: Role,
) -> Result<(), ServerError> {
    let email = check_email(email)?;
    check_password(password)?;
    let tenant = tenants::by_slug(db, tenant_slug)
        .await?
        .ok_or_else(|| ServerError::Invalid(format!("no tenant with slug {tenant_slug:?}")))?;
    let hash = hash_password(password)?;
    accounts::upsert_admin(db, &email, &hash, tenant.id, role).await?;
    Ok(())
}

/// Checks the credentials and opens a session: returns the session id for the cookie.
pub async fn login(db: &Db, email: &str, password: &str) -> Result<Option<String>, ServerError> {
    let email = email.trim().to_lowercase();
    // No address has a NUL byte, and PostgreSQL refuses one in a query: no such account.
    let row = if email.contains('\0') {
        None
    } else {
        accounts::password_of(db, &email).await?
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
    .map_err(|e| ServerError::Internal(format!("password check failed: {e}")))?;
    let Some(account) = account.filter(|_| ok) else {
        return Ok(None);
    };
    Ok(Some(open_session(db, account, Method::Password).await?))
}

/// Opens a session for the account, signed in by `method`: returns its id for the cookie.
pub async fn open_session(db: &Db, account: i64, method: Method) -> Result<String, ServerError> {
    let now = now_ms();
    let id = random_token();
    accounts::open_session(
        db,
        &session_digest(&id),
        account,
        &random_token(),
        method,
        now,
        now + SESSION_HOURS * 3_600_000,
    )
    .await?;
    Ok(id)
}

fn check_password(password: &str) -> Result<(), ServerError> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(ServerError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD} characters"
        )));
    }
    Ok(())
}

fn check_email(email: &str) -> Result<String, ServerError> {
    let email = email.trim().to_lowercase();
    if !is_plausible_email(&email) {
        return Err(ServerError::Invalid(format!(
            "{email:?} is not an email address"
        )));
    }
    Ok(email)
}

/// Creates an operator account (or makes an account one, setting its password): operators
/// create tenants in the console.
pub async fn create_operator(db: &Db, email: &str, password: &str) -> Result<String, ServerError> {
    let email = check_email(email)?;
    check_password(password)?;
    let hash = hash_password(password)?;
    accounts::upsert_operator(db, &email, &hash).await?;
    Ok(email)
}

/// What accepting a link invitation did.
#[derive(Debug)]
pub enum Accepted {
    /// A new account with the chosen password, signed in: the session id.
    NewAccount(String),
    /// The address already had an account: it gained the role and keeps its password.
    ExistingAccount,
    /// The invitation is used, revoked or expired.
    NotOpen,
}

/// Accepts a link invitation (the token from its link) with the password the invitee chose.
pub async fn accept_invitation(
    db: &Db,
    token: &str,
    password: &str,
) -> Result<Accepted, ServerError> {
    let Some(inv) = accounts::invitation_by_token(db, &session_digest(token)).await? else {
        return Ok(Accepted::NotOpen);
    };
    check_password(password)?;
    let hash = hash_password(password)?;
    let Some((account, created)) = accounts::accept_link_invitation(db, inv.id, &hash).await?
    else {
        return Ok(Accepted::NotOpen);
    };
    let actor = crate::store::audit::Actor::account(account, &inv.address);
    let after =
        serde_json::json!({ "address": inv.address, "role": inv.role.id(), "kind": "link" });
    crate::store::audit::record(
        db,
        inv.tenant_id,
        &actor,
        "invitation-accepted",
        None,
        Some(after),
    )
    .await?;
    if created {
        Ok(Accepted::NewAccount(
            open_session(db, account, Method::Password).await?,
        ))
    } else {
        Ok(Accepted::ExistingAccount)
    }
}

pub async fn logout(db: &Db, session_id: &str) -> Result<(), ServerError> {
    accounts::close_session(db, &session_digest(session_id)).await
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
}
