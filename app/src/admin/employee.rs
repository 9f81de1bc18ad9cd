//! The helpdesk's view of one employee: where they are in the journey, on which device, what
//! they reported, and the whole timeline.

use super::csrf_field;
use crate::context::i18n;
use crate::domain::catalogue::Catalogue;
use crate::domain::journey::{ANSWER_SIGNED_IN, ANSWER_WORKED, Position, Stage};
use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    pub first_at: String,
    pub last_at: String,
    /// An event kind id (`link-opened`, `stuck`, …).
    pub kind: &'static str,
    pub flow: String,
    pub step: u16,
    pub detail: String,
    pub device: String,
    pub times: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DiagnosticRow {
    pub reference: i64,
    pub at: String,
    pub flow: String,
    pub step: u16,
    pub symptom: String,
    pub note: Option<String>,
    pub device: String,
    pub user_agent: Option<String>,
    pub probe: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeDetail {
    pub slug: String,
    pub reference: String,
    pub display_name: String,
    pub email: String,
    pub department: Option<String>,
    pub language: Option<String>,
    pub link: String,
    pub stage: Stage,
    pub position: Option<Position>,
    /// (flow, step, symptom) of a stuck report they have not moved past.
    pub stuck: Option<(String, u16, String)>,
    pub answer: Option<String>,
    pub devices: Vec<String>,
    pub last_seen: Option<String>,
    /// From Entra (Graph or the portal CSV): has a passkey, and when that was learned.
    pub registration: Option<(bool, String)>,
    /// The principal name registration status is matched on.
    pub upn: String,
    /// What the helpdesk should know from Entra's registration details (Fluent keys).
    pub hints: Vec<&'static str>,
    /// Left the rollout according to Entra: why (`not-in-groups`, `disabled`, `guest`), when.
    pub left: Option<(String, String)>,
    pub timeline: Vec<TimelineRow>,
    pub diagnostics: Vec<DiagnosticRow>,
    pub reminders: Vec<super::HistoryRow>,
    pub csrf: String,
    /// Owners erase; helpdesk and above export.
    pub can_erase: bool,
    /// The confirmation typed did not match their address.
    pub erase_refused: bool,
}

/// "Flow — 3. Step title", or what is known of it.
pub fn step_label(i18n: &I18n, flow: &str, step: u16) -> String {
    let Some(f) = Catalogue::embedded().flow(flow) else {
        return flow.to_owned();
    };
    let title = i18n.t(&f.title);
    match f.steps.get(usize::from(step).wrapping_sub(1)) {
        Some(s) => format!("{title} — {step}. {}", i18n.t(&s.title)),
        None => title,
    }
}

/// A symptom's title: a troubleshooting entry, or "something else".
pub fn symptom_label(i18n: &I18n, symptom: &str) -> String {
    match Catalogue::embedded().troubleshooting(symptom) {
        Some(t) => i18n.t(&t.title),
        None if symptom.is_empty() => i18n.t("admin-journey-reading-causes"),
        None => i18n.t("stuck-something-else"),
    }
}

fn detail_label(i18n: &I18n, row: &TimelineRow) -> String {
    match row.kind {
        "stuck" | "diagnostic-sent" => symptom_label(i18n, &row.detail),
        "returned" => i18n.t(if row.detail == ANSWER_WORKED {
            "admin-journey-answer-worked"
        } else {
            "admin-journey-answer-failed"
        }),
        "sign-in-tested" => i18n.t(if row.detail == ANSWER_SIGNED_IN {
            "admin-journey-sign-in-worked"
        } else {
            "admin-journey-sign-in-failed"
        }),
        _ => String::new(),
    }
}

pub fn employee_page(e: EmployeeDetail) -> AnyView {
    let i18n = i18n();
    let position = e.position.as_ref().map(|p| match p {
        Position::Step { flow, step } => step_label(&i18n, flow, *step),
        Position::Done { flow } => i18n.t_args(
            "admin-journey-at-done",
            &[("flow", step_label(&i18n, flow, 0).into())],
        ),
    });
    // The employees' help page: every troubleshooting entry, anchored by its id, so the
    // helpdesk reads what the employee read (network endpoints, provider settings …).
    let help = format!("/t/{}/help", e.slug);
    let stuck = e.stuck.as_ref().map(|(flow, step, symptom)| {
        let entry = Catalogue::embedded()
            .troubleshooting(symptom)
            .map(|t| format!("{help}#{}", t.id));
        view! {
            <p class="notice error" data-stuck=symptom.clone()>
                {i18n.t_args("admin-journey-stuck", &[
                    ("step", step_label(&i18n, flow, *step).into()),
                    ("symptom", symptom_label(&i18n, symptom).into()),
                ])}
                {entry.map(|href| view! { " "<a href=href>{i18n.t("admin-journey-stuck-help")}</a> })}
            </p>
        }
    });
    let answer = e.answer.as_deref().map(|a| {
        i18n.t(if a == ANSWER_WORKED {
            "admin-journey-answer-worked"
        } else {
            "admin-journey-answer-failed"
        })
    });
    let timeline = e
        .timeline
        .iter()
        .map(|r| {
            let kind = i18n.t(&format!("admin-journey-kind-{}", r.kind));
            let place = (!r.flow.is_empty()).then(|| step_label(&i18n, &r.flow, r.step));
            view! {
                <tr data-kind=r.kind>
                    <td>{r.first_at.clone()}</td>
                    <td>{kind}</td>
                    <td>{place}</td>
                    <td>{detail_label(&i18n, r)}</td>
                    <td>{r.device.clone()}</td>
                    <td>{i18n.t_args("admin-journey-times", &[("count", (r.times.max(1) as usize).into()), ("last", r.last_at.as_str().into())])}</td>
                </tr>
            }
        })
        .collect_view();
    let has_timeline = !e.timeline.is_empty();
    let has_diagnostics = !e.diagnostics.is_empty();
    let diagnostics = e
        .diagnostics
        .into_iter()
        .map(|d| {
            view! {
                <article class="diagnostic" data-diagnostic=d.reference>
                    <h3>{i18n.t_args("admin-diagnostic-heading", &[("reference", d.reference.to_string().into()), ("at", d.at.into())])}</h3>
                    <dl>
                        <dt>{i18n.t("admin-diagnostic-where")}</dt><dd>{step_label(&i18n, &d.flow, d.step)}</dd>
                        <dt>{i18n.t("admin-diagnostic-symptom")}</dt><dd>{symptom_label(&i18n, &d.symptom)}</dd>
                        <dt>{i18n.t("admin-diagnostic-note")}</dt><dd class="note-text">{d.note.unwrap_or_else(|| "—".into())}</dd>
                        <dt>{i18n.t("admin-diagnostic-device")}</dt><dd>{d.device}</dd>
                        <dt>{i18n.t("admin-diagnostic-probe")}</dt><dd><code>{d.probe.unwrap_or_else(|| i18n.t("admin-diagnostic-no-probe"))}</code></dd>
                        <dt>{i18n.t("admin-diagnostic-user-agent")}</dt><dd><code>{d.user_agent.unwrap_or_default()}</code></dd>
                    </dl>
                </article>
            }
        })
        .collect_view();
    let back = format!("/admin/t/{}/roster", e.slug);
    let here = format!("/admin/t/{}/employees/{}", e.slug, e.reference);
    let erase = e.can_erase.then(|| view! {
        <form method="post" action=format!("{here}/erase") class="stack danger">
            {csrf_field(&e.csrf)}
            <p id="erase-hint">{i18n.t("privacy-erase-hint")}</p>
            {e.erase_refused.then(|| view! { <p class="notice error" role="alert">{i18n.t("privacy-erase-mismatch")}</p> })}
            <label for="confirm">{i18n.t_args("privacy-erase-confirm", &[("email", e.email.as_str().into())])}</label>
            <input id="confirm" name="confirm" type="text" required autocomplete="off" aria-describedby="erase-hint"/>
            <button type="submit" class="button danger">{i18n.t("privacy-erase-submit")}</button>
        </form>
    });
    let privacy = view! {
        <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{i18n.t("privacy-employee-title")}</h2>
            <form method="post" action=format!("{here}/export") class="inline">
                {csrf_field(&e.csrf)}
                <button type="submit" class="button secondary">{i18n.t("privacy-export-submit")}</button>
            </form>
            <p class="hint">{i18n.t("privacy-export-hint")}</p>
            {erase}
        </section>
    };
    let upn = (e.upn != e.email).then(|| e.upn.clone());
    view! {
        <p><a href=back>{i18n.t("admin-employee-back")}</a></p>
        <h1>{e.display_name}</h1>
        <dl class="facts">
            <dt>{i18n.t("admin-roster-email")}</dt><dd>{e.email}</dd>
            {upn.map(|u| view! { <dt>{i18n.t("admin-employee-upn")}</dt><dd>{u}</dd> })}
            <dt>{i18n.t("admin-roster-department")}</dt><dd>{e.department.unwrap_or_else(|| "—".into())}</dd>
            <dt>{i18n.t("admin-roster-language")}</dt><dd>{e.language.unwrap_or_else(|| "—".into())}</dd>
            <dt>{i18n.t("admin-journey-stage")}</dt><dd data-stage=e.stage.id()>{i18n.t(&format!("admin-journey-stage-{}", e.stage.id()))}</dd>
            <dt>{i18n.t("admin-journey-position")}</dt><dd>{position.unwrap_or_else(|| "—".into())}</dd>
            <dt>{i18n.t("admin-journey-answer")}</dt><dd>{answer.unwrap_or_else(|| "—".into())}</dd>
            <dt>{i18n.t("admin-journey-devices")}</dt><dd>{if e.devices.is_empty() { "—".to_owned() } else { e.devices.join("; ") }}</dd>
            <dt>{i18n.t("admin-journey-last-seen")}</dt><dd>{e.last_seen.unwrap_or_else(|| "—".into())}</dd>
            <dt>{i18n.t("admin-journey-registration")}</dt><dd data-registered=e.registration.as_ref().map(|(r, _)| r.to_string())>{match &e.registration {
                Some((true, at)) => i18n.t_args("admin-journey-registration-yes", &[("at", at.as_str().into())]),
                Some((false, at)) => i18n.t_args("admin-journey-registration-no", &[("at", at.as_str().into())]),
                None => i18n.t("admin-journey-registration-unknown"),
            }}</dd>
        </dl>
        {e.left.map(|(reason, at)| view! {
            <p class="notice" role="status">{i18n.t_args(&format!("admin-employee-left-{reason}"), &[("at", at.into())])}</p>
        })}
        {(!e.hints.is_empty()).then(|| {
            let items = e.hints.iter().map(|k| view! { <li>{i18n.t(k)}</li> }).collect_view();
            view! {
                <section aria-labelledby="hints-heading">
                    <h2 id="hints-heading">{i18n.t("helpdesk-hints")}</h2>
                    <ul class="hints">{items}</ul>
                </section>
            }
        })}
        {stuck}
        <p><a href=help.clone()>{i18n.t("admin-journey-help-page")}</a></p>
        <p><label for="link">{i18n.t("admin-roster-link")}</label>" "<input id="link" type="text" readonly value=e.link/></p>
        <section aria-labelledby="diagnostics-heading">
            <h2 id="diagnostics-heading">{i18n.t("admin-diagnostics-title")}</h2>
            {(!has_diagnostics).then(|| view! { <p>{i18n.t("admin-diagnostics-none")}</p> })}
            {diagnostics}
        </section>
        <section aria-labelledby="employee-reminders-heading">
            <h2 id="employee-reminders-heading">{i18n.t("admin-reminders-history-title")}</h2>
            {super::history_table(e.reminders)}
        </section>
        {privacy}
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.t("admin-journey-timeline")}</h2>
            {if has_timeline {
                view! {
                    <div class="table-wrap">
                        <table class="timeline">
                            <caption>{i18n.t("admin-journey-timeline-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{i18n.t("admin-journey-when")}</th>
                                <th scope="col">{i18n.t("admin-journey-what")}</th>
                                <th scope="col">{i18n.t("admin-journey-where")}</th>
                                <th scope="col">{i18n.t("admin-journey-detail")}</th>
                                <th scope="col">{i18n.t("admin-journey-device")}</th>
                                <th scope="col">{i18n.t("admin-journey-repeats")}</th>
                            </tr></thead>
                            <tbody>{timeline}</tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p>{i18n.t("admin-journey-not-opened")}</p> }.into_any()
            }}
        </section>
    }
    .into_any()
}
