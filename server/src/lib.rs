//! The passkey-guide server. Its rooms:
//!
//! - [`http`]: the router, middleware, extractors and handlers (one module per console
//!   section);
//! - [`ops`]: what the console and the command line both do (roster import, links export,
//!   registration import and sync, reminders and announcements, diagnostics, accounts);
//! - [`store`]: every SQL statement and row mapping, for SQLite and PostgreSQL;
//! - [`jobs`]: background work, started and drained in one place;
//! - [`graph`]: the Microsoft Graph client;
//! - [`cli`] and [`config`]: the command line.
//!
//! Rules live in `app::domain`. Calls go down only: http → ops → store, jobs → ops → store.
#![recursion_limit = "256"]

pub mod cli;
pub mod config;
pub mod error;
pub mod graph;
pub mod http;
pub mod jobs;
pub mod mail;
pub mod ops;
pub mod secrets;
pub mod store;
pub mod telemetry;

pub use http::{listen, router, serve_on, site_options};

use config::ServeArgs;
use error::ServerError;
use http::state::{AppState, Services};
use jobs::{GraphSyncSchedule, Jobs};

/// Opens the database, fills in what older versions left out, starts the jobs and serves
/// until Ctrl-C or SIGTERM; then lets in-flight requests finish and drains the jobs.
pub async fn serve(args: ServeArgs) -> Result<(), ServerError> {
    let leptos_options = leptos::config::get_configuration(None)
        .map_err(|e| ServerError::Config(e.to_string()))?
        .leptos_options;
    let keys = match args.links.keys()? {
        Some(k) => k,
        None => {
            tracing::warn!(
                "PASSKEY_GUIDE_LINK_KEYS is not set: personal links are signed with a random key \
                 and stop working when the server restarts"
            );
            let mut secret = vec![0u8; 32];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut secret);
            app::domain::links::LinkKeys::single("ephemeral", secret)
                .map_err(|e| ServerError::Internal(e.to_string()))?
        }
    };
    let graph_sync = args
        .graph_sync
        .configured()?
        .map(|(tenant_slug, settings)| GraphSyncSchedule {
            tenant_slug,
            settings,
            every: std::time::Duration::from_secs(args.graph_sync.graph_sync_minutes * 60),
        });
    let entra = std::sync::Arc::new(args.entra()?);
    if entra.keys.is_none() {
        tracing::warn!(
            "PASSKEY_GUIDE_DATA_KEY is not set: tenants cannot be connected to Entra ID, and \
             connected tenants are not synced"
        );
    }
    let pool = args.db.connect().await?;
    store::progress::backfill(&pool).await?;
    let links = std::sync::Arc::new(ops::links::LinkSettings {
        keys,
        public_url: args.links.public_url.clone(),
        ttl_days: args.links.link_ttl_days,
    });
    let mail = args.mail.settings(entra.clone())?;
    let (jobs, events, outbox) = Jobs::start(&pool, links.clone(), mail, graph_sync, entra.clone());
    let addr = leptos_options.site_addr;
    let state = AppState::new(Services {
        leptos_options,
        db: pool.clone(),
        policy: args.policy(),
        security_info_url: args.security_info_url.as_str().into(),
        events,
        secure_cookies: args.secure_cookies,
        links,
        default_tenant: args.default_tenant.as_deref().map(Into::into),
        outbox,
        metrics: std::sync::Arc::default(),
        trusted_proxies: args.trusted_proxies.clone().into(),
        tenant_cache: std::sync::Arc::default(),
        versions: jobs::versions::start(
            pool.clone(),
            std::time::Duration::from_millis(args.version_poll_ms),
        ),
        roster_cache: std::sync::Arc::default(),
        detect_cache: std::sync::Arc::default(),
        resume_cache: std::sync::Arc::default(),
        page_cache: std::sync::Arc::new(http::page_cache::PageCache::new(
            args.page_cache_mb.saturating_mul(1 << 20),
        )),
        metrics_token: args.metrics_token.as_deref().map(Into::into),
        sign_in: std::sync::Arc::new(ops::sso::ConsoleSignIn::new(
            &entra.login_url,
            &args.links.public_url,
        )),
        entra,
    });
    let listener = listen(addr)?;
    tracing::info!(%addr, policy = ?args.policy(), "passkey-guide listening");
    serve_on(listener, state, shutdown_signal()).await?;
    jobs.drain().await;
    pool.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
