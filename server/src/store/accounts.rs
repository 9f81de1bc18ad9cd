//! Admin accounts, their roles per tenant and their sessions. Only hashes are stored: the
//! password's Argon2id PHC string and the SHA-256 of each session id.

use super::{Db, now_ms};
use crate::error::ServerError;
use app::domain::tenant::Role;

/// Creates the account (or sets the password hash of an existing one), gives it `role` in the
/// tenant and ends every session it had, in one transaction.
pub async fn upsert_admin(
    db: &Db,
    email: &str,
    password_hash: &str,
    tenant_id: i64,
    role: Role,
) -> Result<i64, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO admin_account (email, password_hash, created_at_ms) VALUES ($1, $2, $3) \
         ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO admin_role (account_id, tenant_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, tenant_id) DO UPDATE SET role = excluded.role",
    )
    .bind(id)
    .bind(tenant_id)
    .bind(role.id())
    .execute(&mut *tx)
    .await?;
    // A new password ends every session the account had.
    sqlx::query("DELETE FROM admin_session WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// The account with this (normalised) email: its id and password hash.
pub async fn password_of(db: &Db, email: &str) -> Result<Option<(i64, String)>, ServerError> {
    Ok(
        sqlx::query_as("SELECT id, password_hash FROM admin_account WHERE email = $1")
            .bind(email)
            .fetch_optional(db)
            .await?,
    )
}

/// Stores a new session (by the hash of its id), after dropping every expired one.
pub async fn open_session(
    db: &Db,
    id_hash: &str,
    account_id: i64,
    csrf_token: &str,
    now: i64,
    expires_at_ms: i64,
) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM admin_session WHERE expires_at_ms < $1")
        .bind(now)
        .execute(db)
        .await?;
    sqlx::query(
        "INSERT INTO admin_session (id_hash, account_id, csrf_token, created_at_ms, expires_at_ms) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id_hash)
    .bind(account_id)
    .bind(csrf_token)
    .bind(now)
    .bind(expires_at_ms)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn close_session(db: &Db, id_hash: &str) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM admin_session WHERE id_hash = $1")
        .bind(id_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// A live session's account: (account id, email, CSRF token).
pub async fn session(db: &Db, id_hash: &str) -> Result<Option<(i64, String, String)>, ServerError> {
    Ok(sqlx::query_as(
        "SELECT s.account_id, a.email, s.csrf_token FROM admin_session s \
         JOIN admin_account a ON a.id = s.account_id \
         WHERE s.id_hash = $1 AND s.expires_at_ms > $2",
    )
    .bind(id_hash)
    .bind(now_ms())
    .fetch_optional(db)
    .await?)
}

/// The account's role in the tenant, if it has one.
pub async fn role(db: &Db, account_id: i64, tenant_id: i64) -> Result<Option<Role>, ServerError> {
    let role: Option<String> =
        sqlx::query_scalar("SELECT role FROM admin_role WHERE account_id = $1 AND tenant_id = $2")
            .bind(account_id)
            .bind(tenant_id)
            .fetch_optional(db)
            .await?;
    Ok(role.as_deref().and_then(Role::from_id))
}

/// The tenants the account has a role in: (slug, name, role), by name.
pub async fn tenants(db: &Db, account_id: i64) -> Result<Vec<(String, String, Role)>, ServerError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT t.slug, t.name, r.role FROM admin_role r JOIN tenant t ON t.id = r.tenant_id \
         WHERE r.account_id = $1 ORDER BY t.name",
    )
    .bind(account_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, n, r)| Role::from_id(&r).map(|r| (s, n, r)))
        .collect())
}
