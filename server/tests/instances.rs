//! Several instances of the server against one database, as a deployment behind a load
//! balancer runs them: migrations when they start at the same moment, sessions made on one and
//! used on another, reminder runs and mail senders racing on every instance at once. Runs on
//! SQLite (several pools on one file) and, in the PostgreSQL pass, on one PostgreSQL database.

mod common;

use app::domain::tenant::Role;
use common::smtp::SmtpServer;
use common::{Options, Server, start_with};
use passkey_guide::jobs::mail::{self, Mailer};
use passkey_guide::ops::links::LinkMaker;
use passkey_guide::ops::reminders;
use passkey_guide::store::tenants;
use passkey_guide::store::{self as db, now_ms};
use reqwest::StatusCode;
use std::collections::HashSet;

const DAY_MS: i64 = 86_400_000;

async fn second_instance(of: &Server) -> Server {
    start_with(Options {
        secure_cookies: false,
        database_url: Some(of.database_url.clone()),
        ..Options::default()
    })
    .await
}

/// Four instances starting at the same moment on a database nobody has opened yet, 25 times
/// over: each must come up, and every migration is applied once. (Before the lock file also
/// covered creating the file and switching it to WAL, this failed with "database is locked"
/// within a dozen rounds.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn instances_starting_together_migrate_once() {
    for _ in 0..25 {
        let dir = tempfile::tempdir().unwrap();
        let url = common::database_url(dir.path()).await;
        let starts: Vec<_> = (0..4)
            .map(|_| {
                let url = url.clone();
                tokio::spawn(async move { db::connect(&url).await })
            })
            .collect();
        let mut pools = Vec::new();
        for start in starts {
            pools.push(start.await.unwrap().unwrap());
        }
        let expected = db::Backend::of(&pools[0]).migrations().iter().count() as i64;
        let applied: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(&pools[0])
                .await
                .unwrap();
        assert_eq!(applied, expected);
    }
}

#[tokio::test]
async fn a_session_made_on_one_instance_works_on_another() {
    let a = start_with(Options {
        secure_cookies: false,
        ..Options::default()
    })
    .await;
    let b = second_instance(&a).await;
    tenants::create(&a.pool, "contoso", "Contoso")
        .await
        .unwrap();
    a.admin("contoso", "it@contoso.example", Role::Owner).await;

    // Signed in on A (the cookie jar holds the session for 127.0.0.1, whichever port).
    let (client, csrf) = a.sign_in("it@contoso.example").await;
    let on_b = client.get(b.url("/admin")).send().await.unwrap();
    assert_eq!(on_b.status(), StatusCode::OK);
    let page = on_b.text().await.unwrap();
    assert!(page.contains("it@contoso.example"), "{page}");
    // The CSRF token is the session's, not the instance's: B takes the form A rendered.
    assert_eq!(common::csrf_of(&page), csrf);

    // Signing out on B ends the session for every instance: it lives in the database.
    let sessions = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM admin_session")
            .fetch_one(&a.pool)
            .await
            .unwrap()
    };
    assert_eq!(sessions().await, 1);
    let out = client
        .post(b.url("/admin/logout"))
        .header("Origin", &b.base)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(sessions().await, 0);
    let on_a = client.get(a.url("/admin")).send().await.unwrap();
    assert_eq!(on_a.status(), StatusCode::SEE_OTHER);
}

/// 60 announced employees Entra lists without a passkey: each is due a 7-day reminder.
async fn seed_due(s: &Server) -> tenants::Tenant {
    let rows: Vec<_> = (0..60)
        .map(|i| common::employee(format!("person{i}@acme.example"), format!("Person {i}")))
        .collect();
    let tenant = s.tenant_with_roster("acme", &rows).await;
    let now = now_ms();
    for q in [
        format!("UPDATE employee SET announced_at_ms = {}", now - 8 * DAY_MS),
        "INSERT INTO reminder_settings (tenant_id, enabled, time_zone, quiet_from_hour, \
         quiet_until_hour, skip_weekends, per_hour) VALUES (1, TRUE, 'UTC', 0, 0, FALSE, 3600)"
            .to_owned(),
        format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms) \
             SELECT tenant_id, email, FALSE, 'mobilePhone', 'graph', {now} FROM employee"
        ),
    ] {
        sqlx::query(&q).execute(&s.pool).await.unwrap();
    }
    tenant
}

#[tokio::test]
async fn reminders_and_mail_go_out_once_however_many_instances_run_them() {
    let a = common::start_insecure().await;
    let b = second_instance(&a).await;
    let c = second_instance(&a).await;
    let tenant = seed_due(&a).await;
    let maker = LinkMaker {
        keys: &a.keys,
        public_url: &a.base,
        ttl_days: 30,
        now_s: now_ms() / 1000,
    };
    let now = jiff::Timestamp::now();

    // Every instance's scheduler runs at once, twice.
    let runs = tokio::join!(
        reminders::run(&a.pool, &tenant, &maker, now, false),
        reminders::run(&b.pool, &tenant, &maker, now, false),
        reminders::run(&c.pool, &tenant, &maker, now, false),
        reminders::run(&a.pool, &tenant, &maker, now, false),
        reminders::run(&b.pool, &tenant, &maker, now, false),
        reminders::run(&c.pool, &tenant, &maker, now, false),
    );
    let queued: usize = [runs.0, runs.1, runs.2, runs.3, runs.4, runs.5]
        .into_iter()
        .map(|r| r.unwrap().iter().filter(|o| o.queued).count())
        .sum();
    assert_eq!(queued, 60, "each reminder is taken by exactly one run");
    let outbox: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'")
        .fetch_one(&a.pool)
        .await
        .unwrap();
    assert_eq!(outbox, 60);

    // Due now (the sending rate spaced them a second apart), and three senders race for them.
    sqlx::query("UPDATE outbox SET next_attempt_at_ms = 0")
        .execute(&a.pool)
        .await
        .unwrap();
    let smtp = SmtpServer::start().await;
    let mailer = Mailer::new(&smtp.url, "IT <it@acme.example>").unwrap();
    let sending = common::sending(&mailer);
    let (x, y, z) = tokio::join!(
        mail::deliver_due(&a.pool, &sending),
        mail::deliver_due(&b.pool, &sending),
        mail::deliver_due(&c.pool, &sending),
    );
    assert_eq!(x.unwrap() + y.unwrap() + z.unwrap(), 60);
    let got = smtp.wait_for(60).await;
    assert_eq!(got.len(), 60, "no message twice");
    let recipients: HashSet<_> = got.iter().flat_map(|m| m.to.clone()).collect();
    assert_eq!(recipients.len(), 60);
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at_ms IS NULL")
        .fetch_one(&a.pool)
        .await
        .unwrap();
    assert_eq!(unsent, 0);
}

