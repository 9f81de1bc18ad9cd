//! The flow catalogue and the Fluent files agree with each other and across languages.

use app::domain::Platform;
use app::domain::catalogue::{Catalogue, CatalogueError, FlowDir, FlowFolder};
use app::domain::embedded::{FLOW_FOLDERS, RULES, SOURCES, TROUBLESHOOTING};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn flows_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/flows"))
}

/// The flow ids, read from the folders under `app/flows/` as they are now.
fn flow_folders() -> Vec<String> {
    FlowDir::read(flows_root())
        .expect("app/flows reads")
        .folders
        .into_iter()
        .map(|(name, _, _)| name)
        .collect()
}

#[test]
fn embedded_catalogue_is_complete_and_cites_sources() {
    let c = Catalogue::embedded();
    let folders = flow_folders();
    assert!(folders.len() >= 9, "the flows are found: {folders:?}");
    for id in &folders {
        let flow = c.flow(id).unwrap_or_else(|| panic!("flow {id} missing"));
        assert!(flow.handoff_step().is_some());
        assert!(flow.steps.iter().all(|s| !s.sources.is_empty()));
        assert!(flow.reviewed.starts_with("20"));
    }
    assert_eq!(c.flows().len(), folders.len());
    // Kept in rank order, each rank once.
    assert!(c.flows().windows(2).all(|w| w[0].rank < w[1].rank));
    // The facts the chooser depends on (seeds, platform-facts.md).
    let min = |flow: &str, p: Platform| {
        c.flow(flow)
            .unwrap()
            .min_version_for(p)
            .unwrap()
            .version
            .to_string()
    };
    assert_eq!(min("iphone-authenticator", Platform::Iphone), "17.0");
    assert_eq!(min("android-authenticator", Platform::Android), "14.0");
    assert_eq!(min("iphone-icloud-keychain", Platform::Iphone), "16.0");
    assert_eq!(min("macos", Platform::Macos), "13.0");
    assert_eq!(
        min("android-google-password-manager", Platform::Android),
        "9.0"
    );
}

#[test]
fn the_embedded_folders_are_the_folders_on_disk() {
    let embedded: Vec<&str> = FLOW_FOLDERS.iter().map(|f| f.name).collect();
    assert_eq!(embedded, flow_folders());
    let on_disk = FlowDir::read(flows_root()).unwrap();
    assert_eq!(on_disk.folders(), FLOW_FOLDERS);
    assert_eq!(
        (
            on_disk.sources.as_str(),
            on_disk.troubleshooting.as_str(),
            on_disk.rules.as_str()
        ),
        (SOURCES, TROUBLESHOOTING, RULES)
    );
}

/// Loads the embedded shared files with these flow folders.
fn load(folders: &[FlowFolder<'_>]) -> Result<Catalogue, CatalogueError> {
    Catalogue::from_folders(folders, SOURCES, TROUBLESHOOTING, RULES)
}

#[test]
fn broken_catalogue_files_are_reported_not_loaded() {
    let first = FLOW_FOLDERS[0];
    let no_handoff = first.flow.replace("handoff = true", "handoff = false");
    let mut folders = FLOW_FOLDERS.to_vec();
    folders[0].flow = &no_handoff;
    let err = load(&folders).unwrap_err();
    assert!(matches!(err, CatalogueError::Invalid(m) if m.contains("hand-off")));
    let err = load(&[FlowFolder {
        name: "x",
        flow: "id = [",
        illustrations: "",
    }])
    .unwrap_err();
    assert!(matches!(err, CatalogueError::Parse { file, .. } if file == "x/flow.toml"));
    let no_source = first
        .flow
        .replacen("sources = [\"", "sources = [\"no-such-source\", \"", 1);
    let err = load(&[FlowFolder {
        flow: &no_source,
        ..first
    }])
    .unwrap_err();
    assert!(matches!(err, CatalogueError::Invalid(m) if m.contains("no-such-source")));
    // A folder's name is its flow's id.
    let err = load(&[FlowFolder {
        name: "renamed",
        ..first
    }])
    .unwrap_err();
    assert!(
        matches!(&err, CatalogueError::Invalid(m) if m.starts_with("renamed/flow.toml:")),
        "{err}"
    );
    // Two flows may not share a rank: the order would depend on the folder names.
    let second = FLOW_FOLDERS[1];
    let rank_of = |text: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix("rank = "))
            .expect("every flow has a rank")
            .to_owned()
    };
    let same_rank = second.flow.replace(
        &format!("rank = {}", rank_of(second.flow)),
        &format!("rank = {}", rank_of(first.flow)),
    );
    let err = load(&[
        first,
        FlowFolder {
            flow: &same_rank,
            ..second
        },
    ])
    .unwrap_err();
    assert!(
        matches!(&err, CatalogueError::Invalid(m) if m.contains("the same rank")),
        "{err}"
    );
}

/// Message id → the variables it references, for one locale.
fn messages(locale_dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(locale_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    assert!(
                        m.attributes.is_empty(),
                        "{}: attributes are not used",
                        m.id.name
                    );
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{id} defined twice in {}",
                        locale_dir.display()
                    );
                }
                ast::Entry::Junk { content } => panic!("{}: unparsable: {content}", file.display()),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

fn locales_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

