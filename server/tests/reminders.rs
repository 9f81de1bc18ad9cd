//! Reminders end to end on a real SQLite database and a real SMTP conversation on loopback:
//! only unregistered, announced, not opted-out employees get one; content follows the journey
//! and the employee's language; two runs at once queue each reminder once; a refused SMTP
//! connection is retried later and every message still goes out exactly once.

mod common;

use app::domain::reminders::{Decision, Skip};
use app::domain::roster::EmployeeRow;
use app::i18n::{I18n, Locale};
use common::smtp::SmtpServer;
use passkey_guide::jobs::mail::{self, Mailer};
use passkey_guide::ops::links::LinkMaker;
use passkey_guide::ops::reminders;
use passkey_guide::store::now_ms;
use passkey_guide::store::tenants;

const DAY_MS: i64 = 86_400_000;

struct Seeded {
    s: common::Server,
    tenant: tenants::Tenant,
}

async fn seed() -> Seeded {
    let s = common::start_insecure().await;
    let rows: Vec<EmployeeRow> = [
        ("ada", None),
        ("grace", None),
        ("linus", Some("de")),
        ("mary", None),
        ("otto", None),
    ]
    .iter()
    .map(|(n, lang)| EmployeeRow {
        upn: None,
        preferred_language: lang.map(str::to_owned),
        ..common::employee(format!("{n}@acme.example"), n.to_uppercase())
    })
    .collect();
    let tenant = s.tenant_with_roster("acme", &rows).await;
    let now = now_ms();
    let sql = [
        format!("UPDATE employee SET announced_at_ms = {}", now - 8 * DAY_MS),
        format!("UPDATE employee SET opted_out_at_ms = {now} WHERE email LIKE 'otto@%'"),
        "INSERT INTO reminder_settings (tenant_id, enabled, time_zone, quiet_from_hour, quiet_until_hour, skip_weekends, per_hour) \
         VALUES (1, TRUE, 'UTC', 0, 0, FALSE, 3600)".to_owned(),
        // Entra: Grace registered; Mary is not in the report at all.
        format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms) VALUES \
             (1, 'ada@acme.example', FALSE, 'mobilePhone', 'graph', {now}), \
             (1, 'grace@acme.example', TRUE, 'passKeyDeviceBoundAuthenticator', 'graph', {now}), \
             (1, 'linus@acme.example', FALSE, 'microsoftAuthenticatorPush', 'graph', {now}), \
             (1, 'otto@acme.example', FALSE, 'mobilePhone', 'graph', {now})"
        ),
        // Linus got to step 4 of the iPhone Authenticator flow and reported a sign-in loop.
        format!(
            "INSERT INTO journey_event (tenant_id, employee_id, kind, flow_id, step, detail, platform, first_at_ms, last_at_ms) \
             SELECT 1, id, k.kind, 'iphone-authenticator', k.step, k.detail, 'iphone', {t}, {t} + k.step \
             FROM employee, (SELECT 'flow-chosen' AS kind, 1 AS step, '' AS detail \
                             UNION ALL SELECT 'step-viewed', 4, '' \
                             UNION ALL SELECT 'stuck', 4, 'ca-bootstrap-loop') k \
             WHERE email = 'linus@acme.example'",
            t = now - 2 * DAY_MS
        ),
    ];
    for q in sql {
        sqlx::query(&q).execute(&s.pool).await.unwrap();
    }
    Seeded { s, tenant }
}

fn maker(s: &common::Server) -> LinkMaker<'_> {
    LinkMaker {
        keys: &s.keys,
        public_url: &s.base,
        ttl_days: 30,
        now_s: now_ms() / 1000,
    }
}

async fn count(s: &common::Server, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&s.pool).await.unwrap()
}

