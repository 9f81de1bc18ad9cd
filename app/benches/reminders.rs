//! Reminder planning for a 100,000-employee tenant (goal: ≤ 1 s). Baseline in the same run:
//! summarising the same journeys, the work the planner's input needs anyway, so the ratio
//! shows what deciding and scheduling add. Needs the `ssr` feature (the planner is
//! server-side): `cargo bench -p app --features ssr --bench reminders`.

use app::domain::events::EventKind;
use app::domain::journey::{JourneyEntry, Stage, Summary, summarise};
use app::domain::reminders::{Candidate, Settings, plan};
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::hint::black_box;

const EMPLOYEES: usize = 100_000;

fn journey(i: usize) -> Vec<JourneyEntry> {
    let e = |kind, step: u16, detail: &str, at: i64| JourneyEntry {
        kind,
        flow: "iphone-authenticator".into(),
        step,
        detail: detail.into(),
        platform: "iphone".into(),
        os_version: None,
        browser: None,
        in_app: None,
        first_at_ms: at,
        last_at_ms: at,
        times: 1,
    };
    // A realistic mix: a third never opened, a third part-way, a sixth stuck, a sixth handed off.
    match i % 6 {
        0 | 1 => vec![],
        2 | 3 => vec![
            e(EventKind::FlowChosen, 1, "", 1),
            e(EventKind::StepViewed, 3, "", 2),
        ],
        4 => vec![
            e(EventKind::StepViewed, 4, "", 1),
            e(EventKind::Stuck, 4, "ca-bootstrap-loop", 2),
        ],
        _ => vec![
            e(EventKind::StepViewed, 3, "", 1),
            e(EventKind::HandoffClicked, 3, "", 2),
        ],
    }
}

fn bench(c: &mut Criterion) {
    let journeys: Vec<Vec<JourneyEntry>> = (0..EMPLOYEES).map(journey).collect();
    let summaries: Vec<Summary> = journeys.iter().map(|j| summarise(j)).collect();
    let announced: Timestamp = "2026-11-23T08:00:00Z".parse().unwrap();
    let now: Timestamp = "2026-12-08T10:00:00Z".parse().unwrap();
    let settings = Settings {
        time_zone: TimeZone::get("Europe/Berlin").unwrap(),
        per_hour: 20_000,
        ..Settings::default()
    };
    let done: Vec<Vec<u16>> = (0..EMPLOYEES)
        .map(|i| if i % 2 == 0 { vec![7] } else { vec![] })
        .collect();
    let candidates: Vec<Candidate<'_>> = (0..EMPLOYEES)
        .map(|i| Candidate {
            employee_id: i as i64,
            announced_at: Some(announced),
            has_passkey: Some(i % 10 == 0),
            opted_out: i % 97 == 0,
            journey: &summaries[i],
            done: &done[i],
        })
        .collect();
    let mut g = c.benchmark_group("reminders-100k");
    g.sample_size(10);
    g.bench_function("baseline: summarise journeys", |b| {
        b.iter(|| {
            black_box(
                journeys
                    .iter()
                    .map(|j| summarise(black_box(j)))
                    .filter(|s| s.stage == Stage::NotOpened)
                    .count(),
            )
        })
    });
    g.bench_function("plan", |b| {
        b.iter(|| black_box(plan(now, &settings, &candidates).len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
