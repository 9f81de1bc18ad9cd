//! Journey events read back: what each employee did, for resuming, the helpdesk view, the
//! progress summary and the reminder planner; and an employee's opt-out.

use super::{Db, DbRow};
use crate::error::ServerError;
use app::domain::events::EventKind;
use app::domain::journey::JourneyEntry;
use sqlx::Row;

/// The columns [`entry_from_row`] reads.
pub const ENTRY_COLUMNS: &str = "kind, flow_id, step, detail, platform, os_version, browser, \
     in_app, first_at_ms, last_at_ms, times";

/// One `journey_event` row as an entry; `None` for a kind this version does not know (a newer
/// instance wrote it), which callers skip.
pub fn entry_from_row(r: &DbRow) -> Result<Option<JourneyEntry>, sqlx::Error> {
    let kind: String = r.try_get("kind")?;
    let Some(kind) = EventKind::from_id(&kind) else {
        return Ok(None);
    };
    Ok(Some(JourneyEntry {
        kind,
        flow: r.try_get("flow_id")?,
        step: u16::try_from(r.try_get::<i64, _>("step")?).unwrap_or(0),
        detail: r.try_get("detail")?,
        platform: r.try_get("platform")?,
        os_version: r.try_get("os_version")?,
        browser: r.try_get("browser")?,
        in_app: r.try_get("in_app")?,
        first_at_ms: r.try_get("first_at_ms")?,
        last_at_ms: r.try_get("last_at_ms")?,
        times: r.try_get("times")?,
    }))
}

/// Every journey entry of an employee, oldest first.
pub async fn entries(db: &Db, employee_id: i64) -> Result<Vec<JourneyEntry>, ServerError> {
    let rows = sqlx::query(&format!(
        "SELECT {ENTRY_COLUMNS} FROM journey_event WHERE employee_id = $1 ORDER BY first_at_ms, id"
    ))
    .bind(employee_id)
    .fetch_all(db)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        out.extend(entry_from_row(r)?);
    }
    Ok(out)
}

/// "Stop reminder emails": keeps the first time the employee asked.
pub async fn opt_out(db: &Db, employee_id: i64, now_ms: i64) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE employee SET opted_out_at_ms = COALESCE(opted_out_at_ms, $2) WHERE id = $1",
    )
    .bind(employee_id)
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(())
}
