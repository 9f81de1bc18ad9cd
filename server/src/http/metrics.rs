//! Prometheus metrics at `/metrics`: request latency by route, guide events stored and
//! dropped, mail by kind and state, and the Microsoft Graph sync's age and failures.
//!
//! Request and event figures are this instance's own. Mail and Graph figures are read from the
//! database when scraped, so every instance reports the same numbers for them: aggregate
//! those with `max`, not `sum`.

use super::state::AppState;
use crate::store::{self, Db};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    /// The route's pattern (`/guide/{flow}/step/{n}`), never the raw path, so the number of
    /// series stays bounded.
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MailLabels {
    kind: String,
    state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TenantLabels {
    tenant: String,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RouteLabels, Histogram>,
    events_stored: Counter<u64, AtomicU64>,
    events_dropped: Counter<u64, AtomicU64>,
    events_queued: Gauge,
    mail: Family<MailLabels, Gauge>,
    sync_age: Family<TenantLabels, Gauge<f64, AtomicU64>>,
    sync_failing: Family<TenantLabels, Gauge>,
    sync_users: Family<TenantLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("passkey_guide");
        let requests = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            // 1 ms to about 8 s.
            Histogram::new([
                0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 8.0,
            ])
        });
        registry.register(
            "http_request_duration_seconds",
            "Time to answer a request, by method, route pattern and status",
            requests.clone(),
        );
        let events_stored = Counter::default();
        registry.register(
            "guide_events_stored",
            "Guide events stored by this instance",
            events_stored.clone(),
        );
        let events_dropped = Counter::default();
        registry.register(
            "guide_events_dropped",
            "Anonymous guide events dropped because the queue was full",
            events_dropped.clone(),
        );
        let events_queued = Gauge::default();
        registry.register(
            "guide_events_queued",
            "Guide events waiting to be stored",
            events_queued.clone(),
        );
        let mail = Family::default();
        registry.register(
            "mail_messages",
            "Messages in the outbox by kind (reminder, announcement, diagnostic) and state (waiting, sent, failed)",
            mail.clone(),
        );
        let sync_age = Family::default();
        registry.register(
            "graph_sync_age_seconds",
            "Seconds since Entra registration status was last learned, per tenant",
            sync_age.clone(),
        );
        let sync_failing = Family::default();
        registry.register(
            "graph_sync_failing",
            "1 when the tenant's last Microsoft Graph sync failed",
            sync_failing.clone(),
        );
        let sync_users = Family::default();
        registry.register(
            "graph_sync_users",
            "Users in the tenant's last Microsoft Graph sync",
            sync_users.clone(),
        );
        Metrics {
            registry,
            requests,
            events_stored,
            events_dropped,
            events_queued,
            mail,
            sync_age,
            sync_failing,
            sync_users,
        }
    }
}

/// Times every request and records it under its route pattern.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_owned(), |m| m.as_str().to_owned());
    let res = next.run(req).await;
    let elapsed = start.elapsed();
    let status = res.status().as_u16();
    // The access log: one structured line per request at debug level, errors always.
    if res.status().is_server_error() {
        tracing::error!(%method, %route, status, ms = elapsed.as_secs_f64() * 1000.0, "request failed");
    } else {
        tracing::debug!(%method, %route, status, ms = elapsed.as_secs_f64() * 1000.0, "request");
    }
    state
        .metrics
        .requests
        .get_or_create(&RouteLabels {
            method,
            route,
            status,
        })
        .observe(elapsed.as_secs_f64());
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
