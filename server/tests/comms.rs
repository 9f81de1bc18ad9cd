//! A tenant's comms end to end: mail through Microsoft Graph `sendMail` (a local Graph that
//! reads each request's MIME and answers 202, 429 with Retry-After, 403 without Mail.Send and
//! 5xx) and through real SMTP on loopback; the headers mail systems trust; one-click
//! unsubscribe and mandatory programmes; waves, the final notice, manager digests; templates
//! edited, previewed and test-sent in the console; and exporting links announcing no one.

mod common;

use app::domain::roster::EmployeeRow;
use app::domain::templates::{self, Kind, Template};
use app::domain::waves::Cohort;
use app::i18n::{I18n, Locale, SUPPORTED};
use common::graph::{self, DIRECTORY};
use common::smtp::SmtpServer;
use passkey_guide::jobs::mail::{self, MailSettings};
use passkey_guide::ops::comms::{self, Choice};
use passkey_guide::ops::entra::{self, NewConnection, NewCredential};
use passkey_guide::ops::links::LinkMaker;
use passkey_guide::ops::{reminders, waves};
use passkey_guide::store::audit::Actor;
use passkey_guide::store::comms::ProgrammeRow;
use passkey_guide::store::now_ms;
use passkey_guide::store::tenants::Tenant;
use std::sync::Arc;

const DAY_MS: i64 = 86_400_000;
const MAILBOX: &str = "passkeys@contoso.example";
/// What the roster and templates may carry: markup, a header injection, a very long name.
const HOSTILE: &str = "<script>alert(1)</script>\r\nBcc: victim@evil.example";

fn maker(s: &common::Server) -> LinkMaker<'_> {
    LinkMaker {
        keys: &s.keys,
        public_url: &s.base,
        ttl_days: 30,
        now_s: now_ms() / 1000,
    }
}

fn row(email: &str, name: &str, department: &str, manager: Option<&str>) -> EmployeeRow {
    EmployeeRow {
        department: Some(department.into()),
        manager: manager.map(Into::into),
        ..common::employee(email.into(), name.into())
    }
}

fn roster() -> Vec<EmployeeRow> {
    vec![
        row(
            "ada@contoso.example",
            "Ada",
            "Sales",
            Some("boss@contoso.example"),
        ),
        row(
            "bob@contoso.example",
            &format!("Bob {HOSTILE}"),
            "Sales",
            Some("boss@contoso.example"),
        ),
        row(
            "cy@contoso.example",
            "Cy",
            "Finance",
            Some("chief@contoso.example"),
        ),
    ]
}

async fn exec(s: &common::Server, sql: &str) {
    sqlx::query(sql).execute(&s.pool).await.unwrap();
}

async fn count(s: &common::Server, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&s.pool).await.unwrap()
}

/// Entra says nobody has a passkey yet.
async fn nobody_registered(s: &common::Server) {
    exec(
        s,
        &format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms) \
             SELECT tenant_id, upn, FALSE, 'mobilePhone', 'graph', {} FROM employee",
            now_ms()
        ),
    )
    .await;
}

/// Saves the tenant's programme as an admin would.
async fn set_programme(s: &common::Server, t: &Tenant, p: ProgrammeRow) {
    comms::save_programme(&s.pool, t, &p, &Actor::cli())
        .await
        .unwrap();
}

/// Reminders on, at any hour, quickly.
async fn reminders_on(s: &common::Server, t: &Tenant) {
    exec(
        s,
        &format!(
            "INSERT INTO reminder_settings (tenant_id, enabled, time_zone, quiet_from_hour, quiet_until_hour, skip_weekends, per_hour) \
             VALUES ({}, TRUE, 'UTC', 0, 0, FALSE, 3600) ON CONFLICT (tenant_id) DO UPDATE SET enabled = TRUE, \
             quiet_from_hour = 0, quiet_until_hour = 0, skip_weekends = FALSE, per_hour = 3600",
            t.id
        ),
    )
    .await;
}

