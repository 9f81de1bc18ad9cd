//! The step illustrations: one per flow step, every word in every language, and every label
//! fits its drawing in every language.

use app::domain::catalogue::{Catalogue, CatalogueError, FlowFolder};
use app::domain::embedded::FLOW_FOLDERS;
use app::domain::illustration::Illustrations;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each embedded flow folder's `illustrations.toml`, in folder order, to edit.
fn drawings() -> Vec<String> {
    FLOW_FOLDERS
        .iter()
        .map(|f| f.illustrations.to_owned())
        .collect()
}

/// The drawings with the first `from` (in folder order) replaced by `to`.
fn replace_first(from: &str, to: &str) -> Vec<String> {
    let mut texts = drawings();
    let i = texts
        .iter()
        .position(|t| t.contains(from))
        .unwrap_or_else(|| panic!("no drawing has {from:?}"));
    texts[i] = texts[i].replacen(from, to, 1);
    texts
}

/// Loads the embedded flow folders with their drawings replaced by `texts`.
fn load(texts: &[String]) -> Result<Illustrations, CatalogueError> {
    let folders: Vec<FlowFolder<'_>> = FLOW_FOLDERS
        .iter()
        .zip(texts)
        .map(|(f, text)| FlowFolder {
            illustrations: text,
            ..*f
        })
        .collect();
    Illustrations::from_folders(&folders, Catalogue::embedded())
}

fn invalid(texts: &[String]) -> String {
    match load(texts) {
        Err(CatalogueError::Invalid(m)) => m,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn every_step_of_every_flow_has_exactly_one_drawing() {
    let c = Catalogue::embedded();
    let ills = Illustrations::embedded();
    let steps: usize = c.flows().iter().map(|f| f.steps.len()).sum();
    assert_eq!(ills.all().len(), steps);
    for flow in c.flows() {
        for step in &flow.steps {
            let ill = ills
                .get(&flow.id, &step.id)
                .unwrap_or_else(|| panic!("{}/{} has no drawing", flow.id, step.id));
            assert_eq!(ill.alt, format!("ill-{}-{}-alt", flow.id, step.id));
            assert!(!ill.sources.is_empty());
        }
    }
    // Only the security key's first step has nothing to tap.
    let info_only: Vec<_> = ills
        .all()
        .iter()
        .filter(|i| i.info_only)
        .map(|i| format!("{}/{}", i.flow, i.step))
        .collect();
    assert_eq!(info_only, ["security-key/before-you-start"]);
}

#[test]
fn a_missing_drawing_or_a_bad_one_is_reported() {
    // Drop the last folder's last drawing: its step is then without one.
    let all = drawings();
    let last = all.last().expect("flow folders");
    let cut = last.rfind("[[illustration]]").expect("drawings");
    let mut dropped = all.clone();
    *dropped.last_mut().unwrap() = last[..cut].to_owned();
    let m = invalid(&dropped);
    assert!(m.contains("has no illustration"), "{m}");

    let mut twice = all.clone();
    *twice.last_mut().unwrap() = format!("{last}\n{}", &last[cut..]);
    assert!(invalid(&twice).contains("defined twice"));

    // A drawing in another flow's folder.
    let mut moved = all.clone();
    moved[0] = format!("{}\n{}", all[0], &last[cut..]);
    let m = invalid(&moved);
    assert!(m.contains("belongs in the folder of flow"), "{m}");

    let two_targets = replace_first(
        r#"{ kind = "row" },"#,
        r#"{ kind = "row", highlight = true },"#,
    );
    assert!(invalid(&two_targets).contains("rings 2 targets"));

    let no_target = replace_first(", highlight = true }", " }");
    assert!(invalid(&no_target).contains("rings 0 targets"));

    let unknown_step = replace_first(r#"step = "install-app""#, r#"step = "no-such""#);
    assert!(invalid(&unknown_step).contains("no such step"));

    let unknown_source = replace_first(r#"sources = [""#, r#"sources = ["no-such-source", ""#);
    assert!(invalid(&unknown_source).contains("no-such-source"));

    let not_ill_key = replace_first(r#"label = "ill-ios-version""#, r#"label = "nav-next""#);
    assert!(invalid(&not_ill_key).contains("not an ill- key"));

    let bad_url = replace_first(r#"url = "mysignins.microsoft.com""#, r#"url = "<b>x</b>""#);
    assert!(invalid(&bad_url).contains("not a plain host name"));

    let unknown_kind = replace_first(r#"kind = "qr""#, r#"kind = "hologram""#);
    assert!(matches!(
        load(&unknown_kind),
        Err(CatalogueError::Parse { .. })
    ));
}

fn locales_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

/// Message id → whether its value has a placeable, for every locale.
fn messages_by_locale() -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut out = BTreeMap::new();
    for dir in std::fs::read_dir(locales_root()).unwrap() {
        let dir = dir.unwrap().path();
        let mut messages = BTreeMap::new();
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", file.display()));
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let placeable = m.value.as_ref().is_some_and(|p| {
                        p.elements
                            .iter()
                            .any(|e| matches!(e, ast::PatternElement::Placeable { .. }))
                    });
                    messages.insert(m.id.name.to_string(), placeable);
                }
            }
        }
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        out.insert(name, messages);
    }
    out
}

#[test]
fn every_word_of_every_drawing_is_in_every_language_as_plain_text() {
    let keys: BTreeSet<&str> = Illustrations::embedded().fluent_keys();
    let locales = messages_by_locale();
    assert_eq!(locales.len(), 8);
    for (locale, messages) in &locales {
        let missing: Vec<_> = keys
            .iter()
            .filter(|k| !messages.contains_key(**k))
            .collect();
        assert!(missing.is_empty(), "{locale}: missing {missing:?}");
        let with_vars: Vec<_> = keys.iter().filter(|k| messages[**k]).collect();
        assert!(
            with_vars.is_empty(),
            "{locale}: {with_vars:?} take no variables"
        );
        // No ill- key is left over from a drawing that is gone.
        let unused: Vec<_> = messages
            .keys()
            .filter(|k| k.starts_with("ill-") && !keys.contains(k.as_str()))
            .collect();
        assert!(unused.is_empty(), "{locale}: unused {unused:?}");
    }
}

#[cfg(feature = "ssr")]
#[test]
fn every_label_fits_its_drawing_in_every_language() {
    use app::components::illustration::layout::{Anchor, layout};
    use app::components::illustration::text::text_width;
    use app::i18n::{I18n, Locale, SUPPORTED};
    let mut problems = Vec::new();
    let mut longest = (0.0f32, String::new());
    for (tag, _) in SUPPORTED {
        let i18n = I18n::new(Locale::from_tag(tag).unwrap());
        for ill in Illustrations::embedded().all() {
            let drawing = layout(ill, &|k| i18n.t(k));
            for p in &drawing.problems {
                problems.push(format!("{tag} {}/{}: {p}", ill.flow, ill.step));
            }
            for text in drawing.texts() {
                for line in &text.lines {
                    let w = text_width(line, text.size, text.bold);
                    // Nothing is drawn past the frame's edge.
                    let (left, right) = match text.anchor {
                        Anchor::Start => (text.x, text.x + w),
                        Anchor::Middle => (text.x - w / 2.0, text.x + w / 2.0),
                    };
                    assert!(
                        left >= 0.0 && right <= drawing.width,
                        "{tag} {}/{}: {line:?} runs off the drawing",
                        ill.flow,
                        ill.step
                    );
                    if w / text.size > longest.0 {
                        longest = (w / text.size, format!("{tag}: {line}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!longest.1.is_empty());
}
