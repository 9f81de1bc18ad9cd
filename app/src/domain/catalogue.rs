//! The flow catalogue. Each flow is one folder under `app/flows/`: `flow.toml` holds the flow
//! and `illustrations.toml` the drawings of its steps. Beside the folders are the files every
//! flow shares: the source list, the troubleshooting entries and the browser-support rules.
//!
//! The build script (`app/build.rs`) reads the folders with [`FlowDir::read`] and loads them
//! with this module, so a broken flow fails the build with the file's name; it then embeds the
//! folders it found (see `domain::embedded`). Tests use [`FlowDir`] too, to build catalogues
//! from folders of their own.

use super::device::{OsVersion, Platform};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PasskeyType {
    DeviceBound,
    Synced,
}

/// Where the passkey is kept once it is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    MicrosoftAuthenticator,
    IcloudKeychain,
    GooglePasswordManager,
    WindowsHello,
    SecurityKey,
    /// Samsung's own password manager on Galaxy phones (One UI 6 or later): synced.
    SamsungPass,
}

/// A question a step asks, answered with a form post that decides where the employee goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ask {
    /// "Is this a company-managed PC?" before Windows Hello is set up: on an Entra-joined or
    /// registered PC, setting up Windows Hello can create a Windows Hello for Business
    /// credential that makes the passkey registration fail, so "yes" leads to the phone or
    /// security-key flow.
    ManagedPc,
    /// "Did the test sign-in work?": the last step of every flow. The answer is its own journey
    /// event; "no" leads to the sign-in causes.
    SignIn,
}

/// A published document a step or rule is taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinVersion {
    pub platform: Platform,
    pub version: OsVersion,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub handoff: bool,
    /// The question this step asks, if any.
    #[serde(default)]
    pub ask: Option<Ask>,
    #[serde(default)]
    pub troubleshooting: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Where the flow comes in the recommendations when several fit a device: lower first.
    /// Ranks are unique, so the order never depends on how the folders happen to be listed.
    pub rank: u32,
    pub platforms: Vec<Platform>,
    pub passkey_type: PasskeyType,
    pub provider: Provider,
    /// Whether the flow still works when the tenant enforces attestation.
    pub attestation_ok: bool,
    /// Started on a computer, finished on a phone.
    #[serde(default)]
    pub cross_device: bool,
    pub reviewed: String,
    #[serde(default, rename = "min_version")]
    pub min_versions: Vec<MinVersion>,
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
    pub sources: Vec<String>,
}

impl Flow {
    pub fn min_version_for(&self, platform: Platform) -> Option<&MinVersion> {
        self.min_versions.iter().find(|m| m.platform == platform)
    }

    pub fn handoff_step(&self) -> Option<usize> {
        self.steps.iter().position(|s| s.handoff)
    }

    /// The 1-based number of the step that asks `ask`, if the flow has one.
    pub fn step_asking(&self, ask: Ask) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.ask == Some(ask))
            .map(|i| i + 1)
    }

    pub fn supports(&self, platform: Platform) -> bool {
        self.platforms.contains(&platform)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Troubleshooting {
    pub id: String,
    pub title: String,
    pub body: String,
    /// The devices this cause can happen on; empty means any.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    pub sources: Vec<String>,
}

/// A browser/platform combination that Microsoft's matrix (or a vendor) says does not work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrowserRule {
    pub platforms: Vec<Platform>,
    pub browser: super::device::Browser,
    /// The flows the rule blocks; empty means the browser cannot create the passkey at all and
    /// the employee must switch browsers (the flows stay listed, with the note).
    #[serde(default)]
    pub flows: Vec<String>,
    /// Fluent key of the explanation shown to the employee.
    pub note: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TroubleshootingFile {
    entry: Vec<Troubleshooting>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    unsupported: Vec<BrowserRule>,
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    flows: Vec<Flow>,
    sources: BTreeMap<String, Source>,
    troubleshooting: BTreeMap<String, Troubleshooting>,
    unsupported: Vec<BrowserRule>,
}

/// A catalogue file that does not parse or does not hang together.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CatalogueError {
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error("{0}")]
    Invalid(String),
}

/// One flow's folder, `app/flows/<name>/`, as the texts of its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlowFolder<'a> {
    /// The folder's name, which must be the flow's id.
    pub name: &'a str,
    /// `flow.toml`: the flow and its steps.
    pub flow: &'a str,
    /// `illustrations.toml`: the drawing of each step.
    pub illustrations: &'a str,
}

impl FlowFolder<'_> {
    /// The path shown in errors, relative to `app/flows/`.
    pub fn file(&self, file: &str) -> String {
        format!("{}/{file}", self.name)
    }
}

/// The file names inside a flow folder and of the shared files beside the folders.
pub const FLOW_FILE: &str = "flow.toml";
pub const ILLUSTRATIONS_FILE: &str = "illustrations.toml";
pub const SOURCES_FILE: &str = "sources.toml";
pub const TROUBLESHOOTING_FILE: &str = "troubleshooting.toml";
pub const RULES_FILE: &str = "browser-rules.toml";

