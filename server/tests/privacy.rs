//! An employee's personal data over its life, on a real database: erasing one employee removes
//! every row that names them in every table (the tables and columns are read from the schema,
//! so a table added later is checked without touching this file), the retention run with an
//! injected clock, the subject-access export, and the console's forms.

mod common;

use app::domain::retention::Retention;
use app::domain::tenant::Role;
use common::smtp::SmtpServer;
use common::{Server, client, csrf_of};
use passkey_guide::ops::privacy;
use passkey_guide::store::audit::Actor;
use passkey_guide::store::{employees, now_ms, tenants};
use reqwest::StatusCode;

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const FLOW: &str = "iphone-authenticator";
const DAY_MS: i64 = 86_400_000;

async fn server(smtp: Option<&SmtpServer>) -> Server {
    common::start_with_mail(smtp).await
}

fn is_postgres(s: &Server) -> bool {
    s.database_url.starts_with("postgres")
}

async fn exec(s: &Server, sql: &str) {
    sqlx::query(sql).execute(&s.pool).await.unwrap();
}

async fn count(s: &Server, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&s.pool).await.unwrap()
}

/// Every table of the schema with its text columns.
async fn text_columns(s: &Server) -> Vec<(String, Vec<String>)> {
    let rows: Vec<(String, String)> = if is_postgres(s) {
        sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying') \
             AND table_name <> '_sqlx_migrations' ORDER BY table_name, column_name",
        )
        .fetch_all(&s.pool)
        .await
        .unwrap()
    } else {
        sqlx::query_as(
            "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations' \
             AND (upper(c.type) LIKE '%TEXT%' OR upper(c.type) LIKE '%CHAR%') \
             ORDER BY m.name, c.name",
        )
        .fetch_all(&s.pool)
        .await
        .unwrap()
    };
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (table, column) in rows {
        match out.last_mut() {
            Some((t, cols)) if *t == table => cols.push(column),
            _ => out.push((table, vec![column])),
        }
    }
    out
}

/// Every (table, column) with a foreign key to `employee`.
async fn employee_references(s: &Server) -> Vec<(String, String)> {
    if is_postgres(s) {
        sqlx::query_as(
            "SELECT kcu.table_name::text, kcu.column_name::text \
             FROM information_schema.table_constraints tc \
             JOIN information_schema.key_column_usage kcu \
               ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema \
             JOIN information_schema.constraint_column_usage ccu \
               ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema \
             WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() \
               AND ccu.table_name = 'employee' ORDER BY 1, 2",
        )
        .fetch_all(&s.pool)
        .await
        .unwrap()
    } else {
        sqlx::query_as(
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table' AND f.\"table\" = 'employee' ORDER BY 1, 2",
        )
        .fetch_all(&s.pool)
        .await
        .unwrap()
    }
}

/// (table, column) pairs whose text holds `needle`.
async fn naming(s: &Server, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (table, columns) in text_columns(s).await {
        for column in columns {
            let n: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM {table} WHERE lower({column}) LIKE $1"
            ))
            .bind(format!("%{}%", needle.to_lowercase()))
            .fetch_one(&s.pool)
            .await
            .unwrap();
            if n > 0 {
                found.push(format!("{table}.{column} ({n})"));
            }
        }
    }
    found
}

/// Rows of each table that reference the employee by a foreign key.
async fn referencing(s: &Server, employee_id: i64) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for (table, column) in employee_references(s).await {
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"))
                .bind(employee_id)
                .fetch_one(&s.pool)
                .await
                .unwrap();
        out.push((format!("{table}.{column}"), n));
    }
    out
}

