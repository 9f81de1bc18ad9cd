//! Journey events read back: what each employee did, for resuming, the helpdesk view, the
//! progress summary and the reminder planner; and an employee's opt-out.

use super::{Backend, Db, DbRow};
use crate::error::ServerError;
use app::domain::events::EventKind;
use app::domain::journey::JourneyEntry;
use sqlx::Row;

/// The columns [`entry_from_row`] reads.
pub const ENTRY_COLUMNS: &str = "kind, flow_id, step, detail, platform, os_version, browser, \
     in_app, first_at_ms, last_at_ms, times";

/// One `journey_event` row's [`ENTRY_COLUMNS`], in their order.
type EntryFields = (
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    i64,
    i64,
);

/// One `journey_event` row as an entry; `None` for a kind this version does not know (a newer
/// instance wrote it), which callers skip.
pub fn entry_from_row(r: &DbRow) -> Result<Option<JourneyEntry>, sqlx::Error> {
    Ok(entry_from_fields((
        r.try_get("kind")?,
        r.try_get("flow_id")?,
        r.try_get("step")?,
        r.try_get("detail")?,
        r.try_get("platform")?,
        r.try_get("os_version")?,
        r.try_get("browser")?,
        r.try_get("in_app")?,
        r.try_get("first_at_ms")?,
        r.try_get("last_at_ms")?,
        r.try_get("times")?,
    )))
}

fn entry_from_fields(f: EntryFields) -> Option<JourneyEntry> {
    let (kind, flow, step, detail, platform, os_version, browser, in_app, first, last, times) = f;
    Some(JourneyEntry {
        kind: EventKind::from_id(&kind)?,
        flow,
        step: u16::try_from(step).unwrap_or(0),
        detail,
        platform,
        os_version,
        browser,
        in_app,
        first_at_ms: first,
        last_at_ms: last,
        times,
    })
}

/// An aggregate that gathers each group's [`ENTRY_COLUMNS`] into one JSON text, read back by
/// [`entries_from_json`]: one row per employee instead of one per journey row, which is what
/// a query's cost grows with.
pub fn entries_as_json(backend: Backend) -> String {
    match backend {
        Backend::Sqlite => format!("json_group_array(json_array({ENTRY_COLUMNS}))"),
        Backend::Postgres => format!("json_agg(json_build_array({ENTRY_COLUMNS}))::text"),
    }
}

/// The entries in an [`entries_as_json`] aggregate, and the sum of every row's `times`, of
/// kinds this version does not know too (a newer instance wrote them).
pub fn entries_from_json(json: &str) -> Result<(Vec<JourneyEntry>, i64), sqlx::Error> {
    let rows: Vec<EntryFields> =
        serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let times = rows.iter().map(|r| r.10).sum();
    Ok((
        rows.into_iter().filter_map(entry_from_fields).collect(),
        times,
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_journey_keeps_known_entries_and_counts_every_row() {
        let json = r#"[
            ["step-viewed", "iphone-authenticator", 3, "", "iphone", "17.4", "safari", null, 10, 20, 4],
            ["seen-by-a-newer-version", "", 0, "", "iphone", null, null, null, 15, 15, 2]
        ]"#;
        let (entries, times) = entries_from_json(json).unwrap();
        assert_eq!(times, 6, "the unknown row's times count too");
        assert_eq!(
            entries,
            vec![JourneyEntry {
                kind: EventKind::StepViewed,
                flow: "iphone-authenticator".into(),
                step: 3,
                detail: String::new(),
                platform: "iphone".into(),
                os_version: Some("17.4".into()),
                browser: Some("safari".into()),
                in_app: None,
                first_at_ms: 10,
                last_at_ms: 20,
                times: 4,
            }]
        );
    }

    #[test]
    fn a_json_journey_that_is_not_one_is_a_decode_error() {
        assert!(matches!(
            entries_from_json(r#"[["step-viewed", 3]]"#),
            Err(sqlx::Error::Decode(_))
        ));
    }
}