/// A catalogue directory (`app/flows/` or a copy of it) read into memory: every sub-folder is
/// a flow, sorted by name. The build script reads the real one; tests read their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowDir {
    /// (folder name, `flow.toml`, `illustrations.toml`) of each flow folder.
    pub folders: Vec<(String, String, String)>,
    pub sources: String,
    pub troubleshooting: String,
    pub rules: String,
}

impl FlowDir {
    /// Reads `dir`. A flow folder without its two files is an error naming the missing file,
    /// so a half-added flow is reported rather than skipped.
    pub fn read(dir: &std::path::Path) -> Result<FlowDir, CatalogueError> {
        let read = |path: std::path::PathBuf| {
            std::fs::read_to_string(&path).map_err(|e| CatalogueError::Parse {
                file: path.display().to_string(),
                message: e.to_string(),
            })
        };
        let entries = std::fs::read_dir(dir).map_err(|e| CatalogueError::Parse {
            file: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut names = Vec::new();
        for entry in entries {
            let path = entry
                .map_err(|e| CatalogueError::Parse {
                    file: dir.display().to_string(),
                    message: e.to_string(),
                })?
                .path();
            if path.is_dir() {
                names.push(
                    path.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
        names.sort();
        let mut folders = Vec::new();
        for name in names {
            let flow = read(dir.join(&name).join(FLOW_FILE))?;
            let illustrations = read(dir.join(&name).join(ILLUSTRATIONS_FILE))?;
            folders.push((name, flow, illustrations));
        }
        Ok(FlowDir {
            folders,
            sources: read(dir.join(SOURCES_FILE))?,
            troubleshooting: read(dir.join(TROUBLESHOOTING_FILE))?,
            rules: read(dir.join(RULES_FILE))?,
        })
    }

    pub fn folders(&self) -> Vec<FlowFolder<'_>> {
        self.folders
            .iter()
            .map(|(name, flow, illustrations)| FlowFolder {
                name,
                flow,
                illustrations,
            })
            .collect()
    }

    /// The catalogue the directory describes, checked.
    pub fn catalogue(&self) -> Result<Catalogue, CatalogueError> {
        Catalogue::from_folders(
            &self.folders(),
            &self.sources,
            &self.troubleshooting,
            &self.rules,
        )
    }
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogueError> {
    toml::from_str(text).map_err(|e| CatalogueError::Parse {
        file: file.to_string(),
        message: e.to_string(),
    })
}

impl Catalogue {
    /// Loads and checks a catalogue: the flow folders plus the texts of the shared files.
    /// The flows are kept in rank order, the order the chooser recommends them in.
    pub fn from_folders(
        folders: &[FlowFolder<'_>],
        sources: &str,
        troubleshooting: &str,
        rules: &str,
    ) -> Result<Catalogue, CatalogueError> {
        let sources: SourcesFile = parse(SOURCES_FILE, sources)?;
        let troubleshooting: TroubleshootingFile = parse(TROUBLESHOOTING_FILE, troubleshooting)?;
        let rules: RulesFile = parse(RULES_FILE, rules)?;
        let mut flows = Vec::new();
        for folder in folders {
            let flow: Flow = parse(&folder.file(FLOW_FILE), folder.flow)?;
            if flow.id != folder.name {
                return Err(CatalogueError::Invalid(format!(
                    "{}: the flow's id is {}; it must be the folder's name",
                    folder.file(FLOW_FILE),
                    flow.id
                )));
            }
            flows.push(flow);
        }
        flows.sort_by_key(|f| f.rank);
        let catalogue = Catalogue {
            flows,
            sources: sources
                .source
                .into_iter()
                .map(|s| (s.id.clone(), s))
                .collect(),
            troubleshooting: troubleshooting
                .entry
                .into_iter()
                .map(|t| (t.id.clone(), t))
                .collect(),
            unsupported: rules.unsupported,
        };
        catalogue.validate()?;
        Ok(catalogue)
    }

    /// Every flow ends with the test sign-in, after the hand-off; the managed-PC question comes
    /// before the hand-off of a Windows Hello flow, and nowhere else.
    fn check_questions(&self, flow: &Flow) -> Result<(), CatalogueError> {
        let bad = |m: String| Err(CatalogueError::Invalid(m));
        let handoff = flow.handoff_step().unwrap_or(0) + 1;
        let last = flow.steps.len();
        if flow.step_asking(Ask::SignIn) != Some(last)
            || flow
                .steps
                .iter()
                .filter(|s| s.ask == Some(Ask::SignIn))
                .count()
                != 1
            || last <= handoff
        {
            return bad(format!(
                "flow {}: the last step, and only it, must ask ask = \"sign-in\" (the test sign-in), after the hand-off",
                flow.id
            ));
        }
        for (i, step) in flow.steps.iter().enumerate() {
            if step.ask == Some(Ask::ManagedPc)
                && (flow.provider != Provider::WindowsHello || i + 1 >= handoff)
            {
                return bad(format!(
                    "flow {} step {}: the managed-PC question belongs before the hand-off of a Windows Hello flow",
                    flow.id, step.id
                ));
            }
        }
        Ok(())
    }

    fn validate(&self) -> Result<(), CatalogueError> {
        let bad = |m: String| Err(CatalogueError::Invalid(m));
        let mut ids = BTreeSet::new();
        let mut ranks = BTreeMap::new();
        for flow in &self.flows {
            if !ids.insert(flow.id.as_str()) {
                return bad(format!("flow {} is defined twice", flow.id));
            }
            if let Some(other) = ranks.insert(flow.rank, flow.id.as_str()) {
                return bad(format!(
                    "flows {other} and {} have the same rank {}",
                    flow.id, flow.rank
                ));
            }
            if flow.steps.is_empty() {
                return bad(format!("flow {} has no steps", flow.id));
            }
            if flow.steps.iter().filter(|s| s.handoff).count() != 1 {
                return bad(format!(
                    "flow {} must have exactly one hand-off step",
                    flow.id
                ));
            }
            self.check_questions(flow)?;
            if !is_iso_date(&flow.reviewed) {
                return bad(format!("flow {}: reviewed must be YYYY-MM-DD", flow.id));
            }
            if flow.platforms.is_empty() {
                return bad(format!("flow {} names no platform", flow.id));
            }
            if flow.passkey_type == PasskeyType::Synced && flow.attestation_ok {
                return bad(format!(
                    "flow {}: synced passkeys cannot satisfy attestation",
                    flow.id
                ));
            }
            let mut step_ids = BTreeSet::new();
            for step in &flow.steps {
                if !step_ids.insert(step.id.as_str()) {
                    return bad(format!(
                        "flow {}: step {} is defined twice",
                        flow.id, step.id
                    ));
                }
                if step.sources.is_empty() {
                    return bad(format!("flow {} step {} cites no source", flow.id, step.id));
                }
                self.check_sources(&step.sources, &format!("flow {} step {}", flow.id, step.id))?;
                if step.troubleshooting.is_empty() {
                    return bad(format!(
                        "flow {} step {} lists no troubleshooting entry",
                        flow.id, step.id
                    ));
                }
                for t in &step.troubleshooting {
                    if !self.troubleshooting.contains_key(t) {
                        return bad(format!(
                            "flow {} step {}: unknown troubleshooting entry {t}",
                            flow.id, step.id
                        ));
                    }
                }
            }
            for m in &flow.min_versions {
                if !flow.supports(m.platform) {
                    return bad(format!(
                        "flow {}: minimum version for {} which it does not support",
                        flow.id, m.platform
                    ));
                }
                self.check_sources(
                    std::slice::from_ref(&m.source),
                    &format!("flow {} minimum version", flow.id),
                )?;
            }
            self.check_sources(&flow.sources, &format!("flow {}", flow.id))?;
        }
        for t in self.troubleshooting.values() {
            self.check_sources(&t.sources, &format!("troubleshooting {}", t.id))?;
        }
        for r in &self.unsupported {
            self.check_sources(std::slice::from_ref(&r.source), "browser rule")?;
            if let Some(id) = r.flows.iter().find(|id| self.flow(id).is_none()) {
                return bad(format!("browser rule names unknown flow {id}"));
            }
        }
        for s in self.sources.values() {
            if !s.url.starts_with("https://") {
                return bad(format!("source {} must have an https URL", s.id));
            }
        }
        Ok(())
    }

    fn check_sources(&self, ids: &[String], what: &str) -> Result<(), CatalogueError> {
        match ids.iter().find(|id| !self.sources.contains_key(*id)) {
            Some(id) => Err(CatalogueError::Invalid(format!(
                "{what}: unknown source {id}"
            ))),
            None => Ok(()),
        }
    }

    pub fn flows(&self) -> &[Flow] {
        &self.flows
    }

    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    pub fn troubleshooting(&self, id: &str) -> Option<&Troubleshooting> {
        self.troubleshooting.get(id)
    }

    /// Every troubleshooting entry, by id.
    pub fn troubleshooting_entries(&self) -> impl Iterator<Item = &Troubleshooting> {
        self.troubleshooting.values()
    }

    pub fn browser_rules(&self) -> &[BrowserRule] {
        &self.unsupported
    }

    /// Every Fluent key the catalogue refers to, for the locale completeness test.
    pub fn fluent_keys(&self) -> BTreeSet<&str> {
        let mut keys = BTreeSet::new();
        for f in &self.flows {
            keys.insert(f.title.as_str());
            keys.insert(f.summary.as_str());
            for s in &f.steps {
                keys.insert(s.title.as_str());
                keys.insert(s.body.as_str());
            }
        }
        for t in self.troubleshooting.values() {
            keys.insert(t.title.as_str());
            keys.insert(t.body.as_str());
        }
        for r in &self.unsupported {
            keys.insert(r.note.as_str());
        }
        keys
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
