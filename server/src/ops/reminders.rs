//! The reminder run: load each employee's announcement, registration status and journey, let
//! the planner decide (`app::domain::reminders`), and queue the messages.
//!
//! At most once per reminder: the `reminder` table's primary key (employee, offset) is taken
//! in the same transaction that queues the message, so two runs at once (two instances, a
//! retried run) queue it once; the outbox's dedupe key backs that up.

use crate::error::ServerError;
use crate::ops::links::{LinkMaker, LinkSettings};
use crate::store::Db;
use crate::store::outbox::Outgoing;
use crate::store::reminders::{self as store, Person};
use crate::store::tenants::{self, BrandingState, Tenant};
use app::domain::DeviceProfile;
use app::domain::catalogue::Catalogue;
use app::domain::reminders::{Candidate, Content, Decision, Planned, plan};
use app::i18n::{I18n, Locale};
use app::security::escape_text;
use jiff::Timestamp;

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
    let (_, settings) = store::settings(db, tenant.id).await?;
    let people = store::people(db, tenant.id).await?;
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
                store::take(db, tenant.id, p, &message).await?
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
    for person in store::people(db, tenant.id)
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
        if store::take_announcement(db, person.id, &message).await? {
            out.push(person.email.clone());
        }
    }
    Ok(out)
}

/// Runs the reminders of every tenant that has them on, now.
pub async fn run_all(db: &Db, links: &LinkSettings) -> Result<(), ServerError> {
    let now = Timestamp::now();
    for slug in store::enabled_tenants(db).await? {
        let Some(tenant) = tenants::by_slug(db, &slug).await? else {
            continue;
        };
        let maker = links.maker(now.as_second());
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
