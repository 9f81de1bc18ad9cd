//! `passkey-guide serve` as an operator runs it: on SIGTERM it lets the requests it accepted
//! finish, stores every queued guide event, stops its scheduler and exits 0.

mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_accepted_requests_and_stores_their_events() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(dir.path()).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_passkey-guide"))
        .arg("serve")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir.path())
        .env("LEPTOS_OUTPUT_NAME", "passkey-guide")
        .env("DATABASE_URL", &url)
        .env("PASSKEY_GUIDE_DATA_DIR", dir.path().join("data"))
        .env("PASSKEY_GUIDE_SECURE_COOKIES", "false")
        .env("RUST_LOG", "info")
        .env_remove("PASSKEY_GUIDE_SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
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
    while answered_so_far.load(Ordering::SeqCst) < 10 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no view was answered"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
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
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM guide_event WHERE kind = 'page-viewed'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(stored, answered);
}