/// Connects `t` to the local Graph with a client secret, syncing `group`.
async fn connect(s: &common::Server, t: &Tenant, group: &str) {
    entra::connect(
        &s.pool,
        &common::entra_settings(s.graph_url.as_deref()),
        t,
        NewConnection {
            entra_tenant_id: DIRECTORY.into(),
            client_id: graph::CLIENT_ID.into(),
            credential: NewCredential::Secret(graph::SECRET.into()),
            rollout_groups: vec![group.to_owned()],
            sync_every_minutes: 60,
            usage_days: 30,
            leaver_retention_days: 30,
        },
        &Actor::cli(),
    )
    .await
    .unwrap();
}

/// A server and tenant connected to the local Graph, sending as [`MAILBOX`] through it.
async fn graph_tenant(roles: &[&str]) -> (common::Server, graph::Shared, Tenant) {
    let roles: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
    let (fake, url) = graph::start(move |d| {
        d.roles = roles.into_iter().collect();
        d.mailboxes.insert(MAILBOX.into());
    })
    .await;
    let s = common::start_with(common::Options {
        graph_url: Some(url.clone()),
        ..Default::default()
    })
    .await;
    let t = s.tenant_with_roster("contoso", &roster()).await;
    let settings = common::entra_settings(Some(&url));
    connect(&s, &t, &graph::guid(900)).await;
    comms::set_transport(
        &s.pool,
        &settings,
        &t,
        Choice::Graph,
        MAILBOX,
        Some("Service Desk <help@contoso.example>"),
        &Actor::cli(),
    )
    .await
    .unwrap();
    (s, fake, t)
}

/// The sender as the server runs it, with Graph at the fake's address and no server SMTP.
fn graph_sending(s: &common::Server) -> MailSettings {
    MailSettings::new(
        None,
        Arc::new(common::entra_settings(s.graph_url.as_deref())),
        60_000,
    )
}

#[tokio::test]
async fn a_wave_and_its_reminders_go_through_graph_sendmail_once_each() {
    let (s, fake, t) = graph_tenant(&[graph::MAIL_SEND]).await;
    let sending = graph_sending(&s);
    // A pilot wave for Sales only: Cy in Finance is not announced.
    let wave = waves::schedule(
        &s.pool,
        &t,
        &Cohort::Department("sales".into()),
        jiff::Timestamp::now(),
        &Actor::cli(),
    )
    .await
    .unwrap();
    let links = s.link_settings();
    let announced = waves::send_now(
        &s.pool,
        &links,
        &common::entra_settings(s.graph_url.as_deref()),
        &t,
        wave,
    )
    .await
    .unwrap();
    assert_eq!(announced.len(), 2, "{announced:?}");
    assert_eq!(mail::deliver_due(&s.pool, &sending).await.unwrap(), 2);
    assert_eq!(mail::deliver_due(&s.pool, &sending).await.unwrap(), 0);
    {
        let d = fake.lock().unwrap();
        assert_eq!(d.sent.len(), 2);
        let m = d
            .sent
            .iter()
            .find(|m| m.header("to").is_some_and(|t| t.contains("ada@")))
            .expect("Ada's announcement");
        assert_eq!(m.mailbox, MAILBOX);
        assert!(m.header("from").unwrap().contains(MAILBOX));
        assert!(
            m.header("reply-to")
                .unwrap()
                .contains("help@contoso.example")
        );
        assert_eq!(m.header("auto-submitted"), Some("auto-generated"));
        assert!(
            m.header("message-id")
                .unwrap()
                .ends_with("@contoso.example>")
        );
        let unsubscribe = m.header("list-unsubscribe").unwrap();
        assert!(
            unsubscribe.starts_with(&format!("<{}/t/contoso/unsubscribe/", s.base)),
            "{unsubscribe}"
        );
        assert_eq!(
            m.header("list-unsubscribe-post"),
            Some("List-Unsubscribe=One-Click")
        );
        assert!(m.text.contains("/t/contoso/link/"), "{}", m.text);
        assert!(m.html.contains("href=\"http"), "{}", m.html);
        // Bob's name reached neither a header nor the HTML as markup.
        let bob = d
            .sent
            .iter()
            .find(|m| m.header("to").is_some_and(|t| t.contains("bob@")))
            .unwrap();
        assert!(bob.header("bcc").is_none());
        assert!(!bob.html.contains("<script"), "{}", bob.html);
        assert!(bob.html.contains("&lt;script&gt;"));
    }
    assert_eq!(
        count(
            &s,
            &format!("SELECT COUNT(*) FROM employee WHERE wave_id = {wave}")
        )
        .await,
        2
    );
    assert_eq!(
        count(&s, &format!("SELECT announced FROM wave WHERE id = {wave}")).await,
        2
    );
    // A week later, the two announced and unregistered get their first reminder, once.
    nobody_registered(&s).await;
    reminders_on(&s, &t).await;
    exec(
        &s,
        &format!(
            "UPDATE employee SET announced_at_ms = {} WHERE wave_id IS NOT NULL",
            now_ms() - 8 * DAY_MS
        ),
    )
    .await;
    let now = jiff::Timestamp::now();
    let queued = |o: &[reminders::Outcome]| o.iter().filter(|o| o.queued).count();
    assert_eq!(
        queued(
            &reminders::run(&s.pool, &t, &maker(&s), now, false)
                .await
                .unwrap()
        ),
        2
    );
    assert_eq!(
        queued(
            &reminders::run(&s.pool, &t, &maker(&s), now, false)
                .await
                .unwrap()
        ),
        0
    );
    // The planner spaces them at the tenant's rate (one a second here): make both due.
    exec(
        &s,
        "UPDATE outbox SET next_attempt_at_ms = 0 WHERE sent_at_ms IS NULL",
    )
    .await;
    assert_eq!(mail::deliver_due(&s.pool, &sending).await.unwrap(), 2);
    assert_eq!(fake.lock().unwrap().sent.len(), 4);
}

