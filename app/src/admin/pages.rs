use super::{Message, csrf_field};
use crate::context::i18n;
use crate::domain::branding::{BrandingForm, FieldError, LOGO_MAX_BYTES, LOGO_MAX_SIDE};
use crate::domain::chooser::{AUTHENTICATOR_AAGUIDS, WINDOWS_HELLO_AAGUIDS};
use crate::domain::tenant::Role;
use crate::i18n::{I18n, Locale};
use crate::security::escape_text;
use leptos::prelude::*;

fn field_error(i18n: &I18n, errors: &[FieldError], field: &str) -> Option<AnyView> {
    let msgs: Vec<String> = errors
        .iter()
        .filter(|e| e.field == field)
        .map(|e| Message::with(e.key, e.args.clone()).render(i18n))
        .collect();
    (!msgs.is_empty()).then(|| {
        let id = format!("{field}-error");
        view! { <p class="field-error" id=id>{msgs.join(" ")}</p> }.into_any()
    })
}

fn notice(i18n: &I18n, m: Option<&Message>, class: &'static str) -> Option<AnyView> {
    m.map(|m| {
        let role = if class == "error" { "alert" } else { "status" };
        view! { <p class=format!("notice {class}") role=role>{m.render(i18n)}</p> }.into_any()
    })
}

