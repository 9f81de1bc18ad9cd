//! The passkey-guide server: configuration, database, the HTTP router and the serve loop.
#![recursion_limit = "256"]

pub mod admin;
pub mod api;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod error;
pub mod events;
pub mod journey;
pub mod mail;
pub mod metrics;
pub mod progress;
pub mod ratelimit;
pub mod registration;
pub mod reminders;
pub mod request;
pub mod roster;
pub mod scope;
pub mod state;
pub mod telemetry;
pub mod tenants;

use app::{App, shell};
use axum::Router;
use axum::routing::get;
use config::ServeArgs;
use error::ServerError;
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use state::AppState;
use tower_http::compression::CompressionLayer;

/// The whole application as an axum router. Serve it through [`serve_on`], which adds the
/// tenant scope (it must run before routing).
pub fn router(state: AppState) -> Router {
    let options = state.leptos_options.clone();
    let routes = generate_route_list(App);
    // One set of limits per router: each instance limits on its own.
    let limits = std::sync::Arc::new(ratelimit::RateLimits::default());
    Router::new()
        .route("/api/v1/detect", get(api::detect))
        .route("/guide/{flow}/handoff", get(api::handoff))
        .route("/healthz", get(api::healthz))
        .route("/readyz", get(metrics::readyz))
        .route("/metrics", get(metrics::metrics))
        .merge(admin::tenant_asset_routes())
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .merge(admin::routes())
        .merge(journey::routes())
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            request::page_context,
        ))
        // Outside the page context, which answers personal-link opens (303) and their 429s
        // itself: those are the requests a rollout email brings, and they are timed too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(axum::Extension(limits))
        .layer(axum::middleware::from_fn(request::refuse_nul))
        .layer(axum::middleware::from_fn(request::security_headers))
        .layer(page_compression())
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Compression for HTML pages: level 1. At the default level (brotli 4) compressing a step
/// page took a fifth of the server's CPU under the herd benchmark; level 1 costs a fraction of
/// it and the page grows by a few hundred bytes (BENCHMARKS.md, "Herd"). Everything else (the
/// CSS, script and wasm, fetched once and then revalidated) passes through to the outer layer
/// at the default level, where size matters more: level 1 left the wasm at 118 KB.
fn page_compression() -> CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::Predicate as _;
    use tower_http::compression::predicate::DefaultPredicate;
    let is_html = |_: axum::http::StatusCode,
                   _: axum::http::Version,
                   headers: &axum::http::HeaderMap,
                   _: &axum::http::Extensions| {
        headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
    };
    CompressionLayer::new()
        .quality(tower_http::CompressionLevel::Precise(1))
        .compress_when(DefaultPredicate::new().and(is_html))
}

/// Listens on `addr` with room for a burst: a rollout email makes thousands of people click
/// within seconds, and the usual backlog of 128 unaccepted connections would drop the rest
/// while the accept loop catches up (the kernel caps it at `net.core.somaxconn`).
pub fn listen(addr: std::net::SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(4096)
}

/// Serves the application on `listener` until `shutdown` completes.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use tower::Layer as _;
    let scoped = axum::middleware::from_fn_with_state(state.clone(), scope::tenant_scope)
        .layer(router(state));
    let service = axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<
        std::net::SocketAddr,
    >(scoped);
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Opens the database, starts the event writer and serves until Ctrl-C or SIGTERM, then lets
/// in-flight requests finish and stores the queued events.
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
                .map_err(|e| ServerError::Config(e.to_string()))?
        }
    };
    let mailer = args
        .mail
        .smtp_url
        .as_deref()
        .map(|url| mail::Mailer::new(url, &args.mail.mail_from))
        .transpose()?;
    let pool = args.db.connect().await?;
    let (sink, writer) = events::start(pool.clone());
    let outbox = std::sync::Arc::new(mail::Outbox::default());
    let (stop_mail, stop_rx) = tokio::sync::watch::channel(false);
    let scheduler_stop = stop_rx.clone();
    let graph_sync = args.graph_sync.configured()?.map(|(slug, settings)| {
        registration::start_scheduled_sync(
            pool.clone(),
            slug,
            settings,
            std::time::Duration::from_secs(args.graph_sync.graph_sync_minutes * 60),
            stop_rx.clone(),
        )
    });
    let sender = match mailer {
        Some(m) => Some(mail::start_sender(pool.clone(), m, outbox.clone(), stop_rx)),
        None => {
            tracing::warn!("PASSKEY_GUIDE_SMTP_URL is not set: mail waits in the outbox");
            None
        }
    };
    let addr = leptos_options.site_addr;
    let state = AppState {
        leptos_options: leptos_options.clone(),
        db: pool.clone(),
        policy: args.policy(),
        security_info_url: args.security_info_url.as_str().into(),
        events: sink,
        secure_cookies: args.secure_cookies,
        links: std::sync::Arc::new(state::LinkSettings {
            keys,
            public_url: args.links.public_url.clone(),
            ttl_days: args.links.link_ttl_days,
        }),
        default_tenant: args.default_tenant.as_deref().map(Into::into),
        outbox,
        metrics: std::sync::Arc::default(),
        trusted_proxies: args.trusted_proxies.clone().into(),
        tenant_cache: std::sync::Arc::default(),
        metrics_token: args.metrics_token.as_deref().map(Into::into),
    };
    let scheduler = reminders::start_scheduler(
        pool.clone(),
        state.links.clone(),
        state.outbox.clone(),
        scheduler_stop,
    );
    let listener = listen(addr)?;
    tracing::info!(%addr, policy = ?args.policy(), "passkey-guide listening");
    serve_on(listener, state, shutdown_signal()).await?;
    // Every sender is gone with the router; give the writer a moment to store what is queued.
    if tokio::time::timeout(std::time::Duration::from_secs(10), writer.finish())
        .await
        .is_err()
    {
        tracing::warn!("guide events still queued at shutdown were not stored");
    }
    let _ = stop_mail.send(true);
    let _ = scheduler.await;
    // A sync may be waiting out Graph's throttling: stop it rather than wait (its writes are
    // one transaction, so nothing half-stored remains).
    if let Some(sync) = graph_sync {
        sync.abort();
    }
    if let Some(sender) = sender {
        let _ = sender.await;
    }
    pool.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

pub fn site_options(site_root: &str) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("passkey-guide")
        .site_root(site_root)
        .build()
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
