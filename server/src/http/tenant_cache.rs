//! Tenants and their published branding, kept briefly in memory for the tenant scope.

use crate::store::tenants::{self, Tenant};
use app::context::TenantView;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long a tenant and its published branding are served from memory. A change made through
/// this process (console, command line, tests: see [`tenants::changed`]) is seen at once; one made on another instance
/// sharing the database, within this time.
const CACHE_TTL: Duration = Duration::from_secs(2);

/// Tenants found by slug or host name, with their published branding. Every guide request
/// needs both; the herd benchmark spent two database round trips per page on them. Only
/// tenants that exist are kept (at most one entry per tenant and way of naming it), so
/// requests for unknown names cannot grow it.
#[derive(Default)]
pub struct TenantCache {
    entries: RwLock<HashMap<CacheKey, Cached>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum CacheKey {
    Slug(String),
    Host(String),
}

#[derive(Clone)]
pub(super) struct Cached {
    pub(super) at: Instant,
    pub(super) generation: u64,
    pub(super) tenant: Arc<Tenant>,
    pub(super) view: Arc<TenantView>,
}

impl TenantCache {
    pub(super) fn get(&self, key: &CacheKey) -> Option<Cached> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries
            .get(key)
            .filter(|c| c.generation == tenants::generation() && c.at.elapsed() < CACHE_TTL)
            .cloned()
    }

    pub(super) fn put(&self, key: CacheKey, entry: Cached) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.insert(key, entry);
    }
}