/// Ada goes through the guide on her iPhone, gets stuck and writes to the helpdesk, is sent a
/// reminder, is listed by Entra, is Bob's manager and named in his digest, and has her data
/// exported: a row that names her in every table that can.
async fn ada_everywhere(s: &Server, smtp: &SmtpServer) -> (tenants::Tenant, i64, String) {
    let rows = vec![
        common::employee("ada@acme.example".into(), "Ada Quartermain".into()),
        app::domain::roster::EmployeeRow {
            manager: Some("ada@acme.example".into()),
            ..common::employee("bob@acme.example".into(), "Bob Other".into())
        },
    ];
    let tenant = s.tenant_with_roster("acme", &rows).await;
    exec(
        s,
        "UPDATE tenant_branding SET support_email = 'helpdesk@acme.example'",
    )
    .await;
    exec(
        s,
        "UPDATE employee SET object_id = 'obj-ada-7c1f' WHERE email = 'ada@acme.example'",
    )
    .await;
    tenants::changed();
    let ada = employees::all(&s.pool, tenant.id)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.email == "ada@acme.example")
        .unwrap();

    // Her journey over HTTP: link, a step, stuck, a report to the helpdesk.
    let c = client();
    let open = |path: String| {
        let c = c.clone();
        let url = s.url(&path);
        async move {
            c.get(url)
                .header("user-agent", IPHONE)
                .send()
                .await
                .unwrap()
        }
    };
    open(s.personal_link("acme", &ada.reference)).await;
    open(format!("/t/acme/guide/{FLOW}/step/2")).await;
    open(format!("/t/acme/guide/{FLOW}/step/2/stuck")).await;
    let res = c
        .post(s.url("/t/acme/journey/diagnostic"))
        .header("user-agent", IPHONE)
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("flow", FLOW),
            ("step", "2"),
            ("symptom", "something-else"),
            ("note", "Ada here: nothing happens"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    smtp.wait_for(1).await;
    // Page views reach the database through the batched writer.
    for _ in 0..200 {
        if count(
            s,
            &format!(
                "SELECT COUNT(*) FROM guide_event WHERE employee_id = {} AND kind = 'step-viewed'",
                ada.id
            ),
        )
        .await
            > 0
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // A reminder, Entra's word, and Bob's digest that names her.
    let now = now_ms();
    exec(
        s,
        &format!(
            "INSERT INTO outbox (tenant_id, employee_id, kind, dedupe_key, recipient, subject, body_text, \
             created_at_ms, next_attempt_at_ms, sent_at_ms) VALUES ({t}, {id}, 'reminder', 'r:ada', \
             'ada@acme.example', 'Reminder', 'Hello Ada Quartermain', {now}, {now}, {now})",
            t = tenant.id,
            id = ada.id
        ),
    )
    .await;
    let outbox_id = count(s, "SELECT id FROM outbox WHERE dedupe_key = 'r:ada'").await;
    exec(
        s,
        &format!(
            "INSERT INTO reminder (tenant_id, employee_id, offset_days, state, decided_at_ms, outbox_id) \
             VALUES ({t}, {id}, 7, 'queued', {now}, {outbox_id})",
            t = tenant.id,
            id = ada.id
        ),
    )
    .await;
    exec(
        s,
        &format!(
            "INSERT INTO outbox (tenant_id, kind, dedupe_key, recipient, subject, body_text, \
             created_at_ms, next_attempt_at_ms) VALUES ({t}, 'manager-digest', 'd:chief', \
             'chief@acme.example', 'Your team', '- Ada Quartermain (stuck)', {now}, {now})",
            t = tenant.id
        ),
    )
    .await;
    exec(
        s,
        &format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms, object_id) \
             VALUES ({t}, 'ada@acme.example', FALSE, 'mobilePhone', 'graph', {now}, 'obj-ada-7c1f')",
            t = tenant.id
        ),
    )
    .await;
    privacy::export(&s.pool, &tenant, &ada.reference, &Actor::cli(), now)
        .await
        .unwrap()
        .unwrap();
    (tenant, ada.id, ada.reference)
}

