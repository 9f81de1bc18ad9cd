//! The first thing every request meets: which tenant it is for (`scope::resolve`, which must
//! run before routing to rewrite the path), then a guide page answered from memory when it
//! can be (`page_cache::PageCache::answer`). Answering here, before the router and its
//! middleware, is what makes a cached page cheap: under the herd benchmark the layers a
//! request passes through cost more than the page itself.

use super::page_cache;
use super::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn front(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    match super::scope::resolve(&state, &mut req).await {
        Ok(Some(scope)) => {
            req.extensions_mut().insert(scope);
        }
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    if let Some(res) = from_memory(&state, &req) {
        return res;
    }
    let mut res = next.run(req).await;
    super::page_cache::learn_headers(&mut res);
    res
}

/// A guide page whose every input is in memory (`context::cached_page_inputs`), from the page
/// cache, keyed as the page context would key it.
fn from_memory(state: &AppState, req: &Request) -> Option<Response> {
    if !page_cache::is_page_request(req) {
        return None;
    }
    let (inputs, employee_id) = super::context::cached_page_inputs(state, req)?;
    let scope = req.extensions().get::<super::scope::TenantScope>();
    let key = page_cache::KeyRef::new(
        scope.map(|s| &*s.view),
        scope.map_or("", |s| &s.base),
        page_cache::path_and_query(req),
        inputs.locale,
        &inputs.profile,
        employee_id.is_some(),
        &inputs.policy,
    );
    state.page_cache.answer(
        &key,
        employee_id,
        req.headers().get(axum::http::header::ACCEPT_ENCODING),
        &*state.events,
        &state.metrics,
    )
}
