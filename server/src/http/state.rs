//! What every handler can reach: the database, the settings and the handles of the jobs.

use crate::ops::links::LinkSettings;
use crate::store::Db;
use app::domain::Policy;
use app::domain::events::EventSink;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
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
    #[from_ref(skip)]
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// Tenants and their published branding, kept briefly in memory.
    #[from_ref(skip)]
    pub tenant_cache: Arc<super::tenant_cache::TenantCache>,
    /// Employee pages rendered once and served many times.
    #[from_ref(skip)]
    pub page_cache: Arc<super::page_cache::PageCache>,
    /// When set, `/metrics` needs `Authorization: Bearer <token>`.
    #[from_ref(skip)]
    pub metrics_token: Option<Arc<str>>,
    /// Entra connections: the data key and Microsoft's addresses.
    #[from_ref(skip)]
    pub entra: Arc<crate::ops::entra::EntraSettings>,
    #[from_ref(skip)]
    pub sign_in: Arc<crate::ops::sso::ConsoleSignIn>,
}
