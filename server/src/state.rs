use app::domain::Policy;
use app::domain::events::EventSink;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub policy: Policy,
    pub security_info_url: Arc<str>,
    pub events: Arc<dyn EventSink>,
    pub secure_cookies: bool,
}
