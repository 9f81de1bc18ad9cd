//! The reminder run: load each employee's announcement, registration status and journey, let
//! the planner decide (`app::domain::reminders`), and queue the messages. Also the
//! programme's other mail: announcement waves, the final notice before the deadline, and the
//! weekly manager digests (`app::domain::{waves, comms}`).
//!
//! At most once per message: the `reminder` table's primary key (employee, offset), the
//! employee's `announced_at_ms` and `final_notice_at_ms`, and a wave's `started_at_ms` are each
//! taken in the same transaction (or statement) that queues the message, so two runs at once
//! (two instances, a retried run) queue it once; the outbox's dedupe key backs that up, and is
//! the once-a-week of a manager's digest.

use crate::error::ServerError;
use crate::ops::comms::{self, Values};
use crate::ops::links::{LinkMaker, LinkSettings};
use crate::store::Db;
use crate::store::comms as comms_store;
use crate::store::outbox::{self, Outgoing};
use crate::store::reminders::{self as store, Person};
use crate::store::tenants::{self, BrandingState, Tenant};
use app::domain::DeviceProfile;
use app::domain::branding::Branding;
use app::domain::catalogue::Catalogue;
use app::domain::comms::{FINAL_NOTICE_DAYS, FinalCandidate, FinalSkip, Programme};
use app::domain::reminders::{Candidate, Content, Decision, Planned, Settings, Skip, plan};
use app::domain::templates::{Kind, Template};
use app::domain::waves::Cohort;
use app::i18n::{I18n, Locale};
use app::security::escape_text;
use jiff::Timestamp;
use std::collections::HashSet;

/// One line of a run's report.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub email: String,
    pub decision: Decision,
    /// Whether this run queued it (false in a dry run, or when another run got there first).
    pub queued: bool,
}

/// The programme's deadline rules in the reminders' time zone.
fn programme_of(row: &comms_store::ProgrammeRow, settings: &Settings) -> Programme {
    Programme {
        deadline: row.deadline.as_deref().and_then(|d| d.parse().ok()),
        time_zone: settings.time_zone.clone(),
        final_notice_days: FINAL_NOTICE_DAYS,
    }
}

/// The deadline as messages name it: the date in ISO form (`2027-01-31`), which reads the
/// same in every language.
fn deadline_text(p: &Programme) -> Option<String> {
    p.deadline.map(|d| d.to_string())
}

/// Everything a message to one tenant's employees needs besides the employee.
struct Sender<'a> {
    tenant: &'a Tenant,
    branding: Branding,
    links: &'a LinkMaker<'a>,
    programme: Programme,
    mandatory: bool,
}

