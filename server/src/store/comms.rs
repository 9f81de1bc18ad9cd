//! A tenant's comms in the database: how its mail leaves, its own message texts, its
//! programme (deadline, mandatory, manager digests) and its announcement waves.

use super::{Db, now_ms};
use crate::error::ServerError;
use app::domain::templates::{Kind, Template};
use sqlx::Row;

/// How a tenant's mail leaves.
#[derive(Clone, PartialEq, Eq)]
pub struct Transport {
    /// `smtp` or `graph`.
    pub kind: String,
    pub from_address: String,
    pub reply_to: Option<String>,
    /// The tenant's own SMTP URL, sealed with the data key (it may carry a password).
    pub smtp_url_sealed: Option<String>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("kind", &self.kind)
            .field("from_address", &self.from_address)
            .field("reply_to", &self.reply_to)
            .finish_non_exhaustive()
    }
}

pub async fn transport(db: &Db, tenant_id: i64) -> Result<Option<Transport>, ServerError> {
    let row = sqlx::query(
        "SELECT kind, from_address, reply_to, smtp_url_sealed FROM mail_transport WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(Transport {
            kind: r.try_get("kind")?,
            from_address: r.try_get("from_address")?,
            reply_to: r.try_get("reply_to")?,
            smtp_url_sealed: r.try_get("smtp_url_sealed")?,
        })
    })
    .transpose()
    .map_err(|e: sqlx::Error| e.into())
}

pub async fn save_transport(db: &Db, tenant_id: i64, t: &Transport) -> Result<(), ServerError> {
    sqlx::query(
        "INSERT INTO mail_transport (tenant_id, kind, from_address, reply_to, smtp_url_sealed, updated_at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id) DO UPDATE SET kind = excluded.kind, \
         from_address = excluded.from_address, reply_to = excluded.reply_to, \
         smtp_url_sealed = excluded.smtp_url_sealed, updated_at_ms = excluded.updated_at_ms",
    )
    .bind(tenant_id)
    .bind(&t.kind)
    .bind(&t.from_address)
    .bind(t.reply_to.as_deref())
    .bind(t.smtp_url_sealed.as_deref())
    .bind(now_ms())
    .execute(db)
    .await?;
    Ok(())
}

/// The tenant's own text for `kind` in `language`, if it has one.
pub async fn template(
    db: &Db,
    tenant_id: i64,
    kind: Kind,
    language: &str,
) -> Result<Option<Template>, ServerError> {
    let row = sqlx::query(
        "SELECT subject, body FROM mail_template WHERE tenant_id = $1 AND kind = $2 AND language = $3",
    )
    .bind(tenant_id)
    .bind(kind.id())
    .bind(language)
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(Template {
            subject: r.try_get("subject")?,
            body: r.try_get("body")?,
        })
    })
    .transpose()
    .map_err(|e: sqlx::Error| e.into())
}

/// Which (kind, language) pairs the tenant has its own text for, with when each was saved.
pub async fn customised(
    db: &Db,
    tenant_id: i64,
) -> Result<Vec<(String, String, i64)>, ServerError> {
    let rows = sqlx::query(
        "SELECT kind, language, updated_at_ms FROM mail_template WHERE tenant_id = $1 ORDER BY kind, language",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("kind")?,
                r.try_get("language")?,
                r.try_get("updated_at_ms")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Saves a validated template (`Some`), or goes back to the built-in text (`None`).
pub async fn save_template(
    db: &Db,
    tenant_id: i64,
    kind: Kind,
    language: &str,
    t: Option<&Template>,
) -> Result<(), ServerError> {
    match t {
        Some(t) => sqlx::query(
            "INSERT INTO mail_template (tenant_id, kind, language, subject, body, updated_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, kind, language) DO UPDATE SET \
             subject = excluded.subject, body = excluded.body, updated_at_ms = excluded.updated_at_ms",
        )
        .bind(tenant_id)
        .bind(kind.id())
        .bind(language)
        .bind(&t.subject)
        .bind(&t.body)
        .bind(now_ms())
        .execute(db)
        .await?,
        None => sqlx::query(
            "DELETE FROM mail_template WHERE tenant_id = $1 AND kind = $2 AND language = $3",
        )
        .bind(tenant_id)
        .bind(kind.id())
        .bind(language)
        .execute(db)
        .await?,
    };
    Ok(())
}

/// The programme's rules beyond the reminder schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeRow {
    /// `YYYY-MM-DD`, a local date in the reminders' time zone.
    pub deadline: Option<String>,
    pub mandatory: bool,
    pub manager_digest: bool,
}

pub async fn programme(db: &Db, tenant_id: i64) -> Result<ProgrammeRow, ServerError> {
    let row = sqlx::query(
        "SELECT deadline, CAST(mandatory AS INTEGER) AS mandatory, \
         CAST(manager_digest AS INTEGER) AS manager_digest FROM reminder_settings WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(db)
    .await?;
    let Some(r) = row else {
        return Ok(ProgrammeRow::default());
    };
    Ok(ProgrammeRow {
        deadline: r.try_get("deadline")?,
        mandatory: super::flag(&r, "mandatory")?,
        manager_digest: super::flag(&r, "manager_digest")?,
    })
}

/// Saves the programme, creating the tenant's settings row (reminders off) if it has none.
pub async fn save_programme(db: &Db, tenant_id: i64, p: &ProgrammeRow) -> Result<(), ServerError> {
    sqlx::query(
        "INSERT INTO reminder_settings (tenant_id, deadline, mandatory, manager_digest) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (tenant_id) DO UPDATE SET deadline = excluded.deadline, \
         mandatory = excluded.mandatory, manager_digest = excluded.manager_digest",
    )
    .bind(tenant_id)
    .bind(p.deadline.as_deref())
    .bind(p.mandatory)
    .bind(p.manager_digest)
    .execute(db)
    .await?;
    // The guide's pages show whether the programme is mandatory.
    super::tenants::changed();
    Ok(())
}

/// Whether the employee's programme is mandatory (no opting out).
pub async fn mandatory(db: &Db, tenant_id: i64) -> Result<bool, ServerError> {
    Ok(programme(db, tenant_id).await?.mandatory)
}

/// An announcement wave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wave {
    pub id: i64,
    pub tenant_id: i64,
    /// `everyone`, `department`, `group` or `list`.
    pub selector: String,
    pub selector_value: Option<String>,
    pub addresses: Vec<String>,
    pub scheduled_at_ms: i64,
    pub started_at_ms: Option<i64>,
    pub finished_at_ms: Option<i64>,
    pub announced: i64,
    pub error: Option<String>,
    pub created_by: String,
}

/// A wave to create.
#[derive(Debug, Clone)]
pub struct NewWave<'a> {
    pub selector: &'a str,
    pub selector_value: Option<&'a str>,
    pub addresses: &'a [String],
    pub scheduled_at_ms: i64,
    pub created_by: &'a str,
}

