//! The rollout dashboard's queries. Everything is counted per employee from `employee`,
//! `journey_progress` (one row per person who opened their link) and `registration_status`;
//! the rules (stages, reasons, minimum versions, local days) come from
//! `app::domain::dashboard`.

use crate::db::Db;
use crate::error::ServerError;
use crate::tenants::Tenant;
use app::admin::{
    DashboardFilter, DashboardView, DayRow, Message, PlatformRow, StragglerRow, StuckRow,
};
use app::domain::Catalogue;
use app::domain::dashboard::{
    BUCKET_MS, DayRange, FUNNEL, RangeError, Standing, Straggler, below_minimum, classify,
    day_range, per_day,
};
use app::domain::journey::Stage;
use jiff::tz::TimeZone;
use sqlx::Row;
use std::collections::{BTreeMap, HashMap};

/// The employees of a tenant, optionally of one department, with their progress and status.
const PEOPLE: &str = "FROM employee e \
     LEFT JOIN journey_progress p ON p.employee_id = e.id \
     LEFT JOIN registration_status s ON s.tenant_id = e.tenant_id AND s.upn = e.email \
     WHERE e.tenant_id = $1 AND ($2 = '' OR e.department = $2)";

/// A progress row's stage; no row means the link was never opened.
fn stage(id: Option<&str>) -> Stage {
    id.and_then(Stage::from_id).unwrap_or(Stage::NotOpened)
}

/// Remembers which (platform, version) pairs are below a minimum under the tenant's policy.
struct Minimums<'t> {
    tenant: &'t Tenant,
    known: HashMap<(String, Option<String>), bool>,
}

impl Minimums<'_> {
    fn below(&mut self, platform: Option<&str>, os: Option<&str>) -> bool {
        let Some(platform) = platform else {
            return false;
        };
        let key = (platform.to_owned(), os.map(str::to_owned));
        let tenant = self.tenant;
        *self
            .known
            .entry(key)
            .or_insert_with(|| below_minimum(Catalogue::embedded(), &tenant.policy, platform, os))
    }
}

pub async fn departments(db: &Db, tenant_id: i64) -> Result<Vec<String>, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT department FROM employee \
         WHERE tenant_id = $1 AND department IS NOT NULL AND department <> '' ORDER BY department",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?)
}

/// The tenant's time zone: the one its reminders use.
pub async fn time_zone(db: &Db, tenant_id: i64) -> Result<TimeZone, ServerError> {
    Ok(crate::reminders::settings(db, tenant_id).await?.1.time_zone)
}

fn range_message(e: RangeError) -> Message {
    match e {
        RangeError::NotADate("from") => Message::new("dashboard-error-from"),
        RangeError::NotADate(_) => Message::new("dashboard-error-to"),
        RangeError::Reversed => Message::new("dashboard-error-reversed"),
        RangeError::TooLong => Message::with(
            "dashboard-error-too-long",
            vec![("days", app::domain::dashboard::MAX_DAYS.to_string())],
        ),
    }
}

