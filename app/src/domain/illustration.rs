//! The drawings of what the employee sees at each step, as data: a phone, computer or
//! security key, the screen's elements top to bottom, and the one thing to tap. Each flow's
//! folder describes them, in `app/flows/<flow>/illustrations.toml` (one per flow step). This
//! module holds the rules the drawings must follow; how they are laid out in pixels and drawn
//! as SVG is presentation and lives beside the component that shows them
//! (`components::illustration`). They are drawn as plain shapes for this project: no
//! screenshots, no logos. Every visible word is a Fluent key (`locales/*/illustrations.ftl`),
//! so the drawings are localised like the rest of the guide. A row or text without a label is a
//! grey placeholder for content that does not matter at that step.
//!
//! Element kinds: address-bar (url), app-bar (label, back, back_label), heading, text (label or
//! placeholder lines), section, row (label, icon, toggle = on|off, check, chevron), button
//! (style = primary|secondary|link), app-listing (label, button), qr, biometric (method =
//! face|fingerprint|pin|touch-key), security-key, and sheet or dialog (title, icon): every
//! element after a sheet or dialog is inside it.
//!
//! Screens follow the sources cited: iOS 18 Settings › General › AutoFill & Passwords, Android
//! 15 Settings › Passwords, passkeys & accounts, One UI's Passwords, passkeys and autofill,
//! Windows 11 Settings › Accounts › Sign-in options, and Microsoft's Security info page
//! (mysignins.microsoft.com) with its "Add a sign-in method" dialog.
//!
//! Rules the files are checked against (see [`Illustrations::from_folders`]):
//! - every step of every flow has exactly one drawing, and no drawing names an unknown step;
//! - a flow's folder holds only that flow's drawings;
//! - a drawing's alt text is the key `ill-<flow>-<step>-alt`, and every label is an `ill-` key;
//! - a drawing rings exactly one target (a row, button, QR code…), unless it is marked
//!   `info_only = true` because the step has nothing to tap, and then it rings none;
//! - it cites at least one known source, like the steps do.

use super::catalogue::{Catalogue, CatalogueError, FlowFolder, ILLUSTRATIONS_FILE};
use super::id::id_enum;
use serde::Deserialize;
use std::collections::BTreeSet;

id_enum! {
    /// The device the drawing shows.
    pub enum Frame {
        Iphone = "iphone",
        Android = "android",
        Windows = "windows",
        Mac = "mac",
        SecurityKey = "security-key",
    }
}

impl Frame {
    pub fn is_phone(self) -> bool {
        matches!(self, Frame::Iphone | Frame::Android)
    }

    pub fn is_computer(self) -> bool {
        matches!(self, Frame::Windows | Frame::Mac)
    }
}

/// A small glyph drawn in a row's tile, a sheet's header or an app listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Icon {
    Key,
    Person,
    Phone,
    Usb,
    Shield,
    Cloud,
    Bluetooth,
    Computer,
    Face,
    Fingerprint,
    Pin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Toggle {
    On,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ButtonStyle {
    #[default]
    Primary,
    Secondary,
    Link,
}

/// The prompt that unlocks the passkey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Biometric {
    Face,
    Fingerprint,
    Pin,
    TouchKey,
}

fn two() -> u8 {
    2
}

/// One thing on the screen, top to bottom. Labels are Fluent keys; a row or text without a
/// label is drawn as a grey placeholder bar (content that does not matter for this step).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Element {
    /// A browser's address bar. `url` is shown as it is (a host name, not a Fluent key).
    AddressBar {
        url: String,
    },
    /// The screen's title bar. `back` draws a back arrow; `back_label` (iPhone and Mac only)
    /// the name of the screen it goes back to.
    AppBar {
        label: Option<String>,
        #[serde(default)]
        back: bool,
        back_label: Option<String>,
    },
    Heading {
        label: String,
    },
    /// Body text, or `lines` placeholder bars when it has no label.
    Text {
        label: Option<String>,
        #[serde(default = "two")]
        lines: u8,
    },
    /// A list section's header.
    Section {
        label: String,
    },
    Row {
        label: Option<String>,
        icon: Option<Icon>,
        toggle: Option<Toggle>,
        #[serde(default)]
        check: bool,
        #[serde(default)]
        chevron: bool,
        #[serde(default)]
        highlight: bool,
    },
    Button {
        label: String,
        #[serde(default)]
        style: ButtonStyle,
        #[serde(default)]
        highlight: bool,
    },
    /// An app store listing: the app's tile and name, and its Get button if `button` is set.
    AppListing {
        label: String,
        button: Option<String>,
        #[serde(default)]
        highlight: bool,
    },
    /// A QR code (a made-up pattern: it encodes nothing).
    Qr {
        #[serde(default)]
        highlight: bool,
    },
    Biometric {
        method: Biometric,
        #[serde(default)]
        highlight: bool,
    },
    /// A USB security key with its touch sensor.
    SecurityKey {
        #[serde(default)]
        highlight: bool,
    },
    /// Everything after it is in a sheet over the dimmed screen: at the bottom of a phone,
    /// centred on a computer.
    Sheet {
        title: Option<String>,
        icon: Option<Icon>,
    },
    /// Everything after it is in a dialog centred over the dimmed screen.
    Dialog {
        title: Option<String>,
        icon: Option<Icon>,
    },
}