impl<'a> Sender<'a> {
    async fn load(
        db: &Db,
        tenant: &'a Tenant,
        links: &'a LinkMaker<'a>,
    ) -> Result<Sender<'a>, ServerError> {
        let (_, settings) = store::settings(db, tenant.id).await?;
        let row = comms_store::programme(db, tenant.id).await?;
        let (branding, _) = tenants::branding(db, tenant.id, BrandingState::Published).await?;
        Ok(Sender {
            tenant,
            branding,
            links,
            programme: programme_of(&row, &settings),
            mandatory: row.mandatory,
        })
    }

    /// The one-click unsubscribe address, unless the programme is mandatory.
    fn unsubscribe_url(&self, person: &Person) -> Option<String> {
        (!self.mandatory).then(|| {
            let token =
                self.links
                    .keys
                    .sign(&self.tenant.slug, &person.reference, self.links.expires());
            format!("{}unsubscribe/{token}", self.links.guide_url(self.tenant))
        })
    }

    /// A message to `person` from the tenant's own template.
    fn templated(
        &self,
        i18n: &I18n,
        t: &Template,
        person: &Person,
        step: Option<String>,
        envelope: Envelope,
    ) -> Outgoing {
        let values = Values {
            name: person.name.clone(),
            link: Some(self.links.link_for(self.tenant, &person.reference)),
            deadline: deadline_text(&self.programme),
            step,
            support: self.branding.support.first(),
            organisation: comms::organisation(self.tenant, &self.branding),
            team: None,
        };
        let r = comms::render(t, &values, i18n, &self.branding);
        Outgoing {
            tenant_id: Some(self.tenant.id),
            employee_id: Some(person.id),
            kind: envelope.kind,
            dedupe_key: envelope.dedupe_key,
            recipient: person.email.clone(),
            subject: r.subject,
            text: r.text,
            html: Some(r.html),
            not_before_ms: envelope.not_before_ms,
            unsubscribe_url: self.unsubscribe_url(person),
        }
    }

    /// The message of `kind` to `person`: the tenant's template in their language if it has
    /// one, else `built_in`.
    async fn message(
        &self,
        db: &Db,
        kind: Kind,
        person: &Person,
        step: Option<String>,
        envelope: Envelope,
        built_in: impl FnOnce(&I18n, Envelope) -> Outgoing,
    ) -> Result<Outgoing, ServerError> {
        let i18n = I18n::new(locale_of(self.tenant, person.language.as_deref()));
        Ok(
            match comms_store::template(db, self.tenant.id, kind, i18n.locale().tag()).await? {
                Some(t) => self.templated(&i18n, &t, person, step, envelope),
                None => built_in(&i18n, envelope),
            },
        )
    }
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
    let sender = Sender::load(db, tenant, links).await?;
    let people = store::people(db, tenant.id).await?;
    let candidates: Vec<Candidate<'_>> = people
        .iter()
        .map(|p| Candidate {
            employee_id: p.id,
            announced_at: p.announced_at,
            has_passkey: p.has_passkey,
            // A mandatory programme has no opting out: an earlier opt-out no longer counts.
            opted_out: p.opted_out && !sender.mandatory,
            journey: &p.journey,
            done: &p.done,
        })
        .collect();
    let decisions = plan(now, &settings, &candidates);
    let mut out = Vec::with_capacity(decisions.len());
    for (person, decision) in people.iter().zip(decisions) {
        // Reminders stop at the deadline: none goes out, or is scheduled, after it.
        let decision = match decision {
            Decision::Send(p) if sender.programme.past_deadline(p.send_at) => Decision::Skip {
                employee_id: p.employee_id,
                why: Skip::PastDeadline,
            },
            d => d,
        };
        let queued = match (&decision, dry_run) {
            (Decision::Send(p), false) => {
                let i18n = I18n::new(locale_of(tenant, person.language.as_deref()));
                let step = step_text(&i18n, &p.content);
                let envelope = Envelope {
                    kind: "reminder",
                    dedupe_key: format!("reminder:{}:{}:{}", tenant.id, person.id, p.offset_days),
                    not_before_ms: Some(p.send_at.as_millisecond()),
                };
                let message = sender
                    .message(
                        db,
                        Kind::Reminder,
                        person,
                        Some(step),
                        envelope,
                        |i18n, e| compose(&sender, i18n, person, p, e),
                    )
                    .await?;
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
fn locale_of(tenant: &Tenant, language: Option<&str>) -> Locale {
    language
        .or(tenant.default_language.as_deref())
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::DEFAULT)
}

/// The `{step}` of a reminder: where the employee left off, in words.
fn step_text(i18n: &I18n, content: &Content) -> String {
    match content {
        Content::StartHere => i18n.t("reminder-body-start-here"),
        Content::DidNotFinish => i18n.t("reminder-body-did-not-finish"),
        Content::PickUpAt { flow, step, .. } => {
            let (title, flow_title) = step_titles(i18n, flow, *step);
            i18n.t_args(
                "reminder-body-pick-up",
                &[
                    ("step", (*step).into()),
                    ("title", title.as_str().into()),
                    ("flow", flow_title.as_str().into()),
                ],
            )
        }
    }
}

fn step_titles(i18n: &I18n, flow: &str, step: u16) -> (String, String) {
    let catalogue = Catalogue::embedded();
    let f = catalogue.flow(flow);
    let title = f
        .and_then(|f| f.steps.get(usize::from(step).wrapping_sub(1)))
        .map(|s| i18n.t(&s.title))
        .unwrap_or_default();
    let flow_title = f.map(|f| i18n.t(&f.title)).unwrap_or_default();
    (title, flow_title)
}

/// The built-in reminder in the employee's language, as text and HTML, with their link.
fn compose(
    sender: &Sender<'_>,
    i18n: &I18n,
    person: &Person,
    p: &Planned,
    envelope: Envelope,
) -> Outgoing {
    let catalogue = Catalogue::embedded();
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
            let (title, flow_title) = step_titles(i18n, flow, *step);
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
                        app::text::content(i18n, &cause.body, &DeviceProfile::unknown()),
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
    if let Some(deadline) = deadline_text(&sender.programme) {
        paragraphs.push(i18n.t_args("reminder-deadline", &[("deadline", deadline.into())]));
    }
    if !sender.mandatory {
        paragraphs.push(i18n.t("reminder-opt-out"));
    }
    letter(sender, i18n, person, subject_key, paragraphs, envelope)
}

struct Envelope {
    kind: &'static str,
    dedupe_key: String,
    not_before_ms: Option<i64>,
}

/// A branded message to one employee: greeting, paragraphs, the button with their personal
/// link, the support contact and the footer, as text and as HTML with everything escaped.
fn letter(
    sender: &Sender<'_>,
    i18n: &I18n,
    person: &Person,
    subject_key: &str,
    mut paragraphs: Vec<String>,
    envelope: Envelope,
) -> Outgoing {
    let (tenant, branding) = (sender.tenant, &sender.branding);
    let org = comms::organisation(tenant, branding);
    let link = sender.links.link_for(tenant, &person.reference);
    let greeting = i18n.t_args(
        "reminder-greeting",
        &[("name", person.name.as_str().into())],
    );
    let support = branding
        .support
        .first()
        .map(|s| i18n.t_args("reminder-help", &[("support", s.into())]));
    paragraphs.extend(support);
    let footer = i18n.t_args("reminder-footer", &[("org", org.as_str().into())]);
    let button = i18n.t("reminder-button");
    let text = format!(
        "{greeting}\n\n{}\n\n{button}: {link}\n\n-- \n{footer}\n",
        paragraphs.join("\n\n")
    );
    let body = std::iter::once(&greeting)
        .chain(&paragraphs)
        .map(|p| format!("<p>{}</p>", escape_text(p).replace('\n', "<br>")))
        .collect::<String>();
    let html = comms::html_frame(i18n, branding, &body, Some(&link), &footer);
    let subject: String = i18n
        .t_args(
            subject_key,
            &[
                ("org", org.as_str().into()),
                (
                    "deadline",
                    deadline_text(&sender.programme).unwrap_or_default().into(),
                ),
            ],
        )
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    Outgoing {
        tenant_id: Some(tenant.id),
        employee_id: Some(person.id),
        kind: envelope.kind,
        dedupe_key: envelope.dedupe_key,
        recipient: person.email.clone(),
        subject,
        text,
        html: Some(html),
        not_before_ms: envelope.not_before_ms,
        unsubscribe_url: sender.unsubscribe_url(person),
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
    announce_cohort(
        db,
        tenant,
        links,
        &Cohort::Everyone,
        &HashSet::new(),
        None,
        dry_run,
    )
    .await
}

/// Announces a cohort: as [`announce`], for the employees the cohort selects (`group_members`:
/// the object ids of a group cohort's members), recording `wave_id` on each.
pub async fn announce_cohort(
    db: &Db,
    tenant: &Tenant,
    links: &LinkMaker<'_>,
    cohort: &Cohort,
    group_members: &HashSet<String>,
    wave_id: Option<i64>,
    dry_run: bool,
) -> Result<Vec<String>, ServerError> {
    let sender = Sender::load(db, tenant, links).await?;
    let mut out = Vec::new();
    for person in store::people(db, tenant.id).await? {
        let object_id = person.object_id.as_deref().map(str::to_lowercase);
        let member = app::domain::waves::Member {
            email: &person.email,
            department: person.department.as_deref(),
            object_id: object_id.as_deref(),
            announced: person.announced_at.is_some(),
            opted_out: person.opted_out && !sender.mandatory,
        };
        if !app::domain::waves::selects(cohort, &member, group_members) {
            continue;
        }
        if dry_run {
            out.push(person.email.clone());
            continue;
        }
        let envelope = Envelope {
            kind: "announcement",
            dedupe_key: format!("announcement:{}:{}", tenant.id, person.id),
            not_before_ms: None,
        };
        let message = sender
            .message(
                db,
                Kind::Announcement,
                &person,
                None,
                envelope,
                |i18n, e| {
                    let org = comms::organisation(tenant, &sender.branding);
                    let mut paragraphs =
                        vec![i18n.t_args("announcement-body", &[("org", org.as_str().into())])];
                    if let Some(deadline) = deadline_text(&sender.programme) {
                        paragraphs.push(
                            i18n.t_args("reminder-deadline", &[("deadline", deadline.into())]),
                        );
                    }
                    letter(
                        &sender,
                        i18n,
                        &person,
                        "announcement-subject",
                        paragraphs,
                        e,
                    )
                },
            )
            .await?;
        if store::take_announcement(db, person.id, wave_id, &message).await? {
            out.push(person.email.clone());
        }
    }
    Ok(out)
}

/// One line of a final-notice run.
#[derive(Debug, Clone)]
pub struct FinalOutcome {
    pub email: String,
    pub decision: Result<(), FinalSkip>,
    pub queued: bool,
}

/// Queues the final notice (naming the deadline) to everyone the rules pick at `now`.
pub async fn final_notices(
    db: &Db,
    tenant: &Tenant,
    links: &LinkMaker<'_>,
    now: Timestamp,
    dry_run: bool,
) -> Result<Vec<FinalOutcome>, ServerError> {
    let (_, settings) = store::settings(db, tenant.id).await?;
    let sender = Sender::load(db, tenant, links).await?;
    let mut out = Vec::new();
    for person in store::people(db, tenant.id).await? {
        let decision = app::domain::comms::final_notice(
            now,
            &sender.programme,
            &FinalCandidate {
                employee_id: person.id,
                announced: person.announced_at.is_some(),
                has_passkey: person.has_passkey,
                opted_out: person.opted_out && !sender.mandatory,
                final_sent: person.final_notice_sent,
            },
        );
        let queued = if decision.is_ok() && !dry_run {
            let envelope = Envelope {
                kind: "final-notice",
                dedupe_key: format!("final-notice:{}:{}", tenant.id, person.id),
                not_before_ms: Some(
                    app::domain::reminders::next_window(now, &settings).as_millisecond(),
                ),
            };
            let message = sender
                .message(db, Kind::FinalNotice, &person, None, envelope, |i18n, e| {
                    let deadline = deadline_text(&sender.programme).unwrap_or_default();
                    let mut paragraphs =
                        vec![i18n.t_args("final-notice-body", &[("deadline", deadline.into())])];
                    if !sender.mandatory {
                        paragraphs.push(i18n.t("reminder-opt-out"));
                    }
                    letter(
                        &sender,
                        i18n,
                        &person,
                        "final-notice-subject",
                        paragraphs,
                        e,
                    )
                })
                .await?;
            store::take_final_notice(db, person.id, &message).await?
        } else {
            false
        };
        out.push(FinalOutcome {
            email: person.email,
            decision,
            queued,
        });
    }
    Ok(out)
}

/// Queues this week's digest to every manager with someone left to register, when the tenant
/// has digests on and the week's digest is due. Returns the managers queued to now.
pub async fn manager_digests(
    db: &Db,
    tenant: &Tenant,
    now: Timestamp,
) -> Result<Vec<String>, ServerError> {
    let row = comms_store::programme(db, tenant.id).await?;
    let (_, settings) = store::settings(db, tenant.id).await?;
    if !row.manager_digest
        || !app::domain::comms::digest_due(now, &settings.time_zone, settings.skip_weekends)
    {
        return Ok(vec![]);
    }
    let programme = programme_of(&row, &settings);
    let week = app::domain::comms::digest_week(now, &settings.time_zone);
    let people = store::people(db, tenant.id).await?;
    let members: Vec<app::domain::comms::Member<'_>> = people
        .iter()
        .map(|p| app::domain::comms::Member {
            employee_id: p.id,
            name: &p.name,
            email: &p.email,
            manager: p.manager.as_deref(),
            has_passkey: p.has_passkey,
            journey: &p.journey,
        })
        .collect();
    let (branding, _) = tenants::branding(db, tenant.id, BrandingState::Published).await?;
    let mut queued = Vec::new();
    for (manager, lines) in app::domain::comms::digests(&members) {
        // The manager in the roster gives their name and language.
        let known = people
            .iter()
            .find(|p| p.email.eq_ignore_ascii_case(&manager));
        let i18n = I18n::new(locale_of(tenant, known.and_then(|p| p.language.as_deref())));
        let team = lines
            .iter()
            .map(|l| {
                let at =
                    l.at.as_ref()
                        .map(|(flow, step)| {
                            let (title, _) = step_titles(&i18n, flow, *step);
                            format!(
                                " ({})",
                                i18n.t_args(
                                    "digest-at-step",
                                    &[("step", (*step).into()), ("title", title.into())]
                                )
                            )
                        })
                        .unwrap_or_default();
                format!(
                    "- {} <{}>: {}{at}",
                    l.name,
                    l.email,
                    i18n.t(&format!("digest-reason-{}", l.reason.id()))
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        let values = Values {
            name: known.map_or_else(|| manager.clone(), |p| p.name.clone()),
            link: None,
            deadline: deadline_text(&programme),
            step: None,
            support: branding.support.first(),
            organisation: comms::organisation(tenant, &branding),
            team: Some(team),
        };
        let (t, _) = comms::template_for(db, tenant.id, Kind::ManagerDigest, &i18n).await?;
        let r = comms::render(&t, &values, &i18n, &branding);
        let m = Outgoing {
            tenant_id: Some(tenant.id),
            employee_id: None,
            kind: "manager-digest",
            dedupe_key: format!("manager-digest:{}:{manager}:{week}", tenant.id),
            recipient: manager.clone(),
            subject: r.subject,
            text: r.text,
            html: Some(r.html),
            not_before_ms: Some(
                app::domain::reminders::next_window(now, &settings).as_millisecond(),
            ),
            unsubscribe_url: None,
        };
        if outbox::enqueue(db, &m).await?.is_some() {
            queued.push(manager);
        }
    }
    Ok(queued)
}

/// Sends the waves that are due: each taken by one run only, its cohort announced, its count
/// and any error recorded. Returns the waves sent.
pub async fn run_waves(
    db: &Db,
    links: &LinkSettings,
    entra: &crate::ops::entra::EntraSettings,
    now: Timestamp,
) -> Result<usize, ServerError> {
    let waves = comms_store::take_due_waves(db, now.as_millisecond()).await?;
    let n = waves.len();
    for wave in waves {
        let (announced, error) = match send_wave(db, links, entra, &wave, now).await {
            Ok(n) => (n, None),
            Err(e) => {
                tracing::warn!(wave = wave.id, error = %e, "a wave failed");
                (0, Some(e.to_string()))
            }
        };
        comms_store::finish_wave(db, wave.id, announced, error.as_deref()).await?;
    }
    Ok(n)
}

async fn send_wave(
    db: &Db,
    links: &LinkSettings,
    entra: &crate::ops::entra::EntraSettings,
    wave: &comms_store::Wave,
    now: Timestamp,
) -> Result<usize, ServerError> {
    let tenant = tenants::by_id(db, wave.tenant_id)
        .await?
        .ok_or_else(|| ServerError::Invalid("the wave's tenant is gone".into()))?;
    let cohort = Cohort::from_parts(
        &wave.selector,
        wave.selector_value.as_deref(),
        &wave.addresses,
    )
    .ok_or_else(|| ServerError::Invalid(format!("unknown wave selector {:?}", wave.selector)))?;
    let members = cohort_members(db, entra, tenant.id, &cohort).await?;
    let maker = links.maker(now.as_second());
    Ok(
        announce_cohort(db, &tenant, &maker, &cohort, &members, Some(wave.id), false)
            .await?
            .len(),
    )
}

/// The object ids a group cohort selects (read from Entra now); empty for other cohorts.
pub async fn cohort_members(
    db: &Db,
    entra: &crate::ops::entra::EntraSettings,
    tenant_id: i64,
    cohort: &Cohort,
) -> Result<HashSet<String>, ServerError> {
    match cohort {
        Cohort::Group(g) => crate::ops::entra::group_member_ids(db, entra, tenant_id, g).await,
        _ => Ok(HashSet::new()),
    }
}

/// Runs every tenant's due waves, and the reminders, final notices and manager digests of
/// every tenant that has reminders on, now.
pub async fn run_all(
    db: &Db,
    links: &LinkSettings,
    entra: &crate::ops::entra::EntraSettings,
) -> Result<(), ServerError> {
    let now = Timestamp::now();
    let waves = run_waves(db, links, entra, now).await?;
    if waves > 0 {
        tracing::info!(waves, "announcement waves sent");
    }
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
        let finals = final_notices(db, &tenant, &maker, now, false)
            .await?
            .iter()
            .filter(|o| o.queued)
            .count();
        let digests = manager_digests(db, &tenant, now).await?.len();
        if queued + finals + digests > 0 {
            tracing::info!(tenant = %slug, queued, finals, digests, "reminders queued");
        }
    }
    Ok(())
}
