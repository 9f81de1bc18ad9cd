//! What the rollout dashboard and the stragglers list show: the store's counts, added up by
//! `app::domain::figures`, in the tenant's time zone and the admin's language.

use crate::error::ServerError;
use crate::store::tenants::Tenant;
use crate::store::{self, Db};
use app::admin::{DashboardFilter, DashboardView, DayRow, Message, ReadinessRow, StragglerRow};
use app::domain::Catalogue;
use app::domain::dashboard::{RangeError, Standing, Straggler, classify, day_range, per_day};
use app::domain::figures::{Minimums, figures};
use jiff::tz::TimeZone;

/// The tenant's time zone: the one its reminders use.
pub async fn time_zone(db: &Db, tenant_id: i64) -> Result<TimeZone, ServerError> {
    Ok(store::reminders::settings(db, tenant_id).await?.1.time_zone)
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
    let connection = store::entra::get(db, tenant.id).await?;
    let usage_since = now_ms - connection.as_ref().map_or(30, |c| c.usage_days) * 86_400_000;
    // Readiness is counted in the tenant's days: midnight at its current offset from UTC.
    let offset_ms = jiff::Timestamp::from_millisecond(now_ms)
        .map_or(0, |t| i64::from(tz.to_offset(t).seconds()) * 1000);
    let (groups, stuck, buckets, (learned, sync_error), departments, (counts, ready)) = tokio::try_join!(
        store::dashboard::groups(db, tenant.id, &department, from, to),
        store::dashboard::stuck_steps(db, tenant.id, &department, from, to),
        store::dashboard::day_buckets(db, tenant.id, &department, &range),
        store::dashboard::status(db, tenant.id),
        store::employees::departments(db, tenant.id),
        store::entra::readiness_counts(db, tenant.id, usage_since, offset_ms),
    )?;
    let target = tenant.readiness_target;
    let day = |bucket: Option<i64>| {
        bucket
            .and_then(|d| jiff::Timestamp::from_millisecond(d * 86_400_000).ok())
            .map(|t| t.to_zoned(TimeZone::UTC).date().to_string())
    };
    let readiness: Vec<ReadinessRow> = app::domain::entra::readiness(&counts, target)
        .into_iter()
        .map(|r| ReadinessRow {
            ready: r.ready(target) && connection.is_some(),
            department: r.department,
            employees: r.employees,
            registered: r.registered,
            signing_in: r.signing_in,
            registered_crossed: day(r.registered_crossed),
            signing_in_crossed: day(r.signing_in_crossed),
        })
        .collect();
    let ready_to_enforce = if connection.is_some() { ready } else { 0 };
    let f = figures(
        &groups,
        &mut Minimums::new(Catalogue::embedded(), &tenant.visitor_policy()),
    );
    let (a, r) = (
        per_day(&buckets.announced, &range, &tz),
        per_day(&buckets.reminders, &range, &tz),
    );
    // Each wave is marked on the day it went out, in the tenant's time zone.
    let waves: Vec<(String, (String, String, i64))> = crate::store::comms::waves(db, tenant.id)
        .await?
        .into_iter()
        .filter_map(|w| {
            let day = jiff::Timestamp::from_millisecond(w.started_at_ms?)
                .ok()?
                .to_zoned(tz.clone())
                .date()
                .to_string();
            let value = match w.selector.as_str() {
                "list" => w.addresses.len().to_string(),
                _ => w.selector_value.unwrap_or_default(),
            };
            Some((day, (w.selector, value, w.announced)))
        })
        .collect();
    let days = per_day(&buckets.registered, &range, &tz)
        .into_iter()
        .zip(a.into_iter().zip(r))
        .map(|((date, registered), ((_, announced), (_, reminders)))| {
            let date = date.to_string();
            DayRow {
                waves: waves
                    .iter()
                    .filter(|(d, _)| *d == date)
                    .map(|(_, w)| w.clone())
                    .collect(),
                date,
                registered,
                announced,
                reminders,
            }
        })
        .collect();
    Ok(DashboardView {
        slug: tenant.slug.clone(),
        departments,
        filter,
        error,
        first_day: range.first.to_string(),
        last_day: range.last.to_string(),
        filtered,
        time_zone: tz.iana_name().unwrap_or("UTC").to_owned(),
        funnel: f.funnel,
        platforms: f.platforms,
        below_minimum: f.below_minimum,
        browsers: f.browsers,
        in_app: f.in_app,
        stuck,
        days,
        stragglers: f.stragglers,
        status_as_of: learned.map(|ms| local_time(ms, &tz)),
        sync_error,
        readiness,
        readiness_target: target,
        usage_known: connection.is_some(),
        ready_to_enforce,
        csrf: String::new(),
        can_set_target: false,
    })
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
    let people = store::dashboard::unregistered(db, tenant.id, department).await?;
    let policy = tenant.visitor_policy();
    let mut minimums = Minimums::new(Catalogue::embedded(), &policy);
    let mut out = Vec::new();
    for p in people {
        let standing = Standing {
            registered: p.registered,
            stage: p.stage,
            stuck: p.stuck_flow.is_some(),
            below_minimum: minimums.below(p.platform.as_deref(), p.os_version.as_deref()),
            facts: p.facts,
        };
        let Some(k) = classify(&standing) else {
            continue;
        };
        if reason.is_some_and(|want| want != k) {
            continue;
        }
        let detail = match k {
            Straggler::Stuck => {
                let step = u16::try_from(p.stuck_step.unwrap_or(0)).unwrap_or(0);
                format!(
                    "{} — {}",
                    app::admin::step_label(i18n, p.stuck_flow.as_deref().unwrap_or(""), step),
                    app::admin::symptom_label(i18n, p.stuck_symptom.as_deref().unwrap_or(""))
                )
            }
            Straggler::BelowMinimum => format!(
                "{} {}",
                i18n.t(&format!(
                    "platform-{}",
                    p.platform.as_deref().unwrap_or("unknown")
                )),
                p.os_version.as_deref().unwrap_or("")
            ),
            _ => String::new(),
        };
        out.push(StragglerRow {
            reference: p.reference,
            name: p.name,
            email: p.email,
            department: p.department.unwrap_or_default(),
            manager: p.manager.unwrap_or_default(),
            reason: k,
            detail,
            last_seen: p
                .last_seen_ms
                .map(|ms| local_time(ms, &tz))
                .unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Sets the readiness target, in the audit log.
pub async fn set_readiness_target(
    db: &Db,
    tenant: &Tenant,
    target: u8,
    actor: &crate::store::audit::Actor,
) -> Result<(), ServerError> {
    if !(1..=100).contains(&target) {
        return Err(ServerError::Invalid(
            "the target is a percentage from 1 to 100".into(),
        ));
    }
    store::tenants::set_readiness_target(db, tenant.id, target).await?;
    crate::store::audit::record(
        db,
        tenant.id,
        actor,
        "readiness-target-saved",
        Some(serde_json::json!({ "target": tenant.readiness_target })),
        Some(serde_json::json!({ "target": target })),
    )
    .await
}

/// The employees ready for passwordless enforcement, as a table for the CSV download.
pub async fn ready_to_enforce_table(
    db: &Db,
    tenant: &Tenant,
    i18n: &app::i18n::I18n,
    now_ms: i64,
) -> Result<app::admin::Table, ServerError> {
    let usage_days = store::entra::get(db, tenant.id)
        .await?
        .map_or(30, |c| c.usage_days);
    let tz = time_zone(db, tenant.id).await?;
    let rows = store::entra::ready_to_enforce(db, tenant.id, now_ms - usage_days * 86_400_000)
        .await?
        .into_iter()
        .map(|r| {
            vec![
                r.display_name,
                r.upn,
                r.object_id.unwrap_or_default(),
                r.department.unwrap_or_default(),
                local_time(r.registered_since_ms, &tz),
                local_time(r.last_passkey_signin_ms, &tz),
            ]
        })
        .collect();
    Ok(app::admin::Table {
        id: "ready-to-enforce",
        caption: i18n.t("dashboard-ready-export"),
        head: vec![
            i18n.t("stragglers-col-name"),
            i18n.t("admin-employee-upn"),
            i18n.t("dashboard-col-object-id"),
            i18n.t("stragglers-col-department"),
            i18n.t("dashboard-col-registered-since"),
            i18n.t("dashboard-col-last-passkey-sign-in"),
        ],
        rows,
    })
}
