//! `passkey-guide serve` as an operator runs it: on SIGTERM it lets the requests it accepted
//! finish, stores every queued guide event, stops its scheduler and exits 0.

mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

/// Waits (at most a minute from `started`) until `count` reaches `want`.
async fn wait_for(count: &AtomicUsize, want: usize, started: Instant, what: &str) {
    while count.load(Ordering::SeqCst) < want {
        assert!(started.elapsed() < Duration::from_secs(60), "{what}");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Starts `passkey-guide serve` on a free loopback port over the database at `url`, with
/// `more` adding to its environment; returns the process and its address.
fn serve(
    dir: &std::path::Path,
    url: &str,
    more: impl FnOnce(&mut Command),
) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut c = Command::new(env!("CARGO_BIN_EXE_passkey-guide"));
    c.arg("serve")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir)
        .env("LEPTOS_OUTPUT_NAME", "passkey-guide")
        .env("DATABASE_URL", url)
        .env("PASSKEY_GUIDE_DATA_DIR", dir.join("data"))
        .env("PASSKEY_GUIDE_SECURE_COOKIES", "false")
        .env_remove("PASSKEY_GUIDE_SMTP_URL")
        .stdout(Stdio::null());
    more(&mut c);
    (c.spawn().unwrap(), format!("http://127.0.0.1:{port}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_accepted_requests_and_stores_their_events() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(dir.path()).await;
    let (mut child, base) = serve(dir.path(), &url, |c| {
        c.env("RUST_LOG", "info").stderr(Stdio::piped());
    });
    let client = reqwest::Client::new();
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // A wave of page views, and the signal once the first ten are answered: the rest are
    // queued, in flight or not yet sent.
    let answered_so_far = Arc::new(AtomicUsize::new(0));
    let views: Vec<_> = (0..400)
        .map(|_| {
            let (c, u, n) = (client.clone(), format!("{base}/"), answered_so_far.clone());
            tokio::spawn(async move {
                let res = c.get(u).header("user-agent", IPHONE).send().await?;
                let status = res.status();
                let body = res.text().await;
                n.fetch_add(1, Ordering::SeqCst);
                body.map(|_| status)
            })
        })
        .collect();
    wait_for(&answered_so_far, 10, started, "no view was answered").await;
    let kill = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());

    let mut answered = 0;
    for v in views {
        match v.await.unwrap() {
            Ok(status) => {
                assert_eq!(status, reqwest::StatusCode::OK);
                answered += 1;
            }
            // Not accepted, or accepted but not yet read, when the listener closed: refused or
            // closed before an answer began. An answer once started is never cut off.
            Err(e) => assert!(!e.is_body() && !e.is_decode(), "{e:?}"),
        }
    }
    assert!(answered >= 10, "{answered}");

    let exit = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "serve did not stop"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    assert!(exit.success(), "{log}");
    assert!(log.contains("shutting down"), "{log}");
    assert!(log.contains("stopped cleanly"), "{log}");

    // Every answered view's event was stored before the process ended.
    let db = passkey_guide::store::connect(&url).await.unwrap();
    let stored: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(times), 0) AS BIGINT) FROM guide_event \
             WHERE kind = 'page-viewed'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(stored, answered);
}

/// Killed without warning (SIGKILL) in the middle of a burst of employees confirming their
/// passkey while page views load the server: every confirmation that was acknowledged (its
/// 303 received) is in the database afterwards. With answers queued in memory, as before,
/// this test lost 21 of 21 (and, killing after a fixed second instead, 135 of 135 and 318 of
/// 330).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_answer() {
    use base64::Engine;
    const EMPLOYEES: usize = 400;
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(dir.path()).await;
    let seed = passkey_guide::store::connect(&url).await.unwrap();
    let tenant = passkey_guide::store::tenants::create(&seed, "acme", "Acme")
        .await
        .unwrap();
    let rows: Vec<_> = (0..EMPLOYEES)
        .map(|i| common::employee(format!("e{i}@acme.example"), format!("E{i}")))
        .collect();
    passkey_guide::store::employees::import(&seed, tenant.id, &rows, |_| {})
        .await
        .unwrap();
    let people: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, ref FROM employee WHERE tenant_id = $1 ORDER BY id")
            .bind(tenant.id)
            .fetch_all(&seed)
            .await
            .unwrap();
    seed.close().await;
    let keys = app::domain::links::LinkKeys::single("test", common::LINK_SECRET.to_vec()).unwrap();
    let (mut child, base) = serve(dir.path(), &url, |c| {
        c.env(
            "PASSKEY_GUIDE_LINK_KEYS",
            format!(
                "test:{}",
                base64::engine::general_purpose::STANDARD.encode(common::LINK_SECRET)
            ),
        )
        .stderr(Stdio::null());
    });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let exp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + 86_400;
    // Page views load the server while the employees answer.
    let views: Vec<_> = (0..EMPLOYEES)
        .map(|_| {
            let (c, u) = (client.clone(), format!("{base}/t/acme/"));
            tokio::spawn(async move { c.get(u).header("user-agent", IPHONE).send().await })
        })
        .collect();
    let acknowledged_so_far = Arc::new(AtomicUsize::new(0));
    let answers: Vec<_> = people
        .iter()
        .map(|(id, reference)| {
            let token = keys.sign("acme", reference, exp);
            let (c, u, id) = (
                client.clone(),
                format!("{base}/t/acme/journey/confirm"),
                *id,
            );
            let (origin, n) = (base.clone(), acknowledged_so_far.clone());
            tokio::spawn(async move {
                let res = c
                    .post(u)
                    .header("cookie", format!("pg_link={token}"))
                    .header("origin", origin)
                    .header("user-agent", IPHONE)
                    .form(&[("flow", "iphone-authenticator"), ("answer", "yes")])
                    .send()
                    .await;
                if res.is_ok() {
                    n.fetch_add(1, Ordering::SeqCst);
                }
                (id, res.map(|r| r.status()))
            })
        })
        .collect();
    // Killed once the first 20 answers are acknowledged, with the rest in flight or queued.
    wait_for(
        &acknowledged_so_far,
        20,
        started,
        "no answer was acknowledged",
    )
    .await;
    child.kill().unwrap();
    child.wait().unwrap();
    let mut acknowledged = Vec::new();
    for a in answers {
        let (id, res) = a.await.unwrap();
        if let Ok(status) = res {
            assert_eq!(status, reqwest::StatusCode::SEE_OTHER, "employee {id}");
            acknowledged.push(id);
        }
    }
    for v in views {
        let _ = v.await.unwrap();
    }
    assert!(acknowledged.len() >= 20, "{}", acknowledged.len());
    assert!(acknowledged.len() < EMPLOYEES, "the kill came mid-burst");
    let db = passkey_guide::store::connect(&url).await.unwrap();
    let stored: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT employee_id FROM journey_event WHERE kind = 'confirmed'",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|id| !stored.contains(id))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged confirmations were lost: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
    eprintln!(
        "{} of {EMPLOYEES} confirmations acknowledged before SIGKILL; all stored",
        acknowledged.len()
    );
}
