//! The comms page: how mail leaves (the server's SMTP, the tenant's own SMTP server or
//! Microsoft Graph), the programme (deadline, mandatory, manager digests), announcement waves,
//! and the message texts; and the editor of one message in one language, with its preview.

use super::csrf_field;
use crate::context::i18n;
use leptos::prelude::*;

/// How mail leaves now.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransportView {
    /// `server` (the server's SMTP settings), `smtp` or `graph`.
    pub kind: &'static str,
    pub from: String,
    pub reply_to: String,
    /// Whether the tenant has an Entra connection (Graph needs it).
    pub has_entra: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProgrammeView {
    /// `YYYY-MM-DD` or empty.
    pub deadline: String,
    pub mandatory: bool,
    pub manager_digest: bool,
}

/// One wave in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveRow {
    pub id: i64,
    pub at: String,
    /// `everyone`, `department`, `group` or `list`.
    pub cohort: String,
    /// The department or group, or how many addresses.
    pub value: String,
    /// `scheduled`, `sending`, `sent` or `failed`.
    pub state: &'static str,
    pub announced: i64,
    pub error: Option<String>,
}

/// One message in one language, as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateRow {
    pub kind: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    pub custom: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommsView {
    pub slug: String,
    pub csrf: String,
    /// A notice key (`comms-saved-…`) after a change, or an error message.
    pub notice: Option<String>,
    pub error: Option<String>,
    pub transport: TransportView,
    pub programme: ProgrammeView,
    pub waves: Vec<WaveRow>,
    pub templates: Vec<TemplateRow>,
    pub time_zone: String,
}

fn checked(on: bool) -> Option<bool> {
    on.then_some(true)
}