#[test]
fn every_locale_has_exactly_the_english_keys_and_placeables() {
    let en = messages(&locales_root().join("en"));
    let mut checked = 0;
    for dir in std::fs::read_dir(locales_root()).unwrap() {
        let dir = dir.unwrap().path();
        let other = messages(&dir);
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{name}: missing {missing:?}, extra {extra:?}"
        );
        for (key, vars) in &en {
            assert_eq!(
                vars, &other[key],
                "{name}: {key} uses different variables than en"
            );
        }
        checked += 1;
    }
    assert!(checked >= 2, "en and de at least");
}

/// The keys the code uses. The scan names server-side items (reminders, the dashboard, the
/// console's audit actions), so it runs with the `ssr` feature.
#[cfg(feature = "ssr")]
mod code_keys {
    use super::{Catalogue, locales_root, messages};
    use app::domain::events::EventKind;
    use app::domain::journey::Stage;
    use app::domain::reminders::{Content, Skip};
    use app::domain::{Browser, InApp, Platform};
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Keys the code builds from ids (`platform-{id}` …) and keys it names literally.
    fn keys_used_by_code() -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for p in Platform::ALL {
            keys.insert(format!("platform-{p}"));
            keys.insert(format!("os-{p}"));
        }
        keys.extend(Browser::ALL.iter().map(|b| format!("browser-{b}")));
        keys.extend(InApp::ALL.iter().map(|a| format!("in-app-{a}")));
        keys.extend(
            EventKind::ALL
                .iter()
                .map(|k| format!("admin-journey-kind-{}", k.id())),
        );
        keys.extend(
            Stage::ALL
                .iter()
                .map(|s| format!("admin-journey-stage-{}", s.id())),
        );
        keys.extend(
            Skip::ALL
                .iter()
                .map(|s| format!("admin-reminders-skip-{}", s.id())),
        );
        keys.extend(
            Content::IDS
                .iter()
                .map(|c| format!("admin-reminders-content-{c}")),
        );
        keys.extend(
            ["queued", "sent", "failed", "superseded"]
                .iter()
                .map(|s| format!("admin-reminders-state-{s}")),
        );
        keys.extend(
            app::domain::dashboard::FUNNEL
                .iter()
                .map(|s| format!("dashboard-funnel-{s}")),
        );
        keys.extend(
            app::domain::dashboard::Straggler::ALL
                .iter()
                .map(|s| format!("dashboard-straggler-{}", s.id())),
        );
        keys.extend(
            app::admin::AUDIT_ACTIONS
                .iter()
                .map(|a| format!("audit-action-{a}")),
        );
        // Comms: message kinds, cohorts, wave states, template problems and digest reasons.
        keys.extend(
            app::domain::templates::Kind::ALL
                .iter()
                .map(|k| format!("comms-kind-{}", k.id())),
        );
        keys.extend(
            app::domain::templates::Field::ALL
                .iter()
                .map(|f| format!("comms-field-{}", f.id())),
        );
        keys.extend(
            [
                "unknown-placeholder",
                "not-allowed",
                "missing",
                "unclosed",
                "line-break",
                "empty",
                "too-long",
            ]
            .iter()
            .map(|p| format!("comms-problem-{p}")),
        );
        keys.extend(
            ["everyone", "department", "group", "list"]
                .iter()
                .map(|c| format!("comms-cohort-{c}")),
        );
        keys.extend(
            ["scheduled", "sending", "sent", "failed"]
                .iter()
                .map(|s| format!("comms-wave-state-{s}")),
        );
        keys.extend(
            ["transport", "programme", "wave", "wave-cancelled", "test"]
                .iter()
                .map(|s| format!("comms-saved-{s}")),
        );
        keys.extend(
            app::domain::comms::Reason::ALL
                .iter()
                .map(|r| format!("digest-reason-{}", r.id())),
        );
        // Literal keys: every string argument of t(...) / t_args(...) and the keys picked in `if`s.
        // The server writes mail with the same catalogue.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut stack = vec![root.join("src"), root.join("../server/src")];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    // Unit tests look up missing keys on purpose.
                    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                    for call in [".t(", ".t_args("] {
                        for (i, _) in text.match_indices(call) {
                            // The key is the call's first argument: a literal, or literals chosen
                            // by an `if`/`match` before the argument list ends.
                            let rest = &text[i + call.len()..];
                            let end = rest.find([')', '&']).unwrap_or(rest.len());
                            for (j, lit) in rest[..end].split('"').enumerate() {
                                if j % 2 == 1 && is_key(lit) {
                                    keys.insert(lit.to_owned());
                                }
                            }
                        }
                    }
                }
            }
        }
        keys
    }

    fn is_key(s: &str) -> bool {
        s.len() > 3
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    #[test]
    fn every_key_the_code_and_catalogue_use_exists() {
        let en = messages(&locales_root().join("en"));
        let mut used: BTreeSet<String> = keys_used_by_code();
        used.extend(
            Catalogue::embedded()
                .fluent_keys()
                .into_iter()
                .map(str::to_owned),
        );
        let missing: Vec<_> = used.iter().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "keys used but not in locales/en: {missing:?}"
        );
        assert!(used.len() > 150, "the scan found the keys ({})", used.len());
    }
}
