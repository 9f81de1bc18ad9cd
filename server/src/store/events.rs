//! Guide events stored in batches (the event writer's one statement pair per batch).
//!
//! Every event goes to `guide_event` (the anonymous statistics); identical events the writer
//! merged while they waited are one row, with how many they were in `times` and the first one's
//! time. Events of an employee who came through their personal link also go to
//! `journey_event`, idempotently: the same thing done again (a reload) updates its row's last
//! time and count instead of adding a row. Their progress summary is refreshed in the same
//! transaction ([`insert_events`]), or, by the event writer, shortly after ([`store_events`]).

use super::Db;
use app::domain::events::{GuideEvent, Tally};
use std::collections::HashMap;

/// Stores events and refreshes the progress of the employees they name, in one transaction.
pub async fn insert_events(pool: &Db, batch: &[(i64, GuideEvent)]) -> Result<(), sqlx::Error> {
    let rows: Vec<(GuideEvent, Tally)> = batch
        .iter()
        .map(|(at, e)| (e.clone(), Tally::once(*at)))
        .collect();
    let mut tx = super::begin_write(pool).await?;
    let employees = stage(&mut tx, &rows).await?;
    super::progress::refresh(&mut tx, &employees).await?;
    tx.commit().await
}

/// Stores merged events in one transaction, without refreshing progress; returns the
/// employees whose progress the caller must still refresh
/// ([`super::progress::refresh_apart`]). A crash before that leaves nothing lost:
/// [`super::progress::backfill`] finds those summaries at start.
pub async fn store_events(
    pool: &Db,
    batch: &[(GuideEvent, Tally)],
) -> Result<Vec<i64>, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    let employees = stage(&mut tx, batch).await?;
    tx.commit().await?;
    Ok(employees)
}

