//! The metrics this instance keeps: the Prometheus registry and its series. `metrics.rs`
//! records into them and serves them.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

/// The route pattern a response answered, for the request metrics (`metrics::track`): set by
/// `metrics::name_route` inside the router, kept with cached pages, and set by the middleware
/// that answers personal links.
#[derive(Debug, Clone)]
pub struct RouteName(pub std::sync::Arc<str>);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct RouteLabels {
    pub(super) method: String,
    /// The route's pattern (`/guide/{flow}/step/{n}`), never the raw path, so the number of
    /// series stays bounded.
    pub(super) route: String,
    pub(super) status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct MailLabels {
    pub(super) kind: String,
    pub(super) state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub(super) struct TenantLabels {
    pub(super) tenant: String,
}

pub struct Metrics {
    pub(super) registry: Registry,
    pub(super) requests: Family<RouteLabels, Histogram>,
    pub(super) events_stored: Counter<u64, AtomicU64>,
    pub(super) events_dropped: Counter<u64, AtomicU64>,
    pub(super) events_queued: Gauge,
    pub(super) mail: Family<MailLabels, Gauge>,
    pub(super) sync_age: Family<TenantLabels, Gauge<f64, AtomicU64>>,
    pub(super) sync_failing: Family<TenantLabels, Gauge>,
    pub(super) sync_users: Family<TenantLabels, Gauge>,
    pub(super) page_cache_hits: Counter<u64, AtomicU64>,
    pub(super) page_cache_misses: Counter<u64, AtomicU64>,
    pub(super) page_cache_bypassed: Counter<u64, AtomicU64>,
    pub(super) page_cache_entries: Gauge,
    pub(super) page_cache_bytes: Gauge,
}

impl Metrics {
    /// The latency histogram of one route's requests, to observe again and again.
    pub fn request_histogram(&self, method: &str, route: &str, status: u16) -> Histogram {
        self.requests
            .get_or_create(&RouteLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .clone()
    }

    /// Records one request under its route pattern, with the access log's line for it: at
    /// debug level, errors always.
    pub fn observe_request(
        &self,
        method: String,
        route: String,
        status: u16,
        elapsed: std::time::Duration,
    ) {
        let ms = elapsed.as_secs_f64() * 1000.0;
        if status >= 500 {
            tracing::error!(%method, %route, status, ms, "request failed");
        } else {
            tracing::debug!(%method, %route, status, ms, "request");
        }
        self.requests
            .get_or_create(&RouteLabels {
                method,
                route,
                status,
            })
            .observe(elapsed.as_secs_f64());
    }
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
            "Anonymous guide events dropped because too many different ones waited",
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
            "Messages in the outbox by kind (announcement, reminder, final-notice, manager-digest, test, diagnostic) and state (waiting, sent, failed)",
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
        let page_cache_hits = Counter::default();
        registry.register(
            "page_cache_hits",
            "Employee pages served from the page cache",
            page_cache_hits.clone(),
        );
        let page_cache_misses = Counter::default();
        registry.register(
            "page_cache_misses",
            "Employee pages rendered and kept in the page cache",
            page_cache_misses.clone(),
        );
        let page_cache_bypassed = Counter::default();
        registry.register(
            "page_cache_bypassed",
            "Employee pages rendered for one request only (a hand-over QR code, a cookie set)",
            page_cache_bypassed.clone(),
        );
        let page_cache_entries = Gauge::default();
        registry.register(
            "page_cache_entries",
            "Pages in the page cache",
            page_cache_entries.clone(),
        );
        let page_cache_bytes = Gauge::default();
        registry.register(
            "page_cache_bytes",
            "Bytes the page cache holds (HTML, gzip and brotli forms, and keys)",
            page_cache_bytes.clone(),
        );
        Metrics {
            page_cache_hits,
            page_cache_misses,
            page_cache_bypassed,
            page_cache_entries,
            page_cache_bytes,
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
