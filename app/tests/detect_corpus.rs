//! Detection against a corpus of real User-Agent strings and client hints
//! (`tests/data/ua-corpus.toml`; each case names where its strings were seen).

use app::domain::{RequestHints, detect};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    ua: String,
    source: String,
    #[serde(default)]
    hints: BTreeMap<String, String>,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    platform: String,
    os_version: String,
    os_at_least: Option<String>,
    browser: String,
    in_app: String,
    model: String,
}

fn or_none(v: Option<String>) -> String {
    v.unwrap_or_else(|| "none".to_owned())
}

#[test]
fn corpus_cases_are_detected_as_expected() {
    let corpus: Corpus =
        toml::from_str(include_str!("data/ua-corpus.toml")).expect("corpus parses");
    assert!(
        corpus.case.len() >= 60,
        "the corpus must hold at least 60 cases"
    );
    let mut failures = Vec::new();
    for case in &corpus.case {
        assert!(
            !case.source.is_empty(),
            "{}: every case names its source",
            case.name
        );
        let h = |k: &str| case.hints.get(k).map(String::as_str);
        let profile = detect(&RequestHints {
            user_agent: Some(&case.ua),
            brands: h("sec-ch-ua"),
            full_version_list: h("sec-ch-ua-full-version-list"),
            mobile: h("sec-ch-ua-mobile"),
            platform: h("sec-ch-ua-platform"),
            platform_version: h("sec-ch-ua-platform-version"),
            model: h("sec-ch-ua-model"),
        });
        let got = [
            ("platform", profile.platform.id().to_owned()),
            (
                "os_version",
                or_none(profile.os_version.map(|v| v.to_string())),
            ),
            (
                "browser",
                or_none(profile.browser.map(|b| b.id().to_owned())),
            ),
            ("in_app", or_none(profile.in_app.map(|a| a.id().to_owned()))),
            ("model", or_none(profile.model.clone())),
        ];
        let e = &case.expect;
        let want = [&e.platform, &e.os_version, &e.browser, &e.in_app, &e.model];
        for ((field, got), want) in got.iter().zip(want) {
            if got != want {
                failures.push(format!("{}: {field} = {got}, expected {want}", case.name));
            }
        }
        if let Some(floor) = &e.os_at_least {
            let got = or_none(profile.os_at_least.map(|v| v.to_string()));
            if &got != floor {
                failures.push(format!(
                    "{}: os_at_least = {got}, expected {floor}",
                    case.name
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
