//! The rollout dashboard's queries. Everything is counted per employee from `employee`,
//! `journey_progress` (one row per person who opened their link) and `registration_status`;
//! the figures are added up by `app::domain::figures`, the rules (stages, reasons, minimum
//! versions, local days) come from `app::domain::dashboard`.

use super::{Db, flag_opt};
use crate::error::ServerError;
use app::domain::dashboard::{BUCKET_MS, DayRange, EntraFacts};
use app::domain::figures::{Group, StuckRow};
use app::domain::journey::Stage;
use sqlx::Row;

/// The employees of a tenant, optionally of one department, with their progress and status.
const PEOPLE: &str = "FROM employee e \
     LEFT JOIN journey_progress p ON p.employee_id = e.id \
     LEFT JOIN registration_status s ON s.tenant_id = e.tenant_id AND s.upn = e.upn \
     WHERE e.tenant_id = $1 AND e.left_at_ms IS NULL AND ($2 = '' OR e.department = $2)";

/// A progress row's stage; no row means the link was never opened.
fn stage(id: Option<&str>) -> Stage {
    id.and_then(Stage::from_id).unwrap_or(Stage::NotOpened)
}

/// The roster grouped by stage, device and status, with the milestones reached in
/// `[from, to)`. The per-employee scan is the long pole: it runs in slices of the roster, one
/// per CPU (the groups of the slices add up), each on its own connection: SQLite in WAL mode
/// reads concurrently.
pub async fn groups(
    db: &Db,
    tenant_id: i64,
    department: &str,
    from: i64,
    to: i64,
) -> Result<Vec<Group>, ServerError> {
    let slices = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4) as i64;
    let groups_query = format!(
        "SELECT p.stage, CASE WHEN p.stuck_flow IS NULL THEN 0 ELSE 1 END AS stuck, p.platform, p.os_version, \
                p.browser, p.in_app, CAST(s.has_passkey AS INTEGER) AS has_passkey, \
                CAST(s.is_mfa_registered AS INTEGER) AS mfa, CAST(s.is_admin AS INTEGER) AS admin, \
                lower(s.user_type) AS user_type, COUNT(*) AS n, \
                SUM(CASE WHEN e.announced_at_ms >= $3 AND e.announced_at_ms < $4 THEN 1 ELSE 0 END) AS announced, \
                SUM(CASE WHEN p.opened_at_ms >= $3 AND p.opened_at_ms < $4 THEN 1 ELSE 0 END) AS opened, \
                SUM(CASE WHEN p.started_at_ms >= $3 AND p.started_at_ms < $4 THEN 1 ELSE 0 END) AS started, \
                SUM(CASE WHEN p.handed_off_at_ms >= $3 AND p.handed_off_at_ms < $4 THEN 1 ELSE 0 END) AS handed_off, \
                SUM(CASE WHEN p.signed_in_at_ms >= $3 AND p.signed_in_at_ms < $4 THEN 1 ELSE 0 END) AS signed_in, \
                SUM(CASE WHEN s.has_passkey AND s.passkey_since_ms >= $3 AND s.passkey_since_ms < $4 THEN 1 ELSE 0 END) AS registered, \
                SUM(CASE WHEN e.passkey_signin_first_ms >= $3 AND e.passkey_signin_first_ms < $4 THEN 1 ELSE 0 END) AS passkey_sign_in \
         {PEOPLE} AND e.id % $5 = $6 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
    );
    let mut scans = tokio::task::JoinSet::new();
    for slice in 0..slices {
        let (db, sql, department) = (db.clone(), groups_query.clone(), department.to_owned());
        scans.spawn(async move {
            sqlx::query(&sql)
                .bind(tenant_id)
                .bind(department)
                .bind(from)
                .bind(to)
                .bind(slices)
                .bind(slice)
                .fetch_all(&db)
                .await
        });
    }
    let mut out = Vec::new();
    while let Some(slice) = scans.join_next().await {
        let rows = slice.map_err(|e| ServerError::Internal(format!("dashboard query: {e}")))??;
        for g in &rows {
            out.push(group(g)?);
        }
    }
    Ok(out)
}

