mod guide;
mod home;

pub use guide::{DonePage, GuidePage, HelpPage, PrintPage, StuckPage};
pub use home::HomePage;

use crate::components::Layout;
use crate::context::{i18n, page_context};
use leptos::prelude::*;

/// Unknown pages and unknown flows: a 404 that still leads back to the guide.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = i18n();
    view! {
        <Layout title=i18n.t("not-found-title")>
            <h1>{i18n.t("not-found-title")}</h1>
            <p>{i18n.t("not-found-lead")}</p>
            <p><a class="button" href=page_context().href("/")>{i18n.t("not-found-home")}</a></p>
        </Layout>
    }
}

/// What the guide records about employees, why, for how long, and who to ask.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let tenant = ctx.tenant.clone();
    let organisation = tenant.as_ref().map_or_else(
        || i18n.t("privacy-your-organisation"),
        |t| t.branding.display_name.clone(),
    );
    let what_personal = i18n.t_args(
        "privacy-what-personal",
        &[("organisation", organisation.as_str().into())],
    );
    let who = i18n.t_args(
        "privacy-who",
        &[("organisation", organisation.as_str().into())],
    );
    let days = tenant
        .as_ref()
        .map_or(crate::domain::retention::DEFAULT_DAYS, |t| t.retention_days);
    let how_long = i18n.t_args(
        "privacy-how-long",
        &[
            ("organisation", organisation.as_str().into()),
            ("days", (days as usize).into()),
        ],
    );
    let contact = tenant
        .as_ref()
        .is_some_and(|t| !t.branding.support.is_empty());
    view! {
        <Layout title=i18n.t("privacy-title")>
            <h1>{i18n.t("privacy-title")}</h1>
            <p class="lead">{i18n.t("privacy-lead")}</p>
            <section aria-labelledby="privacy-what">
                <h2 id="privacy-what">{i18n.t("privacy-what-title")}</h2>
                <p>{i18n.t("privacy-what-anonymous")}</p>
                <p>{what_personal}</p>
                <p>{i18n.t("privacy-what-cookies")}</p>
                <p>{i18n.t("privacy-what-never")}</p>
            </section>
            <section aria-labelledby="privacy-why">
                <h2 id="privacy-why">{i18n.t("privacy-why-title")}</h2>
                <p>{i18n.t("privacy-why")}</p>
            </section>
            <section aria-labelledby="privacy-how-long">
                <h2 id="privacy-how-long">{i18n.t("privacy-how-long-title")}</h2>
                <p data-retention-days=days>{how_long}</p>
            </section>
            <section aria-labelledby="privacy-who">
                <h2 id="privacy-who">{i18n.t("privacy-who-title")}</h2>
                <p>{who}</p>
                {contact.then(|| view! { <p>{i18n.t("privacy-who-contact")}</p> })}
            </section>
        </Layout>
    }
}

/// A personal link that cannot be used: say why, and offer the generic guide.
#[component]
pub fn LinkProblemPage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let (status, key) = match ctx.link_problem {
        Some(crate::context::LinkProblem::Expired) => (http::StatusCode::GONE, "link-expired"),
        Some(crate::context::LinkProblem::Unknown) => (http::StatusCode::NOT_FOUND, "link-unknown"),
        _ => (http::StatusCode::BAD_REQUEST, "link-invalid"),
    };
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    view! {
        <Layout title=i18n.t("link-problem-title")>
            <h1>{i18n.t("link-problem-title")}</h1>
            <p class="lead" data-link-problem=key>{i18n.t(key)}</p>
            <p>{i18n.t("link-problem-generic")}</p>
            <p><a class="button" href=ctx.href("/")>{i18n.t("link-problem-open-guide")}</a></p>
        </Layout>
    }
}

/// A whole document of its own, outside the router (the console's head, no script): a heading
/// and the body `body` makes in the page's language.
fn standalone(
    locale: crate::i18n::Locale,
    heading_key: &str,
    body: impl FnOnce(&crate::i18n::I18n) -> AnyView,
) -> String {
    use leptos::tachys::view::RenderHtml;
    let owner = Owner::new();
    owner.with(|| {
        let i18n = crate::i18n::I18n::new(locale);
        let heading = i18n.t(heading_key);
        let title = format!("{heading} · {}", i18n.t("app-name"));
        let body = body(&i18n);
        view! {
            <!DOCTYPE html>
            <html lang=locale.tag()>
                {crate::components::document_head(title, crate::components::HeadExtras {
                    description: Some(i18n.t("meta-description")),
                    ..Default::default()
                })}
                <body>
                    <main id="main">
                        <h1>{heading}</h1>
                        {body}
                    </main>
                </body>
            </html>
        }
        .to_html()
    })
}

/// The page for an employee whose personal link was used too often in a short time (429).
/// The request is refused before routing, so this is a whole document of its own, with
/// nothing from the tenant or the request but the number of seconds.
pub fn render_rate_limited(locale: crate::i18n::Locale, retry_after_s: u64) -> String {
    standalone(locale, "rate-limited-title", |i18n| {
        let lead = i18n.t_args("rate-limited-lead", &[("seconds", retry_after_s.into())]);
        view! {
            <p class="lead" data-rate-limited="">{lead}</p>
            <p>{i18n.t("rate-limited-next")}</p>
        }
        .into_any()
    })
}

/// What the unsubscribe address says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsubscribe {
    /// Asks before opting out (a link scanner's GET must not do it); the form posts to `action`.
    Confirm {
        action: String,
    },
    Done,
    /// The programme is mandatory: no opting out; who to contact, if the tenant says.
    Mandatory {
        support: Option<String>,
    },
    /// The address is altered, expired or no longer on the roster.
    Invalid,
}

/// The page behind a message's unsubscribe address (RFC 8058's one-click POST lands here too).
pub fn render_unsubscribe(locale: crate::i18n::Locale, state: Unsubscribe) -> String {
    standalone(locale, "unsubscribe-title", |i18n| match state {
        Unsubscribe::Confirm { action } => view! {
            <p class="lead">{i18n.t("unsubscribe-lead")}</p>
            <form method="post" action=action>
                <input type="hidden" name="List-Unsubscribe" value="One-Click"/>
                <button type="submit" class="button">{i18n.t("opt-out-button")}</button>
            </form>
        }
        .into_any(),
        Unsubscribe::Done => view! {
            <p class="lead" role="status" data-opted-out="true">{i18n.t("opt-out-done")}</p>
        }
        .into_any(),
        Unsubscribe::Mandatory { support } => {
            let text = match support {
                Some(c) => i18n.t_args("mandatory-note-contact", &[("support", c.into())]),
                None => i18n.t("mandatory-note"),
            };
            view! { <p class="lead" data-mandatory="true">{text}</p> }.into_any()
        }
        Unsubscribe::Invalid => {
            view! { <p class="lead">{i18n.t("unsubscribe-invalid")}</p> }.into_any()
        }
    })
}
