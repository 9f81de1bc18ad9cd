//! The chooser's order, policy and version gates on the embedded catalogue.

use app::domain::catalogue::FlowDir;
use app::domain::chooser::{Blocked, Note, VersionCheck};
use app::domain::illustration::Illustrations;
use app::domain::{
    Authenticators, Browser, Catalogue, DeviceProfile, InApp, OsVersion, Platform, Policy,
    RequestHints, choose, detect,
};

const SYNCED: Policy = Policy {
    synced_allowed: true,
    attestation_enforced: false,
    authenticators: Authenticators::ALL,
};
const DEVICE_BOUND: Policy = Policy {
    synced_allowed: false,
    attestation_enforced: false,
    authenticators: Authenticators::ALL,
};
const ATTESTED: Policy = Policy {
    synced_allowed: false,
    attestation_enforced: true,
    authenticators: Authenticators::ALL,
};

fn device(platform: Platform, version: Option<OsVersion>, browser: Browser) -> DeviceProfile {
    DeviceProfile {
        platform,
        os_version: version,
        browser: Some(browser),
        ..DeviceProfile::unknown()
    }
}

fn ids(profile: &DeviceProfile, policy: &Policy) -> Vec<String> {
    choose(Catalogue::embedded(), profile, policy)
        .flow_ids()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn iphone_gets_built_in_synced_first_when_allowed() {
    let iphone = device(
        Platform::Iphone,
        Some(OsVersion::new(17, 4)),
        Browser::Safari,
    );
    assert_eq!(
        ids(&iphone, &SYNCED),
        [
            "iphone-icloud-keychain",
            "iphone-authenticator",
            "security-key"
        ]
    );
    assert_eq!(
        ids(&iphone, &DEVICE_BOUND),
        ["iphone-authenticator", "security-key"]
    );
}

#[test]
fn authenticator_needs_ios_17_and_says_what_to_do_instead() {
    let old = device(
        Platform::Iphone,
        Some(OsVersion::new(16, 6)),
        Browser::Safari,
    );
    let rec = choose(Catalogue::embedded(), &old, &DEVICE_BOUND);
    assert_eq!(rec.flow_ids(), ["security-key"]);
    let blocked = rec.status_of("iphone-authenticator").unwrap().unwrap_err();
    assert_eq!(
        blocked.why,
        Blocked::OsTooOld {
            min: OsVersion::new(17, 0),
            have: OsVersion::new(16, 6)
        }
    );
    assert!(rec.notes.contains(&Note::UpdateFirst {
        flow: "iphone-authenticator".into(),
        min: OsVersion::new(17, 0),
        have: OsVersion::new(16, 6),
        alternative: Some("security-key".into()),
    }));
    // With synced allowed, iOS 16.6 still has iCloud Keychain (iOS 16+).
    assert_eq!(ids(&old, &SYNCED)[0], "iphone-icloud-keychain");
}

#[test]
fn windows_hello_is_off_unless_the_organisation_turns_it_on() {
    let win = device(Platform::Windows, Some(OsVersion::major(11)), Browser::Edge);
    let rec = choose(Catalogue::embedded(), &win, &Policy::default());
    assert_eq!(rec.flow_ids(), ["phone-from-desktop", "security-key"]);
    assert_eq!(
        rec.status_of("windows-hello").unwrap().unwrap_err().why,
        Blocked::NotSupportedByOrganisation
    );
    assert!(!Policy::default().authenticators.windows_hello);
    // Turned on, it comes first, unless the employee says this is a company PC.
    let rec = choose(Catalogue::embedded(), &win, &SYNCED);
    assert_eq!(rec.recommended().unwrap().id, "windows-hello");
    let managed = rec.on_managed_pc();
    assert_eq!(managed.flow_ids(), ["phone-from-desktop", "security-key"]);
    assert_eq!(
        managed.status_of("windows-hello").unwrap().unwrap_err().why,
        Blocked::ManagedPc
    );
    assert_eq!(managed.notes.first(), Some(&Note::ManagedPc));
}

#[test]
fn windows_7_to_8_1_are_told_to_update_to_windows_10() {
    for (version, hint) in [
        (OsVersion::major(7), "0.1.0"),
        (OsVersion::new(8, 1), "0.3.0"),
    ] {
        let profile = detect(&RequestHints {
            user_agent: Some(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
            ),
            platform: Some("\"Windows\""),
            platform_version: Some(&format!("\"{hint}\"")),
            ..Default::default()
        });
        assert_eq!(profile.os_version, Some(version));
        let rec = choose(Catalogue::embedded(), &profile, &SYNCED);
        assert!(rec.offered.is_empty(), "{:?}", rec.flow_ids());
        assert!(rec.notes.iter().any(|n| matches!(
            n,
            Note::UpdateFirst { min, .. } if *min == OsVersion::major(10)
        )));
    }
}

#[test]
fn attestation_hides_synced_and_windows_hello() {
    let win = device(Platform::Windows, Some(OsVersion::major(11)), Browser::Edge);
    assert_eq!(
        ids(&win, &SYNCED),
        ["windows-hello", "phone-from-desktop", "security-key"]
    );
    let rec = choose(Catalogue::embedded(), &win, &ATTESTED);
    assert_eq!(rec.flow_ids(), ["phone-from-desktop", "security-key"]);
    assert_eq!(
        rec.status_of("windows-hello").unwrap().unwrap_err().why,
        Blocked::AttestationRequired
    );
    let mac = device(Platform::Macos, None, Browser::Safari);
    let rec = choose(Catalogue::embedded(), &mac, &ATTESTED);
    assert_eq!(
        rec.status_of("macos").unwrap().unwrap_err().why,
        Blocked::SyncedNotAllowed
    );
}

#[test]
fn samsung_gets_samsung_pass_and_google_password_manager_where_synced_is_allowed() {
    let samsung = device(
        Platform::Samsung,
        Some(OsVersion::major(14)),
        Browser::Chrome,
    );
    assert_eq!(
        ids(&samsung, &SYNCED),
        ["samsung-pass", "android-google-password-manager", "samsung"]
    );
    // Device-bound only: Authenticator, where Samsung Pass taking the prompt is what to avoid.
    assert_eq!(ids(&samsung, &DEVICE_BOUND), ["samsung"]);
    let rec = choose(Catalogue::embedded(), &samsung, &DEVICE_BOUND);
    assert_eq!(
        rec.status_of("samsung-pass").unwrap().unwrap_err().why,
        Blocked::SyncedNotAllowed
    );
    // Samsung Pass keeps passkeys from One UI 6 (Android 14); Google Password Manager from
    // Android 9.
    let older = device(
        Platform::Samsung,
        Some(OsVersion::major(13)),
        Browser::SamsungInternet,
    );
    assert_eq!(ids(&older, &SYNCED), ["android-google-password-manager"]);
    let pixel = device(
        Platform::Android,
        Some(OsVersion::major(14)),
        Browser::Chrome,
    );
    assert_eq!(
        ids(&pixel, &SYNCED),
        ["android-google-password-manager", "android-authenticator"]
    );
    let old_pixel = device(
        Platform::Android,
        Some(OsVersion::major(13)),
        Browser::Chrome,
    );
    assert_eq!(ids(&old_pixel, &DEVICE_BOUND), Vec::<String>::new());
    let rec = choose(Catalogue::embedded(), &old_pixel, &DEVICE_BOUND);
    assert!(rec.notes.iter().any(|n| matches!(
        n,
        Note::UpdateFirst {
            alternative: None,
            ..
        }
    )));
    assert!(rec.notes.contains(&Note::NothingHere));
}

#[test]
fn hidden_versions_are_offered_but_flagged_unverified() {
    let reduced = detect(&RequestHints {
        user_agent: Some(
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        ),
        ..RequestHints::default()
    });
    let rec = choose(Catalogue::embedded(), &reduced, &DEVICE_BOUND);
    assert_eq!(rec.offered[0].flow.id, "android-authenticator");
    assert_eq!(
        rec.offered[0].version,
        VersionCheck::Unverified {
            min: OsVersion::new(14, 0)
        }
    );
    assert!(rec.notes.contains(&Note::VersionUnknown));
    // A frozen Windows token (10 or later) is enough for a Windows 10 minimum.
    let win = detect(&RequestHints {
        user_agent: Some(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
        ),
        ..RequestHints::default()
    });
    let rec = choose(Catalogue::embedded(), &win, &SYNCED);
    assert_eq!(rec.offered[0].version, VersionCheck::Met);
}

#[test]
fn unsupported_browsers_are_named_with_a_way_out() {
    let firefox = device(
        Platform::Android,
        Some(OsVersion::major(14)),
        Browser::Firefox,
    );
    let rec = choose(Catalogue::embedded(), &firefox, &SYNCED);
    assert!(rec.notes.contains(&Note::BrowserUnsupported {
        key: "note-firefox-android".into()
    }));
    let linux_ff = device(Platform::Linux, None, Browser::Firefox);
    let rec = choose(Catalogue::embedded(), &linux_ff, &SYNCED);
    assert_eq!(rec.flow_ids(), ["security-key"]);
    assert_eq!(
        rec.status_of("phone-from-desktop")
            .unwrap()
            .unwrap_err()
            .why,
        Blocked::Browser
    );
}

#[test]
fn in_app_browsers_and_unknown_devices_get_notes() {
    let mut webview = device(
        Platform::Iphone,
        Some(OsVersion::major(17)),
        Browser::Webview,
    );
    webview.in_app = Some(InApp::Outlook);
    let rec = choose(Catalogue::embedded(), &webview, &SYNCED);
    assert!(rec.notes.contains(&Note::InAppBrowser));
    let unknown = DeviceProfile::unknown();
    let rec = choose(Catalogue::embedded(), &unknown, &SYNCED);
    assert!(rec.offered.is_empty());
    assert_eq!(rec.notes, [Note::UnknownDevice]);
    assert_eq!(
        ids(&device(Platform::Chromeos, None, Browser::Chrome), &SYNCED),
        ["phone-from-desktop"]
    );
}

#[test]
fn macos_safari_may_be_an_ipad_unless_the_employee_chose_mac() {
    let mac = device(Platform::Macos, None, Browser::Safari);
    assert!(
        choose(Catalogue::embedded(), &mac, &SYNCED)
            .notes
            .contains(&Note::MaybeIpad)
    );
    let chosen = DeviceProfile::chosen(Platform::Macos);
    assert!(
        !choose(Catalogue::embedded(), &chosen, &SYNCED)
            .notes
            .contains(&Note::MaybeIpad)
    );
}

#[test]
fn authenticators_the_tenant_does_not_support_are_not_offered() {
    let c = Catalogue::embedded();
    let no_app = Policy {
        authenticators: Authenticators {
            microsoft_authenticator: false,
            ..Authenticators::ALL
        },
        ..DEVICE_BOUND
    };
    let iphone = device(
        Platform::Iphone,
        Some(OsVersion::new(17, 4)),
        Browser::Safari,
    );
    let rec = choose(c, &iphone, &no_app);
    assert!(!rec.flow_ids().contains(&"iphone-authenticator"));
    assert_eq!(
        rec.status_of("iphone-authenticator")
            .unwrap()
            .unwrap_err()
            .why,
        Blocked::NotSupportedByOrganisation
    );
    let no_hello = Policy {
        authenticators: Authenticators {
            windows_hello: false,
            ..Authenticators::ALL
        },
        ..SYNCED
    };
    let windows = device(Platform::Windows, None, Browser::Edge);
    let ids = choose(c, &windows, &no_hello).flow_ids();
    assert!(!ids.contains(&"windows-hello"));
    assert!(ids.contains(&"security-key"));
}

/// Copies `from` (files and one level of folders, which is all `app/flows/` has) into `to`.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn a_flow_added_as_a_folder_is_offered_by_its_rank() {
    let flows = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/flows"));
    let dir = std::env::temp_dir().join(format!("passkey-guide-flows-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(flows, &dir);
    // A new Windows flow, made from Windows Hello's folder, ranked before every other flow.
    let hello = dir.join("windows-hello");
    let extra = dir.join("extra-windows-flow");
    std::fs::create_dir(&extra).unwrap();
    let flow = std::fs::read_to_string(hello.join("flow.toml")).unwrap();
    let rank = flow
        .lines()
        .find(|l| l.starts_with("rank = "))
        .expect("a rank");
    let flow = flow
        .replace("id = \"windows-hello\"", "id = \"extra-windows-flow\"")
        .replace(rank, "rank = 1");
    std::fs::write(extra.join("flow.toml"), flow).unwrap();
    let drawings = std::fs::read_to_string(hello.join("illustrations.toml"))
        .unwrap()
        .replace("flow = \"windows-hello\"", "flow = \"extra-windows-flow\"")
        .replace(
            "alt = \"ill-windows-hello-",
            "alt = \"ill-extra-windows-flow-",
        );
    std::fs::write(extra.join("illustrations.toml"), drawings).unwrap();

    let read = FlowDir::read(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    let read = read.unwrap();
    let catalogue = read.catalogue().unwrap();
    assert_eq!(
        catalogue.flows().len(),
        Catalogue::embedded().flows().len() + 1
    );
    let illustrations = Illustrations::from_folders(&read.folders(), &catalogue).unwrap();
    assert!(
        illustrations
            .get("extra-windows-flow", "open-security-info")
            .is_some()
    );

    let win = device(Platform::Windows, Some(OsVersion::major(11)), Browser::Edge);
    assert_eq!(
        choose(&catalogue, &win, &SYNCED).flow_ids(),
        [
            "extra-windows-flow",
            "windows-hello",
            "phone-from-desktop",
            "security-key"
        ]
    );
    // The embedded catalogue is untouched.
    assert_eq!(
        ids(&win, &SYNCED),
        ["windows-hello", "phone-from-desktop", "security-key"]
    );
}