/// Everything the dashboard shows, for this filter. An invalid date range is reported and the
/// default window used instead, so the page still answers.
pub async fn load(
    db: &Db,
    tenant: &Tenant,
    filter: DashboardFilter,
    now_ms: i64,
) -> Result<DashboardView, ServerError> {
    let tz = time_zone(db, tenant.id).await?;
    let (range, filtered, error) = match day_range(&filter.from, &filter.to, &tz, now_ms) {
        Ok((r, f)) => (r, f, None),
        Err(e) => {
            let (r, _) = day_range("", "", &tz, now_ms).map_err(|_| ServerError::NotFound)?;
            (r, false, Some(range_message(e)))
        }
    };
    let department = filter.department.trim().to_owned();
    // Counts cover all time unless a range was given; the chart always shows its window.
    let (from, to) = if filtered {
        (range.from_ms, range.to_ms)
    } else {
        (i64::MIN, i64::MAX)
    };

    // The per-employee scan is the long pole. It runs in slices of the roster, one per CPU
    // (the groups of the slices add up), beside the smaller queries, each on its own
    // connection: SQLite in WAL mode reads concurrently.
    let slices = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4) as i64;
    let groups_query = format!(
        "SELECT p.stage, CASE WHEN p.stuck_flow IS NULL THEN 0 ELSE 1 END AS stuck, p.platform, p.os_version, \
                p.browser, p.in_app, CAST(s.has_passkey AS INTEGER) AS has_passkey, COUNT(*) AS n, \
                SUM(CASE WHEN e.announced_at_ms >= $3 AND e.announced_at_ms < $4 THEN 1 ELSE 0 END) AS announced, \
                SUM(CASE WHEN p.opened_at_ms >= $3 AND p.opened_at_ms < $4 THEN 1 ELSE 0 END) AS opened, \
                SUM(CASE WHEN p.started_at_ms >= $3 AND p.started_at_ms < $4 THEN 1 ELSE 0 END) AS started, \
                SUM(CASE WHEN p.handed_off_at_ms >= $3 AND p.handed_off_at_ms < $4 THEN 1 ELSE 0 END) AS handed_off, \
                SUM(CASE WHEN s.has_passkey AND s.passkey_since_ms >= $3 AND s.passkey_since_ms < $4 THEN 1 ELSE 0 END) AS registered \
         {PEOPLE} AND e.id % $5 = $6 GROUP BY 1, 2, 3, 4, 5, 6, 7"
    );
    let mut scans = tokio::task::JoinSet::new();
    for slice in 0..slices {
        let (db, sql, department, tenant_id) = (
            db.clone(),
            groups_query.clone(),
            department.clone(),
            tenant.id,
        );
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
    let (stuck, days, (status_as_of, sync_error), departments) = tokio::try_join!(
        stuck_steps(db, tenant.id, &department, from, to),
        days(db, tenant.id, &department, &range, &tz),
        status(db, tenant.id, &tz),
        departments(db, tenant.id),
    )?;
    let mut groups = Vec::new();
    while let Some(slice) = scans.join_next().await {
        groups.extend(slice.map_err(|e| ServerError::Config(format!("dashboard query: {e}")))??);
    }

    let mut funnel = [0u64; FUNNEL.len()];
    let mut minimums = Minimums {
        tenant,
        known: HashMap::new(),
    };
    let mut platforms: BTreeMap<String, PlatformRow> = BTreeMap::new();
    let mut below: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut browsers: BTreeMap<String, u64> = BTreeMap::new();
    let mut in_app: BTreeMap<String, u64> = BTreeMap::new();
    let mut stragglers: BTreeMap<Straggler, u64> =
        Straggler::ALL.into_iter().map(|k| (k, 0)).collect();
    for g in &groups {
        let count = |c: &str| -> Result<u64, sqlx::Error> {
            Ok(u64::try_from(g.try_get::<Option<i64>, _>(c)?.unwrap_or(0)).unwrap_or(0))
        };
        let n = count("n")?;
        let opened = count("opened")?;
        for (slot, column) in funnel.iter_mut().zip([
            "n",
            "announced",
            "opened",
            "started",
            "handed_off",
            "registered",
        ]) {
            *slot += count(column)?;
        }
        let platform: Option<String> = g.try_get("platform")?;
        let os: Option<String> = g.try_get("os_version")?;
        let stuck = crate::db::flag_opt(g, "stuck")?.unwrap_or(false);
        let registered = crate::db::flag_opt(g, "has_passkey")?;
        let is_below = minimums.below(platform.as_deref(), os.as_deref());
        let standing = Standing {
            registered,
            stage: stage(g.try_get::<Option<String>, _>("stage")?.as_deref()),
            stuck,
            below_minimum: is_below,
        };
        if let Some(k) = classify(&standing) {
            *stragglers.entry(k).or_default() += n;
        }
        // The device mix counts those who opened their link (in the range, if one is given).
        if opened == 0 {
            continue;
        }
        let Some(platform) = platform else { continue };
        let row = platforms
            .entry(platform.clone())
            .or_insert_with(|| PlatformRow {
                platform: platform.clone(),
                ..PlatformRow::default()
            });
        row.employees += opened;
        if stuck {
            row.stuck += opened;
        }
        if registered == Some(true) {
            row.registered += opened;
        }
        if is_below {
            row.below_minimum += opened;
            *below
                .entry((platform.clone(), os.clone().unwrap_or_default()))
                .or_default() += opened;
        }
        *browsers
            .entry(
                g.try_get::<Option<String>, _>("browser")?
                    .unwrap_or_default(),
            )
            .or_default() += opened;
        if let Some(app) = g.try_get::<Option<String>, _>("in_app")? {
            *in_app.entry(app).or_default() += opened;
        }
    }

    let by_count = |m: BTreeMap<String, u64>| {
        let mut v: Vec<(String, u64)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let mut platforms: Vec<PlatformRow> = platforms.into_values().collect();
    platforms.sort_by(|a, b| {
        b.employees
            .cmp(&a.employees)
            .then_with(|| a.platform.cmp(&b.platform))
    });
    let mut below: Vec<(String, String, u64)> =
        below.into_iter().map(|((p, os), n)| (p, os, n)).collect();
    below.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));

    Ok(DashboardView {
        slug: tenant.slug.clone(),
        departments,
        filter,
        error,
        first_day: range.first.to_string(),
        last_day: range.last.to_string(),
        filtered,
        time_zone: tz.iana_name().unwrap_or("UTC").to_owned(),
        funnel: funnel.to_vec(),
        platforms,
        below_minimum: below,
        browsers: by_count(browsers),
        in_app: by_count(in_app),
        stuck,
        days,
        stragglers: stragglers.into_iter().collect(),
        status_as_of,
        sync_error,
    })
}

