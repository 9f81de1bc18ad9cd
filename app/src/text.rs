//! Turns domain values into localised text. Used by the pages and by the JSON API, so the
//! helpdesk sees the same words the employee does.

use crate::domain::catalogue::{Catalogue, Flow};
use crate::domain::chooser::{Blocked, Note, VersionCheck};
use crate::domain::{Browser, DeviceProfile, InApp, Platform};
use crate::i18n::{Arg, I18n};

pub fn platform_name(i18n: &I18n, p: Platform) -> String {
    i18n.t(&format!("platform-{}", p.id()))
}

/// The operating system's name on this platform ("iOS", "Android", "Windows" …).
pub fn os_name(i18n: &I18n, p: Platform) -> String {
    i18n.t(&format!("os-{}", p.id()))
}

pub fn browser_name(i18n: &I18n, b: Browser) -> String {
    i18n.t(&format!("browser-{}", b.id()))
}

pub fn in_app_name(i18n: &I18n, a: InApp) -> String {
    i18n.t(&format!("in-app-{}", a.id()))
}

/// "iOS 17.4", "Windows 10 or later", or "not shown by your browser".
pub fn os_description(i18n: &I18n, profile: &DeviceProfile) -> String {
    let os = os_name(i18n, profile.platform);
    match (profile.os_version, profile.os_at_least) {
        (Some(v), _) => i18n.t_args(
            "os-version-exact",
            &[("os", os.into()), ("version", v.to_string().into())],
        ),
        (None, Some(v)) => i18n.t_args(
            "os-version-at-least",
            &[("os", os.into()), ("version", v.to_string().into())],
        ),
        (None, None) => i18n.t_args("os-version-hidden", &[("os", os.into())]),
    }
}

fn flow_title(i18n: &I18n, catalogue: &Catalogue, id: &str) -> String {
    catalogue
        .flow(id)
        .map(|f| i18n.t(&f.title))
        .unwrap_or_else(|| id.to_owned())
}

pub fn note_message(
    i18n: &I18n,
    catalogue: &Catalogue,
    profile: &DeviceProfile,
    note: &Note,
) -> String {
    match note {
        Note::InAppBrowser => {
            let app = profile
                .in_app
                .map(|a| in_app_name(i18n, a))
                .unwrap_or_default();
            let browser = if profile.platform.is_apple_mobile() {
                "safari"
            } else {
                "chrome"
            };
            i18n.t_args(
                "note-in-app-browser",
                &[("app", app.into()), ("browser", browser.into())],
            )
        }
        Note::BrowserUnsupported { key } => i18n.t(key),
        Note::MaybeIpad => i18n.t("note-maybe-ipad"),
        Note::VersionUnknown => i18n.t_args(
            "note-version-unknown",
            &[("os", os_name(i18n, profile.platform).into())],
        ),
        Note::UnknownDevice => i18n.t("note-unknown-device"),
        Note::UpdateFirst {
            flow,
            min,
            have,
            alternative,
        } => {
            let mut args = vec![
                ("flow", flow_title(i18n, catalogue, flow).into()),
                ("os", os_name(i18n, profile.platform).into()),
                ("min", min.to_string().into()),
                ("have", have.to_string().into()),
            ];
            match alternative {
                Some(alt) => {
                    args.push(("alternative", flow_title(i18n, catalogue, alt).into()));
                    i18n.t_args("note-update-first", &args)
                }
                None => i18n.t_args("note-update-first-only", &args),
            }
        }
        Note::NothingHere => i18n.t("note-nothing-here"),
        Note::ManagedPc => i18n.t("note-managed-pc"),
    }
}

pub fn blocked_reason(i18n: &I18n, profile: &DeviceProfile, why: &Blocked) -> String {
    match why {
        Blocked::SyncedNotAllowed => i18n.t("blocked-synced-not-allowed"),
        Blocked::AttestationRequired => i18n.t("blocked-attestation-required"),
        Blocked::NotSupportedByOrganisation => i18n.t("blocked-not-supported"),
        Blocked::OsTooOld { min, have } => i18n.t_args(
            "blocked-os-too-old",
            &[
                ("os", os_name(i18n, profile.platform).into()),
                ("min", min.to_string().into()),
                ("have", have.to_string().into()),
            ],
        ),
        Blocked::Browser => i18n.t("blocked-browser"),
        Blocked::ManagedPc => i18n.t("blocked-managed-pc"),
    }
}

pub fn version_requirement(
    i18n: &I18n,
    profile: &DeviceProfile,
    check: &VersionCheck,
) -> Option<String> {
    match check {
        VersionCheck::Unverified { min } => Some(i18n.t_args(
            "version-unverified",
            &[
                ("os", os_name(i18n, profile.platform).into()),
                ("min", min.to_string().into()),
            ],
        )),
        VersionCheck::Met | VersionCheck::NoMinimum => None,
    }
}

pub fn passkey_type_label(i18n: &I18n, flow: &Flow) -> String {
    i18n.t(match flow.passkey_type {
        crate::domain::catalogue::PasskeyType::Synced => "passkey-type-synced",
        crate::domain::catalogue::PasskeyType::DeviceBound => "passkey-type-device-bound",
    })
}

/// The variables every step and troubleshooting text may use: `$os_major` (a number, or
/// "unknown") and `$browser` (a browser id, or "unknown").
pub fn content_args(profile: &DeviceProfile) -> [(&'static str, Arg); 3] {
    let os_major: Arg = profile
        .os_version
        .map(|v| Arg::from(v.major))
        .unwrap_or_else(|| "unknown".into());
    let browser: Arg = profile.browser.map(|b| b.id()).unwrap_or("unknown").into();
    [
        ("os_major", os_major),
        ("browser", browser),
        ("platform", profile.platform.id().into()),
    ]
}

/// A flow text (step body or troubleshooting entry) rendered for this device.
pub fn content(i18n: &I18n, key: &str, profile: &DeviceProfile) -> String {
    i18n.t_args(key, &content_args(profile))
}

/// The text split into paragraphs at blank lines, for rendering as `<p>` elements.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}
