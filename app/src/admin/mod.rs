//! The admin console's pages. The server loads the data, these components render it; every
//! page works without JavaScript (plain forms, POST then redirect) and every string is Fluent.

mod access;
mod comms;
mod dashboard;
mod employee;
mod entra;
mod pages;
mod reminders;

pub use access::*;
pub use comms::*;
pub use dashboard::*;
pub use employee::{
    DiagnosticRow, EmployeeDetail, TimelineRow, employee_page, step_label, symptom_label,
};
pub use entra::{
    CheckView, ConnectForm, ConnectionView, EntraView, PolicyView as EntraPolicyView, ProfileView,
    RunView, entra_page,
};
pub use pages::*;
pub use reminders::{HistoryRow, PreviewRow, RemindersView, history_table, reminders_page};

use crate::components::HeadExtras;
use crate::i18n::{Arg, I18n, Locale};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// A message key with its arguments, rendered in the page's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Message { key, args }
    }

    pub fn render(&self, i18n: &I18n) -> String {
        // Contrast ratios are decimals; everything else is text or a whole number.
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = if matches!(*k, "ratio" | "min") && v.parse::<f64>().is_ok() {
                    i18n.decimal(v)
                } else {
                    v.clone()
                };
                (*k, Arg::Str(v))
            })
            .collect();
        i18n.t_args(self.key, &args)
    }
}

/// Who is signed in, and in which tenant: the frame of every console page.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub email: String,
    pub csrf: String,
    pub tenant: Option<TenantNav>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TenantNav {
    pub slug: String,
    pub name: String,
    pub role: crate::domain::tenant::Role,
    /// Which section is open: `overview`, `branding`, `policy` or `roster`.
    pub section: &'static str,
}

/// Renders a whole console page to HTML; `head` adds a stylesheet (the draft colours of the
/// branding preview), the passkey script or a refresh.
pub fn render_page_with(
    locale: Locale,
    title_key: &'static str,
    head: HeadExtras,
    frame: Option<Frame>,
    body: impl FnOnce() -> AnyView,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let i18n = I18n::new(locale);
        provide_context(i18n.clone());
        let title = format!("{} · {}", i18n.t(title_key), i18n.t("admin-console"));
        let header = frame.map(|f| frame_header(&i18n, f));
        view! {
            <!DOCTYPE html>
            <html lang=locale.tag()>
                {crate::components::document_head(title, head)}
                <body class="admin">
                    <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
                    {header}
                    <main id="main" tabindex="-1">{body()}</main>
                </body>
            </html>
        }
        .to_html()
    })
}

fn frame_header(i18n: &I18n, f: Frame) -> impl IntoView + use<> {
    let nav = f.tenant.map(|t| {
        let link = |section: &'static str, path: &str, key: &str| {
            let href = format!("/admin/t/{}{path}", t.slug);
            let current = (t.section == section).then_some("page");
            view! { <li><a href=href aria-current=current>{i18n.t(key)}</a></li> }
        };
        view! {
            <nav class="admin-nav" aria-label=i18n.t("admin-nav-label")>
                <p class="tenant-name">{t.name.clone()}" · "{i18n.t(&format!("role-{}", t.role.id()))}</p>
                <ul>
                    {link("overview", "", "admin-nav-overview")}
                    {link("branding", "/branding", "admin-nav-branding")}
                    {link("policy", "/policy", "admin-nav-policy")}
                    {link("roster", "/roster", "admin-nav-roster")}
                    {link("reminders", "/reminders", "admin-nav-reminders")}
                    {t.role.can_edit().then(|| link("comms", "/comms", "admin-nav-comms"))}
                    {t.role.can_edit().then(|| link("entra", "/entra", "admin-nav-entra"))}
                    {t.role.can_edit().then(|| link("dashboard", "/dashboard", "admin-nav-dashboard"))}
                    {(t.role == crate::domain::tenant::Role::Owner).then(|| link("people", "/people", "admin-nav-people"))}
                    {(t.role == crate::domain::tenant::Role::Owner).then(|| link("audit", "/audit", "admin-nav-audit"))}
                </ul>
            </nav>
        }
    });
    view! {
        <header class="site-header">
            <a class="brand" href="/admin">{i18n.t("admin-console")}</a>
            <form method="post" action="/admin/logout" class="inline">
                <input type="hidden" name="csrf" value=f.csrf/>
                <a class="who" href="/admin/account">{f.email}</a>" "
                <button type="submit" class="link">{i18n.t("admin-sign-out")}</button>
            </form>
        </header>
        {nav}
    }
}

/// The hidden CSRF field every state-changing form carries.
pub fn csrf_field(token: &str) -> impl IntoView + use<> {
    view! { <input type="hidden" name="csrf" value=token.to_owned()/> }
}
