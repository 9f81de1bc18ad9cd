//! Admin accounts, their roles per tenant and their sessions. Only hashes are stored: the
//! password's Argon2id PHC string and the SHA-256 of each session id.

use super::{Db, flag, now_ms};
use crate::error::ServerError;
use app::domain::console::{Method, Standing};
use app::domain::tenant::Role;
use sqlx::Row;

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
    grant_in(&mut tx, id, tenant_id, role, "console").await?;
    // A new password ends every session the account had.
    end_sessions_in(&mut tx, id).await?;
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

/// Gives the account `role` in the tenant (`source`: "console" or "entra"), lifting an
/// owner's removal.
async fn grant_in(
    tx: &mut super::Tx,
    account_id: i64,
    tenant_id: i64,
    role: Role,
    source: &str,
) -> Result<(), ServerError> {
    sqlx::query(
        "INSERT INTO admin_role (account_id, tenant_id, role, source) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id, tenant_id) DO UPDATE SET role = excluded.role, \
         source = excluded.source, removed_at_ms = NULL",
    )
    .bind(account_id)
    .bind(tenant_id)
    .bind(role.id())
    .bind(source)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stores a new session (by the hash of its id), after dropping every expired one.
#[allow(clippy::too_many_arguments)]
pub async fn open_session(
    db: &Db,
    id_hash: &str,
    account_id: i64,
    csrf_token: &str,
    method: Method,
    now: i64,
    expires_at_ms: i64,
) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM admin_session WHERE expires_at_ms < $1")
        .bind(now)
        .execute(db)
        .await?;
    sqlx::query(
        "INSERT INTO admin_session (id_hash, account_id, csrf_token, method, created_at_ms, \
         expires_at_ms) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id_hash)
    .bind(account_id)
    .bind(csrf_token)
    .bind(method.id())
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

async fn end_sessions_in(tx: &mut super::Tx, account_id: i64) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM admin_session WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A live session.
#[derive(Debug, Clone)]
pub struct Session {
    pub account_id: i64,
    pub email: String,
    pub csrf: String,
    pub method: Method,
    pub operator: bool,
}

pub async fn session(db: &Db, id_hash: &str) -> Result<Option<Session>, ServerError> {
    let row = sqlx::query(
        "SELECT s.account_id, a.email, s.csrf_token, s.method, \
         CASE WHEN a.operator THEN 1 ELSE 0 END AS operator FROM admin_session s \
         JOIN admin_account a ON a.id = s.account_id \
         WHERE s.id_hash = $1 AND s.expires_at_ms > $2",
    )
    .bind(id_hash)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let method: String = r.try_get("method")?;
    Ok(Some(Session {
        account_id: r.try_get("account_id")?,
        email: r.try_get("email")?,
        csrf: r.try_get("csrf_token")?,
        // A method this version does not know opens nothing a password could not.
        method: Method::from_id(&method).unwrap_or(Method::Password),
        operator: flag(&r, "operator")?,
    }))
}

/// The account's role in the tenant, if it has one (and an owner did not remove it).
pub async fn role(db: &Db, account_id: i64, tenant_id: i64) -> Result<Option<Role>, ServerError> {
    Ok(match standing(db, account_id, tenant_id).await? {
        Standing::Console(r) | Standing::Entra(r) => Some(r),
        Standing::None | Standing::Removed => None,
    })
}

/// What the console knows of the account in the tenant.
pub async fn standing(db: &Db, account_id: i64, tenant_id: i64) -> Result<Standing, ServerError> {
    Ok(access(db, account_id, tenant_id).await?.0)
}

/// The account's standing in the tenant and whether the tenant accepts Entra sign-in only:
/// one query, made on every console request.
pub async fn access(
    db: &Db,
    account_id: i64,
    tenant_id: i64,
) -> Result<(Standing, bool), ServerError> {
    let row: Option<(String, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT r.role, r.source, r.removed_at_ms, \
         CASE WHEN s.entra_only THEN 1 ELSE 0 END FROM admin_role r \
         LEFT JOIN tenant_sso s ON s.tenant_id = r.tenant_id \
         WHERE r.account_id = $1 AND r.tenant_id = $2",
    )
    .bind(account_id)
    .bind(tenant_id)
    .fetch_optional(db)
    .await?;
    Ok(match row {
        None => (Standing::None, false),
        Some((_, _, Some(_), entra_only)) => (Standing::Removed, entra_only == 1),
        Some((role, source, None, entra_only)) => (
            match Role::from_id(&role) {
                None => Standing::None,
                Some(r) if source == "entra" => Standing::Entra(r),
                Some(r) => Standing::Console(r),
            },
            entra_only == 1,
        ),
    })
}

/// The account of an Entra user: by tenant and object id, else (when `link_by_address`) the
/// account with their UPN as its email (an invited or break-glass account becomes theirs),
/// else a new one without a password. `None`: the address is another account's and may not
/// be linked.
pub async fn entra_account(
    db: &Db,
    entra_tenant_id: &str,
    object_id: &str,
    upn: &str,
    display_name: Option<&str>,
    link_by_address: bool,
) -> Result<Option<i64>, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let known: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM admin_account WHERE entra_tenant_id = $1 AND entra_object_id = $2",
    )
    .bind(entra_tenant_id)
    .bind(object_id)
    .fetch_optional(&mut *tx)
    .await?;
    let id = match known {
        Some(id) => {
            sqlx::query("UPDATE admin_account SET display_name = $1 WHERE id = $2")
                .bind(display_name)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            id
        }
        None => {
            // An empty hash verifies no password: the account signs in with Entra only.
            let on_conflict = if link_by_address {
                "DO UPDATE SET entra_tenant_id = excluded.entra_tenant_id, \
                 entra_object_id = excluded.entra_object_id, display_name = excluded.display_name"
            } else {
                "DO NOTHING"
            };
            let created: Option<i64> = sqlx::query_scalar(&format!(
                "INSERT INTO admin_account (email, password_hash, created_at_ms, \
                 entra_tenant_id, entra_object_id, display_name) VALUES ($1, '', $2, $3, $4, $5) \
                 ON CONFLICT (email) {on_conflict} RETURNING id"
            ))
            .bind(upn)
            .bind(now_ms())
            .bind(entra_tenant_id)
            .bind(object_id)
            .bind(display_name)
            .fetch_optional(&mut *tx)
            .await?;
            match created {
                Some(id) => id,
                None => return Ok(None),
            }
        }
    };
    tx.commit().await?;
    Ok(Some(id))
}

