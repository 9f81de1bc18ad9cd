//! A new PostgreSQL database for one test, on the cluster `PASSKEY_GUIDE_TEST_POSTGRES` names.
//! Shared by the server tests (`common`) and the schema comparison, which includes this file
//! alone: it needs no server.

use sqlx::Connection as _;

/// Creates an empty `pgtest_…` database (the test script drops them all after its run) and
/// returns its URL. `admin` is a URL of a role that may create databases.
pub async fn new_database(admin: &str) -> String {
    let name = format!("pgtest_{:016x}", rand::random::<u64>());
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .expect("PASSKEY_GUIDE_TEST_POSTGRES must be a reachable PostgreSQL URL");
    sqlx::raw_sql(&format!("CREATE DATABASE {name} STRATEGY = FILE_COPY"))
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let mut url = url::Url::parse(admin).unwrap();
    url.set_path(&name);
    url.to_string()
}
