//! Reminders in the database: each tenant's settings, what the planner needs to know about
//! every employee, the reminders taken (at most once: the `reminder` table's primary key is
//! taken in the same transaction that queues the message), announcements, and the history.

use super::outbox::{self, Outgoing};
use super::{Db, now_ms};
use crate::error::ServerError;
use app::domain::journey::{JourneyEntry, Summary, summarise};
use app::domain::reminders::{Planned, Settings};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sqlx::Row;
use std::collections::HashMap;

/// A tenant's reminder settings and whether its scheduler runs.
pub async fn settings(db: &Db, tenant_id: i64) -> Result<(bool, Settings), ServerError> {
    let Some(r) = sqlx::query(
        "SELECT CAST(enabled AS INTEGER) AS enabled, offsets, time_zone, quiet_from_hour, \
         quiet_until_hour, CAST(skip_weekends AS INTEGER) AS skip_weekends, per_hour \
         FROM reminder_settings WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(db)
    .await?
    else {
        return Ok((false, Settings::default()));
    };
    let offsets: String = r.try_get("offsets")?;
    let mut offsets_days: Vec<u16> = offsets
        .split(',')
        .filter_map(|d| d.trim().parse().ok())
        .collect();
    offsets_days.sort_unstable();
    offsets_days.dedup();
    let zone: String = r.try_get("time_zone")?;
    let time_zone = TimeZone::get(&zone)
        .map_err(|_| ServerError::Config(format!("unknown time zone {zone:?}")))?;
    Ok((
        super::flag(&r, "enabled")?,
        Settings {
            offsets_days,
            time_zone,
            quiet_from_hour: r.try_get::<i64, _>("quiet_from_hour")?.clamp(0, 23) as i8,
            quiet_until_hour: r.try_get::<i64, _>("quiet_until_hour")?.clamp(0, 23) as i8,
            skip_weekends: super::flag(&r, "skip_weekends")?,
            per_hour: r.try_get::<i64, _>("per_hour")?.clamp(1, 100_000) as u32,
        },
    ))
}

/// One employee as the reminder planner sees them.
pub struct Person {
    pub id: i64,
    pub reference: String,
    pub email: String,
    pub name: String,
    pub language: Option<String>,
    pub department: Option<String>,
    /// Their manager's address (lower-cased), from Entra or the roster.
    pub manager: Option<String>,
    pub object_id: Option<String>,
    pub announced_at: Option<Timestamp>,
    pub final_notice_sent: bool,
    pub opted_out: bool,
    pub has_passkey: Option<bool>,
    pub done: Vec<u16>,
    pub journey: Summary,
}

/// Every employee of the tenant with their announcement, registration status, reminders
/// already decided and journey so far.
pub async fn people(db: &Db, tenant_id: i64) -> Result<Vec<Person>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.id, e.ref, e.email, e.display_name, e.preferred_language, e.announced_at_ms, \
                e.opted_out_at_ms, e.department, e.manager, e.object_id, e.final_notice_at_ms, CAST(s.has_passkey AS INTEGER) AS has_passkey \
         FROM employee e LEFT JOIN registration_status s \
           ON s.tenant_id = e.tenant_id AND s.upn = e.upn \
         WHERE e.tenant_id = $1 AND e.left_at_ms IS NULL ORDER BY e.id",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    let mut done: HashMap<i64, Vec<u16>> = HashMap::new();
    for r in sqlx::query("SELECT employee_id, offset_days FROM reminder WHERE tenant_id = $1")
        .bind(tenant_id)
        .fetch_all(db)
        .await?
    {
        done.entry(r.try_get("employee_id")?)
            .or_default()
            .push(u16::try_from(r.try_get::<i64, _>("offset_days")?).unwrap_or(u16::MAX));
    }
    let mut journeys: HashMap<i64, Vec<JourneyEntry>> = HashMap::new();
    for r in sqlx::query(&format!(
        "SELECT employee_id, {} FROM journey_event WHERE tenant_id = $1",
        super::journey::ENTRY_COLUMNS
    ))
    .bind(tenant_id)
    .fetch_all(db)
    .await?
    {
        if let Some(entry) = super::journey::entry_from_row(&r)? {
            journeys
                .entry(r.try_get("employee_id")?)
                .or_default()
                .push(entry);
        }
    }
    rows.iter()
        .map(|r| {
            let id: i64 = r.try_get("id")?;
            Ok(Person {
                id,
                reference: r.try_get("ref")?,
                email: r.try_get("email")?,
                name: r.try_get("display_name")?,
                language: r.try_get("preferred_language")?,
                department: r.try_get("department")?,
                manager: r
                    .try_get::<Option<String>, _>("manager")?
                    .map(|m| m.trim().to_lowercase())
                    .filter(|m| !m.is_empty()),
                object_id: r.try_get("object_id")?,
                final_notice_sent: r.try_get::<Option<i64>, _>("final_notice_at_ms")?.is_some(),
                announced_at: r
                    .try_get::<Option<i64>, _>("announced_at_ms")?
                    .and_then(|ms| Timestamp::from_millisecond(ms).ok()),
                opted_out: r.try_get::<Option<i64>, _>("opted_out_at_ms")?.is_some(),
                has_passkey: super::flag_opt(r, "has_passkey")?,
                done: done.remove(&id).unwrap_or_default(),
                journey: summarise(journeys.get(&id).map_or(&[][..], Vec::as_slice)),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Takes the reminder (and any it supersedes) and queues its message, all or nothing.
pub async fn take(
    db: &Db,
    tenant_id: i64,
    p: &Planned,
    message: &Outgoing,
) -> Result<bool, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let now = now_ms();
    let taken = sqlx::query(
        "INSERT INTO reminder (tenant_id, employee_id, offset_days, state, content, decided_at_ms) \
         VALUES ($1, $2, $3, 'queued', $4, $5) ON CONFLICT (employee_id, offset_days) DO NOTHING",
    )
    .bind(tenant_id)
    .bind(p.employee_id)
    .bind(i64::from(p.offset_days))
    .bind(p.content.id())
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !taken {
        tx.rollback().await?;
        return Ok(false);
    }
    for earlier in &p.superseded {
        sqlx::query(
            "INSERT INTO reminder (tenant_id, employee_id, offset_days, state, decided_at_ms) \
             VALUES ($1, $2, $3, 'superseded', $4) ON CONFLICT (employee_id, offset_days) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(p.employee_id)
        .bind(i64::from(*earlier))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let outbox = outbox::enqueue(&mut *tx, message).await?;
    sqlx::query("UPDATE reminder SET outbox_id = $3 WHERE employee_id = $1 AND offset_days = $2")
        .bind(p.employee_id)
        .bind(i64::from(p.offset_days))
        .bind(outbox)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Marks the employee announced (in `wave_id`, when a wave announces them) and queues their
/// announcement, in one transaction: false (and nothing queued) when they were announced
/// before, by this run or another.
pub async fn take_announcement(
    db: &Db,
    employee_id: i64,
    wave_id: Option<i64>,
    message: &Outgoing,
) -> Result<bool, ServerError> {
    take_first(db, "announced_at_ms", employee_id, wave_id, message).await
}

/// Records the final notice and queues it, in one transaction: false (nothing queued) when it
/// was taken before, by this run or another instance.
pub async fn take_final_notice(
    db: &Db,
    employee_id: i64,
    message: &Outgoing,
) -> Result<bool, ServerError> {
    take_first(db, "final_notice_at_ms", employee_id, None, message).await
}

/// Sets the employee's `column` (a moment that happens once) to now where it is unset, and
/// queues `message` in the same transaction; false and nothing queued when it was set before.
async fn take_first(
    db: &Db,
    column: &'static str,
    employee_id: i64,
    wave_id: Option<i64>,
    message: &Outgoing,
) -> Result<bool, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let taken = sqlx::query(&format!(
        "UPDATE employee SET {column} = $2, wave_id = COALESCE($3, wave_id) \
         WHERE id = $1 AND {column} IS NULL"
    ))
    .bind(employee_id)
    .bind(now_ms())
    .bind(wave_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if taken && outbox::enqueue(&mut *tx, message).await?.is_some() {
        tx.commit().await?;
        Ok(true)
    } else {
        tx.rollback().await?;
        Ok(false)
    }
}

/// The slugs of the tenants whose reminders are on.
pub async fn enabled_tenants(db: &Db) -> Result<Vec<String>, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT t.slug FROM tenant t JOIN reminder_settings r ON r.tenant_id = t.id WHERE r.enabled",
    )
    .fetch_all(db)
    .await?)
}

/// Saves a tenant's validated reminder settings.
pub async fn save_settings(
    db: &Db,
    tenant_id: i64,
    enabled: bool,
    s: &Settings,
) -> Result<(), ServerError> {
    sqlx::query(
        "INSERT INTO reminder_settings (tenant_id, enabled, offsets, time_zone, quiet_from_hour, quiet_until_hour, skip_weekends, per_hour) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant_id) DO UPDATE SET \
         enabled = excluded.enabled, offsets = excluded.offsets, time_zone = excluded.time_zone, \
         quiet_from_hour = excluded.quiet_from_hour, quiet_until_hour = excluded.quiet_until_hour, \
         skip_weekends = excluded.skip_weekends, per_hour = excluded.per_hour",
    )
    .bind(tenant_id)
    .bind(enabled)
    .bind(
        s.offsets_days
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(","),
    )
    .bind(s.time_zone.iana_name().unwrap_or("UTC"))
    .bind(i64::from(s.quiet_from_hour))
    .bind(i64::from(s.quiet_until_hour))
    .bind(s.skip_weekends)
    .bind(i64::from(s.per_hour))
    .execute(db)
    .await?;
    Ok(())
}

/// Reminders decided so far, newest first: the tenant's, or one employee's.
pub async fn history(
    db: &Db,
    tenant_id: i64,
    employee_id: Option<i64>,
    limit: i64,
) -> Result<Vec<(String, u16, &'static str, i64, Option<String>)>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.email, r.offset_days, r.state, r.decided_at_ms, o.sent_at_ms, o.failed_at_ms, o.last_error \
         FROM reminder r JOIN employee e ON e.id = r.employee_id \
         LEFT JOIN outbox o ON o.id = r.outbox_id \
         WHERE r.tenant_id = $1 AND ($2 IS NULL OR r.employee_id = $2) \
         ORDER BY r.decided_at_ms DESC, r.offset_days DESC LIMIT $3",
    )
    .bind(tenant_id)
    .bind(employee_id)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let sent: Option<i64> = r.try_get("sent_at_ms")?;
            let failed: Option<i64> = r.try_get("failed_at_ms")?;
            let decided: i64 = r.try_get("decided_at_ms")?;
            let (state, at) = match (r.try_get::<String, _>("state")?.as_str(), sent, failed) {
                ("superseded", _, _) => ("superseded", decided),
                (_, Some(t), _) => ("sent", t),
                (_, _, Some(t)) => ("failed", t),
                _ => ("queued", decided),
            };
            Ok((
                r.try_get("email")?,
                u16::try_from(r.try_get::<i64, _>("offset_days")?).unwrap_or(0),
                state,
                at,
                r.try_get("last_error")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}