#[tokio::test]
async fn graph_throttling_refusals_and_outages_are_retried_never_duplicated() {
    let (s, fake, t) = graph_tenant(&[graph::MAIL_SEND]).await;
    let sending = graph_sending(&s);
    fake.lock().unwrap().mail_throttle = 1;
    reminders::announce(&s.pool, &t, &maker(&s), false)
        .await
        .unwrap();
    // The first answer is 429 with Retry-After: 1: nothing sent, the tenant's mail waits
    // a second (not the 30 s backoff), and the attempt is counted on that row only.
    let before = now_ms();
    assert_eq!(mail::deliver_due(&s.pool, &sending).await.unwrap(), 0);
    let (attempts, next, error): (i64, i64, Option<String>) = sqlx::query_as(
        "SELECT attempts, next_attempt_at_ms, last_error FROM outbox WHERE attempts > 0",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(attempts, 1);
    assert!(
        (next - before) >= 1_000 && (next - before) < 10_000,
        "{}",
        next - before
    );
    assert!(error.unwrap().contains("429"));
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert_eq!(mail::deliver_due(&s.pool, &sending).await.unwrap(), 3);

    // 503 is retried later too.
    let (s2, fake2, t2) = graph_tenant(&[graph::MAIL_SEND]).await;
    fake2.lock().unwrap().mail_unavailable = 1;
    reminders::announce(&s2.pool, &t2, &maker(&s2), false)
        .await
        .unwrap();
    let sending2 = graph_sending(&s2);
    assert_eq!(mail::deliver_due(&s2.pool, &sending2).await.unwrap(), 0);
    exec(&s2, "UPDATE outbox SET next_attempt_at_ms = 0").await;
    assert_eq!(mail::deliver_due(&s2.pool, &sending2).await.unwrap(), 3);
    assert_eq!(fake2.lock().unwrap().sent.len(), 3);
    drop((s, t));

    // Without Mail.Send: 403, the reason names the permission, and nothing is given up.
    let (s3, fake3, t3) = graph_tenant(&["User.Read.All"]).await;
    reminders::announce(&s3.pool, &t3, &maker(&s3), false)
        .await
        .unwrap();
    assert_eq!(
        mail::deliver_due(&s3.pool, &graph_sending(&s3))
            .await
            .unwrap(),
        0
    );
    let error: String = sqlx::query_scalar("SELECT last_error FROM outbox WHERE attempts = 1")
        .fetch_one(&s3.pool)
        .await
        .unwrap();
    assert!(
        error.contains("Mail.Send") && error.contains("403"),
        "{error}"
    );
    assert_eq!(
        count(
            &s3,
            "SELECT COUNT(*) FROM outbox WHERE failed_at_ms IS NOT NULL"
        )
        .await,
        0
    );
    assert!(fake3.lock().unwrap().sent.is_empty());
}

#[tokio::test]
async fn graph_needs_an_entra_connection_and_addresses_that_parse() {
    let s = common::start_insecure().await;
    let t = s.tenant_with_roster("acme", &roster()).await;
    let settings = common::entra_settings(None);
    let e = comms::set_transport(
        &s.pool,
        &settings,
        &t,
        Choice::Graph,
        MAILBOX,
        None,
        &Actor::cli(),
    )
    .await
    .unwrap_err();
    assert!(e.to_string().contains("Entra connection"), "{e}");
    let e = comms::set_transport(
        &s.pool,
        &settings,
        &t,
        Choice::Smtp(Some("smtp://127.0.0.1:2525".into())),
        "not an address",
        None,
        &Actor::cli(),
    )
    .await
    .unwrap_err();
    assert!(e.to_string().contains("From"), "{e}");
    // An SMTP URL with a password is stored sealed, never in the clear or the audit log.
    comms::set_transport(
        &s.pool,
        &settings,
        &t,
        Choice::Smtp(Some("smtp://user:hunter2@127.0.0.1:2525".into())),
        "IT <it@acme.example>",
        None,
        &Actor::cli(),
    )
    .await
    .unwrap();
    for sql in [
        "SELECT COUNT(*) FROM mail_transport WHERE smtp_url_sealed LIKE '%hunter2%'",
        "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%hunter2%'",
    ] {
        assert_eq!(count(&s, sql).await, 0, "{sql}");
    }
}

#[tokio::test]
async fn smtp_mail_has_its_headers_and_unsubscribes_in_one_click_unless_mandatory() {
    let smtp = SmtpServer::start().await;
    let s = common::start_with(common::Options {
        secure_cookies: false,
        smtp_url: Some(smtp.url.clone()),
        ..Default::default()
    })
    .await;
    let t = s.tenant_with_roster("acme", &roster()).await;
    reminders::announce(&s.pool, &t, &maker(&s), false)
        .await
        .unwrap();
    let mailer = mail::Mailer::new(&smtp.url, "IT <it@example.com>").unwrap();
    mail::deliver_due(&s.pool, &common::sending(&mailer))
        .await
        .unwrap();
    let messages = smtp.wait_for(3).await;
    assert_eq!(messages.len(), 3);
    let ada = messages
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("ada@")))
        .unwrap();
    assert_eq!(ada.header("Auto-Submitted"), Some("auto-generated"));
    assert!(
        ada.header("Message-ID")
            .is_some_and(|m| m.starts_with('<') && m.ends_with('>'))
    );
    assert_eq!(
        ada.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let url = ada
        .header("List-Unsubscribe")
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();
    // A scanner's GET opts no one out; the page asks.
    let page = reqwest::get(&url).await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("method=\"post\""));
    // An employee's page like the guide's, with the same description.
    assert!(
        page.contains("<meta name=\"description\" content=\""),
        "{page}"
    );
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE opted_out_at_ms IS NOT NULL"
        )
        .await,
        0
    );
    // RFC 8058: a POST with no cookie and no Origin, from the mail provider's servers.
    let res = reqwest::Client::new()
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM employee WHERE opted_out_at_ms IS NOT NULL AND email = 'ada@contoso.example'").await,
        1
    );
    // A forged or altered address changes nothing.
    let forged = format!("{}x", url.trim_end_matches(|c: char| c != '/'));
    let res = reqwest::Client::new().post(&forged).send().await.unwrap();
    assert_eq!(res.status(), 404);

    // Mandatory: no List-Unsubscribe on new mail, and no opting out by address or page.
    set_programme(
        &s,
        &t,
        ProgrammeRow {
            mandatory: true,
            ..Default::default()
        },
    )
    .await;
    let cy_url = messages
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("cy@")))
        .and_then(|m| m.header("List-Unsubscribe"))
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();
    let res = reqwest::Client::new().post(&cy_url).send().await.unwrap();
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("data-mandatory"));
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE opted_out_at_ms IS NOT NULL"
        )
        .await,
        1
    );
    let cy: String =
        sqlx::query_scalar("SELECT ref FROM employee WHERE email = 'cy@contoso.example'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let c = common::client();
    c.get(s.url(&s.personal_link("acme", &cy)))
        .send()
        .await
        .unwrap();
    let start = c
        .get(s.url("/t/acme/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        start.contains("data-mandatory"),
        "the start page says registration is required"
    );
    assert!(!start.contains("/journey/opt-out"));
    c.post(s.url("/t/acme/journey/opt-out"))
        .header("origin", &s.base)
        .send()
        .await
        .unwrap();
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE opted_out_at_ms IS NOT NULL"
        )
        .await,
        1
    );
    // Mandatory reminders carry no unsubscribe address, and an earlier opt-out no longer
    // holds Ada back.
    nobody_registered(&s).await;
    reminders_on(&s, &t).await;
    exec(
        &s,
        &format!(
            "UPDATE employee SET announced_at_ms = {}",
            now_ms() - 8 * DAY_MS
        ),
    )
    .await;
    let outcomes = reminders::run(&s.pool, &t, &maker(&s), jiff::Timestamp::now(), false)
        .await
        .unwrap();
    assert_eq!(outcomes.iter().filter(|o| o.queued).count(), 3);
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'reminder' AND unsubscribe_url IS NOT NULL"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn the_final_notice_names_the_deadline_and_reminders_stop_after_it() {
    let s = common::start_insecure().await;
    let t = s.tenant_with_roster("acme", &roster()).await;
    nobody_registered(&s).await;
    reminders_on(&s, &t).await;
    exec(
        &s,
        &format!(
            "UPDATE employee SET announced_at_ms = {} WHERE email <> 'cy@contoso.example'",
            now_ms() - 8 * DAY_MS
        ),
    )
    .await;
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let deadline = today.checked_add(jiff::ToSpan::days(1)).unwrap();
    set_programme(
        &s,
        &t,
        ProgrammeRow {
            deadline: Some(deadline.to_string()),
            ..Default::default()
        },
    )
    .await;
    // Within three days of the deadline: the two announced get the final notice, once.
    let now = jiff::Timestamp::now();
    let run = reminders::final_notices(&s.pool, &t, &maker(&s), now, false)
        .await
        .unwrap();
    assert_eq!(run.iter().filter(|o| o.queued).count(), 2, "{run:?}");
    let again = reminders::final_notices(&s.pool, &t, &maker(&s), now, false)
        .await
        .unwrap();
    assert_eq!(again.iter().filter(|o| o.queued).count(), 0);
    let (subject, text): (String, String) =
        sqlx::query_as("SELECT subject, body_text FROM outbox WHERE kind = 'final-notice' LIMIT 1")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert!(subject.contains(&deadline.to_string()) && text.contains(&deadline.to_string()));
    // After the deadline no reminder is sent.
    let after = deadline
        .checked_add(jiff::ToSpan::days(2))
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp();
    let late = reminders::run(&s.pool, &t, &maker(&s), after, true)
        .await
        .unwrap();
    assert!(
        late.iter()
            .all(|o| !matches!(o.decision, app::domain::reminders::Decision::Send(_)))
    );
    assert!(late.iter().any(|o| matches!(
        o.decision,
        app::domain::reminders::Decision::Skip {
            why: app::domain::reminders::Skip::PastDeadline,
            ..
        }
    )));
}

