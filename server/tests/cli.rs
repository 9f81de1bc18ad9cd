//! The management commands of the binary, as scripts run them: exit codes, messages, and the
//! database they leave behind.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

struct Cli {
    dir: tempfile::TempDir,
    database_url: String,
}

impl Cli {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let database_url = common::database_url_blocking(&dir.path().join("data"));
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        Cli { dir, database_url }
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_passkey-guide"))
            .args(args)
            .env("PASSKEY_GUIDE_DATA_DIR", self.dir.path().join("data"))
            .env(
                "PASSKEY_GUIDE_LINK_KEYS",
                "k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            )
            .env("PASSKEY_GUIDE_PUBLIC_URL", "https://passkeys.example.com")
            .env("DATABASE_URL", &self.database_url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn ok(&self, args: &[&str], stdin: &str) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn fails(&self, args: &[&str], stdin: &str) -> String {
        let out = self.run(args, stdin);
        assert!(!out.status.success(), "{args:?} should fail");
        String::from_utf8(out.stderr).unwrap()
    }

    fn file(&self, name: &str, content: &str) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        p.display().to_string()
    }
}

#[test]
fn a_tenant_is_set_up_end_to_end_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(
        &["tenant", "create", "--slug", "contoso", "--name", "Contoso"],
        "",
    );
    assert!(
        cli.fails(
            &["tenant", "create", "--slug", "contoso", "--name", "Again"],
            ""
        )
        .contains("already exists")
    );
    assert!(
        cli.fails(
            &["tenant", "create", "--slug", "No Spaces", "--name", "X"],
            ""
        )
        .contains("not a valid slug")
    );
    let policy = cli.ok(
        &[
            "tenant",
            "policy",
            "--slug",
            "contoso",
            "--device-bound-only",
        ],
        "",
    );
    assert!(policy.contains("synced passkeys not allowed"));
    assert!(
        cli.fails(
            &["tenant", "policy", "--slug", "nobody", "--attestation"],
            ""
        )
        .contains("no tenant")
    );
    assert!(
        cli.fails(
            &[
                "tenant",
                "policy",
                "--slug",
                "contoso",
                "--security-info-url",
                "https://evil.example/"
            ],
            ""
        )
        .contains("not an https address on a Microsoft sign-in host")
    );

    cli.ok(
        &[
            "admin",
            "create",
            "--tenant",
            "contoso",
            "--email",
            "it@contoso.example",
            "--role",
            "owner",
        ],
        "a long enough passphrase\n",
    );
    assert!(
        cli.fails(
            &[
                "admin",
                "create",
                "--tenant",
                "contoso",
                "--email",
                "x@contoso.example"
            ],
            "short\n"
        )
        .contains("at least 12")
    );
    assert!(
        cli.fails(
            &[
                "admin", "create", "--tenant", "contoso", "--email", "nope", "--role", "admin"
            ],
            "a long enough passphrase\n"
        )
        .contains("not an email")
    );

    let good = cli.file(
        "good.csv",
        "email;name\nada@contoso.example;Ada\nbob@contoso.example;Bob\n",
    );
    assert!(
        cli.ok(&["roster", "import", "--tenant", "contoso", &good], "")
            .contains("2 added")
    );
    assert!(
        cli.ok(&["roster", "import", "--tenant", "contoso", &good], "")
            .contains("0 added, 0 updated, 2 unchanged")
    );
    let mixed = cli.file("mixed.csv", "email,name\ncy@contoso.example,Cy\nbroken,X\n");
    let err = cli.fails(&["roster", "import", "--tenant", "contoso", &mixed], "");
    assert!(
        err.contains("line 3: \"broken\" is not an email address"),
        "{err}"
    );
    let headerless = cli.file("bad.csv", "foo,bar\n1,2\n");
    assert!(
        cli.fails(
            &["roster", "import", "--tenant", "contoso", &headerless],
            ""
        )
        .contains("No email column found")
    );
    assert!(
        cli.fails(
            &[
                "roster",
                "import",
                "--tenant",
                "contoso",
                "/nonexistent.csv"
            ],
            ""
        )
        .contains("/nonexistent.csv")
    );

