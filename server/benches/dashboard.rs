//! The rollout dashboard for a tenant of 100,000 employees and 1,000,000 guide events on
//! SQLite, over HTTP from a signed-in owner's session: full page views (queries and
//! rendering), filtered views, the stragglers page and a CSV export. In the same run, two
//! baselines: the roster page (an existing console page over the same employees) and the
//! approach the progress rollup replaces (reading every journey row of the tenant and
//! summarising it in Rust).
//!
//! The events go through the real batching writer's insert, so `journey_progress` is built the
//! way it is in production; seeding time is reported too. Run with `scripts/bench-dashboard.sh`;
//! DASHBOARD_EMPLOYEES and DASHBOARD_EVENTS change the size.

#[path = "../tests/common/mod.rs"]
mod common;

use app::domain::events::{EventKind, GuideEvent};
use app::domain::journey::{JourneyEntry, summarise};
use app::domain::roster::EmployeeRow;
use app::domain::tenant::Role;
use app::domain::{Browser, InApp, OsVersion, Platform};
use passkey_guide::store::{employees, tenants};
use std::collections::HashMap;
use std::time::{Duration, Instant};

const DAY_MS: i64 = 86_400_000;
const RUNS: usize = 30;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small deterministic mix (SplitMix64), so every run seeds the same data.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

struct Device {
    platform: Platform,
    os: Option<OsVersion>,
    browser: Browser,
    in_app: Option<InApp>,
    flow: &'static str,
}

fn device(r: u64) -> Device {
    let d = |platform, os: Option<OsVersion>, browser, flow| Device {
        platform,
        os,
        browser,
        in_app: None,
        flow,
    };
    let mut dev = match r % 100 {
        0..=39 => d(
            Platform::Iphone,
            Some(
                [
                    OsVersion::new(16, 7),
                    OsVersion::new(17, 5),
                    OsVersion::new(18, 1),
                ][(r / 100 % 3) as usize],
            ),
            Browser::Safari,
            "iphone-authenticator",
        ),
        40..=59 => d(
            Platform::Android,
            Some(OsVersion::major([13, 14, 15][(r / 100 % 3) as usize])),
            Browser::Chrome,
            "android-authenticator",
        ),
        60..=69 => d(
            Platform::Samsung,
            Some(OsVersion::major(14)),
            Browser::SamsungInternet,
            "samsung",
        ),
        70..=89 => d(Platform::Windows, None, Browser::Edge, "windows-hello"),
        _ => d(Platform::Macos, None, Browser::Safari, "macos"),
    };
    if (r / 1000).is_multiple_of(20) {
        dev.in_app = Some(InApp::Outlook);
        dev.browser = Browser::Webview;
    }
    dev
}

/// The events of one employee's journey, and where a reload would land.
fn journey(i: u64, t0: i64) -> Vec<(i64, EventKind, Option<u16>, Option<&'static str>)> {
    let r = mix(i);
    let mut out = Vec::new();
    if r % 100 >= 80 {
        return out; // never opened
    }
    let at = t0 + (r % 20) as i64 * DAY_MS + (r / 7 % 36_000_000) as i64;
    out.push((at, EventKind::LinkOpened, None, None));
    if r / 100 % 100 >= 85 {
        return out;
    }
    out.push((at + 60_000, EventKind::FlowChosen, Some(1), None));
    let steps = 1 + (r / 10_000 % 4) as u16;
    for s in 1..=steps {
        out.push((
            at + 120_000 * i64::from(s),
            EventKind::StepViewed,
            Some(s),
            None,
        ));
    }
    if (r / 1_000_000).is_multiple_of(10) {
        out.push((
            at + 600_000,
            EventKind::Stuck,
            Some(steps),
            Some("screen-lock-missing"),
        ));
    }
    if r / 100_000 % 100 < 60 {
        out.push((
            at + 700_000,
            EventKind::HandoffClicked,
            Some(steps + 1),
            None,
        ));
        if (r / 10_000_000).is_multiple_of(2) {
            out.push((at + 900_000, EventKind::Confirmed, Some(0), None));
        }
    }
    out
}

