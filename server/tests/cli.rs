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