/// Writes a batch's rows inside the caller's transaction; returns the employees whose journey
/// it changed, in id order.
async fn stage(tx: &mut super::Tx, batch: &[(GuideEvent, Tally)]) -> Result<Vec<i64>, sqlx::Error> {
    let backend = super::Backend::of_conn(tx);
    // An employee erased while their events waited: those events stay as anonymous statistics
    // and leave no journey row, instead of failing the batch (and everyone else's events in
    // it) on the foreign key.
    let mut named: Vec<i64> = batch.iter().filter_map(|(e, _)| e.employee_id).collect();
    named.sort_unstable();
    named.dedup();
    // Counted first: every row a query returns costs more than the lookup that found it, and
    // nearly always every employee is there.
    let mut gone = Vec::new();
    for ids in named.chunks(1000) {
        let mut q = super::Sql::new(backend, "SELECT COUNT(*) FROM employee WHERE id IN (");
        q.push_bind_list(ids.iter().copied()).push(")");
        let found: i64 = q.build_query_scalar().fetch_one(&mut **tx).await?;
        if usize::try_from(found) == Ok(ids.len()) {
            continue;
        }
        let mut q = super::Sql::new(backend, "SELECT id FROM employee WHERE id IN (");
        q.push_bind_list(ids.iter().copied()).push(")");
        let present: std::collections::HashSet<i64> = q
            .build_query_scalar()
            .fetch_all(&mut **tx)
            .await?
            .into_iter()
            .collect();
        gone.extend(ids.iter().filter(|id| !present.contains(id)));
    }
    let anonymised: Vec<(GuideEvent, Tally)>;
    let batch = if gone.is_empty() {
        batch
    } else {
        anonymised = batch
            .iter()
            .map(|(e, tally)| {
                let mut e = e.clone();
                e.employee_id = e.employee_id.filter(|id| gone.binary_search(id).is_err());
                (e, *tally)
            })
            .collect();
        &anonymised
    };
    let mut q = super::Sql::new(
        backend,
        "INSERT INTO guide_event (occurred_at_ms, times, kind, flow_id, step, detail, platform, os_version, browser, in_app, locale, tenant_id, employee_id) ",
    );
    q.push_values(batch, |mut row, (e, tally)| {
        row.push_bind(tally.first_ms)
            .push_bind(tally.times)
            .push_bind(e.kind.id())
            .push_bind(e.flow.as_deref())
            .push_bind(e.step.map(i64::from))
            .push_bind(e.detail.as_deref())
            .push_bind(e.platform.id())
            .push_bind(e.os_version.map(|v| v.to_string()))
            .push_bind(e.browser.map(|b| b.id()))
            .push_bind(e.in_app.map(|a| a.id()))
            .push_bind(e.locale.as_str())
            .push_bind(e.tenant_id)
            .push_bind(e.employee_id);
    });
    q.build().execute(&mut **tx).await?;
    let mut journey = journey_rows(batch);
    // Rows in key order: two instances storing batches for the same employees lock their rows
    // in the same order, so PostgreSQL never has to break a deadlock between them.
    journey.sort_unstable_by(|a, b| a.key().cmp(&b.key()));
    // SQLite allows 32766 bound values per statement, PostgreSQL 65535; 13 per row keeps well
    // under both.
    for chunk in journey.chunks(1000) {
        let mut q = super::Sql::new(
            backend,
            "INSERT INTO journey_event (tenant_id, employee_id, kind, flow_id, step, detail, platform, os_version, browser, in_app, first_at_ms, last_at_ms, times) ",
        );
        q.push_values(chunk, |mut row, j| {
            let e = j.event;
            row.push_bind(j.tenant_id)
                .push_bind(j.employee_id)
                .push_bind(e.kind.id())
                .push_bind(e.flow.as_deref().unwrap_or(""))
                .push_bind(i64::from(e.step.unwrap_or(0)))
                .push_bind(e.detail.as_deref().unwrap_or(""))
                .push_bind(e.platform.id())
                .push_bind(e.os_version.map(|v| v.to_string()))
                .push_bind(e.browser.map(|b| b.id()))
                .push_bind(e.in_app.map(|a| a.id()))
                .push_bind(j.tally.first_ms)
                .push_bind(j.tally.last_ms)
                .push_bind(j.tally.times);
        });
        q.push(
            " ON CONFLICT (employee_id, kind, flow_id, step, detail) DO UPDATE SET \
             last_at_ms = CASE WHEN excluded.last_at_ms > journey_event.last_at_ms \
               THEN excluded.last_at_ms ELSE journey_event.last_at_ms END, \
             times = journey_event.times + excluded.times, \
             platform = excluded.platform, os_version = excluded.os_version, \
             browser = excluded.browser, in_app = excluded.in_app",
        );
        q.build().execute(&mut **tx).await?;
    }
    let mut employees: Vec<i64> = journey.iter().map(|j| j.employee_id).collect();
    employees.sort_unstable();
    employees.dedup();
    Ok(employees)
}

/// One journey row to upsert: a batch's events for the same employee and thing, merged, so
/// no statement touches a row twice. The newest event gives the device.
struct JourneyRow<'a> {
    tenant_id: i64,
    employee_id: i64,
    event: &'a GuideEvent,
    tally: Tally,
}

type JourneyKey<'a> = (i64, &'a str, &'a str, u16, &'a str);

/// An event's unique key in `journey_event`.
fn journey_key(employee_id: i64, e: &GuideEvent) -> JourneyKey<'_> {
    (
        employee_id,
        e.kind.id(),
        e.flow.as_deref().unwrap_or(""),
        e.step.unwrap_or(0),
        e.detail.as_deref().unwrap_or(""),
    )
}

impl<'a> JourneyRow<'a> {
    fn key(&self) -> JourneyKey<'a> {
        journey_key(self.employee_id, self.event)
    }
}

fn journey_rows(batch: &[(GuideEvent, Tally)]) -> Vec<JourneyRow<'_>> {
    let mut rows: Vec<JourneyRow<'_>> = Vec::new();
    let mut index: HashMap<JourneyKey<'_>, usize> = HashMap::new();
    for (e, tally) in batch {
        let (Some(tenant_id), Some(employee_id)) = (e.tenant_id, e.employee_id) else {
            continue;
        };
        let key = journey_key(employee_id, e);
        match index.get(&key) {
            Some(&i) => {
                let r = &mut rows[i];
                if r.tally.absorb(*tally) {
                    r.event = e;
                }
            }
            None => {
                index.insert(key, rows.len());
                rows.push(JourneyRow {
                    tenant_id,
                    employee_id,
                    event: e,
                    tally: *tally,
                });
            }
        }
    }
    rows
}
