//! The reminder run: load each employee's announcement, registration status and journey, let
//! the planner decide (`app::domain::reminders`), and queue the messages.
//!
//! At most once per reminder: the `reminder` table's primary key (employee, offset) is taken
//! in the same transaction that queues the message, so two runs at once (two instances, a
//! retried run) queue it once; the outbox's dedupe key backs that up.

use crate::db::{Db, now_ms};
use crate::error::ServerError;
use crate::mail::{self, Outgoing};
use crate::roster::LinkMaker;
use crate::tenants::{self, BrandingState, Tenant};
use app::domain::DeviceProfile;
use app::domain::catalogue::Catalogue;
use app::domain::journey::{JourneyEntry, Summary, summarise};
use app::domain::reminders::{Candidate, Content, Decision, Planned, Settings, plan};
use app::i18n::{I18n, Locale};
use app::security::escape_text;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sqlx::Row;
use std::collections::HashMap;

/// A tenant's reminder settings and whether its scheduler runs.
pub async fn settings(db: &Db, tenant_id: i64) -> Result<(bool, Settings), ServerError> {
    let Some(r) = sqlx::query(
        "SELECT CAST(enabled AS INTEGER) AS enabled, offsets, time_zone, quiet_from_hour, \
         quiet_until_hour, CAST(skip_weekends AS INTEGER) AS skip_weekends, per_hour \
         FROM reminder_settings WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(db)
    .await?
    else {
        return Ok((false, Settings::default()));
    };
    let offsets: String = r.try_get("offsets")?;
    let mut offsets_days: Vec<u16> = offsets
        .split(',')
        .filter_map(|d| d.trim().parse().ok())
        .collect();
    offsets_days.sort_unstable();
    offsets_days.dedup();
    let zone: String = r.try_get("time_zone")?;
    let time_zone = TimeZone::get(&zone)
        .map_err(|_| ServerError::Config(format!("unknown time zone {zone:?}")))?;
    Ok((
        crate::db::flag(&r, "enabled")?,
        Settings {
            offsets_days,
            time_zone,
            quiet_from_hour: r.try_get::<i64, _>("quiet_from_hour")?.clamp(0, 23) as i8,
            quiet_until_hour: r.try_get::<i64, _>("quiet_until_hour")?.clamp(0, 23) as i8,
            skip_weekends: crate::db::flag(&r, "skip_weekends")?,
            per_hour: r.try_get::<i64, _>("per_hour")?.clamp(1, 100_000) as u32,
        },
    ))
}

/// One employee as the run sees them.
struct Person {
    id: i64,
    reference: String,
    email: String,
    name: String,
    language: Option<String>,
    announced_at: Option<Timestamp>,
    opted_out: bool,
    has_passkey: Option<bool>,
    done: Vec<u16>,
    journey: Summary,
}

async fn people(db: &Db, tenant_id: i64) -> Result<Vec<Person>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.id, e.ref, e.email, e.display_name, e.preferred_language, e.announced_at_ms, \
                e.opted_out_at_ms, CAST(s.has_passkey AS INTEGER) AS has_passkey \
         FROM employee e LEFT JOIN registration_status s \
           ON s.tenant_id = e.tenant_id AND s.upn = lower(e.email) \
         WHERE e.tenant_id = $1 ORDER BY e.id",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    let mut done: HashMap<i64, Vec<u16>> = HashMap::new();
    for r in sqlx::query("SELECT employee_id, offset_days FROM reminder WHERE tenant_id = $1")
        .bind(tenant_id)
        .fetch_all(db)
        .await?
    {
        done.entry(r.try_get("employee_id")?)
            .or_default()
            .push(u16::try_from(r.try_get::<i64, _>("offset_days")?).unwrap_or(u16::MAX));
    }
    let mut journeys: HashMap<i64, Vec<JourneyEntry>> = HashMap::new();
    for r in sqlx::query(&format!(
        "SELECT employee_id, {} FROM journey_event WHERE tenant_id = $1",
        crate::journey::ENTRY_COLUMNS
    ))
    .bind(tenant_id)
    .fetch_all(db)
    .await?
    {
        if let Some(entry) = crate::journey::entry_from_row(&r)? {
            journeys
                .entry(r.try_get("employee_id")?)
                .or_default()
                .push(entry);
        }
    }
    rows.iter()
        .map(|r| {
            let id: i64 = r.try_get("id")?;
            Ok(Person {
                id,
                reference: r.try_get("ref")?,
                email: r.try_get("email")?,
                name: r.try_get("display_name")?,
                language: r.try_get("preferred_language")?,
                announced_at: r
                    .try_get::<Option<i64>, _>("announced_at_ms")?
                    .and_then(|ms| Timestamp::from_millisecond(ms).ok()),
                opted_out: r.try_get::<Option<i64>, _>("opted_out_at_ms")?.is_some(),
                has_passkey: crate::db::flag_opt(r, "has_passkey")?,
                done: done.remove(&id).unwrap_or_default(),
                journey: summarise(journeys.get(&id).map_or(&[][..], Vec::as_slice)),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// One line of a run's report.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub email: String,
    pub decision: Decision,
    /// Whether this run queued it (false in a dry run, or when another run got there first).
    pub queued: bool,
}

/// Plans at `now` and, unless `dry_run`, queues what is due.
pub async fn run(
    db: &Db,
    tenant: &Tenant,
    links: &LinkMaker<'_>,
    now: Timestamp,
    dry_run: bool,
) -> Result<Vec<Outcome>, ServerError> {
    let (_, settings) = settings(db, tenant.id).await?;
    let people = people(db, tenant.id).await?;
    let candidates: Vec<Candidate<'_>> = people
        .iter()
        .map(|p| Candidate {
            employee_id: p.id,
            announced_at: p.announced_at,
            has_passkey: p.has_passkey,
            opted_out: p.opted_out,
            journey: &p.journey,
            done: &p.done,
        })
        .collect();
    let decisions = plan(now, &settings, &candidates);
    let (branding, _) = tenants::branding(db, tenant.id, BrandingState::Published).await?;
    let mut out = Vec::with_capacity(decisions.len());
    for (person, decision) in people.iter().zip(decisions) {
        let queued = match (&decision, dry_run) {
            (Decision::Send(p), false) => {
                let message = compose(tenant, &branding, person, p, links);
                queue(db, tenant.id, p, message).await?
            }
            _ => false,
        };
        out.push(Outcome {
            email: person.email.clone(),
            decision,
            queued,
        });
    }
    Ok(out)
}

/// Takes the reminder (and any it supersedes) and queues its message, all or nothing.
async fn queue(
    db: &Db,
    tenant_id: i64,
    p: &Planned,
    message: Outgoing,
) -> Result<bool, ServerError> {
    let mut tx = crate::db::begin_write(db).await?;
    let now = now_ms();
    let taken = sqlx::query(
        "INSERT INTO reminder (tenant_id, employee_id, offset_days, state, content, decided_at_ms) \
         VALUES ($1, $2, $3, 'queued', $4, $5) ON CONFLICT (employee_id, offset_days) DO NOTHING",
    )
    .bind(tenant_id)
    .bind(p.employee_id)
    .bind(i64::from(p.offset_days))
    .bind(p.content.id())
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !taken {
        tx.rollback().await?;
        return Ok(false);
    }
    for earlier in &p.superseded {
        sqlx::query(
            "INSERT INTO reminder (tenant_id, employee_id, offset_days, state, decided_at_ms) \
             VALUES ($1, $2, $3, 'superseded', $4) ON CONFLICT (employee_id, offset_days) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(p.employee_id)
        .bind(i64::from(*earlier))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let outbox = mail::enqueue(&mut *tx, &message).await?;
    sqlx::query("UPDATE reminder SET outbox_id = $3 WHERE employee_id = $1 AND offset_days = $2")
        .bind(p.employee_id)
        .bind(i64::from(p.offset_days))
        .bind(outbox)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The employee's language: their own, else the tenant's default, else English.
fn locale_of(tenant: &Tenant, person: &Person) -> Locale {
    person
        .language
        .as_deref()
        .or(tenant.default_language.as_deref())
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::DEFAULT)
}

fn organisation(tenant: &Tenant, branding: &app::domain::branding::Branding) -> String {
    if branding.display_name.trim().is_empty() {
        tenant.name.clone()
    } else {
        branding.display_name.clone()
    }
}

/// The reminder in the employee's language, as text and HTML, with their personal link.
fn compose(
    tenant: &Tenant,
    branding: &app::domain::branding::Branding,
    person: &Person,
    p: &Planned,
    links: &LinkMaker<'_>,
) -> Outgoing {
    let i18n = I18n::new(locale_of(tenant, person));
    let catalogue = Catalogue::embedded();
    let step_args = |flow: &str, step: u16| {
        let f = catalogue.flow(flow);
        let title = f
            .and_then(|f| f.steps.get(usize::from(step).wrapping_sub(1)))
            .map(|s| i18n.t(&s.title))
            .unwrap_or_default();
        let flow_title = f.map(|f| i18n.t(&f.title)).unwrap_or_default();
        (title, flow_title)
    };
    let (subject_key, paragraphs) = match &p.content {
        Content::StartHere => (
            "reminder-subject-start-here",
            vec![i18n.t("reminder-body-start-here")],
        ),
        Content::DidNotFinish => (
            "reminder-subject-did-not-finish",
            vec![i18n.t("reminder-body-did-not-finish")],
        ),
        Content::PickUpAt { flow, step, stuck } => {
            let (title, flow_title) = step_args(flow, *step);
            let args = [
                ("step", (*step).into()),
                ("title", title.as_str().into()),
                ("flow", flow_title.as_str().into()),
            ];
            match stuck.as_deref().and_then(|s| catalogue.troubleshooting(s)) {
                Some(cause) => (
                    "reminder-subject-stuck",
                    vec![
                        i18n.t_args("reminder-body-stuck", &args),
                        i18n.t(&cause.title),
                        app::text::content(&i18n, &cause.body, &DeviceProfile::unknown()),
                    ],
                ),
                None => (
                    "reminder-subject-pick-up",
                    vec![i18n.t_args("reminder-body-pick-up", &args)],
                ),
            }
        }
    };
    let mut paragraphs = paragraphs;
    paragraphs.push(i18n.t("reminder-opt-out"));
    letter(
        &i18n,
        tenant,
        branding,
        person,
        links,
        subject_key,
        paragraphs,
        Envelope {
            kind: "reminder",
            dedupe_key: format!("reminder:{}:{}:{}", tenant.id, person.id, p.offset_days),
            not_before_ms: Some(p.send_at.as_millisecond()),
        },
    )
}

struct Envelope {
    kind: &'static str,
    dedupe_key: String,
    not_before_ms: Option<i64>,
}

/// A branded message to one employee: greeting, paragraphs, the button with their personal
/// link, the support contact and the footer, as text and as HTML with everything escaped.
#[allow(clippy::too_many_arguments)]
fn letter(
    i18n: &I18n,
    tenant: &Tenant,
    branding: &app::domain::branding::Branding,
    person: &Person,
    links: &LinkMaker<'_>,
    subject_key: &str,
    mut paragraphs: Vec<String>,
    envelope: Envelope,
) -> Outgoing {
    let org = organisation(tenant, branding);
    let link = links.link_for(tenant, &person.reference);
    let greeting = i18n.t_args(
        "reminder-greeting",
        &[("name", person.name.as_str().into())],
    );
    let support = branding
        .support
        .email
        .clone()
        .or_else(|| branding.support.phone.clone())
        .or_else(|| branding.support.url.clone())
        .map(|s| i18n.t_args("reminder-help", &[("support", s.into())]));
    paragraphs.extend(support);
    let footer = i18n.t_args("reminder-footer", &[("org", org.as_str().into())]);
    let button = i18n.t("reminder-button");
    let text = format!(
        "{greeting}\n\n{}\n\n{button}: {link}\n\n-- \n{footer}\n",
        paragraphs.join("\n\n")
    );
    let colour = branding
        .primary_color
        .as_deref()
        .and_then(app::domain::branding::Rgb::parse)
        .map_or_else(|| "#0b5cad".to_owned(), |c| c.to_string());
    let html = format!(
        "<!doctype html><html lang=\"{lang}\"><body style=\"font-family:sans-serif;line-height:1.5;max-width:36rem\">\
         <p>{greeting}</p>{body}\
         <p><a href=\"{link}\" style=\"display:inline-block;padding:0.6rem 1.1rem;background:{colour};color:#ffffff;\
         text-decoration:none;border-radius:8px;font-weight:600\">{button}</a></p>\
         <p style=\"color:#555;font-size:0.9rem\">{footer}</p></body></html>",
        lang = i18n.locale().tag(),
        greeting = escape_text(&greeting),
        body = paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", escape_text(p).replace('\n', "<br>")))
            .collect::<String>(),
        link = escape_text(&link).replace('"', "&quot;"),
        button = escape_text(&button),
        footer = escape_text(&footer),
    );
    Outgoing {
        tenant_id: Some(tenant.id),
        employee_id: Some(person.id),
        kind: envelope.kind,
        dedupe_key: envelope.dedupe_key,
        recipient: person.email.clone(),
        subject: i18n.t_args(subject_key, &[("org", org.as_str().into())]),
        text,
        html: Some(html),
        not_before_ms: envelope.not_before_ms,
    }
}

/// Sends the announcement (the first email, with the personal link) to every employee not yet
/// announced and not opted out, and records them as announced, so reminders count from now.
/// Each employee is taken in one transaction with their message: at most once. Returns the
/// addresses (all that would get it, in a dry run).
pub async fn announce(
    db: &Db,
    tenant: &Tenant,
    links: &LinkMaker<'_>,
    dry_run: bool,
) -> Result<Vec<String>, ServerError> {
    let (branding, _) = tenants::branding(db, tenant.id, BrandingState::Published).await?;
    let mut out = Vec::new();
    for person in people(db, tenant.id)
        .await?
        .into_iter()
        .filter(|p| p.announced_at.is_none() && !p.opted_out)
    {
        if dry_run {
            out.push(person.email.clone());
            continue;
        }
        let i18n = I18n::new(locale_of(tenant, &person));
        let org = organisation(tenant, &branding);
        let message = letter(
            &i18n,
            tenant,
            &branding,
            &person,
            links,
            "announcement-subject",
            vec![i18n.t_args("announcement-body", &[("org", org.as_str().into())])],
            Envelope {
                kind: "announcement",
                dedupe_key: format!("announcement:{}:{}", tenant.id, person.id),
                not_before_ms: None,
            },
        );
        let mut tx = crate::db::begin_write(db).await?;
        let taken = sqlx::query(
            "UPDATE employee SET announced_at_ms = $2 WHERE id = $1 AND announced_at_ms IS NULL",
        )
        .bind(person.id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if taken && mail::enqueue(&mut *tx, &message).await?.is_some() {
            tx.commit().await?;
            out.push(person.email.clone());
        } else {
            tx.rollback().await?;
        }
    }
    Ok(out)
}

/// How often the scheduler inside `serve` looks for due reminders.
const EVERY: std::time::Duration = std::time::Duration::from_secs(300);

/// Runs every tenant's reminders (those with reminders enabled) every few minutes until `stop`
/// changes. Safe beside other instances: taking a reminder is a unique insert.
pub fn start_scheduler(
    db: Db,
    links: std::sync::Arc<crate::state::LinkSettings>,
    outbox: std::sync::Arc<mail::Outbox>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = run_all(&db, &links).await {
                tracing::error!(error = %e, "reminder run failed");
            }
            outbox.queued();
            tokio::select! {
                () = tokio::time::sleep(EVERY) => {}
                _ = stop.changed() => return,
            }
        }
    })
}

async fn run_all(db: &Db, links: &crate::state::LinkSettings) -> Result<(), ServerError> {
    let slugs: Vec<String> = sqlx::query_scalar(
        "SELECT t.slug FROM tenant t JOIN reminder_settings r ON r.tenant_id = t.id WHERE r.enabled",
    )
    .fetch_all(db)
    .await?;
    let now = Timestamp::now();
    for slug in slugs {
        let Some(tenant) = tenants::by_slug(db, &slug).await? else {
            continue;
        };
        let maker = LinkMaker {
            keys: &links.keys,
            public_url: &links.public_url,
            ttl_days: links.ttl_days,
            now_s: now.as_second(),
        };
        let queued = run(db, &tenant, &maker, now, false)
            .await?
            .iter()
            .filter(|o| o.queued)
            .count();
        if queued > 0 {
            tracing::info!(tenant = %slug, queued, "reminders queued");
        }
    }
    Ok(())
}

/// Saves a tenant's validated reminder settings.
pub async fn save_settings(
    db: &Db,
    tenant_id: i64,
    enabled: bool,
    s: &Settings,
) -> Result<(), ServerError> {
    sqlx::query(
        "INSERT INTO reminder_settings (tenant_id, enabled, offsets, time_zone, quiet_from_hour, quiet_until_hour, skip_weekends, per_hour) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant_id) DO UPDATE SET \
         enabled = excluded.enabled, offsets = excluded.offsets, time_zone = excluded.time_zone, \
         quiet_from_hour = excluded.quiet_from_hour, quiet_until_hour = excluded.quiet_until_hour, \
         skip_weekends = excluded.skip_weekends, per_hour = excluded.per_hour",
    )
    .bind(tenant_id)
    .bind(enabled)
    .bind(
        s.offsets_days
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(","),
    )
    .bind(s.time_zone.iana_name().unwrap_or("UTC"))
    .bind(i64::from(s.quiet_from_hour))
    .bind(i64::from(s.quiet_until_hour))
    .bind(s.skip_weekends)
    .bind(i64::from(s.per_hour))
    .execute(db)
    .await?;
    Ok(())
}

/// Reminders decided so far, newest first: the tenant's, or one employee's.
pub async fn history(
    db: &Db,
    tenant_id: i64,
    employee_id: Option<i64>,
    limit: i64,
) -> Result<Vec<(String, u16, &'static str, i64, Option<String>)>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.email, r.offset_days, r.state, r.decided_at_ms, o.sent_at_ms, o.failed_at_ms, o.last_error \
         FROM reminder r JOIN employee e ON e.id = r.employee_id \
         LEFT JOIN outbox o ON o.id = r.outbox_id \
         WHERE r.tenant_id = $1 AND ($2 IS NULL OR r.employee_id = $2) \
         ORDER BY r.decided_at_ms DESC, r.offset_days DESC LIMIT $3",
    )
    .bind(tenant_id)
    .bind(employee_id)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let sent: Option<i64> = r.try_get("sent_at_ms")?;
            let failed: Option<i64> = r.try_get("failed_at_ms")?;
            let decided: i64 = r.try_get("decided_at_ms")?;
            let (state, at) = match (r.try_get::<String, _>("state")?.as_str(), sent, failed) {
                ("superseded", _, _) => ("superseded", decided),
                (_, Some(t), _) => ("sent", t),
                (_, _, Some(t)) => ("failed", t),
                _ => ("queued", decided),
            };
            Ok((
                r.try_get("email")?,
                u16::try_from(r.try_get::<i64, _>("offset_days")?).unwrap_or(0),
                state,
                at,
                r.try_get("last_error")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}