impl Element {
    /// A sheet or dialog: everything after it is drawn inside it.
    pub fn is_panel(&self) -> bool {
        matches!(self, Element::Sheet { .. } | Element::Dialog { .. })
    }

    /// Whether the element is the step's target, the thing the drawing rings.
    pub fn highlighted(&self) -> bool {
        match self {
            Element::Row { highlight, .. }
            | Element::Button { highlight, .. }
            | Element::AppListing { highlight, .. }
            | Element::Qr { highlight }
            | Element::Biometric { highlight, .. }
            | Element::SecurityKey { highlight } => *highlight,
            _ => false,
        }
    }

    /// The Fluent keys of the words this element shows.
    fn keys(&self) -> Vec<&str> {
        let keys: [Option<&String>; 2] = match self {
            Element::AppBar {
                label, back_label, ..
            } => [label.as_ref(), back_label.as_ref()],
            Element::Text { label, .. } | Element::Row { label, .. } => [label.as_ref(), None],
            Element::Sheet { title, .. } | Element::Dialog { title, .. } => [title.as_ref(), None],
            Element::AppListing { label, button, .. } => [Some(label), button.as_ref()],
            Element::Heading { label }
            | Element::Section { label }
            | Element::Button { label, .. } => [Some(label), None],
            Element::AddressBar { .. }
            | Element::Qr { .. }
            | Element::Biometric { .. }
            | Element::SecurityKey { .. } => [None, None],
        };
        keys.into_iter().flatten().map(String::as_str).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Illustration {
    pub flow: String,
    pub step: String,
    pub frame: Frame,
    /// Fluent key of the sentence that describes the drawing to screen-reader users.
    pub alt: String,
    /// The step has nothing to tap: the drawing rings no target.
    #[serde(default)]
    pub info_only: bool,
    pub sources: Vec<String>,
    #[serde(rename = "element")]
    pub elements: Vec<Element>,
}

impl Illustration {
    /// Every Fluent key the drawing shows, alt text included.
    pub fn keys(&self) -> BTreeSet<&str> {
        let mut keys: BTreeSet<&str> = self.elements.iter().flat_map(Element::keys).collect();
        keys.insert(&self.alt);
        keys
    }

    /// The id of the SVG's title element, unique on a page that shows a whole flow.
    pub fn dom_id(&self) -> String {
        format!("ill-{}-{}", self.flow, self.step)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IllustrationsFile {
    illustration: Vec<Illustration>,
}

/// The drawings of every flow step, checked against the catalogue.
#[derive(Debug, Clone)]
pub struct Illustrations {
    all: Vec<Illustration>,
}

impl Illustrations {
    /// Loads the drawings from each flow folder's `illustrations.toml` and checks them against
    /// the catalogue. A folder holds only its own flow's drawings.
    pub fn from_folders(
        folders: &[FlowFolder<'_>],
        catalogue: &Catalogue,
    ) -> Result<Illustrations, CatalogueError> {
        let mut all = Vec::new();
        for folder in folders {
            let file = folder.file(ILLUSTRATIONS_FILE);
            let parsed: IllustrationsFile =
                toml::from_str(folder.illustrations).map_err(|e| CatalogueError::Parse {
                    file: file.clone(),
                    message: e.to_string(),
                })?;
            if let Some(ill) = parsed.illustration.iter().find(|i| i.flow != folder.name) {
                return Err(CatalogueError::Invalid(format!(
                    "{file}: the drawing of {}/{} belongs in the folder of flow {}",
                    ill.flow, ill.step, ill.flow
                )));
            }
            all.extend(parsed.illustration);
        }
        let out = Illustrations { all };
        out.validate(catalogue)?;
        Ok(out)
    }

    fn validate(&self, catalogue: &Catalogue) -> Result<(), CatalogueError> {
        let bad = |m: String| Err(CatalogueError::Invalid(m));
        let mut seen = BTreeSet::new();
        for ill in &self.all {
            let what = format!("illustration {}/{}", ill.flow, ill.step);
            let Some(flow) = catalogue.flow(&ill.flow) else {
                return bad(format!("{what}: unknown flow"));
            };
            if !flow.steps.iter().any(|s| s.id == ill.step) {
                return bad(format!("{what}: the flow has no such step"));
            }
            if !seen.insert((ill.flow.as_str(), ill.step.as_str())) {
                return bad(format!("{what} is defined twice"));
            }
            if ill.alt != format!("ill-{}-{}-alt", ill.flow, ill.step) {
                return bad(format!(
                    "{what}: alt must be ill-{}-{}-alt",
                    ill.flow, ill.step
                ));
            }
            if ill.sources.is_empty() {
                return bad(format!("{what} cites no source"));
            }
            if let Some(id) = ill.sources.iter().find(|id| catalogue.source(id).is_none()) {
                return bad(format!("{what}: unknown source {id}"));
            }
            if let Some(key) = ill.keys().into_iter().find(|k| !k.starts_with("ill-")) {
                return bad(format!("{what}: label {key} is not an ill- key"));
            }
            let targets = ill.elements.iter().filter(|e| e.highlighted()).count();
            match (ill.info_only, targets) {
                (false, 1) | (true, 0) => {}
                (false, n) => {
                    return bad(format!(
                        "{what} rings {n} targets; exactly one, or info_only = true and none"
                    ));
                }
                (true, _) => return bad(format!("{what} is info_only but rings a target")),
            }
            check_elements(ill).map_err(|m| CatalogueError::Invalid(format!("{what}: {m}")))?;
        }
        for flow in catalogue.flows() {
            for step in &flow.steps {
                if !seen.contains(&(flow.id.as_str(), step.id.as_str())) {
                    return bad(format!(
                        "flow {} step {} has no illustration",
                        flow.id, step.id
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn all(&self) -> &[Illustration] {
        &self.all
    }

    pub fn get(&self, flow: &str, step: &str) -> Option<&Illustration> {
        self.all.iter().find(|i| i.flow == flow && i.step == step)
    }

    /// Every Fluent key the drawings use, for the locale completeness test.
    pub fn fluent_keys(&self) -> BTreeSet<&str> {
        self.all.iter().flat_map(Illustration::keys).collect()
    }
}

/// The element order and frame rules the layout relies on.
fn check_elements(ill: &Illustration) -> Result<(), String> {
    let els = &ill.elements;
    if els.is_empty() {
        return Err("draws nothing".into());
    }
    let panels = els.iter().filter(|e| e.is_panel()).count();
    if panels > 1 {
        return Err("has more than one sheet or dialog".into());
    }
    if panels == 1 && ill.frame == Frame::SecurityKey {
        return Err("a security key has no screen for a sheet".into());
    }
    let panel_at = els.iter().position(Element::is_panel).unwrap_or(els.len());
    for (i, e) in els.iter().enumerate() {
        match e {
            Element::AddressBar { url } => {
                if i != 0 || !(ill.frame.is_phone() || ill.frame.is_computer()) {
                    return Err("an address bar must come first, on a phone or computer".into());
                }
                let host_like = !url.is_empty()
                    && url.len() <= 40
                    && url.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b".-/".contains(&b)
                    });
                if !host_like {
                    return Err(format!("address bar URL {url:?} is not a plain host name"));
                }
            }
            Element::AppBar { back_label, .. } => {
                if i > panel_at {
                    return Err("a title bar cannot be inside a sheet".into());
                }
                if back_label.is_some() && !matches!(ill.frame, Frame::Iphone | Frame::Mac) {
                    return Err("only iPhone and Mac screens name the screen to go back to".into());
                }
            }
            Element::Text { label: None, lines } if !(1..=4).contains(lines) => {
                return Err("placeholder text has 1 to 4 lines".into());
            }
            _ => {}
        }
    }
    Ok(())
}
