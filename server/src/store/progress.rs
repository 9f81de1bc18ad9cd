//! `journey_progress`: each linked employee's journey summarised when its events are stored,
//! so the dashboard aggregates one row per person instead of reading every event. The summary
//! comes from the same domain functions the helpdesk view and the reminder planner use.
//!
//! Each row also keeps how many journey events it was made from (`events`, the sum of their
//! `times`), so a summary left behind by a crash (the event writer refreshes progress after it
//! stores, see [`crate::jobs::events`]) is found and made again at start ([`backfill`]).

use super::journey::{entries_as_json, entries_from_json};
use app::domain::journey::{JourneyEntry, milestones, summarise};
use sqlx::AnyConnection;

/// SQLite allows 32766 bound values per statement (PostgreSQL 65535); 17 per row keeps a chunk
/// well under it.
const CHUNK: usize = 500;

/// Namespaces the per-employee advisory locks [`refresh`] takes on PostgreSQL (employee ids
/// stay far below 2^48).
const LOCK_SPACE: i64 = 0x5047 << 48;

/// Recomputes the progress rows of these employees from their journey events, inside the
/// caller's transaction.
///
/// On PostgreSQL it first takes a transaction lock per employee, in id order. Without it two
/// transactions storing events of the same employee (the event writer and an answer) could
/// each read the journey without the other's uncommitted rows, and the later upsert would put
/// back a summary older than the one already committed. With it, the second reads after the
/// first commits. (SQLite's writers are serialised by `BEGIN IMMEDIATE`.)
pub async fn refresh(conn: &mut AnyConnection, employees: &[i64]) -> Result<(), sqlx::Error> {
    let backend = super::Backend::of_conn(conn);
    let mut employees = employees.to_vec();
    employees.sort_unstable();
    employees.dedup();
    for ids in employees.chunks(CHUNK) {
        if backend == super::Backend::Postgres {
            // A VALUES list is scanned in the order written, so the locks are taken in id
            // order and two refreshes cannot deadlock on them.
            let mut q = super::Sql::new(backend, "SELECT pg_advisory_xact_lock(k) FROM (");
            q.push_values(ids, |mut row, id| {
                row.push_bind(LOCK_SPACE | *id);
            });
            q.push(") AS t(k)");
            q.build().execute(&mut *conn).await?;
        }
        let mut q = super::Sql::new(
            backend,
            format!(
                "SELECT employee_id, tenant_id, {} AS entries FROM journey_event \
                 WHERE employee_id IN (",
                entries_as_json(backend)
            ),
        );
        q.push_bind_list(ids.iter().copied())
            .push(") GROUP BY employee_id, tenant_id");
        let rows = q.build().fetch_all(&mut *conn).await?;
        let mut journeys: Vec<(i64, Journey)> = Vec::with_capacity(rows.len());
        for r in &rows {
            use sqlx::Row;
            // Counted whatever the kind: the count must match the table's, rows of kinds a
            // newer instance wrote included.
            let (entries, events) = entries_from_json(r.try_get("entries")?)?;
            journeys.push((
                r.try_get("employee_id")?,
                Journey {
                    tenant_id: r.try_get("tenant_id")?,
                    entries,
                    events,
                },
            ));
        }
        if journeys.is_empty() {
            continue;
        }
        let mut q = super::Sql::new(
            backend,
            "INSERT INTO journey_progress (employee_id, tenant_id, stage, opened_at_ms, \
             started_at_ms, handed_off_at_ms, confirmed_at_ms, signed_in_at_ms, last_seen_ms, \
             stuck_flow, stuck_step, stuck_symptom, stuck_at_ms, platform, os_version, browser, in_app, \
             events) ",
        );
        // In employee order, so concurrent writers lock progress rows in the same order.
        journeys.sort_unstable_by_key(|(employee_id, _)| *employee_id);
        q.push_values(&journeys, |mut row, (employee_id, journey)| {
            let entries = &journey.entries;
            let summary = summarise(entries);
            let [opened, started, handed_off, confirmed, signed_in] = milestones(entries);
            let latest = entries.iter().max_by_key(|e| e.last_at_ms);
            let stuck = summary.stuck.as_ref();
            row.push_bind(*employee_id)
                .push_bind(journey.tenant_id)
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
                .push_bind(latest.and_then(|e| e.in_app.clone()))
                .push_bind(journey.events);
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
             browser = excluded.browser, in_app = excluded.in_app, events = excluded.events",
        );
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// One employee's journey rows as [`refresh`] reads them.
struct Journey {
    tenant_id: i64,
    entries: Vec<JourneyEntry>,
    /// The sum of the rows' `times`.
    events: i64,
}

/// [`refresh`] in transactions of its own, a chunk of employees each, so a long list never
/// holds the database's write lock for long. (Each chunk is put in order by [`refresh`].)
pub async fn refresh_apart(db: &super::Db, employees: &[i64]) -> Result<(), sqlx::Error> {
    for ids in employees.chunks(CHUNK) {
        let mut tx = super::begin_write(db).await?;
        refresh(&mut tx, ids).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Makes again the progress of every employee whose summary is missing or was made from fewer
/// events than their journey now holds: events stored before this table existed, by an older
/// version, or by a writer that stopped before it refreshed. Runs at start; one pass over the
/// journey table.
pub async fn backfill(db: &super::Db) -> Result<usize, sqlx::Error> {
    let behind: Vec<i64> = sqlx::query_scalar(
        "SELECT j.employee_id FROM journey_event j \
         LEFT JOIN journey_progress p ON p.employee_id = j.employee_id \
         GROUP BY j.employee_id, p.events \
         HAVING p.events IS NULL OR SUM(j.times) <> p.events",
    )
    .fetch_all(db)
    .await?;
    refresh_apart(db, &behind).await?;
    if !behind.is_empty() {
        tracing::info!(
            employees = behind.len(),
            "journey progress brought up to date"
        );
    }
    Ok(behind.len())
}
