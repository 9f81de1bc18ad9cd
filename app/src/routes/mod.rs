mod guide;
mod home;

pub use guide::{DonePage, GuidePage};
pub use home::HomePage;

use crate::components::Layout;
use crate::context::i18n;
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
            <p><a class="button" href="/">{i18n.t("not-found-home")}</a></p>
        </Layout>
    }
}
