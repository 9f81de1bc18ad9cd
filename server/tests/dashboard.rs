//! The rollout dashboard against seeded data with known answers: ten employees in two
//! departments whose journeys are stored through the real event writer (so the progress rollup
//! is what is tested), Entra status for some of them, and sent mail. Also the stragglers list
//! and its CSV, who may see what, the audit log, health and metrics.

mod common;

use app::admin::DashboardFilter;
use app::domain::dashboard::Straggler;
use app::domain::events::{EventKind, GuideEvent};
use app::domain::roster::EmployeeRow;
use app::domain::tenant::Role;
use app::domain::{Browser, InApp, OsVersion, Platform};
use passkey_guide::ops::dashboard;
use passkey_guide::store::{employees, tenants};
use reqwest::StatusCode;

/// 2026-11-02 and 2026-11-10, 10:00 UTC.
const D1: i64 = 1_793_613_600_000;
const D2: i64 = 1_794_304_800_000;
const NOW: i64 = 1_795_348_800_000; // 2026-11-22 12:00 UTC

struct Person {
    name: &'static str,
    department: &'static str,
    announced: Option<i64>,
    /// Entra: None = not in the report.
    passkey: Option<bool>,
}

const PEOPLE: [Person; 10] = [
    Person {
        name: "a1",
        department: "Sales",
        announced: Some(D1),
        passkey: Some(false),
    },
    Person {
        name: "a2",
        department: "Sales",
        announced: Some(D1),
        passkey: Some(false),
    },
    Person {
        name: "a3",
        department: "Sales",
        announced: Some(D1),
        passkey: None,
    },
    Person {
        name: "a4",
        department: "Sales",
        announced: Some(D1),
        passkey: Some(false),
    },
    Person {
        name: "a5",
        department: "Sales",
        announced: Some(D1),
        passkey: Some(false),
    },
    Person {
        name: "a6",
        department: "Sales",
        announced: Some(D1),
        passkey: Some(true),
    },
    Person {
        name: "o1",
        department: "Ops",
        announced: None,
        passkey: Some(true),
    },
    Person {
        name: "o2",
        department: "Ops",
        announced: Some(D2),
        passkey: Some(false),
    },
    Person {
        name: "o3",
        department: "Ops",
        announced: Some(D2),
        passkey: None,
    },
    Person {
        name: "o4",
        department: "Ops",
        announced: Some(D2),
        passkey: Some(false),
    },
];

struct Device {
    platform: Platform,
    os: &'static str,
    browser: Browser,
    in_app: Option<InApp>,
}

fn event(
    tenant: i64,
    employee: i64,
    d: &Device,
    kind: EventKind,
    flow: Option<(&str, u16)>,
    detail: Option<&str>,
) -> GuideEvent {
    GuideEvent {
        kind,
        flow: flow.map(|(f, _)| f.to_owned()),
        step: flow.map(|(_, s)| s),
        detail: detail.map(str::to_owned),
        platform: d.platform,
        os_version: OsVersion::parse_lenient(d.os),
        browser: Some(d.browser),
        in_app: d.in_app,
        locale: "en".into(),
        tenant_id: Some(tenant),
        employee_id: Some(employee),
    }
}

