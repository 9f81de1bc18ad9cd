//! "I'm stuck": the known causes that fit this device, flow and step, most likely first.
//!
//! Causes the request already proves (an OS below the flow's minimum, an in-app browser, a
//! browser the matrix rules out, a policy that does not allow the flow) come first; then the
//! step's own entries from the catalogue, leaving out those that cannot happen on this device.

use super::catalogue::{Catalogue, Flow, Troubleshooting};
use super::chooser::{Blocked, Policy, version_check};
use super::device::{DeviceProfile, Platform};

/// Why a cause is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likelihood {
    /// What we know about this device or the organisation's policy says this is the problem.
    Detected,
    /// A known cause at this step.
    Possible,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause<'c> {
    pub entry: &'c Troubleshooting,
    pub likelihood: Likelihood,
}

/// The causes for step `step` (1-based) of `flow` on this device under `policy`.
pub fn causes<'c>(
    catalogue: &'c Catalogue,
    flow: &Flow,
    step: usize,
    profile: &DeviceProfile,
    policy: &Policy,
) -> Vec<Cause<'c>> {
    let mut detected: Vec<&str> = Vec::new();
    if flow.supports(profile.platform)
        && let Err(Blocked::OsTooOld { .. }) = version_check(flow, profile)
    {
        detected.push("os-too-old");
    }
    match policy.allows(flow) {
        Err(Blocked::SyncedNotAllowed) => detected.push("synced-not-allowed"),
        Err(_) => detected.push("not-enabled-by-policy"),
        Ok(()) => {}
    }
    if profile.in_app.is_some() {
        detected.push("in-app-browser");
    }
    if let Some(b) = profile.browser
        && catalogue.browser_rules().iter().any(|r| {
            r.browser == b
                && r.platforms.contains(&profile.platform)
                && (r.flows.is_empty() || r.flows.contains(&flow.id))
        })
    {
        detected.push("unsupported-browser");
    }
    // In a cross-device flow the phone does the work, so causes are not limited to the
    // computer the page is read on.
    let fits = |t: &Troubleshooting| {
        t.platforms.is_empty()
            || flow.cross_device
            || profile.platform == Platform::Unknown
            || t.platforms.contains(&profile.platform)
    };
    let listed = flow
        .steps
        .get(step.wrapping_sub(1))
        .map(|s| s.troubleshooting.as_slice())
        .unwrap_or_default();
    let mut out: Vec<Cause<'c>> = Vec::new();
    let mut push = |id: &str, likelihood| {
        if let Some(entry) = catalogue.troubleshooting(id)
            && !out.iter().any(|c| c.entry.id == id)
        {
            out.push(Cause { entry, likelihood });
        }
    };
    for id in detected {
        push(id, Likelihood::Detected);
    }
    for id in listed {
        if catalogue.troubleshooting(id).is_some_and(fits) {
            push(id, Likelihood::Possible);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::device::{Browser, InApp, OsVersion};

    fn ids<'a>(c: &'a [Cause<'a>]) -> Vec<(&'a str, Likelihood)> {
        c.iter()
            .map(|c| (c.entry.id.as_str(), c.likelihood))
            .collect()
    }

    fn step_of(flow: &Flow, id: &str) -> usize {
        flow.steps.iter().position(|s| s.id == id).unwrap() + 1
    }

    #[test]
    fn cross_device_step_lists_the_connection_causes() {
        let c = Catalogue::embedded();
        let flow = c.flow("phone-from-desktop").unwrap();
        let mut windows = DeviceProfile::chosen(Platform::Windows);
        windows.chosen = false;
        let step = flow
            .steps
            .iter()
            .position(|s| {
                s.troubleshooting
                    .iter()
                    .any(|t| t == "cross-device-connecting")
                    && s.id != "before-you-start"
            })
            .unwrap()
            + 1;
        let got = causes(c, flow, step, &windows, &Policy::default());
        assert!(
            ids(&got).contains(&("cross-device-connecting", Likelihood::Possible)),
            "{:?}",
            ids(&got)
        );
        // The phone's own causes still show on the computer.
        let create = causes(
            c,
            flow,
            step_of(flow, "create-on-phone"),
            &windows,
            &Policy::default(),
        );
        assert!(
            ids(&create)
                .iter()
                .any(|(id, _)| *id == "android-work-profile")
        );
    }

    #[test]
    fn what_the_request_proves_comes_first() {
        let c = Catalogue::embedded();
        let flow = c.flow("iphone-authenticator").unwrap();
        let mut old_iphone = DeviceProfile::chosen(Platform::Iphone);
        old_iphone.os_version = Some(OsVersion::new(16, 4));
        old_iphone.in_app = Some(InApp::Outlook);
        old_iphone.browser = Some(Browser::Webview);
        let got = causes(c, flow, 1, &old_iphone, &Policy::default());
        assert_eq!(got[0].entry.id, "os-too-old");
        assert_eq!(got[0].likelihood, Likelihood::Detected);
        assert_eq!(got[1].entry.id, "in-app-browser");
        // Listed at the step too, but only once.
        assert_eq!(
            got.iter()
                .filter(|c| c.entry.id == "in-app-browser")
                .count(),
            1
        );
    }

    #[test]
    fn device_specific_causes_are_left_out_elsewhere() {
        let c = Catalogue::embedded();
        let flow = c.flow("samsung").unwrap();
        let step = step_of(flow, "set-provider");
        let samsung = causes(
            c,
            flow,
            step,
            &DeviceProfile::chosen(Platform::Samsung),
            &Policy::default(),
        );
        assert!(
            ids(&samsung)
                .iter()
                .any(|(id, _)| *id == "samsung-pass-picker")
        );
        // The same step read on an iPhone (e.g. helping a colleague): no Samsung Pass.
        let iphone = causes(
            c,
            flow,
            step,
            &DeviceProfile::chosen(Platform::Iphone),
            &Policy::default(),
        );
        assert!(
            !ids(&iphone)
                .iter()
                .any(|(id, _)| *id == "samsung-pass-picker")
        );
    }

    #[test]
    fn a_policy_that_rules_the_flow_out_is_named() {
        let c = Catalogue::embedded();
        let flow = c.flow("iphone-icloud-keychain").unwrap();
        let policy = Policy {
            synced_allowed: false,
            ..Policy::default()
        };
        let got = causes(
            c,
            flow,
            1,
            &DeviceProfile::chosen(Platform::Iphone),
            &policy,
        );
        assert_eq!(got[0].entry.id, "synced-not-allowed");
        assert_eq!(got[0].likelihood, Likelihood::Detected);
    }

    #[test]
    fn every_step_of_every_flow_has_a_cause_on_its_own_devices() {
        let c = Catalogue::embedded();
        for flow in c.flows() {
            for &platform in &flow.platforms {
                for n in 1..=flow.steps.len() {
                    let got = causes(
                        c,
                        flow,
                        n,
                        &DeviceProfile::chosen(platform),
                        &Policy::default(),
                    );
                    assert!(!got.is_empty(), "{} step {n} on {platform}", flow.id);
                }
            }
        }
        // Out-of-range steps give only what was detected, never a panic.
        let flow = c.flow("macos").unwrap();
        let p = DeviceProfile::chosen(Platform::Macos);
        assert!(causes(c, flow, 0, &p, &Policy::default()).is_empty());
        assert!(causes(c, flow, 99, &p, &Policy::default()).is_empty());
    }
}
