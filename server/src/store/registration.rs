//! Registration status learned from Entra ID (the portal's CSV export or Microsoft Graph):
//! one row per user in `registration_status`, and each tenant's last Graph sync in
//! `registration_sync`.

use super::{Db, now_ms};
use app::domain::registration::Registration;
use sqlx::Row;

/// Stores what was learned; returns how many users were written.
pub async fn store(
    db: &Db,
    tenant_id: i64,
    source: &str,
    registrations: &[Registration],
) -> Result<usize, sqlx::Error> {
    let now = now_ms();
    let mut tx = super::begin_write(db).await?;
    for chunk in registrations.chunks(500) {
        let mut q = super::Sql::new(
            super::Backend::of(db),
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, \
             learned_at_ms, passkey_since_ms, object_id, is_mfa_registered, is_admin, user_type) ",
        );
        q.push_values(chunk, |mut row, r| {
            row.push_bind(tenant_id)
                .push_bind(&r.upn)
                .push_bind(r.has_passkey())
                .push_bind(r.methods.join(","))
                .push_bind(source)
                .push_bind(now)
                .push_bind(r.has_passkey().then_some(now))
                .push_bind(&r.object_id)
                .push_bind(r.is_mfa_registered)
                .push_bind(r.is_admin)
                .push_bind(&r.user_type);
        });
        // `passkey_since_ms` keeps the first time a passkey was seen while it stays registered.
        q.push(
            " ON CONFLICT (tenant_id, upn) DO UPDATE SET has_passkey = excluded.has_passkey, \
             methods = excluded.methods, source = excluded.source, learned_at_ms = excluded.learned_at_ms, \
             object_id = excluded.object_id, is_mfa_registered = excluded.is_mfa_registered, \
             is_admin = excluded.is_admin, user_type = excluded.user_type, \
             passkey_since_ms = CASE WHEN excluded.has_passkey \
               THEN COALESCE(registration_status.passkey_since_ms, excluded.passkey_since_ms) END",
        );
        q.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(registrations.len())
}

/// Records that a sync of this tenant started now.
pub async fn sync_started(db: &Db, tenant_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO registration_sync (tenant_id, last_started_ms) VALUES ($1, $2) \
         ON CONFLICT (tenant_id) DO UPDATE SET last_started_ms = excluded.last_started_ms",
    )
    .bind(tenant_id)
    .bind(now_ms())
    .execute(db)
    .await?;
    Ok(())
}

/// Records how the sync ended: the error, or how many users it saw.
pub async fn sync_finished(
    db: &Db,
    tenant_id: i64,
    error: Option<String>,
    users_seen: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE registration_sync SET last_finished_ms = $2, last_error = $3, \
         users_seen = COALESCE($4, users_seen) WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .bind(now_ms())
    .bind(error)
    .bind(users_seen)
    .execute(db)
    .await?;
    Ok(())
}

/// The stored status of one user, if any: (has a passkey, when learned).
pub async fn status_of(
    db: &Db,
    tenant_id: i64,
    upn: &str,
) -> Result<Option<(bool, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT CAST(has_passkey AS INTEGER) AS has_passkey, learned_at_ms FROM registration_status \
         WHERE tenant_id = $1 AND upn = $2",
    )
    .bind(tenant_id)
    .bind(upn.trim().to_lowercase())
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((super::flag(&r, "has_passkey")?, r.try_get("learned_at_ms")?)))
        .transpose()
}

/// What the registration report said about one user beyond their methods.
pub async fn facts_of(
    db: &Db,
    tenant_id: i64,
    upn: &str,
) -> Result<Option<app::domain::dashboard::EntraFacts>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT CAST(is_mfa_registered AS INTEGER) AS mfa, CAST(is_admin AS INTEGER) AS admin, \
           user_type FROM registration_status WHERE tenant_id = $1 AND upn = $2",
    )
    .bind(tenant_id)
    .bind(upn.trim().to_lowercase())
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(app::domain::dashboard::EntraFacts::from_flags(
            super::flag_opt(&r, "mfa")?,
            super::flag_opt(&r, "admin")?,
            r.try_get::<Option<String>, _>("user_type")?.as_deref(),
        ))
    })
    .transpose()
}