async fn seed(s: &common::Server) -> tenants::Tenant {
    let tenant = tenants::create(&s.pool, "acme", "Acme").await.unwrap();
    let rows: Vec<EmployeeRow> = PEOPLE
        .iter()
        .map(|p| EmployeeRow {
            upn: None,
            email: format!("{}@acme.example", p.name),
            display_name: p.name.to_uppercase(),
            preferred_language: None,
            department: Some(p.department.into()),
            manager: Some("boss@acme.example".into()),
        })
        .collect();
    employees::import(&s.pool, tenant.id, &rows, |_| {})
        .await
        .unwrap();
    let id = |name: &str| {
        let pool = s.pool.clone();
        let email = format!("{name}@acme.example");
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM employee WHERE email = $1")
                .bind(email)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    for p in &PEOPLE {
        sqlx::query("UPDATE employee SET announced_at_ms = $1 WHERE email = $2")
            .bind(p.announced)
            .bind(format!("{}@acme.example", p.name))
            .execute(&s.pool)
            .await
            .unwrap();
        if let Some(has) = p.passkey {
            let since = match p.name {
                "a6" => Some(D1 + 3_600_000),
                "o1" => Some(D2 + 3_600_000),
                _ => None,
            };
            assert_eq!(has, since.is_some());
            sqlx::query(
                "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms, passkey_since_ms) \
                 VALUES ($1, $2, $3, '', 'csv', $4, $5)",
            )
            .bind(tenant.id)
            .bind(format!("{}@acme.example", p.name))
            .bind(has)
            .bind(NOW - 3_600_000)
            .bind(since)
            .execute(&s.pool)
            .await
            .unwrap();
        }
    }
    let iphone = |os| Device {
        platform: Platform::Iphone,
        os,
        browser: Browser::Safari,
        in_app: None,
    };
    let t = tenant.id;
    let (a2, a3, a4, a5, a6) = (
        id("a2").await,
        id("a3").await,
        id("a4").await,
        id("a5").await,
        id("a6").await,
    );
    let (o2, o4) = (id("o2").await, id("o4").await);
    let android15 = Device {
        platform: Platform::Android,
        os: "15",
        browser: Browser::Chrome,
        in_app: None,
    };
    let android13 = Device {
        platform: Platform::Android,
        os: "13",
        browser: Browser::Chrome,
        in_app: None,
    };
    let windows = Device {
        platform: Platform::Windows,
        os: "",
        browser: Browser::Edge,
        in_app: None,
    };
    let macos = Device {
        platform: Platform::Macos,
        os: "",
        browser: Browser::Safari,
        in_app: None,
    };
    let outlook = Device {
        platform: Platform::Iphone,
        os: "18.1",
        browser: Browser::Webview,
        in_app: Some(InApp::Outlook),
    };
    let (ia, wh, mac, aa) = (
        "iphone-authenticator",
        "windows-hello",
        "macos",
        "android-authenticator",
    );
    let at = |base: i64, minute: i64| base + minute * 60_000;
    let batch: Vec<(i64, GuideEvent)> = vec![
        // a2: opened and started, nothing more.
        (
            at(D1, 1),
            event(t, a2, &iphone("18.1"), EventKind::LinkOpened, None, None),
        ),
        (
            at(D1, 2),
            event(
                t,
                a2,
                &iphone("18.1"),
                EventKind::StepViewed,
                Some((ia, 1)),
                None,
            ),
        ),
        // a3: opened on iOS 16.7, below the Authenticator's iOS 17.
        (
            at(D1, 1),
            event(t, a3, &iphone("16.7"), EventKind::LinkOpened, None, None),
        ),
        // a4: went to Security info on Android 15 but Entra has nothing.
        (
            at(D1, 1),
            event(t, a4, &android15, EventKind::LinkOpened, None, None),
        ),
        (
            at(D1, 2),
            event(
                t,
                a4,
                &android15,
                EventKind::StepViewed,
                Some((aa, 1)),
                None,
            ),
        ),
        (
            at(D1, 3),
            event(
                t,
                a4,
                &android15,
                EventKind::HandoffClicked,
                Some((aa, 3)),
                None,
            ),
        ),
        // a5: stuck on Windows Hello step 2.
        (
            at(D1, 1),
            event(t, a5, &windows, EventKind::LinkOpened, None, None),
        ),
        (
            at(D1, 2),
            event(t, a5, &windows, EventKind::StepViewed, Some((wh, 2)), None),
        ),
        (
            at(D1, 3),
            event(
                t,
                a5,
                &windows,
                EventKind::Stuck,
                Some((wh, 2)),
                Some("not-enabled-by-policy"),
            ),
        ),
        // a6: the whole way, in Outlook's browser, and registered.
        (
            at(D1, 1),
            event(t, a6, &outlook, EventKind::LinkOpened, None, None),
        ),
        (
            at(D1, 2),
            event(t, a6, &outlook, EventKind::StepViewed, Some((ia, 1)), None),
        ),
        (
            at(D1, 3),
            event(
                t,
                a6,
                &outlook,
                EventKind::HandoffClicked,
                Some((ia, 3)),
                None,
            ),
        ),
        (
            at(D1, 4),
            event(t, a6, &outlook, EventKind::Confirmed, Some((ia, 0)), None),
        ),
        // … and signed in with it in the test at the end of the flow.
        (
            at(D1, 5),
            event(
                t,
                a6,
                &outlook,
                EventKind::SignInTested,
                Some((ia, 6)),
                Some("signed-in"),
            ),
        ),
        // o2: stuck on the Mac at step 1, then got past it and handed off: no longer stuck.
        (
            at(D2, 1),
            event(t, o2, &macos, EventKind::LinkOpened, None, None),
        ),
        (
            at(D2, 2),
            event(
                t,
                o2,
                &macos,
                EventKind::Stuck,
                Some((mac, 1)),
                Some("self-service-off"),
            ),
        ),
        (
            at(D2, 3),
            event(t, o2, &macos, EventKind::StepViewed, Some((mac, 2)), None),
        ),
        (
            at(D2, 4),
            event(
                t,
                o2,
                &macos,
                EventKind::HandoffClicked,
                Some((mac, 3)),
                None,
            ),
        ),
        // o4: Android 13, below the Authenticator's Android 14; opened only.
        (
            at(D2, 1),
            event(t, o4, &android13, EventKind::LinkOpened, None, None),
        ),
    ];
    // Two batches, as the writer would see them, so progress is refreshed incrementally.
    passkey_guide::store::events::insert_events(&s.pool, &batch[..9])
        .await
        .unwrap();
    passkey_guide::store::events::insert_events(&s.pool, &batch[9..])
        .await
        .unwrap();
    // Mail: the 7-day reminder went out to a1 on D2; an announcement to everyone in Sales on D1.
    let a1 = id("a1").await;
    sqlx::query(
        "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, created_at_ms, next_attempt_at_ms, sent_at_ms) \
         VALUES ($1, $2, 'reminder', 'r1', 'a1@acme.example', 's', 'b', $3, $3, $3), \
                ($1, $2, 'announcement', 'a1', 'a1@acme.example', 's', 'b', $4, $4, $4), \
                ($1, $5, 'announcement', 'a2', 'a2@acme.example', 's', 'b', $4, $4, $4)",
    )
    .bind(tenant.id)
    .bind(a1)
    .bind(D2)
    .bind(D1)
    .bind(a2)
    .execute(&s.pool)
    .await
    .unwrap();
    tenant
}

fn filter(department: &str, from: &str, to: &str) -> DashboardFilter {
    DashboardFilter {
        department: department.into(),
        from: from.into(),
        to: to.into(),
    }
}

#[tokio::test]
async fn funnel_devices_trend_and_stragglers_have_the_known_answers() {
    let s = common::start_insecure().await;
    let tenant = seed(&s).await;

    let all = dashboard::load(&s.pool, &tenant, filter("", "", ""), NOW)
        .await
        .unwrap();
    assert!(all.error.is_none());
    // roster, announced, opened, flow started, handed off, tested sign-in, registered, passkey
    // sign-in (none: no Entra connection reads the sign-in logs here)
    assert_eq!(all.funnel, vec![10, 9, 7, 5, 3, 1, 2, 0]);
    let reasons: Vec<(Straggler, u64)> = all.stragglers.clone();
    assert_eq!(
        reasons,
        vec![
            // The portal's CSV has no MFA, admin or guest flags: those reasons stay empty.
            (Straggler::Guest, 0),
            (Straggler::NeedsTap, 0),
            (Straggler::Stuck, 1),
            (Straggler::BelowMinimum, 2),
            (Straggler::Admin, 0),
            (Straggler::HandedOff, 2),
            (Straggler::NeverOpened, 2),
            (Straggler::InProgress, 1),
        ]
    );
    let platforms: Vec<(&str, u64, u64, u64, u64)> = all
        .platforms
        .iter()
        .map(|p| {
            (
                p.platform.as_str(),
                p.employees,
                p.stuck,
                p.below_minimum,
                p.registered,
            )
        })
        .collect();
    assert_eq!(
        platforms,
        vec![
            ("iphone", 3, 0, 1, 1),
            ("android", 2, 0, 1, 0),
            ("macos", 1, 0, 0, 0),
            ("windows", 1, 1, 0, 0),
        ]
    );
    assert_eq!(
        all.below_minimum,
        vec![
            ("android".to_owned(), "13".to_owned(), 1),
            ("iphone".to_owned(), "16.7".to_owned(), 1)
        ]
    );
    assert_eq!(all.in_app, vec![("outlook".to_owned(), 1)]);
    assert_eq!(
        all.browsers,
        vec![
            ("safari".to_owned(), 3),
            ("chrome".to_owned(), 2),
            ("edge".to_owned(), 1),
            ("webview".to_owned(), 1),
        ]
    );
    let stuck: Vec<(&str, u16, &str, u64)> = all
        .stuck
        .iter()
        .map(|r| (r.flow.as_str(), r.step, r.symptom.as_str(), r.employees))
        .collect();
    assert_eq!(
        stuck,
        vec![
            ("macos", 1, "self-service-off", 1),
            ("windows-hello", 2, "not-enabled-by-policy", 1)
        ]
    );
    // Unfiltered, the chart shows the six weeks up to today.
    assert_eq!(all.days.len(), 42);
    assert_eq!(all.days.last().unwrap().date, "2026-11-22");

    // One department.
    let sales = dashboard::load(&s.pool, &tenant, filter("Sales", "", ""), NOW)
        .await
        .unwrap();
    assert_eq!(sales.funnel, vec![6, 6, 5, 4, 2, 1, 1, 0]);
    assert_eq!(
        sales.departments,
        vec!["Ops".to_owned(), "Sales".to_owned()]
    );

    // A date range counts what happened in it: the Sales wave on 2 November.
    let early = dashboard::load(
        &s.pool,
        &tenant,
        filter("", "2026-11-01", "2026-11-05"),
        NOW,
    )
    .await
    .unwrap();
    assert_eq!(early.funnel, vec![10, 6, 5, 4, 2, 1, 1, 0]);
    let trend = dashboard::load(
        &s.pool,
        &tenant,
        filter("", "2026-11-01", "2026-11-12"),
        NOW,
    )
    .await
    .unwrap();
    assert_eq!(trend.days.len(), 12);
    let marked: Vec<(&str, u64, u64, u64)> = trend
        .days
        .iter()
        .filter(|d| d.registered + d.announced + d.reminders > 0)
        .map(|d| (d.date.as_str(), d.registered, d.announced, d.reminders))
        .collect();
    assert_eq!(
        marked,
        vec![("2026-11-02", 1, 2, 0), ("2026-11-10", 1, 0, 1)]
    );

    // A bad range is reported, and the page still answers with all-time counts.
    let bad = dashboard::load(
        &s.pool,
        &tenant,
        filter("", "2026-11-12", "2026-11-01"),
        NOW,
    )
    .await
    .unwrap();
    assert_eq!(bad.error.unwrap().key, "dashboard-error-reversed");
    assert_eq!(bad.funnel, all.funnel);

    // The stragglers list agrees with the counts, reason by reason.
    let i18n = app::i18n::I18n::new(app::i18n::Locale::from_tag("en").unwrap());
    let everyone = dashboard::stragglers(&s.pool, &tenant, "", None, &i18n)
        .await
        .unwrap();
    assert_eq!(everyone.len(), 8);
    for (reason, n) in &all.stragglers {
        let list = dashboard::stragglers(&s.pool, &tenant, "", Some(*reason), &i18n)
            .await
            .unwrap();
        assert_eq!(list.len() as u64, *n, "{reason:?}");
    }
    let below: Vec<String> =
        dashboard::stragglers(&s.pool, &tenant, "", Some(Straggler::BelowMinimum), &i18n)
            .await
            .unwrap()
            .into_iter()
            .map(|r| format!("{} {}", r.name, r.detail))
            .collect();
    assert_eq!(below, vec!["A3 iPhone 16.7", "O4 Android phone 13"]);
    let stuck = dashboard::stragglers(&s.pool, &tenant, "Sales", Some(Straggler::Stuck), &i18n)
        .await
        .unwrap();
    assert_eq!(stuck.len(), 1);
    assert_eq!(stuck[0].email, "a5@acme.example");
    assert!(
        stuck[0].detail.contains("Windows Hello"),
        "{}",
        stuck[0].detail
    );
}

#[tokio::test]
async fn pages_and_csv_exports_follow_roles_and_match_the_screen() {
    let s = common::start_insecure().await;
    let tenant = seed(&s).await;
    s.admin(&tenant.slug, "owner@acme.example", Role::Owner)
        .await;
    s.admin(&tenant.slug, "help@acme.example", Role::Helpdesk)
        .await;
    let (owner, _) = s.sign_in("owner@acme.example").await;
    let (help, _) = s.sign_in("help@acme.example").await;

    let page = owner
        .get(s.url("/admin/t/acme/dashboard"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    for chart in ["funnel", "platforms", "registrations"] {
        assert!(
            html.contains(&format!("role=\"img\" aria-labelledby=\"{chart}-chart-title {chart}-chart-desc\" data-chart=\"{chart}\"")),
            "the {chart} chart is drawn on the server, titled: {html}"
        );
    }
    assert!(html.contains("<title id=\"funnel-chart-title\">Funnel</title>"));
    assert!(html.contains("<desc id=\"funnel-chart-desc\">How many of the 10 employees"));
    assert!(
        html.contains("data-table=\"funnel\""),
        "the funnel has a table alternative"
    );
    assert!(
        html.contains("/admin/t/acme/brand.css"),
        "charts use the tenant's colour"
    );

    // The helpdesk works from the roster; the dashboard and its exports are not theirs.
    for path in [
        "/admin/t/acme/dashboard",
        "/admin/t/acme/dashboard/funnel.csv",
        "/admin/t/acme/stragglers",
        "/admin/t/acme/stragglers.csv",
        "/admin/t/acme/audit",
    ] {
        let res = help.get(s.url(path)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
    }
    // Not signed in: to the sign-in page.
    let anon = common::client()
        .get(s.url("/admin/t/acme/stragglers.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(anon.status(), StatusCode::SEE_OTHER);

    let csv = owner
        .get(s.url("/admin/t/acme/dashboard/funnel.csv?department=Sales"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        csv,
        "Stage,Employees,Of the roster,Of the stage before\n\
         In the roster,6,100%,\n\
         Sent their link,6,100%,100%\n\
         Opened their link,5,83%,83%\n\
         Started the steps,4,67%,80%\n\
         Went to Security info,2,33%,50%\n\
         Tested sign-in,1,17%,50%\n\
         Registered (per Entra ID),1,17%,100%\n\
         Signs in with a passkey,0,0%,0%\n"
    );
    let missing = owner
        .get(s.url("/admin/t/acme/dashboard/nope.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    // The stragglers page and its CSV list the same people.
    let html = owner
        .get(s.url("/admin/t/acme/stragglers?reason=never-opened"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("data-total=\"2\""));
    let csv = owner
        .get(s.url("/admin/t/acme/stragglers.csv?reason=never-opened"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "Name,Email,Department,Manager,Reason,Details,Last seen"
    );
    assert_eq!(
        lines[1..],
        [
            "A1,a1@acme.example,Sales,boss@acme.example,Never opened their link,,",
            "O3,o3@acme.example,Ops,boss@acme.example,Never opened their link,,"
        ]
    );
    for line in &lines[1..] {
        let email = line.split(',').nth(1).unwrap();
        assert!(html.contains(email), "{email} on the page too");
    }
}

#[tokio::test]
async fn the_audit_log_records_admin_changes_for_owners_only() {
    let s = common::start_insecure().await;
    let tenant = tenants::create(&s.pool, "acme", "Acme").await.unwrap();
    s.admin(&tenant.slug, "owner@acme.example", Role::Owner)
        .await;
    s.admin(&tenant.slug, "admin@acme.example", Role::Admin)
        .await;
    let (admin, csrf) = s.sign_in("admin@acme.example").await;
    let res = admin
        .post(s.url("/admin/t/acme/policy"))
        .header("origin", s.base.as_str())
        .form(&[
            ("csrf", csrf.as_str()),
            ("passkeys", "device-bound-only"),
            ("authenticator", "on"),
            ("windows_hello", "on"),
            ("security_info_url", "https://aka.ms/mysecurityinfo"),
            ("default_language", ""),
            ("host", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // Admins change things but do not read the log.
    let res = admin
        .get(s.url("/admin/t/acme/audit"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    let (owner, _) = s.sign_in("owner@acme.example").await;
    let html = owner
        .get(s.url("/admin/t/acme/audit"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("data-action=\"policy-saved\""), "{html}");
    assert!(html.contains("admin@acme.example"));
    // Before and after: synced passkeys were allowed, now they are not; Windows Hello, off for
    // a new tenant, turned on.
    assert!(
        html.contains("<code>synced-allowed</code>: <del>true</del> → <ins>false</ins>"),
        "{html}"
    );
    assert!(html.contains("<code>windows-hello</code>: <del>false</del> → <ins>true</ins>"));
    // Unchanged fields are not listed.
    assert!(!html.contains("<code>security-info-url</code>"));
}

#[tokio::test]
async fn health_readiness_and_metrics() {
    let s = common::start_with(common::Options {
        metrics_token: Some("scrape-secret"),
        ..common::Options::default()
    })
    .await;
    assert_eq!(s.get("/healthz", &[]).await.status(), StatusCode::OK);
    let ready = s.get("/readyz", &[]).await;
    assert_eq!(ready.status(), StatusCode::OK);
    assert_eq!(ready.text().await.unwrap(), "ready");
    // A page view: an event stored and a latency observed under its route pattern.
    assert_eq!(
        s.get("/guide/windows-hello/step/2", &[]).await.status(),
        StatusCode::OK
    );
    assert!(s.count("step-viewed").await > 0);
    // A personal-link open is answered by the page context before any page renders, and is
    // timed all the same: it is the request a rollout email brings.
    let tenant = s
        .tenant_with_roster(
            "acme",
            &[common::employee("ada@acme.example".into(), "Ada".into())],
        )
        .await;
    let ada = employees::all(&s.pool, tenant.id).await.unwrap().remove(0);
    let link = s.personal_link("acme", &ada.reference);
    assert_eq!(s.get(&link, &[]).await.status(), StatusCode::SEE_OTHER);
    assert!(s.count("link-opened").await > 0);
    // The writer counts a batch just after committing it.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    assert_eq!(
        s.get("/metrics", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.get("/metrics", &[("authorization", "Bearer wrong")])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let res = s
        .get("/metrics", &[("authorization", "Bearer scrape-secret")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = res.text().await.unwrap();
    assert!(
        text.contains(
            "passkey_guide_http_request_duration_seconds_count{method=\"GET\",route=\"/guide/{flow}/step/{step}\",status=\"200\"} 1"
        ),
        "{text}"
    );
    assert!(
        text.contains("route=\"/readyz\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("route=\"/link/{token}\",status=\"303\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("passkey_guide_guide_events_stored_total 2"),
        "{text}"
    );
    assert!(
        text.contains("passkey_guide_guide_events_dropped_total 0"),
        "{text}"
    );
    assert!(text.ends_with("# EOF\n"));
}