/// The erasure test: derives the tables from the schema. Before, every table with a foreign
/// key to `employee` holds a row of Ada's (else this test's seed must grow with the schema);
/// after, no table references her and no text column holds her address, name, reference or
/// object id. Bob keeps his rows; his manager is forgotten.
#[tokio::test]
async fn erasing_an_employee_removes_them_from_every_table() {
    let smtp = SmtpServer::start().await;
    let s = server(Some(&smtp)).await;
    let (tenant, ada, reference) = ada_everywhere(&s, &smtp).await;
    let needles = [
        "ada@acme.example",
        "Ada Quartermain",
        reference.as_str(),
        "obj-ada-7c1f",
    ];

    let before = referencing(&s, ada).await;
    assert!(
        before.len() >= 6,
        "foreign keys to employee read from the schema: {before:?}"
    );
    for (column, n) in &before {
        assert!(
            *n > 0,
            "{column} references employees but the seed put none of Ada's rows there: \
             extend ada_everywhere so erasure is tested on it"
        );
    }
    let named = naming(&s, "ada@acme.example").await;
    for place in [
        "employee.email",
        "outbox.recipient",
        "registration_status.upn",
    ] {
        assert!(
            named.iter().any(|n| n.starts_with(place)),
            "{place} in {named:?}"
        );
    }
    assert!(
        !naming(&s, &reference).await.is_empty(),
        "the export's audit line"
    );
    let bob_rows = count(
        &s,
        "SELECT COUNT(*) FROM employee WHERE email = 'bob@acme.example'",
    )
    .await;

    assert!(
        privacy::erase(&s.pool, &tenant, &reference, &Actor::cli())
            .await
            .unwrap()
    );

    for (column, n) in referencing(&s, ada).await {
        assert_eq!(n, 0, "{column} still references the erased employee");
    }
    for needle in needles {
        assert_eq!(
            naming(&s, needle).await,
            Vec::<String>::new(),
            "{needle:?} is still stored"
        );
    }
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE email = 'bob@acme.example' AND manager IS NULL"
        )
        .await,
        bob_rows,
        "Bob stays, without the manager who was erased"
    );
    let (action, after): (String, String) =
        sqlx::query_as("SELECT action, after_json FROM audit_log WHERE action = 'employee-erased'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_eq!(action, "employee-erased");
    assert!(after.contains("\"rows\""), "{after}");
    // Cannot be undone, and a second erasure finds no one.
    assert!(
        !privacy::erase(&s.pool, &tenant, &reference, &Actor::cli())
            .await
            .unwrap()
    );
}

/// The export holds every table that references an employee (read from the schema), with her
/// journey, and no signed tokens.
#[tokio::test]
async fn the_export_holds_every_table_that_names_the_employee() {
    let smtp = SmtpServer::start().await;
    let s = server(Some(&smtp)).await;
    let (tenant, _, reference) = ada_everywhere(&s, &smtp).await;
    let doc = privacy::export(&s.pool, &tenant, &reference, &Actor::cli(), now_ms())
        .await
        .unwrap()
        .unwrap();
    let data = doc["data"].as_object().unwrap();
    for (table, _) in employee_references(&s).await {
        let rows = data
            .get(&table)
            .unwrap_or_else(|| panic!("{table} missing from the export"));
        assert!(
            rows.as_array().is_none_or(|a| !a.is_empty()) && !rows.is_null(),
            "{table} is empty in the export"
        );
    }
    assert_eq!(data["employee"]["email"], "ada@acme.example");
    assert_eq!(data["registration_status"][0]["has_passkey"], false);
    assert!(
        data["journey_event"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "stuck")
    );
    assert!(
        data["diagnostic"][0]["note"]
            .as_str()
            .unwrap()
            .contains("nothing happens")
    );
    let text = doc.to_string();
    assert!(!text.contains("dedupe_key") && !text.contains("unsubscribe_url"));
    assert_eq!(doc["retention"]["days"], 180);
    assert!(
        doc["retention"]["expires"].is_null(),
        "neither registered nor left"
    );
}

