//! An Entra sync of a 100,000-member rollout group against the local Graph: the group's
//! transitive members (pages of 999), the passkey policy with two profiles (one for a
//! 1,000-member admins group), 100,000 registration details and 50,000 sign-ins. Timed from
//! the token to the last write, first into an empty roster and then again with nothing to
//! change; peak memory is this process's high-water mark (the local Graph runs in a child
//! process, so its copy of the directory does not count).
//!
//! Baseline in the same run: importing the same 100,000 employees from a roster CSV.
//!
//! `cargo bench -p passkey-guide --bench entra_sync`

#[path = "../tests/common/graph.rs"]
mod graph;

/// The server's allocator, so memory is measured as it will be in production.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use passkey_guide::ops::entra::{self, EntraSettings, NewConnection, NewCredential};
use passkey_guide::secrets::DataKeys;
use passkey_guide::store::audit::Actor;
use passkey_guide::store::{self as db, tenants};
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::sync::Arc;
use std::time::{Duration, Instant};

const MEMBERS: u64 = 100_000;
const ADMINS: u64 = 1_000;
const ROLLOUT: &str = "0a7e1c9d-1111-4000-8000-000000000001";
const ADMIN_GROUP: &str = "0a7e1c9d-1111-4000-8000-000000000002";
const DEPARTMENTS: [&str; 8] = [
    "Sales", "IT", "Finance", "HR", "Legal", "Ops", "R&D", "Support",
];

fn upn(i: u64) -> String {
    format!("user{i:06}@contoso.example")
}

/// The child: a local Graph holding the whole directory.
async fn serve_graph() {
    let (_dir, base) = graph::start(|d| {
        d.page_size = 999;
        let now = jiff::Timestamp::now();
        for i in 0..MEMBERS {
            let id = graph::guid(i + 1);
            d.users.insert(
                id.clone(),
                graph::user(&id, &upn(i), &format!("User {i}"), DEPARTMENTS[(i % 8) as usize]),
            );
            let methods = if i % 3 == 0 {
                json!(["microsoftAuthenticatorPush", "passKeyDeviceBoundAuthenticator"])
            } else {
                json!(["microsoftAuthenticatorPush", "mobilePhone"])
            };
            d.registrations.push(json!({"id": id, "userPrincipalName": upn(i), "isAdmin": i < ADMINS,
                "isMfaRegistered": true, "userType": "member", "methodsRegistered": methods}));
            if i % 2 == 0 {
                let at = now - jiff::SignedDuration::from_mins((i % 40_000) as i64);
                let method = if i % 6 == 0 { "Passkey (device-bound)" } else { "Password" };
                d.sign_ins.push(json!({"id": format!("s{i}"), "userId": id,
                    "createdDateTime": at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    "authenticationDetails": [{"authenticationMethod": method, "succeeded": true}]}));
            }
        }
        d.groups.insert(ROLLOUT.into(), (1..=MEMBERS).map(graph::guid).collect());
        d.groups.insert(ADMIN_GROUP.into(), (1..=ADMINS).map(graph::guid).collect());
        d.fido2 = json!({"id": "Fido2", "state": "enabled", "isSelfServiceRegistrationAllowed": true,
            "includeTargets": [
                {"targetType": "group", "id": ROLLOUT, "allowedPasskeyProfiles": ["00000000-0000-0000-0000-000000000001"]},
                {"targetType": "group", "id": ADMIN_GROUP, "allowedPasskeyProfiles": ["7f1c0c5e-2222-4000-8000-000000000002"]}],
            "passkeyProfiles": [
                {"id": "00000000-0000-0000-0000-000000000001", "name": "General staff", "passkeyTypes": "deviceBound,synced",
                 "attestationEnforcement": "disabled", "keyRestrictions": {"isEnforced": false, "enforcementType": "allow", "aaGuids": []}},
                {"id": "7f1c0c5e-2222-4000-8000-000000000002", "name": "Attested admins", "passkeyTypes": "deviceBound",
                 "attestationEnforcement": "registrationOnly",
                 "keyRestrictions": {"isEnforced": true, "enforcementType": "allow",
                    "aaGuids": ["de1e552d-db1d-4423-a619-566b625cdc84", "90a3ccdf-635c-4729-a248-9b709135078f"]}}]});
    })
    .await;
    println!("{base}");
    std::future::pending::<()>().await;
}

