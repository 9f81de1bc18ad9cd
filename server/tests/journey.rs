//! An employee's journey over real HTTP and a real SQLite database: idempotent progress,
//! resume and start over, "did it work?", the QR code's continue link, diagnostics mailed over
//! a real SMTP conversation, the helpdesk view, and a burst of link opens with nothing lost.

mod common;

use app::domain::catalogue::{Ask, Catalogue};
use app::domain::links::Purpose;
use app::domain::tenant::Role;
use common::smtp::SmtpServer;
use common::{Server, client};
use passkey_guide::store::{employees, tenants};
use reqwest::StatusCode;
use std::time::Duration;

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const FLOW: &str = "iphone-authenticator";

async fn server(smtp: Option<&SmtpServer>) -> Server {
    common::start_with_mail(smtp).await
}

/// A tenant with `n` employees; returns their references in email order.
async fn seed(s: &Server, slug: &str, n: usize) -> Vec<String> {
    let rows: Vec<_> = (0..n)
        .map(|i| common::employee(format!("e{i:05}@{slug}.example"), format!("Employee {i}")))
        .collect();
    let tenant = s.tenant_with_roster(slug, &rows).await;
    let mut all = employees::all(&s.pool, tenant.id).await.unwrap();
    all.sort_by(|a, b| a.email.cmp(&b.email));
    all.into_iter().map(|e| e.reference).collect()
}

fn link(s: &Server, slug: &str, reference: &str) -> String {
    s.personal_link(slug, reference)
}

fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

async fn open(c: &reqwest::Client, s: &Server, path: &str, ua: &str) -> reqwest::Response {
    c.get(s.url(path))
        .header("user-agent", ua)
        .send()
        .await
        .unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_owned()
}