/// Records the role an Entra sign-in gave (`from_entra`) or a console grant it used, and
/// accepts the open Entra invitation of the address when `accept` is set: one transaction.
pub async fn admit_entra(
    db: &Db,
    account_id: i64,
    tenant_id: i64,
    role: Role,
    from_entra: bool,
    accept_invitation_for: Option<&str>,
) -> Result<(), ServerError> {
    let mut tx = super::begin_write(db).await?;
    grant_in(
        &mut tx,
        account_id,
        tenant_id,
        role,
        if from_entra { "entra" } else { "console" },
    )
    .await?;
    if let Some(address) = accept_invitation_for {
        sqlx::query(
            "UPDATE admin_invitation SET accepted_at_ms = $1 WHERE tenant_id = $2 AND address = $3 \
             AND kind = 'entra' AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL \
             AND expires_at_ms > $1",
        )
        .bind(now_ms())
        .bind(tenant_id)
        .bind(address)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Drops a role that came from an Entra app role the person no longer has.
pub async fn drop_entra_role(db: &Db, account_id: i64, tenant_id: i64) -> Result<(), ServerError> {
    sqlx::query(
        "DELETE FROM admin_role WHERE account_id = $1 AND tenant_id = $2 AND source = 'entra' \
         AND removed_at_ms IS NULL",
    )
    .bind(account_id)
    .bind(tenant_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Changes a person's role in the tenant (a console grant from then on). False when they have
/// no role there.
pub async fn change_role(
    db: &Db,
    account_id: i64,
    tenant_id: i64,
    role: Role,
) -> Result<bool, ServerError> {
    Ok(sqlx::query(
        "UPDATE admin_role SET role = $1, source = 'console' WHERE account_id = $2 \
         AND tenant_id = $3 AND removed_at_ms IS NULL",
    )
    .bind(role.id())
    .bind(account_id)
    .bind(tenant_id)
    .execute(db)
    .await?
    .rows_affected()
        > 0)
}

/// Removes a person's access to the tenant and ends all their sessions, everywhere, in one
/// transaction. The role row stays as a marker, so an Entra app role does not bring them back
/// until an owner invites them again. False when they had no access.
pub async fn remove_access(db: &Db, account_id: i64, tenant_id: i64) -> Result<bool, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let removed = sqlx::query(
        "UPDATE admin_role SET removed_at_ms = $1 WHERE account_id = $2 AND tenant_id = $3 \
         AND removed_at_ms IS NULL",
    )
    .bind(now_ms())
    .bind(account_id)
    .bind(tenant_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if removed {
        end_sessions_in(&mut tx, account_id).await?;
    }
    tx.commit().await?;
    Ok(removed)
}

/// Someone with access to a tenant's console (or removed from it), for the People page.
#[derive(Debug, Clone)]
pub struct Person {
    pub account_id: i64,
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
    pub from_entra: bool,
    pub removed: bool,
    pub entra_linked: bool,
    pub has_password: bool,
    pub passkeys: i64,
}

pub async fn people(db: &Db, tenant_id: i64) -> Result<Vec<Person>, ServerError> {
    let rows = sqlx::query(
        "SELECT a.id, a.email, a.display_name, r.role, r.source, \
         CASE WHEN r.removed_at_ms IS NULL THEN 0 ELSE 1 END AS removed, \
         CASE WHEN a.entra_object_id IS NULL THEN 0 ELSE 1 END AS linked, \
         CASE WHEN a.password_hash = '' THEN 0 ELSE 1 END AS has_password, \
         (SELECT COUNT(*) FROM admin_passkey p WHERE p.account_id = a.id) AS passkeys \
         FROM admin_role r JOIN admin_account a ON a.id = r.account_id \
         WHERE r.tenant_id = $1 ORDER BY removed, a.email",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let role: String = r.try_get("role")?;
        let Some(role) = Role::from_id(&role) else {
            continue;
        };
        let source: String = r.try_get("source")?;
        out.push(Person {
            account_id: r.try_get("id")?,
            email: r.try_get("email")?,
            display_name: r.try_get("display_name")?,
            role,
            from_entra: source == "entra",
            removed: flag(&r, "removed")?,
            entra_linked: flag(&r, "linked")?,
            has_password: flag(&r, "has_password")?,
            passkeys: r.try_get("passkeys")?,
        });
    }
    Ok(out)
}

/// Makes the account with this email an operator (above tenants), creating it with the
/// password hash when it does not exist. Ends its sessions.
pub async fn upsert_operator(
    db: &Db,
    email: &str,
    password_hash: &str,
) -> Result<i64, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO admin_account (email, password_hash, created_at_ms, operator) \
         VALUES ($1, $2, $3, TRUE) ON CONFLICT (email) DO UPDATE SET \
         password_hash = excluded.password_hash, operator = TRUE RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    end_sessions_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(id)
}

/// Gives the account `role` in the tenant as a console grant.
pub async fn grant(
    db: &Db,
    account_id: i64,
    tenant_id: i64,
    role: Role,
) -> Result<(), ServerError> {
    let mut tx = super::begin_write(db).await?;
    grant_in(&mut tx, account_id, tenant_id, role, "console").await?;
    tx.commit().await?;
    Ok(())
}

/// An invitation to a tenant's console.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: i64,
    pub tenant_id: i64,
    pub address: String,
    pub role: Role,
    /// "link" or "entra".
    pub kind: String,
    pub invited_by: Option<String>,
    pub created_at_ms: i64,
    pub expires_at_ms: i64,
    pub accepted: bool,
    pub revoked: bool,
}

const INVITATION_COLUMNS: &str = "i.id, i.tenant_id, i.address, i.role, i.kind, a.email AS invited_by, \
     i.created_at_ms, i.expires_at_ms, \
     CASE WHEN i.accepted_at_ms IS NULL THEN 0 ELSE 1 END AS accepted, \
     CASE WHEN i.revoked_at_ms IS NULL THEN 0 ELSE 1 END AS revoked";

fn invitation(r: &super::DbRow) -> Result<Option<Invitation>, ServerError> {
    let role: String = r.try_get("role")?;
    let Some(role) = Role::from_id(&role) else {
        return Ok(None);
    };
    Ok(Some(Invitation {
        id: r.try_get("id")?,
        tenant_id: r.try_get("tenant_id")?,
        address: r.try_get("address")?,
        role,
        kind: r.try_get("kind")?,
        invited_by: r.try_get("invited_by")?,
        created_at_ms: r.try_get("created_at_ms")?,
        expires_at_ms: r.try_get("expires_at_ms")?,
        accepted: flag(r, "accepted")?,
        revoked: flag(r, "revoked")?,
    }))
}

/// Stores an invitation, revoking the open ones for the same address, and lifts an earlier
/// removal of that address: one transaction.
#[allow(clippy::too_many_arguments)]
pub async fn invite(
    db: &Db,
    tenant_id: i64,
    address: &str,
    role: Role,
    kind: &str,
    token_hash: Option<&str>,
    invited_by: Option<i64>,
    expires_at_ms: i64,
) -> Result<i64, ServerError> {
    let now = now_ms();
    let mut tx = super::begin_write(db).await?;
    sqlx::query(
        "UPDATE admin_invitation SET revoked_at_ms = $1 WHERE tenant_id = $2 AND address = $3 \
         AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL",
    )
    .bind(now)
    .bind(tenant_id)
    .bind(address)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM admin_role WHERE tenant_id = $1 AND removed_at_ms IS NOT NULL AND \
         account_id IN (SELECT id FROM admin_account WHERE email = $2)",
    )
    .bind(tenant_id)
    .bind(address)
    .execute(&mut *tx)
    .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO admin_invitation (tenant_id, address, role, kind, token_hash, invited_by, \
         created_at_ms, expires_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(tenant_id)
    .bind(address)
    .bind(role.id())
    .bind(kind)
    .bind(token_hash)
    .bind(invited_by)
    .bind(now)
    .bind(expires_at_ms)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn invitations(db: &Db, tenant_id: i64) -> Result<Vec<Invitation>, ServerError> {
    let rows = sqlx::query(&format!(
        "SELECT {INVITATION_COLUMNS} FROM admin_invitation i \
         LEFT JOIN admin_account a ON a.id = i.invited_by \
         WHERE i.tenant_id = $1 ORDER BY i.created_at_ms DESC, i.id DESC LIMIT 100"
    ))
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .iter()
        .map(invitation)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
        .collect())
}

pub async fn invitation_by_token(
    db: &Db,
    token_hash: &str,
) -> Result<Option<Invitation>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {INVITATION_COLUMNS} FROM admin_invitation i \
         LEFT JOIN admin_account a ON a.id = i.invited_by WHERE i.token_hash = $1"
    ))
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(invitation).transpose()?.flatten())
}

