//! Guide event ingest on SQLite: how many events per second the batching writer stores, against
//! storing each event in its own transaction (the naive write path) in the same run.
//!
//! Half the events belong to employees with personal links (so they are also upserted into
//! their journey, a quarter of them reloads of a step already stored), half are anonymous.
//! Run with `scripts/bench-ingest.sh`; the numbers go in BENCHMARKS.md.

use app::domain::events::{EventKind, EventSink, GuideEvent};
use app::domain::roster::EmployeeRow;
use app::domain::{Browser, OsVersion, Platform};
use passkey_guide::jobs::events;
use passkey_guide::store::{self as db, employees, tenants};
use std::time::Instant;

const EMPLOYEES: usize = 20_000;

fn event(i: usize, tenant: i64, first_employee: i64) -> GuideEvent {
    let personal = i.is_multiple_of(2);
    GuideEvent {
        kind: if i.is_multiple_of(7) {
            EventKind::LinkOpened
        } else {
            EventKind::StepViewed
        },
        flow: Some("iphone-authenticator".to_owned()),
        // Steps 1..6; with 20k employees and this spread, about a quarter repeat a row.
        step: Some((i / 2 % 6 + 1) as u16),
        detail: None,
        platform: Platform::Iphone,
        os_version: Some(OsVersion::new(18, 1)),
        browser: Some(Browser::Safari),
        in_app: None,
        locale: "en".to_owned(),
        tenant_id: Some(tenant),
        employee_id: personal.then(|| first_employee + (i / 2 % EMPLOYEES) as i64),
    }
}

async fn database(name: &str) -> (tempfile::TempDir, db::Db, i64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join(name).display());
    let pool = db::connect(&url).await.unwrap();
    let tenant = tenants::create(&pool, "bench", "Bench").await.unwrap();
    let rows: Vec<EmployeeRow> = (0..EMPLOYEES)
        .map(|i| EmployeeRow {
            upn: None,
            email: format!("e{i}@bench.example"),
            display_name: format!("E {i}"),
            preferred_language: None,
            department: None,
            manager: None,
        })
        .collect();
    employees::import(&pool, tenant.id, &rows, |_| {})
        .await
        .unwrap();
    let first: i64 = sqlx::query_scalar("SELECT MIN(id) FROM employee")
        .fetch_one(&pool)
        .await
        .unwrap();
    (dir, pool, tenant.id, first)
}

/// guide_event rows, the events they stand for, and the journey events (sums of `times`).
async fn stored(pool: &db::Db) -> (i64, i64, i64) {
    sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM guide_event), \
         (SELECT COALESCE(SUM(times), 0) FROM guide_event), \
         (SELECT COALESCE(SUM(times), 0) FROM journey_event)",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("INGEST_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let baseline_n = n / 10;

    // Baseline: one transaction per event, as a handler writing synchronously would.
    let (_d1, pool, tenant, first) = database("baseline.db").await;
    let batch: Vec<_> = (0..baseline_n)
        .map(|i| (i as i64, event(i, tenant, first)))
        .collect();
    let t = Instant::now();
    for e in &batch {
        passkey_guide::store::events::insert_events(&pool, std::slice::from_ref(e))
            .await
            .unwrap();
    }
    let base = baseline_n as f64 / t.elapsed().as_secs_f64();
    let (rows, _, _) = stored(&pool).await;
    assert_eq!(rows as usize, baseline_n);

    // The product's path: the sink's queue and the batching writer.
    let (_d2, pool, tenant, first) = database("batched.db").await;
    let (sink, writer) = events::start(pool.clone());
    let t = Instant::now();
    for i in 0..n {
        // Sustained load: at most 32,768 events waiting, as requests arriving over time
        // would leave, rather than one pile stored at the end.
        if i.is_multiple_of(1_000) {
            while sink.queued() > 32_768 {
                tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            }
        }
        sink.record(event(i, tenant, first));
    }
    let dropped = sink.dropped();
    drop(sink);
    writer.finish().await;
    let elapsed = t.elapsed().as_secs_f64();
    let (rows, events, journey) = stored(&pool).await;
    let personal = (0..n).filter(|i| i.is_multiple_of(2)).count() as i64;
    println!("events                     {n}");
    println!("stored (guide_event)       {events} events in {rows} rows");
    println!("journey events (sum times) {journey} of {personal} personal");
    println!(
        "batched writer             {:>9.0} events/s ({elapsed:.2} s)",
        n as f64 / elapsed
    );
    println!("baseline, 1 tx per event   {base:>9.0} events/s ({baseline_n} events)");
    println!(
        "ratio                      {:.1}x",
        n as f64 / elapsed / base
    );
    println!("dropped                    {dropped}");
    assert_eq!(dropped, 0, "nothing dropped under sustained load");
    assert_eq!(events as usize, n, "every event stored");
    assert_eq!(
        journey, personal,
        "every personal event counted in a journey"
    );
}
