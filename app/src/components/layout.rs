use super::links::{DEVICE_PARAM, chosen_platform, with_query};
use crate::context::i18n;
use crate::domain::Platform;
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// The frame of every page: a header with the language switcher, the page, and a footer.
#[component]
pub fn Layout(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let i18n = i18n();
    let app_name = i18n.t("app-name");
    let path = use_location().pathname.get_untracked();
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
    let page_title = format!("{title} · {app_name}");
    view! {
        <Title text=page_title/>
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href=with_query("/", &[(DEVICE_PARAM, device)])>{app_name}</a>
            <nav aria-label=i18n.t("language-switcher-label")>
                <ul class="languages">{switcher}</ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{i18n.t("footer-privacy")}</p>
        </footer>
    }
}