#[tokio::test]
async fn only_the_unregistered_get_one_reminder_each_exactly_once() {
    let Seeded { s, tenant } = seed().await;
    let now = jiff::Timestamp::now();

    // The dry run says who and why, and queues nothing.
    let dry = reminders::run(&s.pool, &tenant, &maker(&s), now, true)
        .await
        .unwrap();
    let summary: Vec<(String, String)> = dry
        .iter()
        .map(|o| {
            let what = match &o.decision {
                Decision::Send(p) => format!("send {}-day {}", p.offset_days, p.content.id()),
                Decision::Skip { why, .. } => format!("skip {}", why.id()),
            };
            (o.email.clone(), what)
        })
        .collect();
    let expect = |e: &str, w: &str| (e.to_owned(), w.to_owned());
    assert_eq!(
        summary,
        [
            expect("ada@acme.example", "send 7-day start-here"),
            expect("grace@acme.example", "skip registered"),
            expect("linus@acme.example", "send 7-day stuck"),
            expect("mary@acme.example", "skip status-unknown"),
            expect("otto@acme.example", "skip opted-out"),
        ]
    );
    assert!(dry.iter().all(|o| !o.queued));
    assert_eq!(count(&s, "SELECT COUNT(*) FROM outbox").await, 0);

    // Two runs at once (two instances): each reminder is queued once.
    let m = maker(&s);
    let (a, b) = tokio::join!(
        reminders::run(&s.pool, &tenant, &m, now, false),
        reminders::run(&s.pool, &tenant, &m, now, false)
    );
    let queued = a
        .unwrap()
        .iter()
        .chain(b.unwrap().iter())
        .filter(|o| o.queued)
        .count();
    assert_eq!(queued, 2);
    assert_eq!(count(&s, "SELECT COUNT(*) FROM reminder").await, 2);
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM outbox WHERE kind = 'reminder'").await,
        2
    );

    // The SMTP server refuses connections: nothing is lost, a retry is scheduled.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        format!("smtp://127.0.0.1:{port}")
    };
    let down = Mailer::new(&closed, "IT <it@acme.example>").unwrap();
    assert_eq!(
        mail::deliver_due(&s.pool, &common::sending(&down))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM outbox WHERE sent_at_ms IS NULL AND attempts = 1 AND last_error IS NOT NULL AND failed_at_ms IS NULL").await,
        1,
        "the first message failed and waits for its retry; the other was not tried"
    );
    assert!(count(&s, "SELECT MAX(next_attempt_at_ms) FROM outbox").await > now_ms());

    // Later, with the server up: both go out, once.
    let smtp = SmtpServer::start().await;
    sqlx::query("UPDATE outbox SET next_attempt_at_ms = 0")
        .execute(&s.pool)
        .await
        .unwrap();
    let up = Mailer::new(&smtp.url, "IT <it@acme.example>").unwrap();
    assert_eq!(
        mail::deliver_due(&s.pool, &common::sending(&up))
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        mail::deliver_due(&s.pool, &common::sending(&up))
            .await
            .unwrap(),
        0
    );
    let got = smtp.received();
    let mut to: Vec<&str> = got.iter().map(|m| m.to[0].as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, ["ada@acme.example", "linus@acme.example"]);
    let ada = got.iter().find(|m| m.to[0].starts_with("ada")).unwrap();
    let linus = got.iter().find(|m| m.to[0].starts_with("linus")).unwrap();
    assert!(
        ada.header("subject")
            .unwrap()
            .contains("set up your passkey")
    );
    assert!(
        ada.header("content-type")
            .unwrap()
            .starts_with("multipart/alternative")
    );
    // Bodies may be quoted-printable: undo soft line breaks before searching.
    let body = |m: &common::smtp::Received| m.data.replace("=\n", "").replace("=3D", "=");
    assert!(body(ada).contains("/t/acme/link/"), "the personal link");
    // Linus reads German, and gets the cause he reported with its fix. (On the wire headers
    // and bodies may be encoded; the outbox keeps the text as composed.)
    assert!(linus.header("subject").is_some());
    let (subject, text): (String, String) = sqlx::query_as(
        "SELECT subject, body_text FROM outbox WHERE recipient = 'linus@acme.example'",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    let de = I18n::new(Locale::from_tag("de").unwrap());
    assert_eq!(
        subject,
        de.t_args("reminder-subject-stuck", &[("org", "Acme".into())])
    );
    let en = I18n::new(Locale::DEFAULT);
    assert_ne!(
        subject,
        en.t_args("reminder-subject-stuck", &[("org", "Acme".into())]),
        "German, not the English fallback"
    );
    assert!(text.contains(&de.t("ts-ca-bootstrap-loop-title")), "{text}");
    assert!(text.contains(&de.t("reminder-button")));
    assert!(text.contains("/t/acme/link/"));

    // Running again changes nothing; a week later the 14-day reminder follows for both.
    let again = reminders::run(&s.pool, &tenant, &maker(&s), now, false)
        .await
        .unwrap();
    assert!(again.iter().all(|o| !o.queued));
    assert!(again.iter().any(|o| matches!(
        o.decision,
        Decision::Skip {
            why: Skip::NotDue,
            ..
        }
    )));
    let later = now
        .checked_add(jiff::SignedDuration::from_hours(7 * 24))
        .unwrap();
    let week = reminders::run(&s.pool, &tenant, &maker(&s), later, false)
        .await
        .unwrap();
    assert_eq!(week.iter().filter(|o| o.queued).count(), 2);
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM reminder WHERE offset_days = 14").await,
        2
    );
}

