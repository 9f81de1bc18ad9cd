//! The server's layout, checked: every SQL statement lives in `src/store`, which imports no
//! web types and never calls up; the rooms (`http`, `ops`, `store`, `jobs`, …) and the modules
//! inside `http`, `ops`, `store` and `jobs` depend on each other without cycles.
//!
//! The checks read the source as text: a `use` or path naming `crate::<room>` is an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The file's text without comments (`//` to the end of the line), so prose may name
/// anything.
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string ("https://…") is not a comment.
            Some(i) if l[..i].matches('"').count() % 2 == 0 => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The room of a file: `src/store/x.rs` → `store`, `src/cli.rs` → `cli`.
fn room(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The module of a file inside its room: `src/store/tenants.rs` → `tenants`,
/// `src/http/admin/roster.rs` → `admin`, `src/store/mod.rs` → `mod`.
fn module(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap();
    let parts: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect();
    parts.get(1).cloned().unwrap_or_else(|| "mod".into())
}

/// Every identifier that follows `prefix` in the text.
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

/// A cycle in the graph, if there is one, as the list of nodes around it.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

const SQL_MARKERS: [&str; 8] = [
    "sqlx::query",
    "query_as(",
    "query_scalar(",
    "Sql::new(",
    "\"SELECT ",
    "\"INSERT INTO",
    "\"UPDATE ",
    "\"DELETE FROM",
];

#[test]
fn every_sql_statement_lives_in_the_store() {
    let mut outside = Vec::new();
    for path in sources(&src()) {
        if room(&path) == "store" {
            continue;
        }
        let text = code(&path);
        for marker in SQL_MARKERS {
            if text.contains(marker) {
                outside.push(format!("{}: {marker}", path.display()));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "SQL outside src/store:\n{}",
        outside.join("\n")
    );
    // The check finds what it looks for: the store has statements.
    let store_sql = sources(&src().join("store"))
        .iter()
        .filter(|p| code(p).contains("sqlx::query"))
        .count();
    assert!(store_sql >= 10, "only {store_sql} store files hold SQL");
}

#[test]
fn the_store_imports_no_web_types_and_never_calls_up() {
    let forbidden = [
        "axum",
        "leptos",
        "tower",
        "reqwest",
        "lettre",
        "app::admin",
        "app::context",
    ];
    let upward = ["http", "ops", "jobs", "cli", "config", "graph"];
    let mut found = Vec::new();
    for path in sources(&src().join("store")) {
        let text = code(&path);
        for f in forbidden {
            if text.contains(&format!("{f}::")) || text.contains(&format!("use {f}")) {
                found.push(format!("{}: {f}", path.display()));
            }
        }
        for r in names_after(&text, "crate::") {
            if upward.contains(&r.as_str()) {
                found.push(format!("{}: crate::{r}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the store reaches up:\n{}",
        found.join("\n")
    );
}

/// Edges between rooms, from `crate::<room>` paths.
fn room_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in sources(&src()) {
        let from = room(&path);
        let entry = graph.entry(from.clone()).or_default();
        for to in names_after(&code(&path), "crate::") {
            if to != from {
                entry.insert(to);
            }
        }
    }
    graph
}

#[test]
fn the_rooms_depend_on_each_other_in_one_direction() {
    let graph = room_graph();
    for room in ["http", "ops", "store", "jobs", "cli", "config", "error"] {
        assert!(graph.contains_key(room), "no room {room}: {graph:?}");
    }
    assert_eq!(find_cycle(&graph), None, "rooms: {graph:#?}");
    let may_not = |from: &str, to: &[&str]| {
        for t in to {
            assert!(
                !graph[from].contains(*t),
                "{from} must not use {t}: {:?}",
                graph[from]
            );
        }
    };
    may_not("store", &["http", "ops", "jobs", "cli", "config", "graph"]);
    may_not("ops", &["http", "jobs", "cli", "config"]);
    may_not("jobs", &["http", "cli", "config"]);
    may_not("graph", &["http", "ops", "store", "jobs", "cli"]);
    may_not("error", &["http", "ops", "store", "jobs", "cli", "config"]);
}

#[test]
fn modules_inside_each_room_form_no_cycle() {
    for r in ["store", "ops", "jobs", "http"] {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let files = sources(&src().join(r));
        let modules: BTreeSet<String> = files.iter().map(|p| module(p)).collect();
        for path in &files {
            let from = module(path);
            let text = code(path);
            let mut to: BTreeSet<String> = names_after(&text, &format!("crate::{r}::"));
            if from != "mod" {
                to.extend(names_after(&text, "super::"));
            }
            let entry = graph.entry(from.clone()).or_default();
            entry.extend(
                to.into_iter()
                    .filter(|m| *m != from && modules.contains(m) && m != "mod"),
            );
        }
        assert!(graph.len() > 3, "{r}: {graph:?}");
        assert_eq!(find_cycle(&graph), None, "{r}: {graph:#?}");
    }
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let g = |edges: &[(&str, &str)]| {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            m.entry((*a).into()).or_default().insert((*b).into());
            m.entry((*b).into()).or_default();
        }
        m
    };
    assert_eq!(find_cycle(&g(&[("a", "b"), ("b", "c")])), None);
    assert_eq!(
        find_cycle(&g(&[("a", "b"), ("b", "c"), ("c", "a")])),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        names_after(
            "use crate::store::{x}; crate::ops::y; mycrate::no",
            "crate::"
        ),
        ["ops", "store"].into_iter().map(String::from).collect()
    );
}
