//! The reminders page: settings, what the next run would do and why (a dry run), and what was
//! sent.

use super::csrf_field;
use crate::context::i18n;
use crate::domain::reminders::{FormError, SettingsForm};
use leptos::prelude::*;

/// One line of the dry-run preview.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRow {
    pub email: String,
    /// `Some((days, content id, send time))` when a reminder is due.
    pub send: Option<(u16, &'static str, String)>,
    /// Why not, when nothing is due (a skip id).
    pub skip: Option<&'static str>,
}

/// One reminder decided in the past.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub email: String,
    pub offset_days: u16,
    /// `queued`, `sent`, `failed` or `superseded`.
    pub state: &'static str,
    pub at: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RemindersView {
    pub slug: String,
    pub csrf: String,
    pub can_edit: bool,
    pub form: SettingsForm,
    pub errors: Vec<FormError>,
    pub saved: bool,
    pub preview: Vec<PreviewRow>,
    pub history: Vec<HistoryRow>,
}

/// The history table, also shown on an employee's page.
pub fn history_table(rows: Vec<HistoryRow>) -> AnyView {
    let i18n = i18n();
    if rows.is_empty() {
        return view! { <p>{i18n.t("admin-reminders-history-none")}</p> }.into_any();
    }
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr data-reminder-state=r.state>
                    <td>{r.email}</td>
                    <td>{i18n.t_args("admin-reminders-days", &[("days", r.offset_days.into())])}</td>
                    <td>{i18n.t(&format!("admin-reminders-state-{}", r.state))}</td>
                    <td>{r.at}</td>
                    <td>{r.error.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table>
                <caption>{i18n.t("admin-reminders-history-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("admin-roster-email")}</th>
                    <th scope="col">{i18n.t("admin-reminders-col-reminder")}</th>
                    <th scope="col">{i18n.t("admin-reminders-col-state")}</th>
                    <th scope="col">{i18n.t("admin-journey-when")}</th>
                    <th scope="col">{i18n.t("admin-reminders-col-error")}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

pub fn reminders_page(v: RemindersView) -> AnyView {
    let i18n = i18n();
    let disabled = (!v.can_edit).then_some(true);
    let error = |field: &str| {
        v.errors.iter().find(|(f, _)| *f == field).map(
            |(f, key)| view! { <p class="field-error" id=format!("{f}-error")>{i18n.t(key)}</p> },
        )
    };
    let described = |field: &str| {
        v.errors
            .iter()
            .any(|(f, _)| *f == field)
            .then(|| format!("{field}-error"))
    };
    let text = |name: &'static str, label: &'static str, value: String| {
        view! {
            <label for=name>{i18n.t(label)}</label>
            <input id=name name=name type="text" value=value disabled=disabled
                aria-invalid=described(name).map(|_| "true") aria-describedby=described(name)/>
            {error(name)}
        }
    };
    let due = v.preview.iter().filter(|r| r.send.is_some()).count();
    let preview = v
        .preview
        .into_iter()
        .map(|r| {
            let (decision, detail) = match (&r.send, r.skip) {
                (Some((days, content, at)), _) => (
                    i18n.t_args("admin-reminders-days", &[("days", (*days).into())]),
                    format!(
                        "{} · {at}",
                        i18n.t(&format!("admin-reminders-content-{content}"))
                    ),
                ),
                (None, Some(why)) => (
                    i18n.t("admin-reminders-none"),
                    i18n.t(&format!("admin-reminders-skip-{why}")),
                ),
                (None, None) => (String::new(), String::new()),
            };
            view! { <tr><td>{r.email}</td><td>{decision}</td><td>{detail}</td></tr> }
        })
        .collect_view();
    let action = format!("/admin/t/{}/reminders", v.slug);
    view! {
        <h1>{i18n.t("admin-reminders-title")}</h1>
        <p>{i18n.t("admin-reminders-lead")}</p>
        {v.saved.then(|| view! { <p class="notice" role="status">{i18n.t("admin-reminders-saved")}</p> })}
        <form method="post" action=action class="stack">
            {csrf_field(&v.csrf)}
            <label class="check">
                <input type="checkbox" name="enabled" value="on" checked=v.form.enabled.is_some() disabled=disabled/>
                " "{i18n.t("admin-reminders-enabled")}
            </label>
            {text("offsets", "admin-reminders-offsets", v.form.offsets.clone())}
            {text("time_zone", "admin-reminders-time-zone", v.form.time_zone.clone())}
            {text("quiet_from_hour", "admin-reminders-quiet-from", v.form.quiet_from_hour.clone())}
            {text("quiet_until_hour", "admin-reminders-quiet-until", v.form.quiet_until_hour.clone())}
            <label class="check">
                <input type="checkbox" name="skip_weekends" value="on" checked=v.form.skip_weekends.is_some() disabled=disabled/>
                " "{i18n.t("admin-reminders-weekends")}
            </label>
            {text("per_hour", "admin-reminders-per-hour", v.form.per_hour.clone())}
            {v.can_edit.then(|| view! { <button type="submit" class="button">{i18n.t("admin-reminders-save")}</button> })}
        </form>
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{i18n.t("admin-reminders-preview-title")}</h2>
            <p>{i18n.t_args("admin-reminders-preview-lead", &[("count", due.into())])}</p>
            <div class="table-wrap">
                <table>
                    <caption>{i18n.t("admin-reminders-preview-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("admin-roster-email")}</th>
                        <th scope="col">{i18n.t("admin-reminders-col-reminder")}</th>
                        <th scope="col">{i18n.t("admin-reminders-col-why")}</th>
                    </tr></thead>
                    <tbody>{preview}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{i18n.t("admin-reminders-history-title")}</h2>
            {history_table(v.history)}
        </section>
    }
    .into_any()
}