#[tokio::test]
async fn managers_get_a_weekly_digest_of_their_team_left_to_register() {
    let s = common::start_insecure().await;
    let mut rows = roster();
    rows.push(row(
        "dee@contoso.example",
        "Dee",
        "Finance",
        Some("chief@contoso.example"),
    ));
    let t = s.tenant_with_roster("acme", &rows).await;
    nobody_registered(&s).await;
    // Cy and Dee (the chief's whole team) registered; the boss's team has not.
    exec(&s, "UPDATE registration_status SET has_passkey = TRUE WHERE upn IN ('cy@contoso.example', 'dee@contoso.example')").await;
    reminders_on(&s, &t).await;
    set_programme(
        &s,
        &t,
        ProgrammeRow {
            manager_digest: true,
            ..Default::default()
        },
    )
    .await;
    // A Monday, 10:00 UTC.
    let monday: jiff::Timestamp = "2026-12-07T10:00:00Z".parse().unwrap();
    let sent = reminders::manager_digests(&s.pool, &t, monday)
        .await
        .unwrap();
    assert_eq!(sent, vec!["boss@contoso.example".to_owned()]);
    let later = reminders::manager_digests(&s.pool, &t, "2026-12-09T10:00:00Z".parse().unwrap())
        .await
        .unwrap();
    assert!(later.is_empty(), "once a week");
    let (to, text, html): (String, String, String) = sqlx::query_as(
        "SELECT recipient, body_text, body_html FROM outbox WHERE kind = 'manager-digest'",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(to, "boss@contoso.example");
    assert!(
        text.contains("ada@contoso.example") && text.contains("bob@contoso.example"),
        "{text}"
    );
    assert!(text.contains(&I18n::new(Locale::DEFAULT).t("digest-reason-never-opened")));
    assert!(!text.contains("cy@") && !html.contains("<script"));
    let next_week =
        reminders::manager_digests(&s.pool, &t, "2026-12-14T10:00:00Z".parse().unwrap())
            .await
            .unwrap();
    assert_eq!(next_week.len(), 1);
}

#[tokio::test]
async fn exporting_links_announces_no_one_unless_the_admin_says_so() {
    let s = common::start_insecure().await;
    let t = s.tenant_with_roster("acme", &roster()).await;
    let m = maker(&s);
    let e = passkey_guide::ops::links::export(&s.pool, &t, &m, &Actor::cli(), false, Vec::new())
        .await
        .unwrap();
    assert_eq!((e.links, e.newly_announced), (3, 0));
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE announced_at_ms IS NOT NULL"
        )
        .await,
        0
    );
    let e = passkey_guide::ops::links::export(&s.pool, &t, &m, &Actor::cli(), true, Vec::new())
        .await
        .unwrap();
    assert_eq!(e.newly_announced, 3);
}

