//! The flow chooser: device profile + tenant policy → the flows this employee can use, best
//! first, each with the reason it is offered or not.

use super::catalogue::{Catalogue, Flow, PasskeyType, Provider};
use super::device::{Browser, DeviceProfile, OsVersion, Platform};
use serde::{Deserialize, Serialize};

/// What the tenant allows. `attestation_enforced` implies device-bound only: synced passkeys
/// carry no attestation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Policy {
    pub synced_allowed: bool,
    pub attestation_enforced: bool,
    /// The device-bound authenticators the tenant supports (its Entra passkey profile's AAGUID
    /// list, in practice).
    pub authenticators: Authenticators,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Authenticators {
    pub microsoft_authenticator: bool,
    pub windows_hello: bool,
    pub security_keys: bool,
}

impl Authenticators {
    pub const ALL: Authenticators = Authenticators {
        microsoft_authenticator: true,
        windows_hello: true,
        security_keys: true,
    };
}

/// What Entra allows out of the box: Microsoft Authenticator and security keys, not Windows
/// Hello. Entra accepts a Windows Hello passkey only when a passkey profile lists the Windows
/// Hello AAGUIDs ([`WINDOWS_HELLO_AAGUIDS`]) and does not enforce attestation, so the guide
/// offers it only where the organisation turned it on.
impl Default for Authenticators {
    fn default() -> Self {
        Policy::ENTRA_DEFAULT.authenticators
    }
}

/// The Windows Hello AAGUIDs a passkey profile must allow for Entra passkeys on Windows, as
/// Microsoft lists them (how-to-authentication-entra-passkeys-on-windows): hardware, VBS and
/// software authenticator.
pub const WINDOWS_HELLO_AAGUIDS: [(&str, &str); 3] = [
    (
        "08987058-cadc-4b81-b6e1-30de50dcbe96",
        "Windows Hello Hardware Authenticator",
    ),
    (
        "9ddd1817-af5a-4672-a2b9-3e3dd95000a9",
        "Windows Hello VBS Hardware Authenticator",
    ),
    (
        "6028b017-b1d4-4c02-b4b3-afcdafc96bb2",
        "Windows Hello Software Authenticator",
    ),
];

/// The Microsoft Authenticator AAGUIDs (how-to-enable-authenticator-passkey): key
/// restrictions must list them for Security info to offer "Passkey in Microsoft
/// Authenticator".
pub const AUTHENTICATOR_AAGUIDS: [(&str, &str); 2] = [
    (
        "de1e552d-db1d-4423-a619-566b625cdc84",
        "Microsoft Authenticator for Android",
    ),
    (
        "90a3ccdf-635c-4729-a248-9b709135078f",
        "Microsoft Authenticator for iOS",
    ),
];

impl Default for Policy {
    fn default() -> Self {
        Policy::ENTRA_DEFAULT
    }
}

impl Policy {
    /// The generic guide's policy and a new tenant's: synced passkeys allowed, attestation not
    /// enforced, Authenticator and security keys, no Windows Hello (see [`Authenticators`]).
    pub const ENTRA_DEFAULT: Policy = Policy {
        synced_allowed: true,
        attestation_enforced: false,
        authenticators: Authenticators {
            windows_hello: false,
            ..Authenticators::ALL
        },
    };
}