/// Journey rows of one kind for the employee with this reference, waiting (bounded) for the
/// writer to store at least `want`.
async fn journey_rows(
    s: &Server,
    reference: &str,
    kind: &str,
    want: usize,
) -> Vec<(String, i64, String, i64)> {
    let mut rows = Vec::new();
    for _ in 0..150 {
        rows = sqlx::query_as::<_, (String, i64, String, i64)>(
            "SELECT j.flow_id, j.step, j.detail, j.times FROM journey_event j \
             JOIN employee e ON e.id = j.employee_id WHERE e.ref = $1 AND j.kind = $2 ORDER BY j.id",
        )
        .bind(reference)
        .bind(kind)
        .fetch_all(&s.pool)
        .await
        .unwrap();
        if rows.len() >= want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    rows
}

async fn times(s: &Server, reference: &str, kind: &str, step: i64, want: i64) -> i64 {
    let mut t = 0;
    for _ in 0..150 {
        t = journey_rows(s, reference, kind, 1)
            .await
            .iter()
            .find(|r| r.1 == step)
            .map_or(0, |r| r.3);
        if t >= want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    t
}

#[tokio::test]
async fn progress_is_idempotent_and_resumes_on_any_device() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 1).await;
    let r = &refs[0];
    let phone = client();
    let res = open(&phone, &s, &link(&s, "acme", r), IPHONE).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/t/acme/", "nothing to resume yet");
    let opened = journey_rows(&s, r, "link-opened", 1).await;
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].2, "iphone", "the device that opened it");

    // Step 3, reloaded three times: one row, counted three times.
    for _ in 0..3 {
        let res = open(&phone, &s, &format!("/t/acme/guide/{FLOW}/step/3"), IPHONE).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    assert_eq!(times(&s, r, "step-viewed", 3, 3).await, 3);
    assert_eq!(journey_rows(&s, r, "step-viewed", 1).await.len(), 1);
    open(&phone, &s, &format!("/t/acme/guide/{FLOW}/step/2"), IPHONE).await;
    journey_rows(&s, r, "step-viewed", 2).await;

    // The link again, on another iPhone: back to the step last reached (2, not the
    // furthest, 3), with "start over" offered.
    let other_phone = client();
    let res = open(&other_phone, &s, &link(&s, "acme", r), IPHONE).await;
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/step/2?resumed=1")
    );
    let page = open(&other_phone, &s, &location(&res), IPHONE)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("action=\"/t/acme/journey/restart\""),
        "start over"
    );
    // On a Windows PC that flow does not apply: the start page picks the PC's flow.
    let pc = client();
    let res = open(&pc, &s, &link(&s, "acme", r), WINDOWS).await;
    assert_eq!(location(&res), "/t/acme/");

    // Start over: the link leads to the start page again.
    let res = other_phone
        .post(s.url("/t/acme/journey/restart"))
        .header("user-agent", IPHONE)
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/t/acme/");
    journey_rows(&s, r, "restarted", 1).await;
    let res = open(&client(), &s, &link(&s, "acme", r), IPHONE).await;
    assert_eq!(location(&res), "/t/acme/");
    // A cross-site post is refused and changes nothing.
    let res = other_phone
        .post(s.url("/t/acme/journey/restart"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn handoff_return_and_confirmation_are_recorded() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 1).await;
    let r = &refs[0];
    let c = client();
    open(&c, &s, &link(&s, "acme", r), IPHONE).await;
    let h = handoff_step(FLOW);
    let handoff_page = open(&c, &s, &format!("/t/acme/guide/{FLOW}/step/{h}"), IPHONE)
        .await
        .text()
        .await
        .unwrap();
    // Without JavaScript the hand-off is a plain link; the question waits below it.
    assert!(handoff_page.contains("data-handoff=\"true\""));
    assert!(!handoff_page.contains("target=\"_blank\" rel=\"noopener\" data-handoff"));
    assert!(handoff_page.contains("action=\"/t/acme/journey/answer\""));
    let res = open(
        &c,
        &s,
        &format!("/t/acme/guide/{FLOW}/handoff?step={h}"),
        IPHONE,
    )
    .await;
    assert_eq!(location(&res), "https://aka.ms/mysecurityinfo");

    let answer = |a: &'static str| {
        c.post(s.url("/t/acme/journey/answer"))
            .header("user-agent", IPHONE)
            .header("sec-fetch-site", "same-origin")
            .form(&[("flow", FLOW), ("step", &h.to_string()), ("answer", a)])
            .send()
    };
    let res = answer("failed").await.unwrap();
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/step/{h}/stuck")
    );
    let res = answer("worked").await.unwrap();
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/step/{}", h + 1)
    );
    let res = answer("maybe").await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = c
        .post(s.url("/t/acme/journey/answer"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("flow", FLOW), ("step", "99"), ("answer", "worked")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "no redirect to a step that does not exist"
    );
    let answers = journey_rows(&s, r, "returned", 2).await;
    let details: Vec<&str> = answers.iter().map(|a| a.2.as_str()).collect();
    assert_eq!(details, ["failed", "worked"]);
    assert_eq!(journey_rows(&s, r, "handoff-clicked", 1).await.len(), 1);

    let res = c
        .post(s.url("/t/acme/journey/confirm"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("flow", FLOW), ("answer", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/done?confirmed=1")
    );
    assert_eq!(journey_rows(&s, r, "confirmed", 1).await.len(), 1);
    // Resuming a finished journey lands on the closing screen.
    let res = open(&client(), &s, &link(&s, "acme", r), IPHONE).await;
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/done?resumed=1")
    );
}

/// The 1-based number of a flow's hand-off step.
fn handoff_step(flow: &str) -> usize {
    Catalogue::embedded()
        .flow(flow)
        .unwrap()
        .handoff_step()
        .unwrap()
        + 1
}

#[tokio::test]
async fn the_test_sign_in_and_the_company_pc_question_lead_where_they_say() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 1).await;
    let r = &refs[0];
    let c = client();
    open(&c, &s, &link(&s, "acme", r), IPHONE).await;
    let catalogue = Catalogue::embedded();
    let post = |flow: &'static str, step: usize, a: &'static str| {
        c.post(s.url("/t/acme/journey/answer"))
            .header("user-agent", IPHONE)
            .header("sec-fetch-site", "same-origin")
            .form(&[("flow", flow), ("step", &step.to_string()), ("answer", a)])
            .send()
    };

    // The last step of every flow asks whether the test sign-in worked.
    let last = catalogue
        .flow(FLOW)
        .unwrap()
        .step_asking(Ask::SignIn)
        .unwrap();
    assert_eq!(last, catalogue.flow(FLOW).unwrap().steps.len());
    let page = open(&c, &s, &format!("/t/acme/guide/{FLOW}/step/{last}"), IPHONE)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("class=\"sign-in-question\""), "{page}");
    assert!(page.contains("value=\"signed-in\"") && page.contains("value=\"sign-in-failed\""));
    let res = post(FLOW, last, "sign-in-failed").await.unwrap();
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{FLOW}/step/{last}/stuck")
    );
    let res = post(FLOW, last, "signed-in").await.unwrap();
    assert_eq!(location(&res), format!("/t/acme/guide/{FLOW}/done"));
    let rows = journey_rows(&s, r, "sign-in-tested", 2).await;
    let details: Vec<&str> = rows.iter().map(|a| a.2.as_str()).collect();
    assert_eq!(details, ["sign-in-failed", "signed-in"]);
    // Answers that belong to another question are refused, and recorded nowhere.
    for (step, answer) in [
        (last, "worked"),
        (handoff_step(FLOW), "signed-in"),
        (1, "managed"),
    ] {
        let res = post(FLOW, step, answer).await.unwrap();
        assert_eq!(
            res.status(),
            StatusCode::BAD_REQUEST,
            "{answer} at step {step}"
        );
    }
    assert_eq!(journey_rows(&s, r, "returned", 0).await.len(), 0);
    // The stage the dashboard counts is the furthest: signed in with the passkey.
    let mut stage = String::new();
    for _ in 0..150 {
        stage = sqlx::query_scalar::<_, String>(
            "SELECT p.stage FROM journey_progress p JOIN employee e ON e.id = p.employee_id \
             WHERE e.ref = $1",
        )
        .bind(r)
        .fetch_optional(&s.pool)
        .await
        .unwrap()
        .unwrap_or_default();
        if stage == "signed-in" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(stage, "signed-in");

    // Windows Hello asks whether this is a company PC before anything is set up.
    let wh = "windows-hello";
    let asked = catalogue
        .flow(wh)
        .unwrap()
        .step_asking(Ask::ManagedPc)
        .unwrap();
    assert!(asked <= handoff_step(wh));
    let res = post(wh, asked, "managed").await.unwrap();
    assert_eq!(location(&res), "/t/acme/?managed-pc=1");
    let res = post(wh, asked, "not-managed").await.unwrap();
    assert_eq!(
        location(&res),
        format!("/t/acme/guide/{wh}/step/{}", asked + 1)
    );
    let page = open(&c, &s, "/t/acme/?managed-pc=1", WINDOWS)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-note=\"managed-pc\""), "{page}");
}

