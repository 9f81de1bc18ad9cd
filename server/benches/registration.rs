//! Importing the registration status of 100,000 users (the portal CSV export): parsing plus
//! the upsert into `registration_status`, first into an empty table and then again over the
//! same rows. Baseline in the same run: inserting the same rows into a plain table with no key
//! and no upsert, the floor for any write of this size on this disk.

use app::domain::registration::parse_csv;
use passkey_guide::store::{self as db, registration, tenants};
use sqlx::QueryBuilder;
use std::time::Instant;

const USERS: usize = 100_000;

fn csv() -> String {
    let mut s = String::from("\u{feff}User principal name,User display name,Methods registered\n");
    for i in 0..USERS {
        let methods = if i % 3 == 0 {
            "\"microsoftAuthenticatorPush, passKeyDeviceBoundAuthenticator\""
        } else {
            "\"microsoftAuthenticatorPush, mobilePhone\""
        };
        s.push_str(&format!("user{i:06}@contoso.example,User {i},{methods}\n"));
    }
    s
}

#[tokio::main]
async fn main() {
    let text = csv();
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let pool = db::connect(&url).await.unwrap();
    let tenant = tenants::create(&pool, "bench", "Bench").await.unwrap();

    let t = Instant::now();
    let parsed = parse_csv(text.as_bytes()).unwrap();
    let parse = t.elapsed().as_secs_f64();
    assert_eq!(parsed.registrations.len(), USERS);

    sqlx::query("CREATE TABLE plain (upn TEXT, has_passkey BOOLEAN, methods TEXT)")
        .execute(&pool)
        .await
        .unwrap();
    let t = Instant::now();
    let mut tx = pool.begin().await.unwrap();
    for chunk in parsed.registrations.chunks(500) {
        let mut q = QueryBuilder::new("INSERT INTO plain (upn, has_passkey, methods) ");
        q.push_values(chunk, |mut row, r| {
            row.push_bind(&r.upn)
                .push_bind(r.has_passkey())
                .push_bind(r.methods.join(","));
        });
        q.build().execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
    let baseline = t.elapsed().as_secs_f64();

    let t = Instant::now();
    registration::store(&pool, tenant.id, "csv", &parsed.registrations)
        .await
        .unwrap();
    let first = t.elapsed().as_secs_f64();
    let t = Instant::now();
    registration::store(&pool, tenant.id, "csv", &parsed.registrations)
        .await
        .unwrap();
    let again = t.elapsed().as_secs_f64();
    let (rows, with): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), SUM(has_passkey) FROM registration_status WHERE tenant_id = $1",
    )
    .bind(tenant.id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((rows as usize, with as usize), (USERS, USERS.div_ceil(3)));
    println!(
        "users                        {USERS} ({} MB CSV)",
        text.len() / 1_000_000
    );
    println!("parse CSV                    {parse:.3} s");
    println!("baseline: plain insert       {baseline:.3} s");
    println!(
        "store, empty table           {first:.3} s ({:.1}x baseline)",
        first / baseline
    );
    println!(
        "store again, same rows       {again:.3} s ({:.1}x baseline)",
        again / baseline
    );
}
