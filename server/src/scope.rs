//! Which tenant a request is for. Runs before routing: a `/t/{slug}/…` path is served by the
//! same routes as the generic guide with the prefix taken off, so every guide page, the
//! hand-off and the detect API work per tenant without a second set of routes. A tenant's own
//! host name, or the configured default tenant, serves it at `/`.

use crate::error::ServerError;
use crate::state::AppState;
use crate::tenants::{self, BrandingState, Tenant};
use app::context::TenantView;
use axum::extract::{Request, State};
use axum::http::{Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

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

async fn load(state: &AppState, tenant: Tenant, base: String) -> Result<TenantScope, ServerError> {
    let (branding, version) =
        tenants::branding(&state.db, tenant.id, BrandingState::Published).await?;
    let view = TenantView {
        id: tenant.id,
        slug: tenant.slug.clone(),
        branding,
        version,
    };
    Ok(TenantScope {
        tenant: Arc::new(tenant),
        view: Arc::new(view),
        base: base.into(),
    })
}

async fn resolve(state: &AppState, req: &mut Request) -> Result<Option<TenantScope>, ServerError> {
    let path = req.uri().path().to_owned();
    if is_global(&path) {
        return Ok(None);
    }
    if let Some(rest) = path.strip_prefix("/t/") {
        let (slug, remainder) = rest.split_once('/').unwrap_or((rest, ""));
        let Some(tenant) = tenants::by_slug(&state.db, slug).await? else {
            return Ok(None);
        };
        let base = format!("/t/{}", tenant.slug);
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
        return load(state, tenant, base).await.map(Some);
    }
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| h.rsplit_once(':').map_or(h, |(name, _)| name).to_owned());
    if let Some(host) = host
        && let Some(tenant) = tenants::by_host(&state.db, &host).await?
    {
        return load(state, tenant, String::new()).await.map(Some);
    }
    if let Some(slug) = &state.default_tenant
        && let Some(tenant) = tenants::by_slug(&state.db, slug).await?
    {
        return load(state, tenant, String::new()).await.map(Some);
    }
    Ok(None)
}

/// Wraps the whole router (it must run before routing to rewrite the path).
pub async fn tenant_scope(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    match resolve(&state, &mut req).await {
        Ok(Some(scope)) => {
            req.extensions_mut().insert(scope);
            next.run(req).await
        }
        Ok(None) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}