#[tokio::test]
async fn new_tenants_do_not_offer_windows_hello() {
    let s = server(None).await;
    seed(&s, "acme", 1).await;
    let page = open(&client(), &s, "/t/acme/", WINDOWS)
        .await
        .text()
        .await
        .unwrap();
    // The cards' opening tags, with the flow each offers.
    let cards: Vec<(bool, &str)> = page
        .split("<article ")
        .skip(1)
        .filter_map(|tag| tag.split('>').next())
        .filter(|tag| tag.contains("flow-card"))
        .map(|tag| {
            let flow = tag.split("data-flow=\"").nth(1).unwrap().split('"').next();
            (tag.contains("primary"), flow.unwrap())
        })
        .collect();
    assert_eq!(
        cards,
        [(true, "phone-from-desktop"), (false, "security-key")],
        "Windows Hello is not offered"
    );
    let t = tenants::by_slug(&s.pool, "acme").await.unwrap().unwrap();
    assert!(!t.policy.authenticators.windows_hello);
    assert!(t.policy.authenticators.microsoft_authenticator && t.policy.synced_allowed);
}

/// The continue address inside the QR code's `data-url`.
fn continue_url(page: &str) -> String {
    page.split("data-url=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a QR code with its address")
        .to_owned()
}

#[tokio::test]
async fn the_qr_code_continues_the_journey_on_the_phone() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 1).await;
    let pc = client();
    open(&pc, &s, &link(&s, "acme", &refs[0]), WINDOWS).await;
    let home = open(&pc, &s, "/t/acme/", WINDOWS)
        .await
        .text()
        .await
        .unwrap();
    let url = continue_url(&home);
    let path = url.strip_prefix(&s.base).expect("absolute, on this server");
    assert!(path.starts_with("/t/acme/link/"), "{path}");
    let token = path.rsplit('/').next().unwrap();
    let claims = s.keys.verify(token, now_s()).unwrap();
    assert_eq!(claims.employee, refs[0]);
    assert!(matches!(claims.purpose, Purpose::Continue { .. }));
    assert!(claims.expires <= now_s() + 15 * 60, "short-lived");

    // The phone opens it: its own start page (its own flow), and a cookie holding a personal
    // link that ends when the original does.
    let phone = client();
    let res = open(&phone, &s, path, IPHONE).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/t/acme/");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    let kept = cookie
        .strip_prefix("pg_link=")
        .and_then(|c| c.split(';').next())
        .unwrap();
    let kept = s.keys.verify(kept, now_s()).unwrap();
    assert_eq!(kept.purpose, Purpose::Personal);
    assert_eq!(kept.expires, claims.link_expires());
    let page = open(&phone, &s, "/t/acme/", IPHONE)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("data-flow=\"{FLOW}\"")) || page.contains("iphone-icloud-keychain")
    );
    assert!(
        !page.contains("data-url="),
        "no QR code on the phone itself"
    );
    let opened = journey_rows(&s, &refs[0], "link-opened", 2).await;
    let devices: Vec<&str> = opened.iter().map(|o| o.2.as_str()).collect();
    assert_eq!(devices, ["windows", "iphone"]);

    // Tampered, cut short, or expired continue links are refused like personal links.
    let mut bad = path.to_owned();
    let last = bad.pop().unwrap();
    bad.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(
        open(&client(), &s, &bad, IPHONE).await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        open(&client(), &s, &path[..path.len() - 10], IPHONE)
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    let expired = s.keys.sign_continue(&claims, now_s() - 1);
    assert_eq!(
        open(&client(), &s, &format!("/t/acme/link/{expired}"), IPHONE)
            .await
            .status(),
        StatusCode::GONE
    );
    // Another tenant's page does not take it.
    tenants::create(&s.pool, "other", "Other").await.unwrap();
    assert_eq!(
        open(&client(), &s, &format!("/t/other/link/{token}"), IPHONE)
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    // Without a personal link the QR code is the tenant's guide.
    let anonymous = open(&client(), &s, "/t/acme/", WINDOWS)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(continue_url(&anonymous), format!("{}/t/acme/", s.base));
}

#[tokio::test]
async fn a_stuck_employee_reaches_the_helpdesk_by_mail_and_in_the_console() {
    let smtp = SmtpServer::start().await;
    let s = server(Some(&smtp)).await;
    let refs = seed(&s, "acme", 1).await;
    let tenant = tenants::by_slug(&s.pool, "acme").await.unwrap().unwrap();
    sqlx::query(
        "UPDATE tenant_branding SET support_email = 'helpdesk@acme.example' WHERE tenant_id = $1",
    )
    .bind(tenant.id)
    .execute(&s.pool)
    .await
    .unwrap();
    // Changed behind the server's back: tell its tenant cache.
    passkey_guide::store::tenants::changed();
    s.admin("acme", "help@acme.example", Role::Helpdesk).await;

    let c = client();
    open(&c, &s, &link(&s, "acme", &refs[0]), WINDOWS).await;
    let flow = "phone-from-desktop";
    let stuck = open(
        &c,
        &s,
        &format!("/t/acme/guide/{flow}/step/5/stuck"),
        WINDOWS,
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(stuck.contains("data-cause=\"cross-device-connecting\""));
    assert!(stuck.contains("action=\"/t/acme/journey/diagnostic\""));
    let post = |symptom: &'static str, note: &'static str| {
        c.post(s.url("/t/acme/journey/diagnostic"))
            .header("user-agent", WINDOWS)
            .header("sec-fetch-site", "same-origin")
            .form(&[
                ("flow", flow),
                ("step", "5"),
                ("symptom", symptom),
                ("note", note),
                ("probe", r#"{"webauthn":true,"hybrid_transport":false}"#),
            ])
            .send()
    };
    assert_eq!(
        post("not-a-cause", "").await.unwrap().status(),
        StatusCode::BAD_REQUEST
    );
    let res = post(
        "cross-device-connecting",
        "Spinner on <b>connecting</b>\u{7}",
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    assert!(
        to.starts_with(&format!("/t/acme/guide/{flow}/step/5/stuck?sent=")),
        "{to}"
    );
    let page = open(&c, &s, &to, WINDOWS).await.text().await.unwrap();
    assert!(page.contains("data-sent="));

    let mail = smtp.wait_for(1).await;
    assert_eq!(mail.len(), 1, "one message to the helpdesk");
    let m = &mail[0];
    assert_eq!(m.to, ["helpdesk@acme.example"]);
    assert_eq!(m.from, "it@example.com");
    let subject = m.header("subject").unwrap();
    assert!(subject.contains("Employee 0"), "{subject}");
    let body = m.data.replace("=\n", "");
    assert!(body.contains("e00000@acme.example"));
    assert!(body.contains("windows"));
    assert!(body.contains(&format!("/admin/t/acme/employees/{}", refs[0])));
    // The SMTP server has the message; the sender marks it sent right after.
    let mut sent: Option<i64> = None;
    for _ in 0..100 {
        sent = sqlx::query_scalar("SELECT sent_at_ms FROM outbox WHERE kind = 'diagnostic'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        if sent.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(sent.is_some(), "the outbox row is marked sent");

    // The helpdesk finds the employee and sees the report, the device and the timeline.
    let (help, _) = s.sign_in("help@acme.example").await;
    let roster = help
        .get(s.url("/admin/t/acme/roster?q=Employee"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let href = format!("/admin/t/acme/employees/{}", refs[0]);
    assert!(roster.contains(&href));
    journey_rows(&s, &refs[0], "diagnostic-sent", 1).await;
    let page = help.get(s.url(&href)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(page.contains("data-diagnostic="));
    assert!(
        page.contains("Spinner on &lt;b&gt;connecting&lt;/b&gt;"),
        "the note, escaped, control character gone"
    );
    assert!(page.contains("data-stuck=\"cross-device-connecting\""));
    assert!(page.contains("data-kind=\"link-opened\""));
    assert!(page.contains("hybrid_transport"));
    // Entra's word, once known, beside the employee's own.
    sqlx::query(
        "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms) \
         VALUES ($1, 'e00000@acme.example', FALSE, 'mobilePhone', 'csv', 0)",
    )
    .bind(tenant.id)
    .execute(&s.pool)
    .await
    .unwrap();
    let page = help
        .get(s.url(&href))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-registered=\"false\""));
    // Another tenant's employee reference is not found here.
    assert_eq!(
        help.get(s.url("/admin/t/acme/employees/nonexistent"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );

    // Without a personal link there is no one to report as: refused, and the page says how.
    let anonymous = client();
    let page = open(
        &anonymous,
        &s,
        &format!("/t/acme/guide/{flow}/step/5/stuck"),
        WINDOWS,
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(!page.contains("journey/diagnostic"));
    let res = anonymous
        .post(s.url("/t/acme/journey/diagnostic"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("flow", flow), ("step", "5"), ("symptom", "something-else")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_burst_of_link_opens_loses_no_event() {
    const N: usize = 400;
    let s = server(None).await;
    let refs = seed(&s, "acme", N).await;
    let mut tasks = Vec::new();
    for r in &refs {
        let path = link(&s, "acme", r);
        let url = s.url(&path);
        let step = s.url(&format!("/t/acme/guide/{FLOW}/step/2"));
        tasks.push(tokio::spawn(async move {
            let c = client();
            let a = c
                .get(url)
                .header("user-agent", IPHONE)
                .send()
                .await
                .unwrap();
            let b = c
                .get(step)
                .header("user-agent", IPHONE)
                .send()
                .await
                .unwrap();
            (a.status(), b.status())
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), (StatusCode::SEE_OTHER, StatusCode::OK));
    }
    let mut counts = (0, 0);
    for _ in 0..250 {
        counts = sqlx::query_as::<_, (i64, i64)>(
            "SELECT COUNT(*) FILTER (WHERE kind = 'link-opened'), \
             COUNT(*) FILTER (WHERE kind = 'step-viewed') FROM journey_event",
        )
        .fetch_one(&s.pool)
        .await
        .unwrap();
        if counts == (N as i64, N as i64) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(counts, (N as i64, N as i64));
}

/// What an employee tells us is in the database when the answer arrives, not later: the
/// answer to "did it work?", the stuck page they opened (the page view is the report) and
/// "my passkey is listed". Each is recorded once: the stuck page does not record it again.
#[tokio::test]
async fn answers_are_stored_before_they_are_acknowledged_and_once() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 1).await;
    let c = client();
    open(&c, &s, &link(&s, "acme", &refs[0]), IPHONE).await;
    let h = handoff_step(FLOW);
    let stored = |kind: &'static str| {
        let pool = s.pool.clone();
        async move {
            sqlx::query_as::<_, (i64, i64)>(
                "SELECT (SELECT CAST(COALESCE(SUM(times), 0) AS BIGINT) FROM guide_event \
                 WHERE kind = $1), \
                 (SELECT CAST(COALESCE(SUM(times), 0) AS BIGINT) FROM journey_event WHERE kind = $1)",
            )
            .bind(kind)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let res = c
        .post(s.url("/t/acme/journey/answer"))
        .header("user-agent", IPHONE)
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("flow", FLOW),
            ("step", &h.to_string()),
            ("answer", "failed"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        stored("returned").await,
        (1, 1),
        "in the database with the 303"
    );
    let stuck = open(&c, &s, &location(&res), IPHONE).await;
    assert_eq!(stuck.status(), StatusCode::OK);
    assert_eq!(
        stored("stuck").await,
        (1, 1),
        "in the database with the page"
    );
    c.post(s.url("/t/acme/journey/confirm"))
        .header("user-agent", IPHONE)
        .header("sec-fetch-site", "same-origin")
        .form(&[("flow", FLOW), ("answer", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(stored("confirmed").await, (1, 1));
    // Nothing arrives later through the queue as a second copy.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for kind in ["returned", "stuck", "confirmed"] {
        assert_eq!(stored(kind).await, (1, 1), "{kind}");
    }
}

/// Pages come from the page cache, and still record each employee's own view: two employees
/// on the same phone and the same step get one rendering between them, and each their own
/// `step-viewed`, twice for the one who looked twice. A computer's pages carry a hand-over QR
/// code of their own and are rendered for each request.
#[tokio::test]
async fn cached_pages_record_each_employees_own_view() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 2).await;
    let step = format!("/t/acme/guide/{FLOW}/step/2");
    let mut bodies = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        let c = client();
        open(&c, &s, &link(&s, "acme", r), IPHONE).await;
        for _ in 0..=i {
            bodies.push(open(&c, &s, &step, IPHONE).await.text().await.unwrap());
        }
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "the same bytes each time"
    );
    assert_eq!(times(&s, &refs[0], "step-viewed", 2, 1).await, 1);
    assert_eq!(times(&s, &refs[1], "step-viewed", 2, 2).await, 2);
    let metrics = s.get("/metrics", &[]).await.text().await.unwrap();
    let count = |name: &str| -> u64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&format!("passkey_guide_{name} ")))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name} in /metrics"))
    };
    assert!(count("page_cache_hits_total") >= 2, "{metrics}");
    assert!(count("page_cache_bytes") > 0);

    // On a computer, each view is rendered with its own hand-over token: a fresh nonce each
    // time shows no cached bytes were served.
    let pc = client();
    open(&pc, &s, &link(&s, "acme", &refs[0]), WINDOWS).await;
    let mut policies = Vec::new();
    for _ in 0..2 {
        let res = open(&pc, &s, "/t/acme/", WINDOWS).await;
        let csp = res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(csp.contains("'nonce-"), "{csp}");
        assert!(continue_url(&res.text().await.unwrap()).contains("/t/acme/link/"));
        policies.push(csp);
    }
    assert_ne!(policies[0], policies[1], "rendered per request");
}

/// The employees whose links an instance served are kept in memory (other instances' changes
/// arrive with the next poll of the roster version: see `instances.rs`); a change made through
/// this instance shows at its very next request.
#[tokio::test]
async fn a_roster_change_made_here_shows_at_the_next_request() {
    let s = server(None).await;
    let refs = seed(&s, "acme", 2).await;
    let c = client();
    let opened = open(&c, &s, &link(&s, "acme", &refs[0]), IPHONE).await;
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    let page = "/t/acme/guide/iphone-authenticator/step/2";
    for _ in 0..3 {
        let body = open(&c, &s, page, IPHONE).await.text().await.unwrap();
        assert!(body.contains("<html lang=\"en\""));
    }
    let tenant = tenants::by_slug(&s.pool, "acme").await.unwrap().unwrap();
    let mut row = common::employee("e00000@acme.example".into(), "Employee 0".into());
    row.preferred_language = Some("de".into());
    employees::import(&s.pool, tenant.id, &[row], |_| {})
        .await
        .unwrap();
    let body = open(&c, &s, page, IPHONE).await.text().await.unwrap();
    assert!(body.contains("<html lang=\"de\""), "German at once");
}

/// An employee's views recorded before the writer has run at all (this test's runtime has one
/// thread and does not yield): identical views wait as one entry each, none is dropped, and
/// the rows stored count every view.
#[tokio::test]
async fn an_employees_repeated_views_wait_merged_and_all_count() {
    use app::domain::events::EventSink;
    let (_dir, pool, tenant, ids) = writer_roster(&["ada"]).await;
    let ada = ids[0];
    let (sink, writer) = passkey_guide::jobs::events::start(pool.clone());
    let n: usize = 66_000;
    for i in 0..n {
        sink.record(step_viewed(tenant, ada, u16::try_from(i % 5 + 1).unwrap()));
    }
    assert_eq!(sink.queued(), n, "all waiting, none dropped");
    drop(sink);
    writer.finish().await;
    let (rows, stored): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(SUM(times) AS BIGINT) FROM guide_event WHERE employee_id = $1",
    )
    .bind(ada)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(rows, 5, "one row for each step viewed");
    assert_eq!(stored, n as i64);
    let views: i64 = sqlx::query_scalar(
        "SELECT CAST(SUM(times) AS BIGINT) FROM journey_event \
         WHERE employee_id = $1 AND kind = 'step-viewed'",
    )
    .bind(ada)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(views, n as i64, "each view counted on the journey");
    assert_eq!(
        progress_events(&pool, ada).await,
        Some(n as i64),
        "the summary made from all of them"
    );
}

/// More different anonymous events than may wait: those beyond the bound are dropped and
/// counted, while an employee's events are still taken, and every one kept is stored.
#[tokio::test]
async fn different_anonymous_events_beyond_the_bound_are_dropped_but_an_employees_are_not() {
    use app::domain::events::EventSink;
    let (_dir, pool, tenant, ids) = writer_roster(&["ada"]).await;
    let ada = ids[0];
    let (sink, writer) = passkey_guide::jobs::events::start(pool.clone());
    let anonymous = |i: usize| {
        let mut e = step_viewed(tenant, ada, 1);
        e.employee_id = None;
        e.detail = Some(format!("d{i}"));
        e
    };
    let n = 70_000;
    for i in 0..n {
        sink.record(anonymous(i));
    }
    sink.record(anonymous(0));
    sink.record(step_viewed(tenant, ada, 3));
    let dropped = sink.dropped();
    assert_eq!(
        dropped,
        70_000 - 65_536,
        "only new anonymous events beyond the bound"
    );
    assert_eq!(sink.queued(), 65_536 + 2);
    drop(sink);
    writer.finish().await;
    let (rows, stored): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), CAST(SUM(times) AS BIGINT) FROM guide_event")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((rows, stored), (65_537, 65_538));
    assert_eq!(progress_events(&pool, ada).await, Some(1));
}

/// Stores events of one employee from eight transactions at once, as the event writer and
/// an employee's answers do. Each refreshes the summary; whichever commits last, the summary
/// is made from every event (on PostgreSQL, a transaction that read the journey before
/// another's commit would otherwise put back an older summary).
#[tokio::test]
async fn concurrent_writers_leave_the_summary_of_all_their_events() {
    let (_dir, pool, tenant, ids) = writer_roster(&["ada"]).await;
    let ada = ids[0];
    let writers: Vec<_> = (0..8u16)
        .map(|w| {
            let pool = pool.clone();
            tokio::spawn(async move {
                for i in 0..25u16 {
                    // Each its own journey row: no row lock orders them.
                    let event = step_viewed(tenant, ada, w * 25 + i + 1);
                    passkey_guide::store::events::insert_events(
                        &pool,
                        &[(passkey_guide::store::now_ms(), event)],
                    )
                    .await
                    .unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.await.unwrap();
    }
    assert_eq!(progress_events(&pool, ada).await, Some(200));
}

/// Events stored without their summary (a writer stopped between the two) are summarised at
/// the next start.
#[tokio::test]
async fn summaries_left_behind_are_made_again_at_start() {
    let (_dir, pool, tenant, ids) = writer_roster(&["ada", "bob"]).await;
    let (ada, bob) = (ids[0], ids[1]);
    let now = passkey_guide::store::now_ms();
    passkey_guide::store::events::insert_events(&pool, &[(now, step_viewed(tenant, bob, 1))])
        .await
        .unwrap();
    let once = app::domain::events::Tally::once(now);
    let batch = [
        (step_viewed(tenant, ada, 1), once),
        (step_viewed(tenant, ada, 2), once),
        (step_viewed(tenant, bob, 2), once),
    ];
    let left = passkey_guide::store::events::store_events(&pool, &batch)
        .await
        .unwrap();
    assert_eq!(left, [ada, bob]);
    assert_eq!(progress_events(&pool, ada).await, None);
    assert_eq!(progress_events(&pool, bob).await, Some(1));
    let made = passkey_guide::store::progress::backfill(&pool)
        .await
        .unwrap();
    assert_eq!(made, 2);
    assert_eq!(progress_events(&pool, ada).await, Some(2));
    assert_eq!(progress_events(&pool, bob).await, Some(2));
    let stage: String =
        sqlx::query_scalar("SELECT stage FROM journey_progress WHERE employee_id = $1")
            .bind(ada)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stage, "flow-started");
    assert_eq!(
        passkey_guide::store::progress::backfill(&pool)
            .await
            .unwrap(),
        0,
        "nothing left the second time"
    );
}

/// How many events an employee's progress summary was made from (`None`: no summary).
async fn progress_events(pool: &passkey_guide::store::Db, employee: i64) -> Option<i64> {
    sqlx::query_scalar("SELECT events FROM journey_progress WHERE employee_id = $1")
        .bind(employee)
        .fetch_optional(pool)
        .await
        .unwrap()
}

/// An employee erased while their events wait for the writer: those events are kept as
/// anonymous statistics, and the rest of the batch (a colleague's view) is stored as usual,
/// instead of the whole batch failing on the foreign key.
#[tokio::test]
async fn events_of_an_employee_erased_while_queued_do_not_sink_the_batch() {
    use app::domain::events::EventSink;
    let (_dir, pool, tenant, ids) = writer_roster(&["ada", "bob"]).await;
    let (ada, bob) = (ids[0], ids[1]);
    sqlx::query("DELETE FROM employee WHERE id = $1")
        .bind(ada)
        .execute(&pool)
        .await
        .unwrap();
    let (sink, writer) = passkey_guide::jobs::events::start(pool.clone());
    for employee in [ada, bob] {
        sink.record(step_viewed(tenant, employee, 2));
    }
    drop(sink);
    writer.finish().await;
    // Sorted here: the databases put NULL at opposite ends.
    let mut views: Vec<(Option<i64>,)> = sqlx::query_as("SELECT employee_id FROM guide_event")
        .fetch_all(&pool)
        .await
        .unwrap();
    views.sort();
    assert_eq!(
        views,
        vec![(None,), (Some(bob),)],
        "both views, Ada's anonymous"
    );
    let journeys: Vec<(i64,)> = sqlx::query_as("SELECT employee_id FROM journey_event")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(journeys, vec![(bob,)]);
}

/// A database of its own (no server) with tenant "acme" and these employees
/// (`{name}@acme.example`); their ids in the order given.
async fn writer_roster(
    names: &[&str],
) -> (tempfile::TempDir, passkey_guide::store::Db, i64, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let pool = passkey_guide::store::connect(&common::database_url(dir.path()).await)
        .await
        .unwrap();
    let tenant = tenants::create(&pool, "acme", "Acme").await.unwrap();
    let rows: Vec<_> = names
        .iter()
        .map(|n| common::employee(format!("{n}@acme.example"), (*n).to_owned()))
        .collect();
    employees::import(&pool, tenant.id, &rows, |_| {})
        .await
        .unwrap();
    let all = employees::all(&pool, tenant.id).await.unwrap();
    let ids = names
        .iter()
        .map(|n| {
            let email = format!("{n}@acme.example");
            all.iter().find(|e| e.email == email).unwrap().id
        })
        .collect();
    (dir, pool, tenant.id, ids)
}

/// An iPhone's view of a step of [`FLOW`] by this employee.
fn step_viewed(tenant: i64, employee: i64, step: u16) -> app::domain::events::GuideEvent {
    app::domain::events::GuideEvent {
        kind: app::domain::events::EventKind::StepViewed,
        flow: Some(FLOW.into()),
        step: Some(step),
        detail: None,
        platform: app::domain::Platform::Iphone,
        os_version: None,
        browser: None,
        in_app: None,
        locale: "en".into(),
        tenant_id: Some(tenant),
        employee_id: Some(employee),
    }
}