pub fn comms_page(v: CommsView) -> AnyView {
    let i18n = i18n();
    let base = format!("/admin/t/{}/comms", v.slug);
    let csrf = v.csrf.clone();
    let t = v.transport.clone();
    let transport_now = match t.kind {
        "graph" => i18n.t_args(
            "comms-transport-now-graph",
            &[("from", t.from.clone().into())],
        ),
        "smtp" => i18n.t_args(
            "comms-transport-now-smtp",
            &[("from", t.from.clone().into())],
        ),
        _ => i18n.t("comms-transport-now-server"),
    };
    let waves = v
        .waves
        .iter()
        .map(|w| {
            let cancel = (w.state == "scheduled").then(|| {
                let action = format!("{base}/waves/{}/cancel", w.id);
                view! {
                    <form method="post" action=action class="inline">
                        {csrf_field(&csrf)}
                        <button type="submit" class="link">{i18n.t("comms-wave-cancel")}</button>
                    </form>
                }
            });
            view! {
                <tr data-wave-state=w.state>
                    <td>{w.at.clone()}</td>
                    <td>{i18n.t(&format!("comms-cohort-{}", w.cohort))}" "{w.value.clone()}</td>
                    <td>{i18n.t(&format!("comms-wave-state-{}", w.state))}</td>
                    <td>{w.announced}</td>
                    <td>{w.error.clone().unwrap_or_default()}{cancel}</td>
                </tr>
            }
        })
        .collect_view();
    let templates = v
        .templates
        .iter()
        .map(|r| {
            let href = format!("{base}/templates/{}/{}", r.kind, r.language);
            let state = if r.custom {
                i18n.t("comms-template-custom")
            } else {
                i18n.t("comms-template-built-in")
            };
            view! {
                <tr>
                    <td>{i18n.t(&format!("comms-kind-{}", r.kind))}</td>
                    <td lang=r.language>{r.language_name}</td>
                    <td>{state}</td>
                    <td><a href=href>{i18n.t("comms-template-edit")}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.t("comms-title")}</h1>
        <p>{i18n.t("comms-lead")}</p>
        {v.notice.map(|n| view! { <p class="notice" role="status">{i18n.t(&n)}</p> })}
        {v.error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        <section aria-labelledby="transport-heading">
            <h2 id="transport-heading">{i18n.t("comms-transport-title")}</h2>
            <p data-transport=t.kind>{transport_now}</p>
            <form method="post" action=format!("{base}/transport") class="stack">
                {csrf_field(&v.csrf)}
                <fieldset>
                    <legend>{i18n.t("comms-transport-legend")}</legend>
                    <label class="check">
                        <input type="radio" name="kind" value="graph" checked=checked(t.kind == "graph") disabled=(!t.has_entra).then_some(true)/>
                        " "{i18n.t("comms-transport-graph")}
                    </label>
                    <label class="check">
                        <input type="radio" name="kind" value="smtp" checked=checked(t.kind != "graph")/>
                        " "{i18n.t("comms-transport-smtp")}
                    </label>
                </fieldset>
                {(!t.has_entra).then(|| view! { <p class="hint">{i18n.t("comms-transport-needs-entra")}</p> })}
                <p class="hint">{i18n.t("comms-transport-graph-hint")}</p>
                <label for="from">{i18n.t("comms-from")}</label>
                <input id="from" name="from" type="email" required value=t.from.clone() autocomplete="off"/>
                <label for="reply_to">{i18n.t("comms-reply-to")}</label>
                <input id="reply_to" name="reply_to" type="email" value=t.reply_to.clone() autocomplete="off"/>
                <label for="smtp_url">{i18n.t("comms-smtp-url")}</label>
                <input id="smtp_url" name="smtp_url" type="password" autocomplete="off" aria-describedby="smtp-hint"/>
                <p class="hint" id="smtp-hint">{i18n.t("comms-smtp-url-hint")}</p>
                <button type="submit" class="button">{i18n.t("comms-save")}</button>
            </form>
            <form method="post" action=format!("{base}/test") class="stack">
                {csrf_field(&v.csrf)}
                <input type="hidden" name="kind" value="announcement"/>
                <button type="submit" class="button secondary">{i18n.t("comms-send-test")}</button>
            </form>
        </section>
        <section aria-labelledby="programme-heading">
            <h2 id="programme-heading">{i18n.t("comms-programme-title")}</h2>
            <form method="post" action=format!("{base}/programme") class="stack">
                {csrf_field(&v.csrf)}
                <label for="deadline">{i18n.t("comms-deadline")}</label>
                <input id="deadline" name="deadline" type="date" value=v.programme.deadline.clone() aria-describedby="deadline-hint"/>
                <p class="hint" id="deadline-hint">{i18n.t_args("comms-deadline-hint", &[("zone", v.time_zone.clone().into())])}</p>
                <label class="check">
                    <input type="checkbox" name="mandatory" value="on" checked=checked(v.programme.mandatory)/>
                    " "{i18n.t("comms-mandatory")}
                </label>
                <label class="check">
                    <input type="checkbox" name="manager_digest" value="on" checked=checked(v.programme.manager_digest)/>
                    " "{i18n.t("comms-manager-digest")}
                </label>
                <button type="submit" class="button">{i18n.t("comms-save")}</button>
            </form>
        </section>
        <section aria-labelledby="waves-heading">
            <h2 id="waves-heading">{i18n.t("comms-waves-title")}</h2>
            <p>{i18n.t("comms-waves-lead")}</p>
            <form method="post" action=format!("{base}/waves") class="stack">
                {csrf_field(&v.csrf)}
                <label for="cohort">{i18n.t("comms-cohort")}</label>
                <select id="cohort" name="cohort">
                    <option value="everyone">{i18n.t("comms-cohort-everyone")}</option>
                    <option value="department">{i18n.t("comms-cohort-department")}</option>
                    <option value="group">{i18n.t("comms-cohort-group")}</option>
                    <option value="list">{i18n.t("comms-cohort-list")}</option>
                </select>
                <label for="value">{i18n.t("comms-cohort-value")}</label>
                <input id="value" name="value" type="text"/>
                <label for="addresses">{i18n.t("comms-cohort-addresses")}</label>
                <textarea id="addresses" name="addresses" rows="4"></textarea>
                <label for="at">{i18n.t("comms-wave-at")}</label>
                <input id="at" name="at" type="datetime-local" aria-describedby="at-hint"/>
                <p class="hint" id="at-hint">{i18n.t_args("comms-wave-at-hint", &[("zone", v.time_zone.clone().into())])}</p>
                <button type="submit" class="button">{i18n.t("comms-wave-schedule")}</button>
            </form>
            {(!v.waves.is_empty()).then(|| view! {
                <div class="table-wrap">
                    <table>
                        <caption>{i18n.t("comms-waves-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("comms-wave-col-at")}</th>
                            <th scope="col">{i18n.t("comms-cohort")}</th>
                            <th scope="col">{i18n.t("comms-wave-col-state")}</th>
                            <th scope="col">{i18n.t("comms-wave-col-announced")}</th>
                            <th scope="col">{i18n.t("admin-reminders-col-error")}</th>
                        </tr></thead>
                        <tbody>{waves}</tbody>
                    </table>
                </div>
            })}
        </section>
        <section aria-labelledby="templates-heading">
            <h2 id="templates-heading">{i18n.t("comms-templates-title")}</h2>
            <p>{i18n.t("comms-templates-lead")}</p>
            <div class="table-wrap">
                <table>
                    <caption>{i18n.t("comms-templates-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("comms-template-col-message")}</th>
                        <th scope="col">{i18n.t("comms-template-col-language")}</th>
                        <th scope="col">{i18n.t("comms-template-col-state")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n.t("comms-template-edit")}</span></th>
                    </tr></thead>
                    <tbody>{templates}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

/// The editor of one message in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateView {
    pub slug: String,
    pub csrf: String,
    pub kind: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    pub subject: String,
    pub body: String,
    /// The placeholders this message may use, as written (`{name}`).
    pub placeholders: Vec<String>,
    /// Problems found, as localised sentences.
    pub problems: Vec<String>,
    /// Subject and text part of the preview with a sample employee.
    pub preview: Option<(String, String)>,
    pub custom: bool,
    pub notice: Option<String>,
}

pub fn template_page(v: TemplateView) -> AnyView {
    let i18n = i18n();
    let action = format!(
        "/admin/t/{}/comms/templates/{}/{}",
        v.slug, v.kind, v.language
    );
    let back = format!("/admin/t/{}/comms", v.slug);
    let invalid = (!v.problems.is_empty()).then_some("true");
    let described = (!v.problems.is_empty()).then_some("template-problems");
    let problems = (!v.problems.is_empty()).then(|| {
        let items = v
            .problems
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view();
        view! {
            <div class="field-error" id="template-problems" role="alert">
                <p>{i18n.t("comms-template-problems")}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    let placeholders = v
        .placeholders
        .iter()
        .map(|p| view! { <li><code>{p.clone()}</code></li> })
        .collect_view();
    let preview = v.preview.clone().map(|(subject, text)| {
        view! {
            <section aria-labelledby="preview-heading" data-preview="">
                <h2 id="preview-heading">{i18n.t("comms-preview-title")}</h2>
                <p><strong>{i18n.t("comms-subject")}": "</strong><span data-preview-subject="">{subject}</span></p>
                <pre class="mail-preview" lang=v.language>{text}</pre>
            </section>
        }
    });
    view! {
        <p><a href=back>{i18n.t("comms-back")}</a></p>
        <h1>{i18n.t(&format!("comms-kind-{}", v.kind))}" · "<span lang=v.language>{v.language_name}</span></h1>
        <p>{if v.custom { i18n.t("comms-template-custom") } else { i18n.t("comms-template-built-in") }}</p>
        {v.notice.map(|n| view! { <p class="notice" role="status">{i18n.t(&n)}</p> })}
        {problems}
        <form method="post" action=action.clone() class="stack">
            {csrf_field(&v.csrf)}
            <label for="subject">{i18n.t("comms-subject")}</label>
            <input id="subject" name="subject" type="text" value=v.subject.clone() required
                aria-invalid=invalid aria-describedby=described/>
            <label for="body">{i18n.t("comms-body")}</label>
            <textarea id="body" name="body" rows="14" required aria-invalid=invalid
                aria-describedby="placeholders-hint">{v.body.clone()}</textarea>
            <div id="placeholders-hint">
                <p>{i18n.t("comms-placeholders")}</p>
                <ul class="inline-list">{placeholders}</ul>
            </div>
            <div class="actions">
                <button type="submit" name="action" value="preview" class="button secondary">{i18n.t("comms-preview")}</button>
                <button type="submit" name="action" value="save" class="button">{i18n.t("comms-save")}</button>
                <button type="submit" name="action" value="test" class="button secondary">{i18n.t("comms-send-test")}</button>
            </div>
        </form>
        {v.custom.then(|| view! {
            <form method="post" action=action.clone() class="stack">
                {csrf_field(&v.csrf)}
                <button type="submit" name="action" value="reset" class="link">{i18n.t("comms-template-reset")}</button>
            </form>
        })}
        {preview}
    }
    .into_any()
}