#[tokio::test]
async fn a_sender_that_died_mid_message_never_sends_it_again() {
    let Seeded { s, tenant } = seed().await;
    let now = jiff::Timestamp::now();
    let queued = reminders::run(&s.pool, &tenant, &maker(&s), now, false)
        .await
        .unwrap();
    assert_eq!(queued.iter().filter(|o| o.queued).count(), 2);
    // A sender claimed Ada's reminder and was killed while talking to the SMTP server: the
    // row is still marked as being sent, and its claim has run out.
    sqlx::query(
        "UPDATE outbox SET sending_at_ms = $1, claimed_until_ms = $1 WHERE recipient = 'ada@acme.example'",
    )
    .bind(now_ms() - 60_000)
    .execute(&s.pool)
    .await
    .unwrap();
    // Time passes: both are due (the rate spreads them a second apart).
    sqlx::query("UPDATE outbox SET next_attempt_at_ms = 0")
        .execute(&s.pool)
        .await
        .unwrap();
    let smtp = SmtpServer::start().await;
    let up = Mailer::new(&smtp.url, "IT <it@acme.example>").unwrap();
    assert_eq!(
        mail::deliver_due(&s.pool, &common::sending(&up))
            .await
            .unwrap(),
        1
    );
    let to: Vec<String> = smtp.received().iter().map(|m| m.to[0].clone()).collect();
    assert_eq!(
        to,
        ["linus@acme.example"],
        "Ada's may have gone out already: not again"
    );
    let error: String = sqlx::query_scalar(
        "SELECT last_error FROM outbox WHERE recipient = 'ada@acme.example' AND failed_at_ms IS NOT NULL",
    )
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert_eq!(error, passkey_guide::store::outbox::OUTCOME_UNKNOWN);
    // Restarted runs do not queue it again either.
    let again = reminders::run(&s.pool, &tenant, &maker(&s), now, false)
        .await
        .unwrap();
    assert!(again.iter().all(|o| !o.queued));
}