/// The daily run, with the clock passed in: a leaver is erased once the period after leaving
/// is over; a registered employee's step-by-step data goes once the period after registering
/// is over, keeping the roster entry and stage dates; someone still in the rollout keeps all.
#[tokio::test]
async fn retention_trims_the_registered_and_erases_leavers_after_the_period() {
    let s = server(None).await;
    let rows: Vec<_> = ["reg", "left", "busy"]
        .iter()
        .map(|n| common::employee(format!("{n}@acme.example"), format!("Person {n}")))
        .collect();
    let tenant = s.tenant_with_roster("acme", &rows).await;
    let all = employees::all(&s.pool, tenant.id).await.unwrap();
    let id = |n: &str| all.iter().find(|e| e.email.starts_with(n)).unwrap().id;
    // Each opens the guide through their link and views a step.
    for e in &all {
        let c = client();
        for path in [
            s.personal_link("acme", &e.reference),
            format!("/t/acme/guide/{FLOW}/step/2"),
        ] {
            c.get(s.url(&path))
                .header("user-agent", IPHONE)
                .send()
                .await
                .unwrap();
        }
    }
    let events = |who: i64| {
        let s = &s;
        async move {
            count(
                s,
                &format!("SELECT COUNT(*) FROM journey_event WHERE employee_id = {who}"),
            )
            .await
        }
    };
    for _ in 0..200 {
        if events(id("busy")).await >= 2 && events(id("reg")).await >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let now = now_ms();
    exec(
        &s,
        &format!(
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms, passkey_since_ms) \
             VALUES ({}, 'reg@acme.example', TRUE, 'passKeyDeviceBound', 'graph', {now}, {})",
            tenant.id,
            now - 10 * DAY_MS
        ),
    )
    .await;
    exec(
        &s,
        &format!(
            "UPDATE employee SET left_at_ms = {}, left_reason = 'not-in-groups' WHERE id = {}",
            now - 181 * DAY_MS,
            id("left")
        ),
    )
    .await;

    let first = privacy::apply_retention(&s.pool, &tenant, now, false)
        .await
        .unwrap()
        .expect("never ran: due");
    assert_eq!((first.erased, first.trimmed), (1, 0));
    assert_eq!(
        count(
            &s,
            &format!("SELECT COUNT(*) FROM employee WHERE id = {}", id("left"))
        )
        .await,
        0
    );
    assert!(events(id("reg")).await > 0, "registered 10 days ago: kept");
    assert!(
        privacy::apply_retention(&s.pool, &tenant, now + DAY_MS - 1, false)
            .await
            .unwrap()
            .is_none(),
        "once a day"
    );

    // 171 days later the registered employee passed 180 days.
    let later = now + 171 * DAY_MS;
    let second = privacy::apply_retention(&s.pool, &tenant, later, false)
        .await
        .unwrap()
        .expect("a day later: due");
    assert_eq!((second.erased, second.trimmed), (0, 1));
    assert_eq!(events(id("reg")).await, 0, "step-by-step data gone");
    let (stage, platform): (String, Option<String>) =
        sqlx::query_as("SELECT stage, platform FROM journey_progress WHERE employee_id = $1")
            .bind(id("reg"))
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_ne!(stage, "", "stage dates stay");
    assert_eq!(platform, None, "the device goes");
    assert_eq!(
        count(
            &s,
            &format!(
                "SELECT COUNT(*) FROM guide_event WHERE employee_id = {}",
                id("reg")
            )
        )
        .await,
        0,
        "page views stay only as anonymous statistics"
    );
    assert!(
        count(
            &s,
            "SELECT COUNT(*) FROM guide_event WHERE employee_id IS NULL"
        )
        .await
            > 0
    );
    assert!(events(id("busy")).await >= 2, "still in the rollout: kept");
    assert_eq!(
        count(
            &s,
            "SELECT COUNT(*) FROM employee WHERE email = 'reg@acme.example'"
        )
        .await,
        1,
        "the roster entry stays"
    );

    // A shorter period set by the owner applies from the next run.
    privacy::set_retention(&s.pool, &tenant, Retention::new(30).unwrap(), &Actor::cli())
        .await
        .unwrap();
    let t = tenants::by_slug(&s.pool, "acme").await.unwrap().unwrap();
    assert_eq!(t.retention.days(), 30);
}

