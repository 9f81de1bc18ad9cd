//! Which tenant a request is for. Runs before routing: a `/t/{slug}/…` path is served by the
//! same routes as the generic guide with the prefix taken off, so every guide page, the
//! hand-off and the detect API work per tenant without a second set of routes. A tenant's own
//! host name, or the configured default tenant, serves it at `/`.

use super::state::AppState;
use super::tenant_cache::{CacheKey, Cached};
use crate::error::ServerError;
use crate::store::tenants::{self, BrandingState, Tenant};
use app::context::TenantView;
use axum::extract::Request;
use axum::http::{Uri, header};
use std::sync::Arc;
use std::time::Instant;

/// The tenant of this request and the path prefix its pages link with.
#[derive(Debug, Clone)]
pub struct TenantScope {
    pub tenant: Arc<Tenant>,
    pub view: Arc<TenantView>,
    /// `/t/{slug}`, or empty when the tenant is served at `/`.
    pub base: Arc<str>,
}

/// Paths that never belong to a tenant's guide.
fn is_global(path: &str) -> bool {
    path.starts_with("/admin") || path.starts_with("/pkg/") || path == "/healthz"
}

/// The tenant under this name with its published branding, from the cache or the database.
async fn lookup(state: &AppState, key: CacheKey) -> Result<Option<Cached>, ServerError> {
    if let Some(hit) = state.tenant_cache.get(&key) {
        return Ok(Some(hit));
    }
    // Read before the lookup: a change that lands meanwhile makes this entry stale at once.
    let generation = tenants::generation();
    let tenant = match &key {
        CacheKey::Slug(slug) => tenants::by_slug(&state.db, slug).await?,
        CacheKey::Host(host) => tenants::by_host(&state.db, host).await?,
    };
    let Some(tenant) = tenant else {
        return Ok(None);
    };
    let entry = load(state, tenant, generation).await?;
    state.tenant_cache.put(key, entry.clone());
    Ok(Some(entry))
}

/// A tenant with its published branding and programme, read now.
async fn load(state: &AppState, tenant: Tenant, generation: u64) -> Result<Cached, ServerError> {
    let (branding, version) =
        tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    let mandatory = crate::store::comms::mandatory(&state.db, tenant.id).await?;
    let view = TenantView {
        id: tenant.id,
        slug: tenant.slug.clone(),
        branding,
        version,
        mandatory,
        retention_days: tenant.retention.days(),
        settings_version: tenant.settings_version,
    };
    Ok(Cached {
        at: Instant::now(),
        generation,
        tenant: Arc::new(tenant),
        view: Arc::new(view),
    })
}

/// The scope again with the tenant read from the database, for a request that found the
/// database's settings version ahead of the cached tenant's (a change made on another
/// instance): the cache entries under its slug and host name are replaced.
pub async fn refresh(state: &AppState, stale: &TenantScope) -> Result<TenantScope, ServerError> {
    let generation = tenants::generation();
    let Some(tenant) = tenants::by_id(&state.db, stale.tenant.id).await? else {
        return Ok(stale.clone());
    };
    let entry = load(state, tenant, generation).await?;
    state
        .tenant_cache
        .put(CacheKey::Slug(entry.tenant.slug.clone()), entry.clone());
    if let Some(host) = &entry.tenant.host {
        state
            .tenant_cache
            .put(CacheKey::Host(host.to_ascii_lowercase()), entry.clone());
    }
    Ok(scope(entry, stale.base.to_string()))
}

fn scope(found: Cached, base: String) -> TenantScope {
    TenantScope {
        tenant: found.tenant,
        view: found.view,
        base: base.into(),
    }
}

/// The tenant this request is for, with a `/t/{slug}` prefix taken off its path.
pub async fn resolve(
    state: &AppState,
    req: &mut Request,
) -> Result<Option<TenantScope>, ServerError> {
    let path = req.uri().path().to_owned();
    if is_global(&path) {
        return Ok(None);
    }
    if let Some(rest) = path.strip_prefix("/t/") {
        let (slug, remainder) = rest.split_once('/').unwrap_or((rest, ""));
        let Some(found) = lookup(state, CacheKey::Slug(slug.to_owned())).await? else {
            return Ok(None);
        };
        let base = format!("/t/{}", found.tenant.slug);
        let new_path = format!("/{remainder}");
        let pq = match req.uri().query() {
            Some(q) => format!("{new_path}?{q}"),
            None => new_path,
        };
        let mut parts = req.uri().clone().into_parts();
        parts.path_and_query = Some(
            pq.parse()
                .map_err(|_| ServerError::Invalid("bad path".into()))?,
        );
        *req.uri_mut() =
            Uri::from_parts(parts).map_err(|_| ServerError::Invalid("bad path".into()))?;
        return Ok(Some(scope(found, base)));
    }
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| {
            h.rsplit_once(':')
                .map_or(h, |(name, _)| name)
                .to_ascii_lowercase()
        });
    if let Some(host) = host
        && let Some(found) = lookup(state, CacheKey::Host(host)).await?
    {
        return Ok(Some(scope(found, String::new())));
    }
    if let Some(slug) = &state.default_tenant
        && let Some(found) = lookup(state, CacheKey::Slug(slug.to_string())).await?
    {
        return Ok(Some(scope(found, String::new())));
    }
    Ok(None)
}