/// A branding publish or policy change made on one instance shows on every other within one
/// poll, though each keeps tenants and rendered pages in memory: the database's settings
/// version (bumped by triggers, whoever writes) is polled by every instance. Written here with
/// plain SQL, as another process would, without this process's in-memory signal.
#[tokio::test]
async fn a_change_on_one_instance_reaches_the_others_pages_within_a_poll() {
    let a = start_with(Options {
        secure_cookies: false,
        ..Options::default()
    })
    .await;
    let b = second_instance(&a).await;
    let tenant = tenants::create(&a.pool, "acme", "Acme Old").await.unwrap();
    let page = "/t/acme/guide/iphone-authenticator/step/2";
    let get = |s: &Server| {
        let url = s.url(page);
        let c = common::client();
        async move {
            c.get(url)
                .header("user-agent", IPHONE)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    // B renders and keeps the page (twice: the second is a hit).
    assert!(get(&b).await.contains("Acme Old"));
    assert!(get(&b).await.contains("Acme Old"));
    let hits_before = b_hits(&b).await;
    assert!(hits_before >= 1, "the page came from B's cache");
    // "A" publishes a new name and turns Microsoft Authenticator off, behind B's back.
    for sql in [
        "UPDATE tenant_branding SET display_name = 'Acme New' WHERE state = 'published'",
        "UPDATE tenant SET allow_authenticator = FALSE",
    ] {
        sqlx::query(sql).execute(&a.pool).await.unwrap();
    }
    // B learns of it from the versions it polls (every 20 ms here, 100 ms by default), without
    // reading the database on each request: the new name shows within a few polls.
    let body = eventually(|| get(&b), |body| body.contains("Acme New")).await;
    assert!(!body.contains("Acme Old"));
    let version: i64 = sqlx::query_scalar("SELECT settings_version FROM tenant WHERE id = $1")
        .bind(tenant.id)
        .fetch_one(&a.pool)
        .await
        .unwrap();
    assert!(version >= 2, "each change bumped the version: {version}");
}

/// A roster change made behind an instance's back (here plain SQL on A's pool) reaches the
/// employees it keeps in memory: the personal link's pages follow the employee's new language.
#[tokio::test]
async fn a_roster_change_on_one_instance_reaches_the_others_links() {
    let a = start_with(Options {
        secure_cookies: false,
        ..Options::default()
    })
    .await;
    let b = second_instance(&a).await;
    let tenant = a
        .tenant_with_roster(
            "acme",
            &[common::employee("ada@example.com".into(), "Ada".into())],
        )
        .await;
    let reference: String = sqlx::query_scalar("SELECT ref FROM employee WHERE tenant_id = $1")
        .bind(tenant.id)
        .fetch_one(&a.pool)
        .await
        .unwrap();
    let c = common::client();
    let opened = c
        .get(b.url(&b.personal_link("acme", &reference)))
        .header("user-agent", IPHONE)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    let page = b.url("/t/acme/guide/iphone-authenticator/step/2");
    let get = || {
        let req = c.get(&page).header("user-agent", IPHONE);
        async move { req.send().await.unwrap().text().await.unwrap() }
    };
    // Twice: the second view finds Ada in B's memory.
    assert!(get().await.contains("<html lang=\"en\""));
    assert!(get().await.contains("<html lang=\"en\""));
    let before: i64 = sqlx::query_scalar("SELECT roster_version FROM tenant WHERE id = $1")
        .bind(tenant.id)
        .fetch_one(&a.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE employee SET preferred_language = 'de' WHERE tenant_id = $1")
        .bind(tenant.id)
        .execute(&a.pool)
        .await
        .unwrap();
    let after: i64 = sqlx::query_scalar("SELECT roster_version FROM tenant WHERE id = $1")
        .bind(tenant.id)
        .fetch_one(&a.pool)
        .await
        .unwrap();
    assert!(after > before, "the trigger bumped the roster version");
    eventually(get, |body| body.contains("<html lang=\"de\"")).await;
}

/// Fetches until `done` holds of the body, for up to 5 s (a change reaches another instance
/// with its next poll of the versions, every 20 ms in tests); the last body.
async fn eventually<F, Fut>(mut fetch: F, done: impl Fn(&str) -> bool) -> String
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let body = fetch().await;
        if done(&body) {
            return body;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the change did not arrive within 5 s; last page:\n{body}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/// The page cache's hits as `/metrics` reports them.
async fn b_hits(s: &Server) -> u64 {
    let text = common::client()
        .get(s.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("passkey_guide_page_cache_hits_total "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page cache hits in /metrics:\n{text}"))
}