/// The role of the open "sign in with Entra" invitation for this address, if any.
pub async fn open_entra_invitation(
    db: &Db,
    tenant_id: i64,
    address: &str,
) -> Result<Option<Role>, ServerError> {
    let role: Option<String> = sqlx::query_scalar(
        "SELECT role FROM admin_invitation WHERE tenant_id = $1 AND address = $2 \
         AND kind = 'entra' AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL \
         AND expires_at_ms > $3 ORDER BY created_at_ms DESC LIMIT 1",
    )
    .bind(tenant_id)
    .bind(address)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    Ok(role.as_deref().and_then(Role::from_id))
}

/// Accepts an open link invitation: the account with the address gets the role, created with
/// `password_hash` when it does not exist (an existing account keeps its password). One
/// transaction; `None` when the invitation was no longer open.
pub async fn accept_link_invitation(
    db: &Db,
    invitation_id: i64,
    password_hash: &str,
) -> Result<Option<(i64, bool)>, ServerError> {
    let now = now_ms();
    let mut tx = super::begin_write(db).await?;
    let open: Option<(i64, String, String)> = sqlx::query_as(
        "UPDATE admin_invitation SET accepted_at_ms = $1 WHERE id = $2 AND kind = 'link' \
         AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL AND expires_at_ms > $1 \
         RETURNING tenant_id, address, role",
    )
    .bind(now)
    .bind(invitation_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((tenant_id, address, role)) = open else {
        return Ok(None);
    };
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM admin_account WHERE email = $1")
        .bind(&address)
        .fetch_optional(&mut *tx)
        .await?;
    let (account, created) = match existing {
        Some(id) => (id, false),
        None => (
            sqlx::query_scalar(
                "INSERT INTO admin_account (email, password_hash, created_at_ms) \
                 VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(&address)
            .bind(password_hash)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?,
            true,
        ),
    };
    let role = Role::from_id(&role).ok_or_else(|| ServerError::Internal("stored role".into()))?;
    grant_in(&mut tx, account, tenant_id, role, "console").await?;
    tx.commit().await?;
    Ok(Some((account, created)))
}

pub async fn revoke_invitation(db: &Db, tenant_id: i64, id: i64) -> Result<bool, ServerError> {
    Ok(sqlx::query(
        "UPDATE admin_invitation SET revoked_at_ms = $1 WHERE id = $2 AND tenant_id = $3 \
         AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL",
    )
    .bind(now_ms())
    .bind(id)
    .bind(tenant_id)
    .execute(db)
    .await?
    .rows_affected()
        > 0)
}

/// The account's WebAuthn user handle, made on first use.
pub async fn webauthn_user_id(
    db: &Db,
    account_id: i64,
    fresh: &str,
) -> Result<String, ServerError> {
    sqlx::query(
        "UPDATE admin_account SET webauthn_user_id = $1 WHERE id = $2 AND webauthn_user_id IS NULL",
    )
    .bind(fresh)
    .bind(account_id)
    .execute(db)
    .await?;
    Ok(
        sqlx::query_scalar("SELECT webauthn_user_id FROM admin_account WHERE id = $1")
            .bind(account_id)
            .fetch_one(db)
            .await?,
    )
}

pub async fn account_by_webauthn_user(db: &Db, user_id: &str) -> Result<Option<i64>, ServerError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM admin_account WHERE webauthn_user_id = $1")
            .bind(user_id)
            .fetch_optional(db)
            .await?,
    )
}