const WAVE_COLUMNS: &str = "id, tenant_id, selector, selector_value, addresses, scheduled_at_ms, \
     started_at_ms, finished_at_ms, announced, error, created_by";

fn wave_from_row(r: &super::DbRow) -> Result<Wave, sqlx::Error> {
    let addresses: Option<String> = r.try_get("addresses")?;
    Ok(Wave {
        id: r.try_get("id")?,
        tenant_id: r.try_get("tenant_id")?,
        selector: r.try_get("selector")?,
        selector_value: r.try_get("selector_value")?,
        addresses: addresses
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect(),
        scheduled_at_ms: r.try_get("scheduled_at_ms")?,
        started_at_ms: r.try_get("started_at_ms")?,
        finished_at_ms: r.try_get("finished_at_ms")?,
        announced: r.try_get("announced")?,
        error: r.try_get("error")?,
        created_by: r.try_get("created_by")?,
    })
}

/// Stores a wave; it goes out when its time comes (at once if that is now).
pub async fn create_wave(db: &Db, tenant_id: i64, w: &NewWave<'_>) -> Result<i64, ServerError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO wave (tenant_id, selector, selector_value, addresses, scheduled_at_ms, created_by, created_at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(tenant_id)
    .bind(w.selector)
    .bind(w.selector_value)
    .bind((!w.addresses.is_empty()).then(|| w.addresses.join("\n")))
    .bind(w.scheduled_at_ms)
    .bind(w.created_by)
    .bind(now_ms())
    .fetch_one(db)
    .await?)
}

/// Takes the waves due at `now` for this run: one statement, so of two instances only one
/// takes a wave.
pub async fn take_due_waves(db: &Db, now: i64) -> Result<Vec<Wave>, ServerError> {
    let rows = sqlx::query(&format!(
        "UPDATE wave SET started_at_ms = $1 WHERE started_at_ms IS NULL AND scheduled_at_ms <= $1 \
         RETURNING {WAVE_COLUMNS}"
    ))
    .bind(now)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(wave_from_row)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Takes one wave now, for an announcement run at once (the console's "announce now").
pub async fn take_wave(db: &Db, id: i64) -> Result<Option<Wave>, ServerError> {
    let row = sqlx::query(&format!(
        "UPDATE wave SET started_at_ms = $2 WHERE id = $1 AND started_at_ms IS NULL RETURNING {WAVE_COLUMNS}"
    ))
    .bind(id)
    .bind(now_ms())
    .fetch_optional(db)
    .await?;
    row.as_ref()
        .map(wave_from_row)
        .transpose()
        .map_err(ServerError::from)
}

pub async fn finish_wave(
    db: &Db,
    id: i64,
    announced: usize,
    error: Option<&str>,
) -> Result<(), ServerError> {
    sqlx::query("UPDATE wave SET finished_at_ms = $2, announced = $3, error = $4 WHERE id = $1")
        .bind(id)
        .bind(now_ms())
        .bind(announced as i64)
        .bind(error)
        .execute(db)
        .await?;
    Ok(())
}

/// Cancels a wave that has not started. False when it had started (or does not exist).
pub async fn cancel_wave(db: &Db, tenant_id: i64, id: i64) -> Result<bool, ServerError> {
    Ok(
        sqlx::query("DELETE FROM wave WHERE id = $1 AND tenant_id = $2 AND started_at_ms IS NULL")
            .bind(id)
            .bind(tenant_id)
            .execute(db)
            .await?
            .rows_affected()
            == 1,
    )
}

/// The tenant's waves, newest first.
pub async fn waves(db: &Db, tenant_id: i64) -> Result<Vec<Wave>, ServerError> {
    let rows = sqlx::query(&format!(
        "SELECT {WAVE_COLUMNS} FROM wave WHERE tenant_id = $1 ORDER BY scheduled_at_ms DESC, id DESC"
    ))
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(wave_from_row)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}
