//! Finds the flows: every folder under `flows/` is one. The build script loads them with the
//! same code the app uses (the catalogue and illustration modules are compiled into it), so a
//! flow that does not parse or does not hang together fails the build with its file's name
//! instead of being dropped or panicking at run time. It then writes the list of folders to
//! `$OUT_DIR/flow_folders.rs`, which `domain::embedded` includes.

use std::fmt::Write as _;
use std::path::Path;

/// The parts of the domain that load and check the catalogue. They are plain Rust (serde, toml
/// and thiserror, which are build-dependencies for this reason); what the build script does
/// not call is unused here.
#[allow(dead_code, unused_imports)]
#[path = "src/domain"]
mod domain {
    pub mod catalogue;
    pub mod device;
    pub mod id;
    pub mod illustration;
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let flows = Path::new(&manifest).join("flows");
    // A directory here means: rerun when anything inside it changes (a flow added or edited).
    println!("cargo::rerun-if-changed={}", flows.display());

    let dir = domain::catalogue::FlowDir::read(&flows).unwrap_or_else(|e| fail(&e));
    let catalogue = dir.catalogue().unwrap_or_else(|e| fail(&e));
    domain::illustration::Illustrations::from_folders(&dir.folders(), &catalogue)
        .unwrap_or_else(|e| fail(&e));

    let mut out = String::from("&[\n");
    for (name, _, _) in &dir.folders {
        let folder = flows.join(name);
        let path = |file: &str| format!("{:?}", folder.join(file).display().to_string());
        writeln!(
            out,
            "    crate::domain::catalogue::FlowFolder {{ name: {name:?}, flow: include_str!({}), illustrations: include_str!({}) }},",
            path(domain::catalogue::FLOW_FILE),
            path(domain::catalogue::ILLUSTRATIONS_FILE),
        )
        .expect("writing to a String");
    }
    out.push(']');
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("flow_folders.rs");
    std::fs::write(&target, out)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}

/// Stops the build with the catalogue's error, which names the file (relative to `app/flows/`).
fn fail(error: &dyn std::fmt::Display) -> ! {
    eprintln!("error: app/flows: {error}");
    std::process::exit(1);
}