    let out = cli.dir.path().join("links.csv");
    let out_s = out.display().to_string();
    assert!(
        cli.ok(
            &["links", "export", "--tenant", "contoso", "--out", &out_s],
            ""
        )
        .contains("wrote 3 links")
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(
        csv.starts_with("email,display_name,preferred_language,department,manager,link,expires\n")
    );
    assert!(
        csv.contains("ada@contoso.example,Ada,,,,https://passkeys.example.com/t/contoso/link/")
    );

    // Without a signing key, an export would produce links the server rejects: refused.
    let out = Command::new(env!("CARGO_BIN_EXE_passkey-guide"))
        .args(["links", "export", "--tenant", "contoso", "--out", &out_s])
        .env("PASSKEY_GUIDE_DATA_DIR", cli.dir.path().join("data"))
        .env("DATABASE_URL", &cli.database_url)
        .env_remove("PASSKEY_GUIDE_LINK_KEYS")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PASSKEY_GUIDE_LINK_KEYS"));
}

#[test]
fn waves_and_the_mail_transport_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(
        &["tenant", "create", "--slug", "contoso", "--name", "Contoso"],
        "",
    );
    let roster = cli.file(
        "roster.csv",
        "email,name,department\nada@contoso.example,Ada,Sales\nbob@contoso.example,Bob,Sales\ncy@contoso.example,Cy,Finance\n",
    );
    cli.ok(
        &[
            "roster", "import", "--tenant", "contoso", "--quiet", &roster,
        ],
        "",
    );
    // Exporting links announces no one.
    let links = cli.dir.path().join("links.csv").display().to_string();
    assert!(
        cli.ok(
            &["links", "export", "--tenant", "contoso", "--out", &links],
            ""
        )
        .contains("0 newly announced")
    );
    // A dry run of a department wave lists Sales only and stores nothing.
    let dry = cli.ok(
        &[
            "reminders",
            "announce",
            "--tenant",
            "contoso",
            "--department",
            "sales",
            "--dry-run",
        ],
        "",
    );
    assert_eq!(dry.lines().count(), 2, "{dry}");
    assert!(dry.contains("ada@contoso.example") && !dry.contains("cy@"));
    // One selector at a time; a list file that cannot be read is refused with its line.
    assert!(
        cli.fails(
            &[
                "reminders",
                "announce",
                "--tenant",
                "contoso",
                "--department",
                "Sales",
                "--group",
                "g"
            ],
            ""
        )
        .contains("cannot be used with")
    );
    let bad = cli.file("pilot.csv", "email\nnot an address\n");
    assert!(
        cli.fails(
            &[
                "reminders",
                "announce",
                "--tenant",
                "contoso",
                "--file",
                &bad
            ],
            ""
        )
        .contains("line 2")
    );
    // A scheduled wave for a CSV subset waits for the server.
    let pilot = cli.file("pilot.csv", "email\ncy@contoso.example\n");
    let scheduled = cli.run(
        &[
            "reminders",
            "announce",
            "--tenant",
            "contoso",
            "--file",
            &pilot,
            "--at",
            "2030-01-07T09:00:00Z",
        ],
        "",
    );
    assert!(scheduled.status.success());
    assert!(
        String::from_utf8_lossy(&scheduled.stderr).contains("scheduled for 2030-01-07T09:00:00Z")
    );
    // Now: Sales is announced (the mail waits: no SMTP server is configured).
    let now = cli.ok(
        &[
            "reminders",
            "announce",
            "--tenant",
            "contoso",
            "--department",
            "Sales",
        ],
        "",
    );
    assert_eq!(now.lines().count(), 2, "{now}");
    // The transport: Graph needs the Entra connection; SMTP needs the data key.
    assert!(
        cli.fails(
            &[
                "mail",
                "transport",
                "--tenant",
                "contoso",
                "--graph",
                "--from",
                "passkeys@contoso.example",
                "--data-key",
                common::DATA_KEY,
            ],
            ""
        )
        .contains("Entra connection")
    );
    let set = cli.ok(
        &[
            "mail",
            "transport",
            "--tenant",
            "contoso",
            "--smtp",
            "smtp://user:hunter2@127.0.0.1:2525",
            "--from",
            "IT <it@contoso.example>",
            "--reply-to",
            "help@contoso.example",
            "--data-key",
            common::DATA_KEY,
        ],
        "",
    );
    assert!(set.contains("SMTP") && !set.contains("hunter2"), "{set}");
}

/// Personal data from the command line: the retention period (a bad one refused), an export
/// to a file, and an erasure that needs `--yes` and then leaves no trace of the employee.
#[test]
fn an_employee_is_exported_and_erased_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(
        &["tenant", "create", "--slug", "acme", "--name", "Acme"],
        "",
    );
    let roster = cli.dir.path().join("roster.csv");
    std::fs::write(
        &roster,
        "email,name\nada@acme.example,Ada Quartermain\nbob@acme.example,Bob\n",
    )
    .unwrap();
    cli.ok(
        &[
            "roster",
            "import",
            "--quiet",
            "--tenant",
            "acme",
            roster.to_str().unwrap(),
        ],
        "",
    );
    let err = cli.fails(
        &["privacy", "retention", "--tenant", "acme", "--days", "0"],
        "",
    );
    assert!(err.contains("1 to 3650 days"), "{err}");
    let out = cli.ok(
        &["privacy", "retention", "--tenant", "acme", "--days", "90"],
        "",
    );
    assert!(out.contains("90 days"), "{out}");

    let file = cli.dir.path().join("ada.json");
    cli.ok(
        &[
            "privacy",
            "export",
            "--tenant",
            "acme",
            "--employee",
            "ADA@acme.example",
            "--out",
            file.to_str().unwrap(),
        ],
        "",
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(doc["data"]["employee"]["display_name"], "Ada Quartermain");
    assert_eq!(doc["retention"]["days"], 90);

    let err = cli.fails(
        &[
            "privacy",
            "erase",
            "--tenant",
            "acme",
            "--employee",
            "ada@acme.example",
        ],
        "",
    );
    assert!(err.contains("--yes"), "{err}");
    cli.ok(
        &[
            "privacy",
            "erase",
            "--tenant",
            "acme",
            "--employee",
            "ada@acme.example",
            "--yes",
        ],
        "",
    );
    let err = cli.fails(
        &[
            "privacy",
            "export",
            "--tenant",
            "acme",
            "--employee",
            "ada@acme.example",
        ],
        "",
    );
    assert!(err.contains("has no employee"), "{err}");
    // Bob is untouched.
    let out = cli.ok(
        &[
            "privacy",
            "export",
            "--tenant",
            "acme",
            "--employee",
            "bob@acme.example",
        ],
        "",
    );
    assert!(out.contains("\"bob@acme.example\""));
}
