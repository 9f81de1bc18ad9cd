//! The HTTP layer: the router, its middleware, the extractors and the handlers. Handlers
//! call the operations (`crate::ops`) and the store; none of them writes SQL.

pub mod admin;
pub mod api;
pub mod context;
pub mod detect_cache;
pub mod error;
pub mod event_tap;
pub mod extract;
pub mod front;
pub mod html;
pub mod journey;
pub mod meters;
pub mod metrics;
pub mod page_cache;
pub mod ratelimit;
pub mod resume_cache;
pub mod roster_cache;
pub mod scope;
pub mod security;
pub mod session;
pub mod state;
pub mod tenant_cache;

use app::{App, shell};
use axum::Router;
use axum::routing::get;
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use state::AppState;
use tower_http::compression::CompressionLayer;

/// The whole application as an axum router. Serve it through [`serve_on`], which adds the
/// front (`front::front`: the tenant scope, which must run before routing, and the pages
/// answered from memory).
///
/// The middleware runs around the router, once per request, rather than around each route:
/// a layer around the routes clones the route's whole service for every request, and under
/// the herd benchmark those clones cost a quarter of a cached page's CPU. It also lets a page
/// from the page cache be answered before any routing.
pub fn router(state: AppState) -> Router {
    let options = state.leptos_options.clone();
    let routes = generate_route_list(App);
    // One set of limits per router: each instance limits on its own.
    let limits = std::sync::Arc::new(ratelimit::RateLimits::default());
    let routed = Router::new()
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
        .layer(axum::middleware::from_fn(metrics::name_route))
        .with_state(state.clone());
    let layers = tower::ServiceBuilder::new()
        .layer(CompressionLayer::new())
        .layer(page_compression())
        .layer(axum::middleware::from_fn(html::tidy))
        .layer(axum::middleware::from_fn(security::security_headers))
        .layer(axum::middleware::from_fn(security::refuse_nul))
        .layer(axum::Extension(limits))
        // Outside the page context, which answers personal-link opens (303) and their 429s
        // itself: those are the requests a rollout email brings, and they are timed too.
        .layer(axum::middleware::from_fn_with_state(
            state.metrics.clone(),
            metrics::track,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            context::page_context,
        ))
        // Inside the page context, whose request context it reads and keys on.
        .layer(axum::middleware::from_fn_with_state(
            state.page_cache.clone(),
            page_cache::serve,
        ));
    Router::new().fallback_service(layers.service(routed))
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
                   _: &axum::http::Extensions| html::is_html(headers);
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
    let scoped =
        axum::middleware::from_fn_with_state(state.clone(), front::front).layer(router(state));
    let service = axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<
        std::net::SocketAddr,
    >(scoped);
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
}

pub fn site_options(site_root: &str) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("passkey-guide")
        .site_root(site_root)
        .build()
}