/// A stored break-glass passkey.
#[derive(Debug, Clone)]
pub struct StoredPasskey {
    pub id: i64,
    pub credential_id: String,
    pub passkey_json: String,
    pub name: String,
    pub created_at_ms: i64,
    pub last_used_at_ms: Option<i64>,
}

pub async fn passkeys(db: &Db, account_id: i64) -> Result<Vec<StoredPasskey>, ServerError> {
    let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, credential_id, passkey, name, created_at_ms, last_used_at_ms \
         FROM admin_passkey WHERE account_id = $1 ORDER BY created_at_ms, id",
    )
    .bind(account_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, credential_id, passkey_json, name, created_at_ms, last_used_at_ms)| {
                StoredPasskey {
                    id,
                    credential_id,
                    passkey_json,
                    name,
                    created_at_ms,
                    last_used_at_ms,
                }
            },
        )
        .collect())
}

/// Stores a passkey; false when its credential id is already registered (to anyone).
pub async fn add_passkey(
    db: &Db,
    account_id: i64,
    credential_id: &str,
    passkey_json: &str,
    name: &str,
) -> Result<bool, ServerError> {
    Ok(sqlx::query(
        "INSERT INTO admin_passkey (account_id, credential_id, passkey, name, created_at_ms) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (credential_id) DO NOTHING",
    )
    .bind(account_id)
    .bind(credential_id)
    .bind(passkey_json)
    .bind(name)
    .bind(now_ms())
    .execute(db)
    .await?
    .rows_affected()
        > 0)
}