#[tokio::test]
async fn two_instances_send_a_scheduled_wave_once() {
    let a = common::start_insecure().await;
    let b = common::start_with(common::Options {
        database_url: Some(a.database_url.clone()),
        ..Default::default()
    })
    .await;
    let t = a.tenant_with_roster("acme", &roster()).await;
    let past = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(60);
    waves::schedule(&a.pool, &t, &Cohort::Everyone, past, &Actor::cli())
        .await
        .unwrap();
    let entra = common::entra_settings(None);
    let (la, lb) = (a.link_settings(), b.link_settings());
    let now = jiff::Timestamp::now();
    let (x, y) = tokio::join!(
        reminders::run_waves(&a.pool, &la, &entra, now),
        reminders::run_waves(&b.pool, &lb, &entra, now),
    );
    assert_eq!(x.unwrap() + y.unwrap(), 1, "one instance takes the wave");
    assert_eq!(
        count(
            &a,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'announcement'"
        )
        .await,
        3
    );
    assert_eq!(count(&a, "SELECT announced FROM wave").await, 3);
}

#[test]
fn every_built_in_text_is_a_valid_template_in_every_language() {
    for (tag, _) in SUPPORTED {
        let i18n = I18n::new(Locale::from_tag(tag).unwrap());
        for kind in Kind::ALL {
            let t = comms::default_template(kind, &i18n);
            assert_eq!(
                templates::validate(kind, &t),
                vec![],
                "{tag} {kind:?}: {t:?}"
            );
        }
    }
}