/// Where people report being stuck: step and symptom, by how many employees.
async fn stuck_steps(
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

/// Quarter-hour counts of a query over `[from, to)`.
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

async fn days(
    db: &Db,
    tenant_id: i64,
    department: &str,
    range: &DayRange,
    tz: &TimeZone,
) -> Result<Vec<DayRow>, ServerError> {
    let registered = buckets(
        db,
        "SELECT s.passkey_since_ms / $5, COUNT(*) FROM registration_status s \
         JOIN employee e ON e.tenant_id = s.tenant_id AND e.email = s.upn \
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
    let (a, r) = (
        per_day(&announced, range, tz),
        per_day(&reminders, range, tz),
    );
    Ok(per_day(&registered, range, tz)
        .into_iter()
        .zip(a.into_iter().zip(r))
        .map(
            |((date, registered), ((_, announced), (_, reminders)))| DayRow {
                date: date.to_string(),
                registered,
                announced,
                reminders,
            },
        )
        .collect())
}

/// When Entra's status was last learned (latest import or sync) and the last sync's error.
async fn status(
    db: &Db,
    tenant_id: i64,
    tz: &TimeZone,
) -> Result<(Option<String>, Option<String>), ServerError> {
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
    Ok((learned.map(|ms| local_time(ms, tz)), error))
}

/// "2026-11-22 09:14" in the tenant's time zone.
pub fn local_time(ms: i64, tz: &TimeZone) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned(tz.clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// Every employee without a passkey (of one department, for one reason), by name.
pub async fn stragglers(
    db: &Db,
    tenant: &Tenant,
    department: &str,
    reason: Option<Straggler>,
    i18n: &app::i18n::I18n,
) -> Result<Vec<StragglerRow>, ServerError> {
    let tz = time_zone(db, tenant.id).await?;
    let rows = sqlx::query(&format!(
        "SELECT e.ref, e.display_name, e.email, e.department, e.manager, p.stage, p.stuck_flow, \
                p.stuck_step, p.stuck_symptom, p.platform, p.os_version, p.last_seen_ms, \
                CAST(s.has_passkey AS INTEGER) AS has_passkey \
         {PEOPLE} AND COALESCE(s.has_passkey, FALSE) = FALSE \
         ORDER BY e.display_name, e.email"
    ))
    .bind(tenant.id)
    .bind(department.trim())
    .fetch_all(db)
    .await?;
    let mut minimums = Minimums {
        tenant,
        known: HashMap::new(),
    };
    let mut out = Vec::new();
    for r in &rows {
        let platform: Option<String> = r.try_get("platform")?;
        let os: Option<String> = r.try_get("os_version")?;
        let stuck_flow: Option<String> = r.try_get("stuck_flow")?;
        let standing = Standing {
            registered: crate::db::flag_opt(r, "has_passkey")?,
            stage: stage(r.try_get::<Option<String>, _>("stage")?.as_deref()),
            stuck: stuck_flow.is_some(),
            below_minimum: minimums.below(platform.as_deref(), os.as_deref()),
        };
        let Some(k) = classify(&standing) else {
            continue;
        };
        if reason.is_some_and(|want| want != k) {
            continue;
        }
        let detail = match k {
            Straggler::Stuck => {
                let step = u16::try_from(r.try_get::<Option<i64>, _>("stuck_step")?.unwrap_or(0))
                    .unwrap_or(0);
                let symptom: Option<String> = r.try_get("stuck_symptom")?;
                format!(
                    "{} — {}",
                    app::admin::step_label(i18n, stuck_flow.as_deref().unwrap_or(""), step),
                    app::admin::symptom_label(i18n, symptom.as_deref().unwrap_or(""))
                )
            }
            Straggler::BelowMinimum => format!(
                "{} {}",
                i18n.t(&format!(
                    "platform-{}",
                    platform.as_deref().unwrap_or("unknown")
                )),
                os.as_deref().unwrap_or("")
            ),
            _ => String::new(),
        };
        out.push(StragglerRow {
            reference: r.try_get("ref")?,
            name: r.try_get("display_name")?,
            email: r.try_get("email")?,
            department: r
                .try_get::<Option<String>, _>("department")?
                .unwrap_or_default(),
            manager: r
                .try_get::<Option<String>, _>("manager")?
                .unwrap_or_default(),
            reason: k,
            detail,
            last_seen: r
                .try_get::<Option<i64>, _>("last_seen_ms")?
                .map(|ms| local_time(ms, &tz))
                .unwrap_or_default(),
        });
    }
    Ok(out)
}