impl Policy {
    pub fn allows(&self, flow: &Flow) -> Result<(), Blocked> {
        let supported = match flow.provider {
            Provider::MicrosoftAuthenticator => self.authenticators.microsoft_authenticator,
            Provider::WindowsHello => self.authenticators.windows_hello,
            Provider::SecurityKey => self.authenticators.security_keys,
            Provider::IcloudKeychain | Provider::GooglePasswordManager | Provider::SamsungPass => {
                true
            }
        };
        if !supported {
            return Err(Blocked::NotSupportedByOrganisation);
        }
        if flow.passkey_type == PasskeyType::Synced
            && (!self.synced_allowed || self.attestation_enforced)
        {
            return Err(Blocked::SyncedNotAllowed);
        }
        if self.attestation_enforced && !flow.attestation_ok {
            return Err(Blocked::AttestationRequired);
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Blocked {
    /// The tenant allows device-bound passkeys only.
    SyncedNotAllowed,
    /// The tenant enforces attestation and this provider cannot give it.
    AttestationRequired,
    /// The tenant does not support this authenticator.
    NotSupportedByOrganisation,
    /// The OS is older than the flow's minimum.
    OsTooOld { min: OsVersion, have: OsVersion },
    /// This browser cannot do this flow on this platform (the note key says why).
    Browser,
    /// Windows Hello on a company-managed (Entra joined or registered) PC, where setting it up
    /// can create a Windows Hello for Business credential that makes the registration fail.
    ManagedPc,
}

/// How sure the chooser is that the device meets the flow's minimum OS version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum VersionCheck {
    NoMinimum,
    Met,
    /// The request does not reveal the version: the employee is asked to check.
    Unverified {
        min: OsVersion,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered<'c> {
    pub flow: &'c Flow,
    pub version: VersionCheck,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable<'c> {
    pub flow: &'c Flow,
    pub why: Blocked,
}

/// Something the employee should know before starting, as a Fluent key plus arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Note {
    /// Opened inside an app's built-in browser: open the page in the real browser.
    InAppBrowser,
    /// A browser rule from the catalogue (e.g. Firefox on Android).
    BrowserUnsupported { key: String },
    /// macOS Safari could be an iPad in desktop mode; the in-browser probe tells.
    MaybeIpad,
    /// The request did not reveal the OS version; each flow states its minimum.
    VersionUnknown,
    /// The device or browser is not recognised: pick it from the list.
    UnknownDevice,
    /// A flow is out of reach until the OS is updated.
    UpdateFirst {
        flow: String,
        min: OsVersion,
        have: OsVersion,
        alternative: Option<String>,
    },
    /// Nothing in the catalogue works on this device under this policy.
    NothingHere,
    /// The employee said this PC is company-managed: Windows Hello is left out, and why.
    ManagedPc,
}

impl Note {
    pub fn code(&self) -> &'static str {
        match self {
            Note::InAppBrowser => "in-app-browser",
            Note::BrowserUnsupported { .. } => "browser-unsupported",
            Note::MaybeIpad => "maybe-ipad",
            Note::VersionUnknown => "version-unknown",
            Note::UnknownDevice => "unknown-device",
            Note::UpdateFirst { .. } => "update-first",
            Note::NothingHere => "nothing-here",
            Note::ManagedPc => "managed-pc",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation<'c> {
    /// Usable flows, recommended first.
    pub offered: Vec<Offered<'c>>,
    /// Flows for this platform that cannot be used here, with the reason.
    pub unavailable: Vec<Unavailable<'c>>,
    pub notes: Vec<Note>,
}

impl<'c> Recommendation<'c> {
    pub fn recommended(&self) -> Option<&'c Flow> {
        self.offered.first().map(|o| o.flow)
    }

    pub fn flow_ids(&self) -> Vec<&'c str> {
        self.offered.iter().map(|o| o.flow.id.as_str()).collect()
    }

    /// The recommendation for a PC the employee said is company-managed (Entra joined or
    /// registered): Windows Hello flows move to the unavailable ones, so the phone or the
    /// security key comes first, and a note says why.
    pub fn on_managed_pc(mut self) -> Self {
        let (windows_hello, offered): (Vec<_>, Vec<_>) = self
            .offered
            .into_iter()
            .partition(|o| o.flow.provider == Provider::WindowsHello);
        self.offered = offered;
        self.unavailable
            .extend(windows_hello.into_iter().map(|o| Unavailable {
                flow: o.flow,
                why: Blocked::ManagedPc,
            }));
        self.notes.insert(0, Note::ManagedPc);
        if self.offered.is_empty() && !self.notes.contains(&Note::NothingHere) {
            self.notes.push(Note::NothingHere);
        }
        self
    }

    /// Where a given flow stands for this device, if it concerns this platform at all.
    pub fn status_of(&self, id: &str) -> Option<Result<&Offered<'c>, &Unavailable<'c>>> {
        if let Some(o) = self.offered.iter().find(|o| o.flow.id == id) {
            return Some(Ok(o));
        }
        self.unavailable.iter().find(|u| u.flow.id == id).map(Err)
    }
}

pub fn version_check(flow: &Flow, profile: &DeviceProfile) -> Result<VersionCheck, Blocked> {
    let Some(min) = flow.min_version_for(profile.platform).map(|m| m.version) else {
        return Ok(VersionCheck::NoMinimum);
    };
    match (profile.os_version, profile.os_at_least) {
        (Some(have), _) if have.at_least(min) => Ok(VersionCheck::Met),
        (Some(have), _) => Err(Blocked::OsTooOld { min, have }),
        (None, Some(floor)) if floor.at_least(min) => Ok(VersionCheck::Met),
        _ => Ok(VersionCheck::Unverified { min }),
    }
}

pub fn choose<'c>(
    catalogue: &'c Catalogue,
    profile: &DeviceProfile,
    policy: &Policy,
) -> Recommendation<'c> {
    let mut notes = Vec::new();
    let platform = profile.platform;
    if platform == Platform::Unknown {
        notes.push(Note::UnknownDevice);
    }
    if profile.in_app.is_some() {
        notes.push(Note::InAppBrowser);
    }
    if platform == Platform::Macos && profile.browser == Some(Browser::Safari) && !profile.chosen {
        notes.push(Note::MaybeIpad);
    }

    let rules: Vec<_> = profile
        .browser
        .map(|b| {
            catalogue
                .browser_rules()
                .iter()
                .filter(|r| r.browser == b && r.platforms.contains(&platform))
                .collect()
        })
        .unwrap_or_default();
    for r in &rules {
        let note = Note::BrowserUnsupported {
            key: r.note.clone(),
        };
        if !notes.contains(&note) {
            notes.push(note);
        }
    }

    let mut candidates: Vec<&Flow> = catalogue
        .flows()
        .iter()
        .filter(|f| f.supports(platform))
        .collect();
    // Each flow's `rank` says where it comes when several fit (see `Flow::rank`).
    candidates.sort_by_key(|f| f.rank);

    let mut offered = Vec::new();
    let mut unavailable = Vec::new();
    for flow in candidates {
        let blocked_by_browser = rules.iter().any(|r| r.flows.contains(&flow.id));
        let browser_ok = if blocked_by_browser {
            Err(Blocked::Browser)
        } else {
            Ok(())
        };
        let verdict = policy
            .allows(flow)
            .and(browser_ok)
            .and_then(|()| version_check(flow, profile));
        match verdict {
            Ok(version) => offered.push(Offered { flow, version }),
            Err(why) => unavailable.push(Unavailable { flow, why }),
        }
    }

    let alternative = offered.first().map(|o| o.flow.id.clone());
    for u in &unavailable {
        if let Blocked::OsTooOld { min, have } = u.why {
            notes.push(Note::UpdateFirst {
                flow: u.flow.id.clone(),
                min,
                have,
                alternative: alternative.clone(),
            });
        }
    }
    if offered
        .iter()
        .any(|o| matches!(o.version, VersionCheck::Unverified { .. }))
    {
        notes.push(Note::VersionUnknown);
    }
    if offered.is_empty() && platform != Platform::Unknown {
        notes.push(Note::NothingHere);
    }
    Recommendation {
        offered,
        unavailable,
        notes,
    }
}