/// This process's peak resident memory (VmHWM), in MiB.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--fake-graph") {
        serve_graph().await;
        return;
    }
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .arg("--fake-graph")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut base = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut base)
        .unwrap();
    let base = base.trim().to_owned();

    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let pool = db::connect(&url).await.unwrap();
    let before = peak_mib();

    let settings = EntraSettings {
        keys: Some(Arc::new(
            DataKeys::parse("bench:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=").unwrap(),
        )),
        login_url: base.clone(),
        graph_url: base,
        max_retries: 6,
        max_wait: Duration::from_secs(5),
    };
    let tenant = tenants::create(&pool, "entra", "Entra").await.unwrap();
    entra::connect(
        &pool,
        &settings,
        &tenant,
        NewConnection {
            entra_tenant_id: graph::DIRECTORY.into(),
            client_id: graph::CLIENT_ID.into(),
            credential: NewCredential::Secret(graph::SECRET.into()),
            rollout_groups: vec![ROLLOUT.into()],
            sync_every_minutes: 360,
            usage_days: 30,
            leaver_retention_days: 30,
        },
        &Actor::cli(),
    )
    .await
    .unwrap();
    let t = Instant::now();
    let first = entra::sync(&pool, &settings, &tenant, "bench", false)
        .await
        .unwrap();
    let first_s = t.elapsed().as_secs_f64();
    let after_first = peak_mib();
    assert_eq!(
        (first.outcome(), first.joined),
        ("ok", MEMBERS as usize),
        "{first:?}"
    );
    assert_eq!(first.registrations, Some(MEMBERS as usize));
    let t = Instant::now();
    let again = entra::sync(&pool, &settings, &tenant, "bench", false)
        .await
        .unwrap();
    let again_s = t.elapsed().as_secs_f64();
    assert_eq!(again.unchanged, MEMBERS as usize, "{again:?}");
    let after_again = peak_mib();
    // Baseline: the same roster from a CSV file.
    let csv_tenant = tenants::create(&pool, "csv", "CSV").await.unwrap();
    let mut csv = String::from("email,name,department,language\n");
    for i in 0..MEMBERS {
        csv.push_str(&format!(
            "{},User {i},{},en\n",
            upn(i),
            DEPARTMENTS[(i % 8) as usize]
        ));
    }
    let t = Instant::now();
    passkey_guide::ops::roster::import(
        &pool,
        &csv_tenant,
        csv.as_bytes(),
        &Actor::cli(),
        None,
        |_| {},
        |_| {},
    )
    .await
    .unwrap();
    let baseline = t.elapsed().as_secs_f64();
    drop(csv);
    let after_csv = peak_mib();

    let _ = child.kill();
    let _ = child.wait();

    println!("roster CSV import of {MEMBERS} employees (baseline): {baseline:.2} s");
    println!(
        "Entra sync, first ({} joined, {} registrations, {} passkey users): {first_s:.2} s ({:.1}× the CSV import)",
        first.joined,
        first.registrations.unwrap_or(0),
        first.passkey_signins.unwrap_or(0),
        first_s / baseline
    );
    println!(
        "Entra sync again (nothing to change): {again_s:.2} s ({:.1}×)",
        again_s / baseline
    );
    println!(
        "peak memory (VmHWM): {before:.0} MiB at start, {after_first:.0} MiB after the first sync \
         (goal ≤ 256 MiB), {after_again:.0} MiB after the second, {after_csv:.0} MiB after the CSV import"
    );
}