/// Stores a passkey's new state (its counter) after a sign-in.
pub async fn used_passkey(
    db: &Db,
    credential_id: &str,
    passkey_json: &str,
) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE admin_passkey SET passkey = $1, last_used_at_ms = $2 WHERE credential_id = $3",
    )
    .bind(passkey_json)
    .bind(now_ms())
    .bind(credential_id)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn remove_passkey(db: &Db, account_id: i64, id: i64) -> Result<bool, ServerError> {
    Ok(
        sqlx::query("DELETE FROM admin_passkey WHERE id = $1 AND account_id = $2")
            .bind(id)
            .bind(account_id)
            .execute(db)
            .await?
            .rows_affected()
            > 0,
    )
}

/// Stores a WebAuthn ceremony's state until the browser answers (or it expires).
pub async fn save_ceremony(
    db: &Db,
    id_hash: &str,
    account_id: Option<i64>,
    kind: &str,
    state: &str,
    expires_at_ms: i64,
) -> Result<(), ServerError> {
    sqlx::query("DELETE FROM webauthn_ceremony WHERE expires_at_ms < $1")
        .bind(now_ms())
        .execute(db)
        .await?;
    sqlx::query(
        "INSERT INTO webauthn_ceremony (id_hash, account_id, kind, state, expires_at_ms) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id_hash)
    .bind(account_id)
    .bind(kind)
    .bind(state)
    .bind(expires_at_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Takes a live ceremony of this kind: it can be answered once.
pub async fn take_ceremony(
    db: &Db,
    id_hash: &str,
    kind: &str,
) -> Result<Option<(Option<i64>, String)>, ServerError> {
    Ok(sqlx::query_as(
        "DELETE FROM webauthn_ceremony WHERE id_hash = $1 AND kind = $2 AND expires_at_ms > $3 \
         RETURNING account_id, state",
    )
    .bind(id_hash)
    .bind(kind)
    .bind(now_ms())
    .fetch_optional(db)
    .await?)
}

/// The account's email, display name and whether it has a password.
pub async fn account(db: &Db, account_id: i64) -> Result<Option<(String, bool)>, ServerError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, password_hash FROM admin_account WHERE id = $1")
            .bind(account_id)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|(email, hash)| (email, !hash.is_empty())))
}

/// The tenants the account has a role in: (slug, name, role), by name.
pub async fn tenants(db: &Db, account_id: i64) -> Result<Vec<(String, String, Role)>, ServerError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT t.slug, t.name, r.role FROM admin_role r JOIN tenant t ON t.id = r.tenant_id \
         WHERE r.account_id = $1 AND r.removed_at_ms IS NULL ORDER BY t.name",
    )
    .bind(account_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, n, r)| Role::from_id(&r).map(|r| (s, n, r)))
        .collect())
}