/// The console: an owner sets the period (a bad one is refused and saves nothing), exports
/// and erases after typing the address (a wrong one erases nothing); a helpdesk account
/// exports but cannot erase or set the period; the employees' privacy page names the period.
#[tokio::test]
async fn owners_erase_and_set_the_period_helpdesk_exports_in_the_console() {
    let smtp = SmtpServer::start().await;
    let s = server(Some(&smtp)).await;
    let (tenant, ada, reference) = ada_everywhere(&s, &smtp).await;
    s.admin("acme", "owner@acme.example", Role::Owner).await;
    s.admin("acme", "help@acme.example", Role::Helpdesk).await;
    let page = format!("/admin/t/acme/employees/{reference}");

    let (help, _) = s.sign_in("help@acme.example").await;
    let body = help
        .get(s.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&body);
    assert!(body.contains("/export\""), "helpdesk sees the export");
    assert!(
        !body.contains("/erase\""),
        "helpdesk is not offered erasure"
    );
    let res = help
        .post(s.url(&format!("{page}/export")))
        .header("origin", s.base.as_str())
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let doc: serde_json::Value = res.json().await.unwrap();
    assert_eq!(doc["data"]["employee"]["display_name"], "Ada Quartermain");
    let res = help
        .post(s.url(&format!("{page}/erase")))
        .header("origin", s.base.as_str())
        .form(&[("csrf", csrf.as_str()), ("confirm", "ada@acme.example")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    let (owner, csrf) = s.sign_in("owner@acme.example").await;
    let post = |path: &str, form: Vec<(&'static str, String)>| {
        owner
            .post(s.url(path))
            .header("origin", s.base.as_str())
            .form(&form)
            .send()
    };
    let res = post(
        "/admin/t/acme/roster/retention",
        vec![("csrf", csrf.clone()), ("days", "0".into())],
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("1 to 3650 days"));
    let res = post(
        "/admin/t/acme/roster/retention",
        vec![("csrf", csrf.clone()), ("days", "90".into())],
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let privacy_page = s.get("/t/acme/privacy", &[]).await.text().await.unwrap();
    assert!(
        privacy_page.contains("data-retention-days=\"90\""),
        "{privacy_page}"
    );
    assert!(privacy_page.contains("90 days"));

    let res = post(
        &format!("{page}/erase"),
        vec![
            ("csrf", csrf.clone()),
            ("confirm", "someone@else.example".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .contains("erase=mismatch")
    );
    assert_eq!(
        count(
            &s,
            &format!("SELECT COUNT(*) FROM employee WHERE id = {ada}")
        )
        .await,
        1,
        "nothing erased"
    );
    let res = post(
        &format!("{page}/erase"),
        vec![
            ("csrf", csrf.clone()),
            ("confirm", " ADA@acme.example ".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &s,
            &format!("SELECT COUNT(*) FROM employee WHERE id = {ada}")
        )
        .await,
        0
    );
    let roster = owner
        .get(s.url("/admin/t/acme/roster?done=erased"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(roster.contains("was erased"));
    assert_eq!(
        owner.get(s.url(&page)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE tenant_id = $1 ORDER BY id")
            .bind(tenant.id)
            .fetch_all(&s.pool)
            .await
            .unwrap();
    for a in ["employee-exported", "retention-saved", "employee-erased"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
}