async fn seed(pool: &passkey_guide::store::Db, employees: usize, total: usize, now: i64) -> i64 {
    let tenant = tenants::create(pool, "bench", "Bench").await.unwrap();
    let rows: Vec<EmployeeRow> = (0..employees)
        .map(|i| EmployeeRow {
            upn: None,
            email: format!("e{i}@bench.example"),
            display_name: format!("Employee {i:06}"),
            preferred_language: None,
            department: Some(format!("Department {:02}", i % 20)),
            manager: Some(format!("m{}@bench.example", i % 500)),
        })
        .collect();
    employees::import(pool, tenant.id, &rows, |_| {})
        .await
        .unwrap();
    let first: i64 = sqlx::query_scalar("SELECT MIN(id) FROM employee")
        .fetch_one(pool)
        .await
        .unwrap();
    let t0 = now - 28 * DAY_MS;

    // Journeys first, then reloads of steps already seen until the total is reached.
    let mut evs: Vec<(i64, GuideEvent)> = Vec::with_capacity(total);
    let mut reloadable = Vec::new();
    for i in 0..employees as u64 {
        let dev = device(mix(i ^ 0xdead));
        for (at, kind, step, detail) in journey(i, t0) {
            if evs.len() == total {
                break;
            }
            if kind == EventKind::StepViewed {
                reloadable.push(evs.len());
            }
            evs.push((
                at,
                GuideEvent {
                    kind,
                    flow: step.map(|_| dev.flow.to_owned()),
                    step,
                    detail: detail.map(str::to_owned),
                    platform: dev.platform,
                    os_version: dev.os,
                    browser: Some(dev.browser),
                    in_app: dev.in_app,
                    locale: "en".to_owned(),
                    tenant_id: Some(tenant.id),
                    employee_id: Some(first + i as i64),
                },
            ));
        }
    }
    let mut k = 0u64;
    while evs.len() < total && !reloadable.is_empty() {
        let (at, e) = evs[reloadable[(mix(k) % reloadable.len() as u64) as usize]].clone();
        evs.push((at + 3_600_000, e));
        k += 1;
    }
    let start = Instant::now();
    for batch in evs.chunks(500) {
        passkey_guide::store::events::insert_events(pool, batch)
            .await
            .unwrap();
    }
    let took = start.elapsed();
    println!(
        "seeded {} events for {employees} employees through the writer in {:.1} s ({:.0} events/s, progress rollup included)",
        evs.len(),
        took.as_secs_f64(),
        evs.len() as f64 / took.as_secs_f64()
    );

    // Entra status: 35% registered, 55% not, 10% not in the report. Mail: everyone announced
    // on day 0, two in five reminded on day 7.
    for sql in [
        format!("UPDATE employee SET announced_at_ms = {t0}"),
        format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms, passkey_since_ms) \
             SELECT tenant_id, email, id % 20 < 7, '', 'graph', {now}, \
                    CASE WHEN id % 20 < 7 THEN {t0} + (id % 28) * {DAY_MS} + 3600000 END \
             FROM employee WHERE id % 10 <> 9"
        ),
        format!(
            "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, created_at_ms, next_attempt_at_ms, sent_at_ms) \
             SELECT tenant_id, id, 'announcement', 'a:' || id, email, 's', 'b', {t0}, {t0}, {t0} FROM employee"
        ),
        format!(
            "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, created_at_ms, next_attempt_at_ms, sent_at_ms) \
             SELECT tenant_id, id, 'reminder', 'r:' || id, email, 's', 'b', {r}, {r}, {r} FROM employee WHERE id % 5 < 2",
            r = t0 + 7 * DAY_MS + 32_400_000
        ),
        "ANALYZE".to_owned(),
    ] {
        sqlx::query(&sql).execute(pool).await.unwrap();
    }
    tenant.id
}

struct Stats {
    p50: Duration,
    p95: Duration,
    max: Duration,
    bytes: usize,
}

async fn measure(c: &reqwest::Client, url: &str) -> Stats {
    let mut times = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    // One warm-up request (page cache, prepared statements).
    let res = c.get(url).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::OK, "{url}");
    res.bytes().await.unwrap();
    for _ in 0..RUNS {
        let start = Instant::now();
        let res = c.get(url).send().await.unwrap();
        assert_eq!(res.status(), reqwest::StatusCode::OK, "{url}");
        bytes = res.bytes().await.unwrap().len();
        times.push(start.elapsed());
    }
    times.sort();
    Stats {
        p50: times[RUNS / 2],
        p95: times[RUNS * 95 / 100],
        max: times[RUNS - 1],
        bytes,
    }
}