#[test]
fn every_template_renders_hostile_values_safely_in_every_language() {
    let long = "W".repeat(5_000);
    let tenant = Tenant {
        id: 1,
        slug: "acme".into(),
        name: format!("Acme {HOSTILE}"),
        host: None,
        policy: app::domain::Policy::default(),
        security_info_url: "https://aka.ms/mysecurityinfo".into(),
        default_language: None,
        readiness_target: 80,
        entra_policy: None,
        retention: Default::default(),
        settings_version: 0,
    };
    let branding = app::domain::branding::Branding::default();
    for (tag, _) in SUPPORTED {
        let i18n = I18n::new(Locale::from_tag(tag).unwrap());
        for kind in Kind::ALL {
            let mut values = comms::sample_values(kind, &i18n, &tenant, &branding);
            values.name = format!("{HOSTILE}{long}");
            values.step = Some(HOSTILE.into());
            values.support = Some(format!("\"><img src=x onerror=alert(1)>{HOSTILE}"));
            values.team = values.team.map(|_| format!("- {HOSTILE}"));
            values.link = values.link.map(|l| format!("{l}\"><script>x</script>"));
            let t = comms::default_template(kind, &i18n);
            let r = comms::render(&t, &values, &i18n, &branding);
            assert!(!r.subject.contains(['\r', '\n']), "{tag} {kind:?}");
            assert!(r.subject.chars().count() <= templates::MAX_SUBJECT);
            assert!(
                !r.html.to_ascii_lowercase().contains("<script"),
                "{tag} {kind:?}: {}",
                r.html
            );
            assert!(!r.html.contains("<img"), "{tag} {kind:?}");
            assert!(r.text.contains(HOSTILE.split('\r').next().unwrap()));
            let custom = Template {
                subject: "{name} {organisation}".into(),
                body: format!(
                    "{{name}}\n\n{}",
                    if kind == Kind::ManagerDigest {
                        "{team}"
                    } else {
                        "{link}"
                    }
                ),
            };
            let r = comms::render(&custom, &values, &i18n, &branding);
            assert!(!r.subject.contains(['\r', '\n']));
            assert!(!r.html.to_ascii_lowercase().contains("<script"));
        }
    }
}

