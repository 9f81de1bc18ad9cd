use crate::context::PageContext;
use crate::domain::DeviceProfile;
use crate::i18n::{I18n, Locale};
use crate::routes::{
    DonePage, GuidePage, HelpPage, HomePage, LinkProblemPage, NotFound, PrintPage, PrivacyPage,
    StuckPage,
};
use crate::security::{DEFAULT_SECURITY_INFO_URL, content_security_policy};
use leptos::nonce::{provide_nonce, use_nonce};
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// The HTML document around every page. Runs on the server for each request: it takes the
/// request's [`PageContext`] from the server, sets the language and the CSP nonce.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let ctx = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PageContext>().cloned())
        .unwrap_or_else(|| {
            PageContext::generic(
                DeviceProfile::unknown(),
                Locale::DEFAULT,
                Arc::from(DEFAULT_SECURITY_INFO_URL),
            )
        });
    let lang = ctx.locale.tag();
    let description = I18n::new(ctx.locale).t("meta-description");
    provide_context(I18n::new(ctx.locale));
    provide_context(ctx);

    provide_nonce();
    let nonce = use_nonce();
    if let (Some(nonce), Some(response)) = (&nonce, use_context::<leptos_axum::ResponseOptions>())
        && let Ok(value) = http::HeaderValue::from_str(&content_security_policy(Some(nonce)))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
    let css = format!("/pkg/{}.css", options.output_name);

    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <meta name="description" content=description/>
                <link rel="stylesheet" href=css/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=HomePage/>
                <Route path=path!("/guide/:flow") view=GuidePage/>
                <Route path=path!("/guide/:flow/step/:step") view=GuidePage/>
                <Route path=path!("/guide/:flow/step/:step/stuck") view=StuckPage/>
                <Route path=path!("/guide/:flow/done") view=DonePage/>
                <Route path=path!("/guide/:flow/print") view=PrintPage/>
                <Route path=path!("/help") view=HelpPage/>
                <Route path=path!("/privacy") view=PrivacyPage/>
                <Route path=path!("/link/:token") view=LinkProblemPage/>
            </Routes>
        </Router>
    }
}