/// The design the rollup replaces: every journey row of the tenant, summarised per employee.
async fn naive(pool: &passkey_guide::store::Db, tenant: i64) -> Duration {
    let start = Instant::now();
    let rows = sqlx::query(&format!(
        "SELECT employee_id, {} FROM journey_event WHERE tenant_id = $1",
        passkey_guide::store::journey::ENTRY_COLUMNS
    ))
    .bind(tenant)
    .fetch_all(pool)
    .await
    .unwrap();
    let mut journeys: HashMap<i64, Vec<JourneyEntry>> = HashMap::new();
    for r in &rows {
        use sqlx::Row;
        if let Some(e) = passkey_guide::store::journey::entry_from_row(r).unwrap() {
            journeys.entry(r.get("employee_id")).or_default().push(e);
        }
    }
    let started = journeys
        .values()
        .filter(|j| summarise(j).stage >= app::domain::journey::Stage::FlowStarted)
        .count();
    assert!(started > 0);
    start.elapsed()
}

#[tokio::main]
async fn main() {
    let employees = env_or("DASHBOARD_EMPLOYEES", 100_000);
    let total = env_or("DASHBOARD_EVENTS", 1_000_000);
    let s = common::start_insecure().await;
    let now = passkey_guide::store::now_ms();
    let tenant = seed(&s.pool, employees, total, now).await;
    let counted: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM guide_event")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let journey_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM journey_event")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let progress_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM journey_progress")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(counted as usize, total, "every event stored");
    if let Ok(path) = std::env::var("DASHBOARD_SAVE") {
        // A copy to study queries with the sqlite3 shell.
        let _ = std::fs::remove_file(&path);
        sqlx::query(&format!("VACUUM INTO '{path}'"))
            .execute(&s.pool)
            .await
            .unwrap();
    }
    println!(
        "guide_event rows: {counted}, journey_event rows: {journey_rows}, journey_progress rows: {progress_rows}"
    );

    s.admin("bench", "owner@bench.example", Role::Owner).await;
    let (c, _) = s.sign_in("owner@bench.example").await;
    let today = jiff::Timestamp::from_millisecond(now)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let from = today.checked_sub(jiff::Span::new().days(13)).unwrap();
    let cases = [
        ("roster page (baseline)", "/admin/t/bench/roster".to_owned()),
        ("dashboard, all time", "/admin/t/bench/dashboard".to_owned()),
        (
            "dashboard, one department",
            "/admin/t/bench/dashboard?department=Department%2007".to_owned(),
        ),
        (
            "dashboard, last 14 days",
            format!("/admin/t/bench/dashboard?from={from}&to={today}"),
        ),
        (
            "stragglers page 1 (all reasons)",
            "/admin/t/bench/stragglers".to_owned(),
        ),
        (
            "funnel CSV",
            "/admin/t/bench/dashboard/funnel.csv".to_owned(),
        ),
    ];
    println!(
        "\n{:<34} {:>9} {:>9} {:>9} {:>9}",
        "request", "p50 ms", "p95 ms", "max ms", "KB"
    );
    let mut baseline = None;
    for (name, path) in cases {
        let st = measure(&c, &s.url(&path)).await;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        baseline.get_or_insert(st.p50);
        println!(
            "{name:<34} {:>9.1} {:>9.1} {:>9.1} {:>9.1}   ({:.1}x the baseline's p50)",
            ms(st.p50),
            ms(st.p95),
            ms(st.max),
            st.bytes as f64 / 1024.0,
            st.p50.as_secs_f64() / baseline.unwrap().as_secs_f64()
        );
    }
    let mut naive_times: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        naive_times.push(naive(&s.pool, tenant).await);
    }
    naive_times.sort();
    println!(
        "\nwithout the rollup (read {journey_rows} journey rows and summarise in Rust): median {:.1} ms",
        naive_times[2].as_secs_f64() * 1000.0
    );
}