#[tokio::test]
async fn an_admin_edits_a_template_previews_it_in_german_and_receives_the_test() {
    let smtp = SmtpServer::start().await;
    let s = common::start_with(common::Options {
        secure_cookies: false,
        smtp_url: Some(smtp.url.clone()),
        ..Default::default()
    })
    .await;
    let t = s.tenant_with_roster("acme", &roster()).await;
    s.admin("acme", "it@acme.example", app::domain::tenant::Role::Admin)
        .await;
    let (c, csrf) = s.sign_in("it@acme.example").await;
    let url = s.url("/admin/t/acme/comms/templates/announcement/de");
    let post = |action: &'static str, subject: &str, body: &str| {
        c.post(&url)
            .header("origin", &s.base)
            .form(&[
                ("csrf", csrf.as_str()),
                ("action", action),
                ("subject", subject),
                ("body", body),
            ])
            .send()
    };
    // Refused, with the reason, and nothing saved: an unknown placeholder, no personal link.
    let res = post("save", "Hallo {nmae}", "Bitte einrichten.")
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("{nmae}") && page.contains("{link}"),
        "both problems named"
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM mail_template").await, 0);
    // A preview of a draft in German with the sample employee; still nothing saved.
    let body = "Hallo {name},\n\nbitte richten Sie Ihren Passkey ein: {link}\n\nFragen? {support}";
    let res = post("preview", "Passkeys bei {organisation}", body)
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let sample = I18n::new(Locale::from_tag("de").unwrap()).t("template-sample-name");
    assert!(
        page.contains("data-preview") && page.contains(&sample),
        "{page}"
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM mail_template").await, 0);
    let res = post("save", "Passkeys bei {organisation}", body)
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM mail_template WHERE language = 'de' AND kind = 'announcement'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'template-saved'"
        )
        .await,
        1
    );
    // "Send me a test": the saved German text reaches the admin's own address over SMTP.
    let res = post("test", "", "").await.unwrap();
    assert_eq!(res.status(), 303);
    let got = smtp.wait_for(1).await;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].to, vec!["it@acme.example".to_owned()]);
    assert!(got[0].data.contains("Passkeys bei Acme") || got[0].header("Subject").is_some());
    // A German employee's announcement now uses it; an English one keeps the built-in text.
    exec(
        &s,
        "UPDATE employee SET preferred_language = 'de' WHERE email = 'ada@contoso.example'",
    )
    .await;
    reminders::announce(&s.pool, &t, &maker(&s), false)
        .await
        .unwrap();
    let (subject, text): (String, String) = sqlx::query_as(
        "SELECT subject, body_text FROM outbox WHERE kind = 'announcement' AND recipient = 'ada@contoso.example'",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(subject, "Passkeys bei Acme");
    assert!(
        text.starts_with("Hallo Ada,") && text.contains("/t/acme/link/"),
        "{text}"
    );
    let english: String = sqlx::query_scalar(
        "SELECT subject FROM outbox WHERE kind = 'announcement' AND recipient = 'cy@contoso.example'",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_ne!(english, subject);
    // The comms page lists it as the tenant's own text; helpdesk cannot open the page.
    let page = c.get(s.url("/admin/t/acme/comms")).send().await.unwrap();
    assert_eq!(page.status(), 200);
}

#[tokio::test]
async fn managers_come_from_entra_when_the_digest_is_on() {
    let group = graph::guid(500);
    let (ada, bob, boss) = (graph::guid(1), graph::guid(2), graph::guid(3));
    let (fake, url) = graph::start(|d| {
        for (id, upn, name) in [
            (&ada, "ada@contoso.example", "Ada"),
            (&bob, "bob@contoso.example", "Bob"),
            (&boss, "boss@contoso.example", "Boss"),
        ] {
            d.users
                .insert(id.clone(), graph::user(id, upn, name, "Sales"));
        }
        d.groups
            .insert(group.clone(), vec![ada.clone(), bob.clone()]);
        d.managers.insert(ada.clone(), boss.clone());
        d.managers.insert(bob.clone(), boss.clone());
        d.registrations = [(&ada, "ada"), (&bob, "bob")]
            .iter()
            .map(|(id, n)| {
                serde_json::json!({"id": id, "userPrincipalName": format!("{n}@contoso.example"),
                    "isAdmin": false, "isMfaRegistered": true, "userType": "member",
                    "methodsRegistered": ["mobilePhone"]})
            })
            .collect();
    })
    .await;
    let s = common::start_with(common::Options {
        graph_url: Some(url.clone()),
        ..Default::default()
    })
    .await;
    let t = passkey_guide::store::tenants::create(&s.pool, "contoso", "Contoso")
        .await
        .unwrap();
    let settings = common::entra_settings(Some(&url));
    connect(&s, &t, &group).await;
    // Off: the sync reads no managers.
    let report = entra::sync(&s.pool, &settings, &t, "test", false)
        .await
        .unwrap();
    assert_eq!(report.managers, None);
    assert!(
        !fake
            .lock()
            .unwrap()
            .requests
            .iter()
            .any(|(r, _)| r.contains("expand=manager"))
    );
    reminders_on(&s, &t).await;
    set_programme(
        &s,
        &t,
        ProgrammeRow {
            manager_digest: true,
            ..Default::default()
        },
    )
    .await;
    let report = entra::sync(&s.pool, &settings, &t, "test", false)
        .await
        .unwrap();
    assert_eq!(report.managers, Some(2), "{report:?}");
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE manager = 'boss@contoso.example'"
        )
        .await,
        2
    );
    let sent = reminders::manager_digests(&s.pool, &t, "2026-12-07T10:00:00Z".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(sent, vec!["boss@contoso.example".to_owned()]);
}