fn group(g: &super::DbRow) -> Result<Group, sqlx::Error> {
    let count = |c: &str| -> Result<u64, sqlx::Error> {
        Ok(u64::try_from(g.try_get::<Option<i64>, _>(c)?.unwrap_or(0)).unwrap_or(0))
    };
    Ok(Group {
        stage: stage(g.try_get::<Option<String>, _>("stage")?.as_deref()),
        stuck: flag_opt(g, "stuck")?.unwrap_or(false),
        platform: g.try_get("platform")?,
        os_version: g.try_get("os_version")?,
        browser: g.try_get("browser")?,
        in_app: g.try_get("in_app")?,
        registered: flag_opt(g, "has_passkey")?,
        facts: EntraFacts::from_flags(
            flag_opt(g, "mfa")?,
            flag_opt(g, "admin")?,
            g.try_get::<Option<String>, _>("user_type")?.as_deref(),
        ),
        employees: count("n")?,
        announced: count("announced")?,
        opened: count("opened")?,
        started: count("started")?,
        handed_off: count("handed_off")?,
        signed_in: count("signed_in")?,
        registered_in_range: count("registered")?,
        passkey_sign_in: count("passkey_sign_in")?,
    })
}

/// Where people report being stuck: step and symptom, by how many employees.
pub async fn stuck_steps(
    db: &Db,
    tenant_id: i64,
    department: &str,
    from: i64,
    to: i64,
) -> Result<Vec<StuckRow>, ServerError> {
    let rows = sqlx::query(
        "SELECT j.flow_id, j.step, j.detail, COUNT(DISTINCT j.employee_id) AS n \
         FROM journey_event j JOIN employee e ON e.id = j.employee_id \
         WHERE j.tenant_id = $1 AND j.kind IN ('stuck', 'diagnostic-sent') AND j.flow_id <> '' \
           AND ($2 = '' OR e.department = $2) AND j.last_at_ms >= $3 AND j.first_at_ms < $4 \
         GROUP BY j.flow_id, j.step, j.detail ORDER BY n DESC, j.flow_id, j.step, j.detail LIMIT 20",
    )
    .bind(tenant_id)
    .bind(department)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await?;
    // Opening the list of causes (no symptom) and sending a report (naming one) are separate
    // rows, so one person can count under both.
    rows.iter()
        .map(|r| {
            Ok(StuckRow {
                flow: r.try_get("flow_id")?,
                step: u16::try_from(r.try_get::<i64, _>("step")?).unwrap_or(0),
                symptom: r.try_get("detail")?,
                employees: u64::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Quarter-hour counts of a query over the range.
async fn buckets(
    db: &Db,
    sql: &str,
    tenant_id: i64,
    department: &str,
    range: &DayRange,
) -> Result<Vec<(i64, u64)>, ServerError> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(sql)
        .bind(tenant_id)
        .bind(department)
        .bind(range.from_ms)
        .bind(range.to_ms)
        .bind(BUCKET_MS)
        .fetch_all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(b, n)| (b, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// Quarter-hour buckets of what happened in the range.
#[derive(Debug, Clone, Default)]
pub struct DayBuckets {
    pub registered: Vec<(i64, u64)>,
    pub announced: Vec<(i64, u64)>,
    pub reminders: Vec<(i64, u64)>,
}

/// Passkeys first seen, announcements and reminders sent, by quarter hour.
pub async fn day_buckets(
    db: &Db,
    tenant_id: i64,
    department: &str,
    range: &DayRange,
) -> Result<DayBuckets, ServerError> {
    let registered = buckets(
        db,
        "SELECT s.passkey_since_ms / $5, COUNT(*) FROM registration_status s \
         JOIN employee e ON e.tenant_id = s.tenant_id AND e.upn = s.upn AND e.left_at_ms IS NULL \
         WHERE s.tenant_id = $1 AND ($2 = '' OR e.department = $2) AND s.has_passkey \
           AND s.passkey_since_ms >= $3 AND s.passkey_since_ms < $4 GROUP BY 1",
        tenant_id,
        department,
        range,
    );
    let sent = |kind: &str| {
        format!(
            "SELECT o.sent_at_ms / $5, COUNT(*) FROM outbox o JOIN employee e ON e.id = o.employee_id \
             WHERE o.tenant_id = $1 AND ($2 = '' OR e.department = $2) AND o.kind = '{kind}' \
               AND o.sent_at_ms >= $3 AND o.sent_at_ms < $4 GROUP BY 1"
        )
    };
    let (announced_sql, reminder_sql) = (sent("announcement"), sent("reminder"));
    let (registered, announced, reminders) = tokio::try_join!(
        registered,
        buckets(db, &announced_sql, tenant_id, department, range),
        buckets(db, &reminder_sql, tenant_id, department, range),
    )?;
    Ok(DayBuckets {
        registered,
        announced,
        reminders,
    })
}

/// When Entra's status was last learned (latest import or sync), and the last sync's error.
pub async fn status(db: &Db, tenant_id: i64) -> Result<(Option<i64>, Option<String>), ServerError> {
    let learned: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(learned_at_ms) FROM registration_status WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_one(db)
    .await?;
    let error: Option<String> =
        sqlx::query_scalar("SELECT last_error FROM registration_sync WHERE tenant_id = $1")
            .bind(tenant_id)
            .fetch_optional(db)
            .await?
            .flatten();
    Ok((learned, error))
}

/// An employee without a passkey, as the stragglers list needs them.
#[derive(Debug, Clone)]
pub struct Unregistered {
    pub reference: String,
    pub name: String,
    pub email: String,
    pub department: Option<String>,
    pub manager: Option<String>,
    pub stage: Stage,
    pub stuck_flow: Option<String>,
    pub stuck_step: Option<i64>,
    pub stuck_symptom: Option<String>,
    pub platform: Option<String>,
    pub os_version: Option<String>,
    pub last_seen_ms: Option<i64>,
    pub registered: Option<bool>,
    pub facts: EntraFacts,
}

/// Every employee (of one department, or all) Entra does not list with a passkey, by name.
pub async fn unregistered(
    db: &Db,
    tenant_id: i64,
    department: &str,
) -> Result<Vec<Unregistered>, ServerError> {
    let rows = sqlx::query(&format!(
        "SELECT e.ref, e.display_name, e.email, e.department, e.manager, p.stage, p.stuck_flow, \
                p.stuck_step, p.stuck_symptom, p.platform, p.os_version, p.last_seen_ms, \
                CAST(s.has_passkey AS INTEGER) AS has_passkey, \
                CAST(s.is_mfa_registered AS INTEGER) AS mfa, CAST(s.is_admin AS INTEGER) AS admin, \
                s.user_type \
         {PEOPLE} AND COALESCE(s.has_passkey, FALSE) = FALSE \
         ORDER BY e.display_name, e.email"
    ))
    .bind(tenant_id)
    .bind(department.trim())
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Unregistered {
                reference: r.try_get("ref")?,
                name: r.try_get("display_name")?,
                email: r.try_get("email")?,
                department: r.try_get("department")?,
                manager: r.try_get("manager")?,
                stage: stage(r.try_get::<Option<String>, _>("stage")?.as_deref()),
                stuck_flow: r.try_get("stuck_flow")?,
                stuck_step: r.try_get("stuck_step")?,
                stuck_symptom: r.try_get("stuck_symptom")?,
                platform: r.try_get("platform")?,
                os_version: r.try_get("os_version")?,
                last_seen_ms: r.try_get("last_seen_ms")?,
                registered: flag_opt(r, "has_passkey")?,
                facts: EntraFacts::from_flags(
                    flag_opt(r, "mfa")?,
                    flag_opt(r, "admin")?,
                    r.try_get::<Option<String>, _>("user_type")?.as_deref(),
                ),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}
