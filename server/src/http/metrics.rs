//! Prometheus metrics at `/metrics`: request latency by route, guide events stored and
//! dropped, mail by kind and state, and the Microsoft Graph sync's age and failures.
//!
//! Request and event figures are this instance's own. Mail and Graph figures are read from the
//! database when scraped, so every instance reports the same numbers for them: aggregate
//! those with `max`, not `sum`.

use super::meters::{MailLabels, Metrics, RouteName, TenantLabels};
use super::state::AppState;
use crate::store::{self, Db};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

/// Inside the router: names the response after the route that matched.
pub async fn name_route(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| RouteName(m.as_str().into()));
    let mut res = next.run(req).await;
    if let Some(route) = route {
        res.extensions_mut().insert(route);
    }
    res
}

/// Times every request and records it under its route pattern ([`RouteName`]). It runs around
/// the router, so it learns the route from the response.
pub async fn track(
    State(metrics): State<std::sync::Arc<super::meters::Metrics>>,
    req: Request,
    next: Next,
) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<RouteName>()
        .map_or_else(|| "(unmatched)".to_owned(), |r| r.0.to_string());
    metrics.observe_request(method, route, res.status().as_u16(), start.elapsed());
    res
}

async fn refresh(state: &AppState) -> Result<(), sqlx::Error> {
    let m = &state.metrics;
    let counts = state.events.counts();
    m.events_stored
        .inner()
        .store(counts.stored, std::sync::atomic::Ordering::Relaxed);
    m.events_dropped
        .inner()
        .store(counts.dropped, std::sync::atomic::Ordering::Relaxed);
    m.events_queued
        .set(i64::try_from(counts.queued).unwrap_or(i64::MAX));
    let pages = state.page_cache.stats();
    for (counter, n) in [
        (&m.page_cache_hits, pages.hits),
        (&m.page_cache_misses, pages.misses),
        (&m.page_cache_bypassed, pages.bypassed),
    ] {
        counter
            .inner()
            .store(n, std::sync::atomic::Ordering::Relaxed);
    }
    m.page_cache_entries
        .set(i64::try_from(pages.entries).unwrap_or(i64::MAX));
    m.page_cache_bytes
        .set(i64::try_from(pages.bytes).unwrap_or(i64::MAX));
    refresh_db(m, &state.db).await
}

async fn refresh_db(m: &Metrics, db: &Db) -> Result<(), sqlx::Error> {
    for (kind, sent, failed, waiting) in store::metrics::mail_counts(db).await? {
        for (state, n) in [("sent", sent), ("failed", failed), ("waiting", waiting)] {
            m.mail
                .get_or_create(&MailLabels {
                    kind: kind.clone(),
                    state: state.into(),
                })
                .set(n);
        }
    }
    let now = store::now_ms();
    for s in store::metrics::sync_states(db).await? {
        let labels = TenantLabels { tenant: s.tenant };
        if let Some(at) = s.learned_ms.max(s.finished_ms) {
            m.sync_age
                .get_or_create(&labels)
                .set((now - at).max(0) as f64 / 1000.0);
        }
        if s.finished_ms.is_some() || s.error.is_some() {
            m.sync_failing
                .get_or_create(&labels)
                .set(i64::from(s.error.is_some()));
        }
        if let Some(users) = s.users_seen {
            m.sync_users.get_or_create(&labels).set(users);
        }
    }
    Ok(())
}

/// `GET /metrics` in the Prometheus text format. With `PASSKEY_GUIDE_METRICS_TOKEN` set, only
/// for `Authorization: Bearer <token>`.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(token) = state.metrics_token.as_deref() {
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !given.is_some_and(|g| super::session::constant_time_eq(g.as_bytes(), token.as_bytes()))
        {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                "a bearer token is required",
            )
                .into_response();
        }
    }
    if let Err(e) = refresh(&state).await {
        tracing::error!(error = %e, "reading metrics from the database failed");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let mut body = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut body, &state.metrics.registry) {
        tracing::error!(error = %e, "encoding metrics failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

/// `GET /readyz`: ready when the database answers and its migrations are applied.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let applied = store::metrics::migrations_applied(&state.db).await;
    let expected = store::Backend::of(&state.db).migrations().iter().count() as i64;
    match applied {
        Ok(n) if n >= expected => (StatusCode::OK, "ready").into_response(),
        Ok(n) => {
            tracing::warn!(applied = n, expected, "not ready: migrations missing");
            (StatusCode::SERVICE_UNAVAILABLE, "migrations pending").into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "not ready: database unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}
