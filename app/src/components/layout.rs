use super::links::{DEVICE_PARAM, chosen_platform, with_query};
use crate::context::{TenantView, i18n, page_context};
use crate::domain::Platform;
use crate::i18n::Locale;
use crate::security::escape_text;
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_location;

/// The frame of every page: a header with the language switcher, the page, and a footer.
#[component]
pub fn Layout(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let i18n = i18n();
    let ctx = page_context();
    let app_name = i18n.t("app-name");
    // The language links repeat the request's path. `//evil.example` (or `/\evil.example`,
    // which browsers read the same way) would make them links to another site: keep one
    // leading slash.
    let pathname = use_location().pathname.get_untracked();
    let path = ctx.href(&format!("/{}", pathname.trim_start_matches(['/', '\\'])));
    let device = chosen_platform().map(Platform::id);
    let current = i18n.locale();
    let switcher = Locale::all()
        .map(|(locale, name)| {
            let href = with_query(
                &path,
                &[(DEVICE_PARAM, device), ("lang", Some(locale.tag()))],
            );
            let is_current = locale == current;
            view! {
                <li>
                    <a
                        href=href
                        hreflang=locale.tag()
                        lang=locale.tag()
                        aria-current=is_current.then_some("true")
                    >
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    let tenant = ctx.tenant.clone();
    let brand_name = tenant
        .as_ref()
        .map_or_else(|| app_name.clone(), |t| t.branding.display_name.clone());
    // leptos_meta writes the title into the document as it is, and the tenant's name is
    // tenant input: escape it here so a `</title>` in it stays text.
    let page_title = escape_text(&format!("{title} · {brand_name}"));
    let brand_css = tenant.as_ref().and_then(|t| {
        t.branding
            .primary_color
            .as_ref()
            .map(|_| format!("{}/brand.css?v={}", ctx.href(""), t.version))
    });
    let logo = tenant.as_ref().and_then(|t| {
        t.branding
            .logo_type
            .as_ref()
            .map(|_| format!("{}/logo?v={}", ctx.href(""), t.version))
    });
    let support = tenant.as_deref().map(support_view);
    let privacy = i18n.t(if ctx.employee_id.is_some() {
        "footer-privacy-personal"
    } else {
        "footer-privacy"
    });
    view! {
        <Title text=page_title/>
        {brand_css.map(|href| view! { <Link rel="stylesheet" href=href/> })}
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href=with_query(&ctx.href("/"), &[(DEVICE_PARAM, device)])>
                {logo.map(|src| view! { <img class="logo" src=src alt="" height="32"/> })}
                <span>{brand_name}</span>
            </a>
            <nav aria-label=i18n.t("language-switcher-label")>
                <ul class="languages">{switcher}</ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">{super::escape::in_app_escape(&ctx)}{children()}</main>
        <footer class="site-footer">
            {support}
            <p><a href=with_query(&ctx.href("/help"), &[(DEVICE_PARAM, device)])>{i18n.t("help-link")}</a></p>
            <p>{privacy}" "<a href=ctx.href("/privacy")>{i18n.t("footer-privacy-link")}</a></p>
        </footer>
    }
}

/// The tenant's support contact, as plain text and links whose schemes are fixed here.
fn support_view(tenant: &TenantView) -> Option<impl IntoView + use<>> {
    let s = &tenant.branding.support;
    if s.is_empty() {
        return None;
    }
    let i18n = i18n();
    let email = s.email.clone().map(|e| {
        let href = format!("mailto:{e}");
        view! { <li>{i18n.t("support-email")}" "<a href=href>{e}</a></li> }
    });
    let phone = s.phone.clone().map(|p| {
        let href = format!(
            "tel:{}",
            p.replace(|c: char| !(c.is_ascii_digit() || c == '+'), "")
        );
        view! { <li>{i18n.t("support-phone")}" "<a href=href>{p}</a></li> }
    });
    let url = s.url.clone().map(|u| {
        view! { <li><a href=u rel="noopener noreferrer">{i18n.t("support-website")}</a></li> }
    });
    let hours = s
        .hours
        .clone()
        .map(|h| view! { <li>{i18n.t("support-hours")}" "{h}</li> });
    Some(view! {
        <section class="support" aria-labelledby="support-heading">
            <h2 id="support-heading">{i18n.t("support-heading")}</h2>
            <ul>{email}{phone}{url}{hours}</ul>
        </section>
    })
}

/// The `<head>` of a page rendered as a whole document outside the app shell (the console, and
/// the employee's unsubscribe and 429 pages): the site's stylesheet and icon, an optional
/// second stylesheet, no script, never indexed.
/// What a page adds to the common `<head>`: a stylesheet, a same-origin script (the console's
/// passkey page; the CSP of that response allows `'self'` scripts), a refresh to a path of
/// ours (the interstitial after an Entra sign-in), or a description (an employee's page, as
/// the app shell gives every guide page).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeadExtras {
    pub css: Option<String>,
    pub script: Option<&'static str>,
    pub refresh_to: Option<String>,
    pub description: Option<String>,
}

pub fn document_head(title: String, extras: HeadExtras) -> impl IntoView {
    let HeadExtras {
        css: extra_css,
        script,
        refresh_to,
        description,
    } = extras;
    view! {
        <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="color-scheme" content="light dark"/>
            <meta name="robots" content="noindex"/>
            <title>{title}</title>
            {description.map(|d| view! { <meta name="description" content=d/> })}
            <link rel="stylesheet" href="/pkg/passkey-guide.css"/>
            {extra_css.map(|href| view! { <link rel="stylesheet" href=href/> })}
            {script.map(|src| view! { <script src=src defer></script> })}
            {refresh_to.map(|to| view! { <meta http-equiv="refresh" content=format!("0; url={to}")/> })}
            <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
        </head>
    }
}