#[tokio::test]
async fn admins_set_reminders_and_see_the_dry_run_helpdesk_only_reads() {
    use app::domain::tenant::Role;
    let Seeded { s, .. } = seed().await;
    s.admin("acme", "owner@acme.example", Role::Owner).await;
    s.admin("acme", "help@acme.example", Role::Helpdesk).await;
    let (owner, _) = s.sign_in("owner@acme.example").await;
    let page = owner
        .get(s.url("/admin/t/acme/reminders"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The dry run: Ada and Linus are due, the others say why not; nothing was queued.
    assert!(page.contains("ada@acme.example"));
    assert!(page.contains("Has a passkey"), "Grace");
    assert!(
        page.contains("Not in the registration status from Entra ID"),
        "Mary"
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM outbox").await, 0);
    let csrf = common::csrf_of(&page);
    let post = |c: &reqwest::Client, form: Vec<(&'static str, &'static str)>, csrf: &str| {
        let mut form: Vec<(&str, String)> =
            form.into_iter().map(|(k, v)| (k, v.to_owned())).collect();
        form.push(("csrf", csrf.to_owned()));
        c.post(s.url("/admin/t/acme/reminders"))
            .header("sec-fetch-site", "same-origin")
            .form(&form)
            .send()
    };
    let bad = post(
        &owner,
        vec![
            ("offsets", "7, 400"),
            ("time_zone", "Mars/Olympus"),
            ("quiet_from_hour", "18"),
            ("quiet_until_hour", "8"),
            ("per_hour", "600"),
        ],
        &csrf,
    )
    .await
    .unwrap();
    assert_eq!(bad.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    let body = bad.text().await.unwrap();
    assert!(body.contains("id=\"offsets-error\"") && body.contains("id=\"time_zone-error\""));
    assert!(
        body.contains("value=\"Mars/Olympus\""),
        "keeps what was typed"
    );
    let ok = post(
        &owner,
        vec![
            ("enabled", "on"),
            ("offsets", "5, 10"),
            ("time_zone", "Europe/Berlin"),
            ("quiet_from_hour", "19"),
            ("quiet_until_hour", "7"),
            ("per_hour", "120"),
        ],
        &csrf,
    )
    .await
    .unwrap();
    assert_eq!(ok.status(), reqwest::StatusCode::SEE_OTHER);
    let (enabled, settings) = passkey_guide::store::reminders::settings(&s.pool, 1)
        .await
        .unwrap();
    assert!(enabled);
    assert_eq!(settings.offsets_days, [5, 10]);
    assert_eq!(settings.time_zone.iana_name(), Some("Europe/Berlin"));
    assert!(!settings.skip_weekends);

    // Helpdesk reads the page but cannot change it.
    let (help, _) = s.sign_in("help@acme.example").await;
    let page = help
        .get(s.url("/admin/t/acme/reminders"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), reqwest::StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(!page.contains("Save settings"));
    let csrf = common::csrf_of(&page);
    let denied = post(
        &help,
        vec![
            ("offsets", "1"),
            ("time_zone", "UTC"),
            ("quiet_from_hour", "0"),
            ("quiet_until_hour", "0"),
            ("per_hour", "1"),
        ],
        &csrf,
    )
    .await
    .unwrap();
    assert_eq!(denied.status(), reqwest::StatusCode::FORBIDDEN);
    assert_eq!(
        passkey_guide::store::reminders::settings(&s.pool, 1)
            .await
            .unwrap()
            .1
            .offsets_days,
        [5, 10]
    );
}

#[tokio::test]
async fn the_announcement_goes_once_to_everyone_not_yet_announced() {
    let Seeded { s, tenant } = seed().await;
    sqlx::query("UPDATE employee SET announced_at_ms = NULL WHERE email NOT LIKE 'grace@%'")
        .execute(&s.pool)
        .await
        .unwrap();
    let m = maker(&s);
    let dry = reminders::announce(&s.pool, &tenant, &m, true)
        .await
        .unwrap();
    assert_eq!(
        dry.len(),
        3,
        "Ada, Linus, Mary; Grace was announced, Otto opted out"
    );
    assert_eq!(count(&s, "SELECT COUNT(*) FROM outbox").await, 0);
    let (a, b) = tokio::join!(
        reminders::announce(&s.pool, &tenant, &m, false),
        reminders::announce(&s.pool, &tenant, &m, false)
    );
    assert_eq!(
        a.unwrap().len() + b.unwrap().len(),
        3,
        "each once, whichever run took them"
    );
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'announcement'"
        )
        .await,
        3
    );
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE announced_at_ms IS NULL"
        )
        .await,
        1,
        "only Otto"
    );
    let smtp = SmtpServer::start().await;
    let up = Mailer::new(&smtp.url, "IT <it@acme.example>").unwrap();
    assert_eq!(
        mail::deliver_due(&s.pool, &common::sending(&up))
            .await
            .unwrap(),
        3
    );
    let ada = smtp
        .received()
        .into_iter()
        .find(|m| m.to[0] == "ada@acme.example")
        .unwrap();
    assert!(ada.header("subject").unwrap().contains("set up a passkey"));
    assert!(
        reminders::announce(&s.pool, &tenant, &m, false)
            .await
            .unwrap()
            .is_empty()
    );
    // Reminders count from the announcement: none due yet.
    let plan = reminders::run(&s.pool, &tenant, &m, jiff::Timestamp::now(), true)
        .await
        .unwrap();
    assert!(
        plan.iter()
            .all(|o| !matches!(o.decision, Decision::Send(_)))
    );
}

#[tokio::test]
async fn an_employee_stops_reminders_from_their_own_link() {
    let Seeded { s, tenant } = seed().await;
    let reference: String =
        sqlx::query_scalar("SELECT ref FROM employee WHERE email = 'ada@acme.example'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let token = s.keys.sign("acme", &reference, now_ms() / 1000 + 3600);
    let c = common::client();
    c.get(s.url(&format!("/t/acme/link/{token}")))
        .send()
        .await
        .unwrap();
    let home = c
        .get(s.url("/t/acme/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("action=\"/t/acme/journey/opt-out\""));
    let res = c
        .post(s.url("/t/acme/journey/opt-out"))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/t/acme/?opted-out=1");
    let page = c
        .get(s.url("/t/acme/?opted-out=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-opted-out=\"true\""));
    let plan = reminders::run(&s.pool, &tenant, &maker(&s), jiff::Timestamp::now(), true)
        .await
        .unwrap();
    let ada = plan.iter().find(|o| o.email == "ada@acme.example").unwrap();
    assert!(matches!(
        ada.decision,
        Decision::Skip {
            why: Skip::OptedOut,
            ..
        }
    ));
    // Without a personal link there is no one to opt out.
    let res = common::client()
        .post(s.url("/t/acme/journey/opt-out"))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::FORBIDDEN);
}
