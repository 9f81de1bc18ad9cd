//! Detection + flow choice per request, the work every guide page and `/api/v1/detect` does
//! before rendering. Goal: ≤ 3 µs per request. Baseline in the same run: woothee's parse
//! alone, which detection builds on.

use app::domain::{Catalogue, Policy, RequestHints, choose, detect};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// (name, User-Agent, client hints as (field, raw header value)).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const CASES: &[Case] = &[
    (
        "iphone-safari",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        &[],
    ),
    (
        "samsung-chrome-hints",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        &[
            (
                "brands",
                "\"Chromium\";v=\"124\", \"Google Chrome\";v=\"124\", \"Not-A.Brand\";v=\"99\"",
            ),
            ("platform", "\"Android\""),
            ("platform_version", "\"14.0.0\""),
            ("model", "\"SM-S918B\""),
        ],
    ),
    (
        "windows11-edge-hints",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
        &[
            (
                "brands",
                "\"Chromium\";v=\"124\", \"Microsoft Edge\";v=\"124\", \"Not-A.Brand\";v=\"99\"",
            ),
            ("platform", "\"Windows\""),
            ("platform_version", "\"15.0.0\""),
        ],
    ),
    (
        "mac-firefox",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0",
        &[],
    ),
];

fn hints<'a>(ua: &'a str, extra: &'a [(&'a str, &'a str)]) -> RequestHints<'a> {
    let get = |k: &str| extra.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
    RequestHints {
        user_agent: Some(ua),
        brands: get("brands"),
        platform: get("platform"),
        platform_version: get("platform_version"),
        model: get("model"),
        ..RequestHints::default()
    }
}

fn bench(c: &mut Criterion) {
    let catalogue = Catalogue::embedded();
    let policy = Policy::default();
    let parser = woothee::parser::Parser::new();
    let mut group = c.benchmark_group("per-request");
    for (name, ua, extra) in CASES {
        group.bench_with_input(BenchmarkId::new("woothee-baseline", name), ua, |b, ua| {
            b.iter(|| black_box(parser.parse(black_box(ua))))
        });
        group.bench_with_input(BenchmarkId::new("detect", name), ua, |b, ua| {
            b.iter(|| black_box(detect(black_box(&hints(ua, extra)))))
        });
        group.bench_with_input(BenchmarkId::new("detect+choose", name), ua, |b, ua| {
            b.iter(|| {
                let profile = detect(black_box(&hints(ua, extra)));
                black_box(choose(catalogue, &profile, &policy).flow_ids().len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
