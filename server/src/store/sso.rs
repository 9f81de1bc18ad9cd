//! Console sign-in with Entra ID: each tenant's app registration and the sign-ins in progress.

use super::{Db, flag, now_ms};
use crate::error::ServerError;
use app::domain::console::RoleNames;
use sqlx::Row;

/// A tenant's console sign-in settings. `credential` is sealed; `None` means the Entra
/// connection's credential.
#[derive(Debug, Clone)]
pub struct Sso {
    pub tenant_id: i64,
    pub entra_tenant_id: String,
    pub client_id: String,
    pub credential_kind: Option<String>,
    pub credential: Option<String>,
    pub role_names: RoleNames,
    pub entra_only: bool,
}

const COLUMNS: &str = "tenant_id, entra_tenant_id, client_id, credential_kind, credential, \
     role_owner, role_admin, role_helpdesk, CASE WHEN entra_only THEN 1 ELSE 0 END AS entra_only";

fn from_row(r: &super::DbRow) -> Result<Sso, sqlx::Error> {
    Ok(Sso {
        tenant_id: r.try_get("tenant_id")?,
        entra_tenant_id: r.try_get("entra_tenant_id")?,
        client_id: r.try_get("client_id")?,
        credential_kind: r.try_get("credential_kind")?,
        credential: r.try_get("credential")?,
        role_names: RoleNames {
            owner: r.try_get("role_owner")?,
            admin: r.try_get("role_admin")?,
            helpdesk: r.try_get("role_helpdesk")?,
        },
        entra_only: flag(r, "entra_only")?,
    })
}

pub async fn get(db: &Db, tenant_id: i64) -> Result<Option<Sso>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM tenant_sso WHERE tenant_id = $1"
    ))
    .bind(tenant_id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// The tenant here that an Entra tenant id maps to.
pub async fn tenant_of(db: &Db, entra_tenant_id: &str) -> Result<Option<i64>, ServerError> {
    Ok(
        sqlx::query_scalar("SELECT tenant_id FROM tenant_sso WHERE entra_tenant_id = $1")
            .bind(entra_tenant_id)
            .fetch_optional(db)
            .await?,
    )
}

/// Stores the settings (keeping "Entra sign-in only" as it was). A conflict names the other
/// tenant's use of the same Entra tenant.
pub async fn save(db: &Db, s: &Sso) -> Result<(), ServerError> {
    if let Some(other) = tenant_of(db, &s.entra_tenant_id).await?
        && other != s.tenant_id
    {
        return Err(ServerError::Conflict(
            "another tenant here already signs in with this Entra tenant".into(),
        ));
    }
    sqlx::query(
        "INSERT INTO tenant_sso (tenant_id, entra_tenant_id, client_id, credential_kind, \
         credential, role_owner, role_admin, role_helpdesk, updated_at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant_id) DO UPDATE SET \
         entra_tenant_id = excluded.entra_tenant_id, client_id = excluded.client_id, \
         credential_kind = excluded.credential_kind, credential = excluded.credential, \
         role_owner = excluded.role_owner, role_admin = excluded.role_admin, \
         role_helpdesk = excluded.role_helpdesk, updated_at_ms = excluded.updated_at_ms",
    )
    .bind(s.tenant_id)
    .bind(&s.entra_tenant_id)
    .bind(&s.client_id)
    .bind(&s.credential_kind)
    .bind(&s.credential)
    .bind(&s.role_names.owner)
    .bind(&s.role_names.admin)
    .bind(&s.role_names.helpdesk)
    .bind(now_ms())
    .execute(db)
    .await?;
    Ok(())
}

pub async fn reseal(db: &Db, tenant_id: i64, credential: &str) -> Result<(), ServerError> {
    sqlx::query("UPDATE tenant_sso SET credential = $1 WHERE tenant_id = $2")
        .bind(credential)
        .bind(tenant_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Sets "Entra sign-in only"; false when the tenant has no sign-in settings.
pub async fn set_entra_only(db: &Db, tenant_id: i64, on: bool) -> Result<bool, ServerError> {
    Ok(sqlx::query(
        "UPDATE tenant_sso SET entra_only = $1, updated_at_ms = $2 WHERE tenant_id = $3",
    )
    .bind(on)
    .bind(now_ms())
    .bind(tenant_id)
    .execute(db)
    .await?
    .rows_affected()
        > 0)
}

/// A sign-in in progress.
#[derive(Debug, Clone)]
pub struct Pending {
    pub browser_hash: String,
    pub tenant_id: i64,
    pub nonce: String,
    pub pkce_verifier: String,
}

pub async fn start(
    db: &Db,
    state_hash: &str,
    p: &Pending,
    expires_at_ms: i64,
) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM sso_login WHERE expires_at_ms < $1")
        .bind(now_ms())
        .execute(db)
        .await?;
    sqlx::query(
        "INSERT INTO sso_login (state_hash, browser_hash, tenant_id, nonce, pkce_verifier, \
         expires_at_ms) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(state_hash)
    .bind(&p.browser_hash)
    .bind(p.tenant_id)
    .bind(&p.nonce)
    .bind(&p.pkce_verifier)
    .bind(expires_at_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Takes the live sign-in with this state: a state is answered once.
pub async fn take(db: &Db, state_hash: &str) -> Result<Option<Pending>, ServerError> {
    let row: Option<(String, i64, String, String)> = sqlx::query_as(
        "DELETE FROM sso_login WHERE state_hash = $1 AND expires_at_ms > $2 \
         RETURNING browser_hash, tenant_id, nonce, pkce_verifier",
    )
    .bind(state_hash)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    Ok(
        row.map(|(browser_hash, tenant_id, nonce, pkce_verifier)| Pending {
            browser_hash,
            tenant_id,
            nonce,
            pkce_verifier,
        }),
    )
}