pub fn tenants_page(tenants: Vec<(String, String, Role)>, create: Option<AnyView>) -> AnyView {
    let i18n = i18n();
    let empty = tenants.is_empty();
    let items = tenants
        .into_iter()
        .map(|(slug, name, role)| {
            let href = format!("/admin/t/{slug}");
            view! {
                <li><a href=href>{name}</a>" · "{i18n.t(&format!("role-{}", role.id()))}</li>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n.t("admin-tenants-title")}</h1>
        {empty.then(|| view! { <p>{i18n.t("admin-tenants-none")}</p> })}
        <ul class="tenant-list">{items}</ul>
        {create}
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub slug: String,
    pub role: Role,
    pub employees: i64,
    pub unpublished: bool,
    /// Where employees without a personal link find the guide.
    pub guide_url: String,
    pub csrf: String,
}

pub fn overview_page(o: Overview) -> AnyView {
    let i18n = i18n();
    let count = i18n.t_args(
        "admin-overview-employees",
        &[("count", (o.employees as usize).into())],
    );
    let export = o.role.can_edit().then(|| {
        let href = format!("/admin/t/{}/links.csv", o.slug);
        view! {
            <section aria-labelledby="links-heading">
                <h2 id="links-heading">{i18n.t("admin-links-heading")}</h2>
                <p>{i18n.t("admin-links-lead")}</p>
                <form method="post" action=href>
                    {csrf_field(&o.csrf)}
                    <label class="check">
                        <input type="checkbox" name="announce" value="on"/>
                        " "{i18n.t("admin-links-announce")}
                    </label>
                    <button class="button" type="submit">{i18n.t("admin-links-export")}</button>
                </form>
            </section>
        }
    });
    view! {
        <h1>{i18n.t("admin-overview-title")}</h1>
        <p>{count}</p>
        {o.unpublished.then(|| view! { <p class="notice">{i18n.t("admin-overview-unpublished")}</p> })}
        <p>{i18n.t("admin-overview-guide-url")}" "<a href=o.guide_url.clone()>{o.guide_url.clone()}</a></p>
        {export}
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq)]
pub struct BrandingView {
    pub slug: String,
    pub csrf: String,
    pub form: BrandingForm,
    pub errors: Vec<FieldError>,
    pub logo_error: Option<Message>,
    pub notice: Option<Message>,
    pub has_logo: bool,
    pub unpublished: bool,
    /// Cache-busting version of the draft preview assets.
    pub version: i64,
    /// The tenant has an Entra connection: "Import from Entra ID" is offered.
    pub entra_connected: bool,
    /// What an import from Entra could not use, and why.
    pub import_problems: Vec<Message>,
}

pub fn branding_page(b: BrandingView) -> AnyView {
    let i18n = i18n();
    let action = format!("/admin/t/{}/branding", b.slug);
    let text = |field: &'static str,
                key: &'static str,
                value: String,
                kind: &'static str,
                hint: Option<&'static str>| {
        let err = field_error(&i18n, &b.errors, field);
        let described = match (err.is_some(), hint.is_some()) {
            (true, _) => Some(format!("{field}-error")),
            (false, true) => Some(format!("{field}-hint")),
            _ => None,
        };
        let invalid = err.is_some().then_some("true");
        view! {
            <label for=field>{i18n.t(key)}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{field}-hint")>{i18n.t(h)}</p> })}
            <input id=field name=field type=kind value=value aria-invalid=invalid aria-describedby=described/>
            {err}
        }
    };
    let intro_err = field_error(&i18n, &b.errors, "intro");
    let preview_logo = b.has_logo.then(|| {
        let src = format!("/admin/t/{}/draft-logo?v={}", b.slug, b.version);
        view! { <img class="logo" src=src alt=i18n.t("admin-branding-logo-alt") height="32"/> }
    });
    let preview_name = if b.form.display_name.trim().is_empty() {
        b.slug.clone()
    } else {
        b.form.display_name.clone()
    };
    let f = b.form.clone();
    view! {
        <h1>{i18n.t("admin-branding-title")}</h1>
        {notice(&i18n, b.notice.as_ref(), "ok")}
        {(!b.import_problems.is_empty()).then(|| {
            let items = b.import_problems.iter().map(|m| view! { <li>{m.render(&i18n)}</li> }).collect_view();
            view! {
                <div class="notice error" role="alert">
                    <p>{i18n.t("branding-import-not-used")}</p>
                    <ul>{items}</ul>
                </div>
            }
        })}
        {b.entra_connected.then(|| view! {
            <form method="post" action=format!("{action}/import-entra") class="inline-form">
                {csrf_field(&b.csrf)}
                <p class="hint">{i18n.t("branding-import-hint")}</p>
                <button type="submit" class="button secondary">{i18n.t("branding-import")}</button>
            </form>
        })}
        {(!b.errors.is_empty()).then(|| view! { <p class="notice error" role="alert">{i18n.t("admin-form-has-errors")}</p> })}
        <form method="post" action=action.clone() class="stack" novalidate>
            {csrf_field(&b.csrf)}
            {text("display_name", "admin-branding-name", f.display_name, "text", None)}
            {text("primary_color", "admin-branding-colour", f.primary_color, "text", Some("admin-branding-colour-hint"))}
            <label for="intro">{i18n.t("admin-branding-intro")}</label>
            <textarea id="intro" name="intro" rows="4" aria-invalid=intro_err.is_some().then_some("true") inner_html=escape_text(&f.intro)></textarea>
            {intro_err}
            <fieldset>
                <legend>{i18n.t("admin-branding-support")}</legend>
                {text("support_email", "admin-branding-support-email", f.support_email, "email", None)}
                {text("support_url", "admin-branding-support-url", f.support_url, "url", None)}
                {text("support_phone", "admin-branding-support-phone", f.support_phone, "tel", None)}
                {text("support_hours", "admin-branding-support-hours", f.support_hours, "text", None)}
            </fieldset>
            <button type="submit" class="button">{i18n.t("admin-branding-save")}</button>
        </form>
        <h2>{i18n.t("admin-branding-logo")}</h2>
        <p class="hint" id="logo-hint">{i18n.t_args("admin-branding-logo-hint", &[
            ("max", (LOGO_MAX_BYTES / 1024).into()),
            ("side", (LOGO_MAX_SIDE as usize).into()),
        ])}</p>
        {notice(&i18n, b.logo_error.as_ref(), "error")}
        <form method="post" action=format!("{action}/logo") enctype="multipart/form-data" class="stack">
            {csrf_field(&b.csrf)}
            <label for="logo">{i18n.t("admin-branding-logo-file")}</label>
            <input id="logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="logo-hint"/>
            <button type="submit" class="button secondary">{i18n.t("admin-branding-logo-upload")}</button>
        </form>
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{i18n.t("admin-branding-preview")}</h2>
            <div class="brand-preview" data-preview="true">
                <p class="brand">{preview_logo}<span>{preview_name}</span></p>
                {(!b.form.intro.trim().is_empty()).then(|| view! { <p class="tenant-intro">{b.form.intro.clone()}</p> })}
                <p><span class="button">{i18n.t("start-recommended")}</span></p>
            </div>
        </section>
        <form method="post" action=format!("{action}/publish") class="stack">
            {csrf_field(&b.csrf)}
            <p>{i18n.t(if b.unpublished { "admin-branding-unpublished" } else { "admin-branding-published" })}</p>
            <button type="submit" class="button" disabled=(!b.unpublished).then_some(true)>{i18n.t("admin-branding-publish")}</button>
        </form>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyView {
    pub slug: String,
    pub csrf: String,
    pub can_edit: bool,
    pub device_bound_only: bool,
    pub attestation: bool,
    pub authenticator: bool,
    pub windows_hello: bool,
    pub security_keys: bool,
    pub security_info_url: String,
    pub default_language: String,
    pub host: String,
    pub error: Option<Message>,
    pub notice: Option<Message>,
}

pub fn policy_page(p: PolicyView) -> AnyView {
    let i18n = i18n();
    let action = format!("/admin/t/{}/policy", p.slug);
    let disabled = (!p.can_edit).then_some(true);
    let check = |name: &'static str, key: &'static str, on: bool| {
        view! {
            <label class="check">
                <input type="checkbox" name=name value="on" checked=on disabled=disabled/>
                " "{i18n.t(key)}
            </label>
        }
    };
    let languages = std::iter::once((String::new(), i18n.t("admin-policy-language-none")))
        .chain(Locale::all().map(|(l, name)| (l.tag().to_owned(), name.to_owned())))
        .map(|(tag, name)| {
            let selected = tag == p.default_language;
            view! { <option value=tag selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <h1>{i18n.t("admin-policy-title")}</h1>
        {notice(&i18n, p.notice.as_ref(), "ok")}
        {notice(&i18n, p.error.as_ref(), "error")}
        <form method="post" action=action class="stack">
            {csrf_field(&p.csrf)}
            <fieldset>
                <legend>{i18n.t("admin-policy-passkeys")}</legend>
                <label class="check">
                    <input type="radio" name="passkeys" value="synced-allowed" checked=!p.device_bound_only disabled=disabled/>
                    " "{i18n.t("admin-policy-synced-allowed")}
                </label>
                <label class="check">
                    <input type="radio" name="passkeys" value="device-bound-only" checked=p.device_bound_only disabled=disabled/>
                    " "{i18n.t("admin-policy-device-bound-only")}
                </label>
                {check("attestation", "admin-policy-attestation", p.attestation)}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("admin-policy-authenticators")}</legend>
                {check("authenticator", "admin-policy-authenticator", p.authenticator)}
                <div class="hint" id="authenticator-hint">
                    <p>{i18n.t("admin-policy-authenticator-hint")}</p>
                    {aaguid_list(&AUTHENTICATOR_AAGUIDS)}
                </div>
                {check("windows_hello", "admin-policy-windows-hello", p.windows_hello)}
                <div class="hint" id="windows-hello-hint">
                    <p>{i18n.t("admin-policy-windows-hello-hint")}</p>
                    {aaguid_list(&WINDOWS_HELLO_AAGUIDS)}
                </div>
                {check("security_keys", "admin-policy-security-keys", p.security_keys)}
            </fieldset>
            <label for="security_info_url">{i18n.t("admin-policy-security-info-url")}</label>
            <p class="hint" id="siu-hint">{i18n.t("admin-policy-security-info-url-hint")}</p>
            <input id="security_info_url" name="security_info_url" type="url" value=p.security_info_url aria-describedby="siu-hint" disabled=disabled/>
            <label for="default_language">{i18n.t("admin-policy-language")}</label>
            <select id="default_language" name="default_language" disabled=disabled>{languages}</select>
            <label for="host">{i18n.t("admin-policy-host")}</label>
            <p class="hint" id="host-hint">{i18n.t("admin-policy-host-hint")}</p>
            <input id="host" name="host" type="text" value=p.host aria-describedby="host-hint" disabled=disabled/>
            {p.can_edit.then(|| view! { <button type="submit" class="button">{i18n.t("admin-policy-save")}</button> })}
        </form>
    }
    .into_any()
}

/// AAGUIDs as an admin copies them into an Entra passkey profile: the id, then its name.
fn aaguid_list(list: &[(&'static str, &'static str)]) -> impl IntoView + use<> {
    let items = list
        .iter()
        .map(|(id, name)| view! { <li><code>{*id}</code>" "{*name}</li> })
        .collect_view();
    view! { <ul class="aaguids">{items}</ul> }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeView {
    /// The employee's public reference, for the helpdesk page's address.
    pub reference: String,
    pub email: String,
    pub display_name: String,
    pub language: Option<String>,
    pub department: Option<String>,
    pub link: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub bad: Vec<(u64, Message)>,
    pub warnings: Vec<(u64, Message)>,
    pub error: Option<Message>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RosterView {
    pub slug: String,
    pub csrf: String,
    pub can_edit: bool,
    pub query: String,
    pub total: i64,
    pub employees: Vec<EmployeeView>,
    pub report: Option<ImportReport>,
    /// Days journey data is kept after an employee registered or left.
    pub retention_days: u32,
    /// Owners set the retention period.
    pub can_set_retention: bool,
    /// What was just done (`erased`, `retention-saved`), or the retention period refused
    /// (a `privacy-error-*` message id).
    pub notice: Option<&'static str>,
}

fn report_view(i18n: &I18n, r: ImportReport) -> impl IntoView + use<> {
    let line = |(n, m): (u64, Message)| {
        view! { <li>{i18n.t_args("admin-roster-line", &[("line", (n as usize).into())])}": "{m.render(i18n)}</li> }
    };
    let bad_count = r.bad.len();
    let bad = r.bad.into_iter().map(line).collect_view();
    let warnings = r.warnings.into_iter().map(line).collect_view();
    match r.error {
        Some(e) => view! { <section class="report" aria-live="polite"><p class="notice error" role="alert">{e.render(i18n)}</p></section> }.into_any(),
        None => view! {
            <section class="report" aria-labelledby="report-heading">
                <h2 id="report-heading">{i18n.t("admin-roster-report")}</h2>
                <p role="status">{i18n.t_args("admin-roster-summary", &[
                    ("inserted", (r.inserted as usize).into()),
                    ("updated", (r.updated as usize).into()),
                    ("unchanged", (r.unchanged as usize).into()),
                    ("bad", bad_count.into()),
                ])}</p>
                <ul class="bad-rows">{bad}</ul>
                <ul class="warnings">{warnings}</ul>
            </section>
        }
        .into_any(),
    }
}

pub fn roster_page(r: RosterView) -> AnyView {
    let i18n = i18n();
    let action = format!("/admin/t/{}/roster", r.slug);
    let import = r.can_edit.then(|| view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{i18n.t("admin-roster-import")}</h2>
            <p class="hint" id="import-hint">{i18n.t("admin-roster-import-hint")}</p>
            <form method="post" action=format!("{action}/import") enctype="multipart/form-data" class="stack">
                {csrf_field(&r.csrf)}
                <label for="roster">{i18n.t("admin-roster-file")}</label>
                <input id="roster" name="roster" type="file" accept=".csv,text/csv" required aria-describedby="import-hint"/>
                <button type="submit" class="button">{i18n.t("admin-roster-import-submit")}</button>
            </form>
        </section>
    });
    let report = r.report.map(|rep| report_view(&i18n, rep));
    let rows = r
        .employees
        .into_iter()
        .map(|e| {
            view! {
                <tr>
                    <td><a href=format!("/admin/t/{}/employees/{}", r.slug, e.reference)>{e.display_name}</a></td>
                    <td>{e.email}</td>
                    <td>{e.language.unwrap_or_default()}</td>
                    <td>{e.department.unwrap_or_default()}</td>
                    <td><input type="text" readonly value=e.link aria-label=i18n.t("admin-roster-link")/></td>
                </tr>
            }
        })
        .collect_view();
    let total = i18n.t_args(
        "admin-overview-employees",
        &[("count", (r.total as usize).into())],
    );
    let notice = r.notice.map(|n| {
        let error = n.starts_with("privacy-error-");
        let text = if error { i18n.t(n) } else { i18n.t(&format!("privacy-done-{n}")) };
        view! {
            <p class=if error { "notice error" } else { "notice" } role=if error { "alert" } else { "status" }>{text}</p>
        }
    });
    let retention = view! {
        <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">{i18n.t("privacy-retention-title")}</h2>
            <p>{i18n.t_args("privacy-retention-now", &[("days", (r.retention_days as usize).into())])}</p>
            {r.can_set_retention.then(|| view! {
                <form method="post" action=format!("{action}/retention") class="inline">
                    {csrf_field(&r.csrf)}
                    <label for="retention-days">{i18n.t("privacy-retention-days")}</label>" "
                    <input id="retention-days" name="days" type="number" min="1" max=app_max_days() required value=r.retention_days.to_string() inputmode="numeric"/>" "
                    <button type="submit" class="button secondary">{i18n.t("privacy-retention-save")}</button>
                </form>
            })}
            <p class="hint">{i18n.t("privacy-retention-hint")}</p>
        </section>
    };
    view! {
        <h1>{i18n.t("admin-roster-title")}</h1>
        {notice}
        {report}
        {import}
        <section aria-labelledby="lookup-heading">
            <h2 id="lookup-heading">{i18n.t("admin-roster-lookup")}</h2>
            <p>{total}</p>
            <form method="get" action=action class="inline" role="search">
                <label for="q">{i18n.t("admin-roster-search")}</label>" "
                <input id="q" name="q" type="search" value=r.query/>" "
                <button type="submit" class="button secondary">{i18n.t("admin-roster-search-submit")}</button>
            </form>
            <div class="table-wrap">
                <table>
                    <caption>{i18n.t("admin-roster-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("admin-roster-name")}</th>
                            <th scope="col">{i18n.t("admin-roster-email")}</th>
                            <th scope="col">{i18n.t("admin-roster-language")}</th>
                            <th scope="col">{i18n.t("admin-roster-department")}</th>
                            <th scope="col">{i18n.t("admin-roster-link")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        {retention}
    }
    .into_any()
}

fn app_max_days() -> String {
    crate::domain::retention::MAX_DAYS.to_string()
}

/// A console error (forbidden, not found, expired form) that still leads somewhere.
pub fn error_page(message: Message) -> AnyView {
    let i18n = i18n();
    view! {
        <h1>{i18n.t("admin-error-title")}</h1>
        <p>{message.render(&i18n)}</p>
        <p><a class="button" href="/admin">{i18n.t("admin-error-back")}</a></p>
    }
    .into_any()
}
