//! Diagnostics employees send to the helpdesk from a step they are stuck on.

use super::Db;
use crate::error::ServerError;
use sqlx::Row;

/// A diagnostic to store: where the employee was, what they report, and their device.
#[derive(Debug, Clone, Default)]
pub struct NewDiagnostic<'a> {
    pub tenant_id: i64,
    pub employee_id: i64,
    pub created_at_ms: i64,
    pub flow: &'a str,
    pub step: u16,
    pub symptom: &'a str,
    pub note: Option<&'a str>,
    pub platform: &'a str,
    pub os_version: Option<String>,
    pub browser: Option<&'a str>,
    pub in_app: Option<&'a str>,
    pub model: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    pub probe: Option<&'a str>,
    pub locale: &'a str,
}

/// Stores a diagnostic; returns its reference number.
pub async fn insert(db: &Db, d: &NewDiagnostic<'_>) -> Result<i64, ServerError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO diagnostic (tenant_id, employee_id, created_at_ms, flow_id, step, symptom, note, platform, os_version, browser, in_app, model, user_agent, probe, locale) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(d.tenant_id)
    .bind(d.employee_id)
    .bind(d.created_at_ms)
    .bind(d.flow)
    .bind(i64::from(d.step))
    .bind(d.symptom)
    .bind(d.note)
    .bind(d.platform)
    .bind(d.os_version.as_deref())
    .bind(d.browser)
    .bind(d.in_app)
    .bind(d.model)
    .bind(d.user_agent)
    .bind(d.probe)
    .bind(d.locale)
    .fetch_one(db)
    .await?)
}

/// A stored diagnostic, for the helpdesk view.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub id: i64,
    pub created_at_ms: i64,
    pub flow: String,
    pub step: i64,
    pub symptom: String,
    pub note: Option<String>,
    pub platform: String,
    pub os_version: Option<String>,
    pub browser: Option<String>,
    pub in_app: Option<String>,
    pub model: Option<String>,
    pub user_agent: Option<String>,
    pub probe: Option<String>,
}

/// An employee's diagnostics, newest first.
pub async fn of_employee(
    db: &Db,
    tenant_id: i64,
    employee_id: i64,
) -> Result<Vec<Diagnostic>, ServerError> {
    let rows = sqlx::query(
        "SELECT id, created_at_ms, flow_id, step, symptom, note, platform, os_version, browser, in_app, model, user_agent, probe \
         FROM diagnostic WHERE tenant_id = $1 AND employee_id = $2 ORDER BY created_at_ms DESC, id DESC",
    )
    .bind(tenant_id)
    .bind(employee_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Diagnostic {
                id: r.try_get("id")?,
                created_at_ms: r.try_get("created_at_ms")?,
                flow: r.try_get("flow_id")?,
                step: r.try_get("step")?,
                symptom: r.try_get("symptom")?,
                note: r.try_get("note")?,
                platform: r.try_get("platform")?,
                os_version: r.try_get("os_version")?,
                browser: r.try_get("browser")?,
                in_app: r.try_get("in_app")?,
                model: r.try_get("model")?,
                user_agent: r.try_get("user_agent")?,
                probe: r.try_get("probe")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}
