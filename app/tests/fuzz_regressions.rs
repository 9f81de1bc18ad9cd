//! Replays every saved fuzz input under `fuzz/regressions/<target>/` (minimised crashers and a
//! few telling seeds) through the same checks the fuzz targets run (`fuzz/src/checks.rs`), then
//! checks the answer each file must get. A file without an expectation here fails the test, so
//! a new crasher cannot be dropped in and forgotten.

#[path = "../../fuzz/src/checks.rs"]
mod checks;

use app::domain::branding::LogoError;
use app::domain::links::LinkError;
use app::domain::registration;
use app::domain::roster;
use app::domain::{OsVersion, Platform};
use std::path::Path;

/// The files of one target's regression directory, by name, in name order.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
}

fn unexpected(target: &str, name: &str) -> ! {
    panic!("fuzz/regressions/{target}/{name} has no expectation in app/tests/fuzz_regressions.rs")
}

#[test]
fn detect() {
    for (name, data) in inputs("detect") {
        let p = checks::detect(&data);
        match name.as_str() {
            "samsung-hints" => {
                assert_eq!(p.platform, Platform::Samsung, "{name}");
                assert_eq!(p.os_version, Some(OsVersion::major(15)), "{name}");
                assert_eq!(p.model.as_deref(), Some("SM-S918B"), "{name}");
            }
            "malformed-hints" => {
                assert_eq!(p.platform, Platform::Unknown, "{name}");
                assert_eq!((p.os_version, p.os_at_least, p.model), (None, None, None));
            }
            _ => unexpected("detect", &name),
        }
    }
}

#[test]
fn accept_language() {
    for (name, data) in inputs("accept_language") {
        let locale = checks::accept_language(&data);
        let expected = match name.as_str() {
            // `q=NaN` among more than 20 entries made the sort panic (not a total order).
            "nan-weights" => "en",
            "all-inputs" => "fr",
            _ => unexpected("accept_language", &name),
        };
        assert_eq!(locale.tag(), expected, "{name}");
    }
}

#[test]
fn roster_csv() {
    for (name, data) in inputs("roster_csv") {
        let result = checks::roster_csv(&data);
        match name.as_str() {
            "bad-rows" => {
                let r = result.unwrap();
                let emails: Vec<_> = r.rows.iter().map(|r| r.email.as_str()).collect();
                assert_eq!(emails, ["a@x.example", "e@x.example", "g@x.example"]);
                let bad: Vec<_> = r.bad.iter().map(|b| (b.line, &b.problem)).collect();
                assert_eq!(
                    bad,
                    [
                        (3, &roster::RowProblem::MissingEmail),
                        (4, &roster::RowProblem::InvalidEmail("not-an-email".into())),
                        (5, &roster::RowProblem::MissingName),
                        (6, &roster::RowProblem::Duplicate { first_line: 2 }),
                        (
                            8,
                            &roster::RowProblem::Malformed("5 fields, the header has 4".into())
                        ),
                    ]
                );
            }
            _ => unexpected("roster_csv", &name),
        }
    }
}

#[test]
fn registration_csv() {
    for (name, data) in inputs("registration_csv") {
        let result = checks::registration_csv(&data);
        match name.as_str() {
            "portal-semicolons" => {
                let r = result.unwrap();
                assert_eq!(r.registrations.len(), 3);
                let bad: Vec<_> = r.bad.iter().map(|b| (b.line, &b.problem)).collect();
                assert_eq!(
                    bad,
                    [
                        (3, &registration::RowProblem::MissingName),
                        (5, &registration::RowProblem::WrongFieldCount)
                    ]
                );
            }
            _ => unexpected("registration_csv", &name),
        }
    }
}

#[test]
fn links() {
    for (name, data) in inputs("links") {
        let outcome = checks::links(&data);
        match name.as_str() {
            "rotation" => {
                assert_eq!(outcome.raw, Err(LinkError::Malformed));
                assert!(matches!(outcome.signed, Err(LinkError::Expired(_))));
            }
            _ => unexpected("links", &name),
        }
    }
}

#[test]
fn branding() {
    for (name, data) in inputs("branding") {
        let outcome = checks::branding(&data);
        match name.as_str() {
            "bad-form" => {
                let fields: Vec<_> = outcome.form.unwrap_err().iter().map(|e| e.field).collect();
                assert_eq!(
                    fields,
                    [
                        "display_name",
                        "primary_color",
                        "support_email",
                        "support_url",
                        "support_phone",
                        "support_hours"
                    ]
                );
                assert_eq!(outcome.logo, Err(LogoError::UnknownFormat));
            }
            "svg" => assert_eq!(outcome.logo, Err(LogoError::Svg)),
            _ => unexpected("branding", &name),
        }
    }
}

#[test]
fn entra_policy() {
    for (name, data) in inputs("entra_policy") {
        let (_, p) = checks::entra_policy(&data).expect("the seeds are valid policies");
        match name.as_str() {
            // The attested profile: device-bound, Authenticator on the allow list.
            "admins-attested" => {
                assert!(p.attestation_enforced && !p.synced_allowed, "{name}");
                assert!(p.authenticators.microsoft_authenticator, "{name}");
                assert!(!p.authenticators.security_keys, "{name}");
            }
            // Exclusion wins over the staff profile.
            "staff-and-contractors" => {
                assert_eq!(p, app::domain::entra::NO_PASSKEYS, "{name}")
            }
            "legacy-self-service-off" => {
                assert_eq!(p, app::domain::entra::NO_PASSKEYS, "{name}")
            }
            _ => unexpected("entra_policy", &name),
        }
    }
}
