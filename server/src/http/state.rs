//! What every handler can reach: the database, the settings and the handles of the jobs.

use crate::ops::links::LinkSettings;
use crate::store::Db;
use app::domain::Policy;
use app::domain::events::EventSink;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// The handlers' state: one pointer to [`Services`]. Every layer of the router clones its
/// inner service for each request, and with it the state; cloning one `Arc` instead of a
/// dozen fields (and the Leptos options' strings) was a quarter of the CPU a cached page
/// cost under the herd benchmark.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

impl AppState {
    /// The state over these services. Events are recorded through a sink that forgets an
    /// employee's resume point when one can move it (see [`super::resume_cache`]).
    pub fn new(mut services: Services) -> Self {
        services.events = Arc::new(super::event_tap::Tap {
            inner: services.events,
            see: super::resume_cache::forget_when_moved(services.resume_cache.clone()),
        });
        AppState(Arc::new(services))
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub struct Services {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// Policy of the generic guide at `/` when no tenant applies.
    pub policy: Policy,
    pub security_info_url: Arc<str>,
    pub events: Arc<dyn EventSink>,
    pub secure_cookies: bool,
    pub links: Arc<LinkSettings>,
    /// The tenant served at `/` on a single-tenant install.
    pub default_tenant: Option<Arc<str>>,
    /// Wakes the mail sender when a message is queued.
    pub outbox: Arc<crate::jobs::mail::Outbox>,
    pub metrics: Arc<super::meters::Metrics>,
    /// Proxies whose `X-Forwarded-For` names the client (see [`super::context::client_address`]).
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// Tenants and their published branding, kept briefly in memory.
    pub tenant_cache: Arc<super::tenant_cache::TenantCache>,
    /// Every tenant's settings and roster versions, polled from the database.
    pub versions: Arc<crate::jobs::versions::Versions>,
    /// Device profiles by the headers they were detected from.
    pub detect_cache: Arc<super::detect_cache::DetectCache>,
    /// Where the employees whose links this instance opened would resume.
    pub resume_cache: Arc<super::resume_cache::ResumeCache>,
    /// The employees whose personal links this instance served.
    pub roster_cache: Arc<super::roster_cache::RosterCache>,
    /// Employee pages rendered once and served many times.
    pub page_cache: Arc<super::page_cache::PageCache>,
    /// When set, `/metrics` needs `Authorization: Bearer <token>`.
    pub metrics_token: Option<Arc<str>>,
    /// Entra connections: the data key and Microsoft's addresses.
    pub entra: Arc<crate::ops::entra::EntraSettings>,
    pub sign_in: Arc<crate::ops::sso::ConsoleSignIn>,
}
