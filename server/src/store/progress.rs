//! `journey_progress`: each linked employee's journey summarised when its events are stored,
//! so the dashboard aggregates one row per person instead of reading every event. The summary
//! comes from the same domain functions the helpdesk view and the reminder planner use.

use super::journey::{ENTRY_COLUMNS, entry_from_row};
use app::domain::journey::{JourneyEntry, milestones, summarise};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// SQLite allows 32766 bound values per statement (PostgreSQL 65535); 17 per row keeps a chunk
/// well under it.
const CHUNK: usize = 500;

/// Recomputes the progress rows of these employees from their journey events. Runs inside the
/// caller's transaction, so progress never disagrees with the events it was made from.
pub async fn refresh(conn: &mut AnyConnection, employees: &[i64]) -> Result<(), sqlx::Error> {
    let backend = super::Backend::of_conn(conn);
    for ids in employees.chunks(CHUNK) {
        let mut q = super::Sql::new(
            backend,
            format!(
                "SELECT employee_id, tenant_id, {ENTRY_COLUMNS} FROM journey_event WHERE employee_id IN ("
            ),
        );
        q.push_bind_list(ids.iter().copied()).push(")");
        let rows = q.build().fetch_all(&mut *conn).await?;
        let mut journeys: HashMap<i64, (i64, Vec<JourneyEntry>)> = HashMap::new();
        for r in &rows {
            use sqlx::Row;
            if let Some(entry) = entry_from_row(r)? {
                let tenant_id: i64 = r.try_get("tenant_id")?;
                journeys
                    .entry(r.try_get("employee_id")?)
                    .or_insert_with(|| (tenant_id, Vec::new()))
                    .1
                    .push(entry);
            }
        }
        if journeys.is_empty() {
            continue;
        }
        let mut q = super::Sql::new(
            backend,
            "INSERT INTO journey_progress (employee_id, tenant_id, stage, opened_at_ms, \
             started_at_ms, handed_off_at_ms, confirmed_at_ms, signed_in_at_ms, last_seen_ms, \
             stuck_flow, stuck_step, stuck_symptom, stuck_at_ms, platform, os_version, browser, in_app) ",
        );
        // In employee order, so concurrent writers lock progress rows in the same order.
        let mut journeys: Vec<_> = journeys.into_iter().collect();
        journeys.sort_unstable_by_key(|(employee_id, _)| *employee_id);
        q.push_values(&journeys, |mut row, (employee_id, (tenant_id, entries))| {
            let summary = summarise(entries);
            let [opened, started, handed_off, confirmed, signed_in] = milestones(entries);
            let latest = entries.iter().max_by_key(|e| e.last_at_ms);
            let stuck = summary.stuck.as_ref();
            row.push_bind(*employee_id)
                .push_bind(*tenant_id)
                .push_bind(summary.stage.id())
                .push_bind(opened)
                .push_bind(started)
                .push_bind(handed_off)
                .push_bind(confirmed)
                .push_bind(signed_in)
                .push_bind(summary.last_seen_ms)
                .push_bind(stuck.map(|s| s.flow.clone()))
                .push_bind(stuck.map(|s| i64::from(s.step)))
                .push_bind(stuck.map(|s| s.symptom.clone()))
                .push_bind(stuck.map(|s| s.at_ms))
                .push_bind(latest.map(|e| e.platform.clone()))
                .push_bind(latest.and_then(|e| e.os_version.clone()))
                .push_bind(latest.and_then(|e| e.browser.clone()))
                .push_bind(latest.and_then(|e| e.in_app.clone()));
        });
        q.push(
            " ON CONFLICT (employee_id) DO UPDATE SET stage = excluded.stage, \
             opened_at_ms = excluded.opened_at_ms, started_at_ms = excluded.started_at_ms, \
             handed_off_at_ms = excluded.handed_off_at_ms, \
             confirmed_at_ms = excluded.confirmed_at_ms, \
             signed_in_at_ms = excluded.signed_in_at_ms, last_seen_ms = excluded.last_seen_ms, \
             stuck_flow = excluded.stuck_flow, stuck_step = excluded.stuck_step, \
             stuck_symptom = excluded.stuck_symptom, stuck_at_ms = excluded.stuck_at_ms, \
             platform = excluded.platform, os_version = excluded.os_version, \
             browser = excluded.browser, in_app = excluded.in_app",
        );
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Fills in progress for employees whose events were stored before this table existed (or by
/// an older version). Cheap when there is nothing to do.
pub async fn backfill(db: &super::Db) -> Result<usize, sqlx::Error> {
    let missing: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT j.employee_id FROM journey_event j \
         WHERE NOT EXISTS (SELECT 1 FROM journey_progress p WHERE p.employee_id = j.employee_id)",
    )
    .fetch_all(db)
    .await?;
    for ids in missing.chunks(CHUNK * 4) {
        let mut tx = super::begin_write(db).await?;
        refresh(&mut tx, ids).await?;
        tx.commit().await?;
    }
    if !missing.is_empty() {
        tracing::info!(employees = missing.len(), "journey progress filled in");
    }
    Ok(missing.len())
}
