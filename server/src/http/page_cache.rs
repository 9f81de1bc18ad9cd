//! Employee pages rendered once and served many times.
//!
//! A guide page depends only on what its key holds: the tenant and its settings version (the
//! database's triggers bump it on any change to branding, policy, programme or retention, from
//! any instance, and every instance polls it: see `jobs::versions`), the path prefix,
//! path and query (flow, step, chosen device, `resumed` …), the language, the device profile,
//! whether a personal link is in use (the restart form, the footer's sentence), the passkey
//! policy that applies (per employee with Entra's passkey profiles) and the build (the
//! catalogue is compiled in, so a process never sees two catalogues).
//!
//! Pages with parts of their own for each request skip the cache: a computer's or in-app
//! browser's hand-over to another device (the continue token and its QR code), the stuck page
//! (it stores the report and offers the helpdesk form), link problems, and any response that
//! sets a cookie. What the render records (step viewed, flow chosen …) is captured with the
//! entry and recorded again, for this request's employee, on every hit.
//!
//! Once an entry has been served through the whole stack, the front answers later requests
//! for it before any routing or middleware ([`PageCache::answer`]), with the headers the
//! stack sent ([`learn_headers`]), when everything the key needs is in memory.
//!
//! An entry holds the mended HTML, its gzip and brotli forms, and a CSP that allows the page's
//! inline scripts by their SHA-256 hashes, so the cached bytes carry no per-response nonce.
//! The cache is bounded by the bytes it holds (`PASSKEY_GUIDE_PAGE_CACHE_MB`); `/metrics`
//! reports hits, misses, pages that skipped it, entries and bytes.

use app::context::PageContext;
use app::domain::events::{EventSink, GuideEvent};
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use quick_cache::Weighter;
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// The default bound: 64 MiB, a few thousand pages in three encodings.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;
/// Pages are a few kilobytes; a larger body is served but not kept.
const LIMIT: usize = 1 << 20;

/// Everything a guide page depends on (see the module's documentation).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Key {
    tenant: Option<(i64, i64)>,
    base: Box<str>,
    path: Box<str>,
    locale: &'static str,
    device: app::domain::DeviceProfile,
    linked: bool,
    policy: app::domain::Policy,
}

/// A [`Key`] borrowing what it holds from the request, to look an entry up without copying
/// (the front does it for every page request). Its fields are [`Key`]'s, in the same order,
/// so both hash alike (`&str` hashes as `Box<str>` does, `&T` as `T`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyRef<'a> {
    tenant: Option<(i64, i64)>,
    base: &'a str,
    path: &'a str,
    locale: &'static str,
    device: &'a app::domain::DeviceProfile,
    linked: bool,
    policy: app::domain::Policy,
}

impl quick_cache::Equivalent<Key> for KeyRef<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        let Key {
            tenant,
            base,
            path,
            locale,
            device,
            linked,
            policy,
        } = key;
        self.tenant == *tenant
            && self.base == &**base
            && self.path == &**path
            && self.locale == *locale
            && self.device == device
            && self.linked == *linked
            && self.policy == *policy
    }
}

struct Page {
    status: StatusCode,
    content_type: HeaderValue,
    csp: HeaderValue,
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    /// What rendering the page recorded, recorded again on each hit.
    events: Vec<GuideEvent>,
    /// The route that rendered it, for the request metrics.
    route: Option<super::meters::RouteName>,
    /// Its requests' latency histogram, once looked up.
    timer: OnceLock<prometheus_client::metrics::histogram::Histogram>,
    /// Every header the whole stack sends with it (but the encoding and length), once a
    /// response of it has passed through; from then on [`PageCache::answer`] serves it.
    headers: OnceLock<HeaderMap>,
}

impl Page {
    /// Records what rendering the page recorded, for this view's employee.
    fn record_again(&self, events: &dyn EventSink, employee_id: Option<i64>) {
        for event in &self.events {
            events.record(GuideEvent {
                employee_id,
                ..event.clone()
            });
        }
    }
}

/// On a response served from an entry: the entry, for [`PageCache::answer`] to learn the
/// headers the rest of the stack adds.
#[derive(Clone)]
struct Served(Arc<Page>);

#[derive(Clone)]
struct Weight;

impl Weighter<Key, Arc<Page>> for Weight {
    fn weight(&self, key: &Key, page: &Arc<Page>) -> u64 {
        (page.identity.len()
            + page.gzip.len()
            + page.brotli.len()
            + key.path.len()
            + key.base.len()
            + 512) as u64
    }
}

/// What `/metrics` reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub hits: u64,
    pub misses: u64,
    /// Page requests that could not use the cache (per-request parts, cookies set).
    pub bypassed: u64,
    pub entries: u64,
    pub bytes: u64,
}

pub struct PageCache {
    cache: Option<quick_cache::sync::Cache<Key, Arc<Page>, Weight>>,
    hits: AtomicU64,
    misses: AtomicU64,
    bypassed: AtomicU64,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new(DEFAULT_MAX_BYTES)
    }
}

impl PageCache {
    /// A cache holding at most `max_bytes` of pages; 0 turns it off.
    pub fn new(max_bytes: u64) -> Self {
        PageCache {
            cache: (max_bytes > 0).then(|| {
                let items = usize::try_from(max_bytes / 20_000)
                    .unwrap_or(usize::MAX)
                    .max(16);
                quick_cache::sync::Cache::with_weighter(items, max_bytes, Weight)
            }),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            bypassed: AtomicU64::new(0),
        }
    }

    pub fn stats(&self) -> Stats {
        Stats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            bypassed: self.bypassed.load(Ordering::Relaxed),
            entries: self.cache.as_ref().map_or(0, |c| c.len() as u64),
            bytes: self.cache.as_ref().map_or(0, |c| c.weight()),
        }
    }
}

/// Whether this request is for a guide page the cache may hold.
pub fn is_page_request(req: &Request) -> bool {
    req.method() == axum::http::Method::GET && is_page(req.uri().path())
}

/// Whether this path is a guide page the cache may hold.
fn is_page(path: &str) -> bool {
    path == "/"
        || path == "/help"
        || path == "/privacy"
        || (path.starts_with("/guide/") && !path.ends_with("/stuck") && !path.ends_with("/handoff"))
}

impl<'a> KeyRef<'a> {
    pub fn new(
        tenant: Option<&app::context::TenantView>,
        base: &'a str,
        path_and_query: &'a str,
        locale: app::i18n::Locale,
        profile: &'a app::domain::DeviceProfile,
        linked: bool,
        policy: &app::domain::Policy,
    ) -> KeyRef<'a> {
        KeyRef {
            tenant: tenant.map(|t| (t.id, t.settings_version)),
            base,
            path: path_and_query,
            locale: locale.tag(),
            device: profile,
            linked,
            policy: *policy,
        }
    }

    /// The key to keep an entry under.
    pub fn to_owned(self) -> Key {
        Key {
            tenant: self.tenant,
            base: self.base.into(),
            path: self.path.into(),
            locale: self.locale,
            device: self.device.clone(),
            linked: self.linked,
            policy: self.policy,
        }
    }
}

pub fn path_and_query(req: &Request) -> &str {
    req.uri().path_and_query().map_or("/", |p| p.as_str())
}

fn key_of<'a>(req: &'a Request, ctx: &'a PageContext) -> KeyRef<'a> {
    KeyRef::new(
        ctx.tenant.as_deref(),
        &ctx.base,
        path_and_query(req),
        ctx.locale,
        &ctx.profile,
        ctx.employee_id.is_some(),
        &ctx.policy,
    )
}

impl PageCache {
    /// Answers a guide page from memory, before any routing or middleware (`front`): the
    /// entry under `key`, once it has been served through the whole stack, whose headers it
    /// repeats ([`learn_headers`]). Records the view again for `employee_id` and times it
    /// under the page's route. `None` sends the request through the stack.
    pub fn answer(
        &self,
        key: &KeyRef<'_>,
        employee_id: Option<i64>,
        accept_encoding: Option<&HeaderValue>,
        events: &dyn EventSink,
        metrics: &super::meters::Metrics,
    ) -> Option<Response> {
        let start = std::time::Instant::now();
        let page = self.cache.as_ref()?.get(key)?;
        let headers = page.headers.get()?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        page.record_again(events, employee_id);
        let (body, coding) = body_for(&page, accept_encoding);
        let mut res = Response::new(Body::from(body));
        *res.status_mut() = page.status;
        *res.headers_mut() = headers.clone();
        if let Some(c) = coding {
            res.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
        }
        let route = page.route.as_ref().map_or("(unmatched)", |r| &r.0);
        let elapsed = start.elapsed();
        page.timer
            .get_or_init(|| metrics.request_histogram("GET", route, page.status.as_u16()))
            .observe(elapsed.as_secs_f64());
        tracing::debug!(method = "GET", %route, status = page.status.as_u16(),
            ms = elapsed.as_secs_f64() * 1000.0, "request from memory");
        Some(res)
    }
}

/// On the way out of the whole stack: a response served from an entry teaches the entry the
/// headers the stack adds, unless it sets a cookie (those are for one request).
pub fn learn_headers(res: &mut Response) {
    if let Some(Served(page)) = res.extensions_mut().remove::<Served>()
        && res.status() == page.status
        && !res.headers().contains_key(header::SET_COOKIE)
    {
        page.headers.get_or_init(|| {
            let mut h = res.headers().clone();
            h.remove(header::CONTENT_ENCODING);
            h.remove(header::CONTENT_LENGTH);
            h
        });
    }
}

/// The middleware: serves a cached page, or renders it, keeps it and serves it.
pub async fn serve(State(cache): State<Arc<PageCache>>, mut req: Request, next: Next) -> Response {
    let Some(store) = cache.cache.as_ref() else {
        return next.run(req).await;
    };
    if req.method() != axum::http::Method::GET || !is_page(req.uri().path()) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<PageContext>().cloned() else {
        return next.run(req).await;
    };
    if ctx.continue_token.is_some() || ctx.link_problem.is_some() {
        cache.bypassed.fetch_add(1, Ordering::Relaxed);
        return next.run(req).await;
    }
    let accept = req.headers().get(header::ACCEPT_ENCODING).cloned();
    let looked_up = key_of(&req, &ctx);
    if let Some(page) = store.get(&looked_up) {
        cache.hits.fetch_add(1, Ordering::Relaxed);
        page.record_again(&*ctx.events, ctx.employee_id);
        return respond(&page, accept.as_ref());
    }
    // Owned only to keep the page: the request goes on to render it.
    let key = looked_up.to_owned();
    // What the render records goes on as usual, and is kept with the entry.
    let seen = Arc::new(Mutex::new(Vec::new()));
    let keep = seen.clone();
    req.extensions_mut().insert(PageContext {
        events: Arc::new(super::event_tap::Tap {
            inner: ctx.events.clone(),
            see: move |e: &GuideEvent| {
                keep.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(e.clone());
            },
        }),
        ..ctx
    });
    let res = next.run(req).await;
    if !cacheable(res.status(), res.headers()) {
        cache.bypassed.fetch_add(1, Ordering::Relaxed);
        return res;
    }
    cache.misses.fetch_add(1, Ordering::Relaxed);
    let (parts, body) = res.into_parts();
    let bytes = match to_bytes(body, LIMIT).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "a page could not be read whole");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let recorded = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
    let Some(mut page) = build(&parts.headers, parts.status, &bytes, recorded) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    page.route = parts.extensions.get().cloned();
    let page = Arc::new(page);
    store.insert(key, page.clone());
    respond(&page, accept.as_ref())
}

fn cacheable(status: StatusCode, headers: &HeaderMap) -> bool {
    status == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !headers.contains_key(header::CACHE_CONTROL)
        && super::html::is_html(headers)
}

/// The cached form of a rendered page: mended, its nonce replaced by script hashes, compressed.
fn build(
    headers: &HeaderMap,
    status: StatusCode,
    body: &[u8],
    events: Vec<GuideEvent>,
) -> Option<Page> {
    let text = std::str::from_utf8(body).ok()?;
    let nonce = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(super::html::nonce_of)?;
    let html = without_nonce(&super::html::mend(text, Some(nonce)), nonce);
    let hashes = inline_script_hashes(&html);
    let csp = app::security::content_security_policy_hashes(hashes.iter().map(String::as_str));
    let identity = Bytes::from(html);
    Some(Page {
        status,
        content_type: headers.get(header::CONTENT_TYPE)?.clone(),
        csp: HeaderValue::from_str(&csp).ok()?,
        gzip: gzip(&identity)?,
        brotli: brotli(&identity)?,
        identity,
        events,
        route: None,
        timer: OnceLock::new(),
        headers: OnceLock::new(),
    })
}

fn without_nonce(html: &str, nonce: &str) -> String {
    html.replace(&format!(" nonce=\"{nonce}\""), "")
}

/// The SHA-256 (base64) of each inline script's text, in order, without repeats.
fn inline_script_hashes(html: &str) -> Vec<String> {
    use base64::Engine as _;
    let mut out: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let after = &rest[tag_end + 1..];
        let Some(close) = after.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let hash = base64::engine::general_purpose::STANDARD
                .encode(Sha256::digest(&after.as_bytes()[..close]));
            if !out.contains(&hash) {
                out.push(hash);
            }
        }
        rest = &after[close..];
    }
    out
}

fn gzip(body: &[u8]) -> Option<Bytes> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(body).ok()?;
    e.finish().ok().map(Bytes::from)
}

fn brotli(body: &[u8]) -> Option<Bytes> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(body).ok()?;
    }
    Some(Bytes::from(out))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the client accepts (q=0 refuses one).
fn encoding(accept: Option<&HeaderValue>) -> Encoding {
    let Some(accept) = accept.and_then(|v| v.to_str().ok()) else {
        return Encoding::Identity;
    };
    let accepts = |name: &str| {
        accept.split(',').any(|item| {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or_default().trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            coding.eq_ignore_ascii_case(name) && q > 0.0
        })
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// The page's bytes in the best encoding the client accepts, with that encoding's name.
fn body_for(page: &Page, accept: Option<&HeaderValue>) -> (Bytes, Option<&'static str>) {
    match encoding(accept) {
        Encoding::Brotli => (page.brotli.clone(), Some("br")),
        Encoding::Gzip => (page.gzip.clone(), Some("gzip")),
        Encoding::Identity => (page.identity.clone(), None),
    }
}

fn respond(page: &Arc<Page>, accept: Option<&HeaderValue>) -> Response {
    let (body, coding) = body_for(page, accept);
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = page.status;
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, page.content_type.clone());
    h.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
    h.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Some(c) = coding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
    }
    res.extensions_mut().insert(super::html::Mended);
    if let Some(route) = &page.route {
        res.extensions_mut().insert(route.clone());
    }
    res.extensions_mut().insert(Served(page.clone()));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrowed_key_finds_the_entry_its_owned_form_keeps_and_no_other() {
        use app::domain::{DeviceProfile, Platform, Policy};
        use app::i18n::Locale;
        let iphone = DeviceProfile::chosen(Platform::Iphone);
        let android = DeviceProfile::chosen(Platform::Samsung);
        let de = Locale::from_tag("de").expect("German is supported");
        let policy = Policy::default();
        let key = |base, path, locale, device, linked| {
            KeyRef::new(None, base, path, locale, device, linked, &policy)
        };
        let cache: quick_cache::sync::Cache<Key, u32> = quick_cache::sync::Cache::new(16);
        let kept = key("/t/a", "/guide/x/step/3", Locale::DEFAULT, &iphone, true);
        cache.insert(kept.to_owned(), 1);
        assert_eq!(cache.get(&kept), Some(1));
        for other in [
            key("/t/b", "/guide/x/step/3", Locale::DEFAULT, &iphone, true),
            key("/t/a", "/guide/x/step/4", Locale::DEFAULT, &iphone, true),
            key("/t/a", "/guide/x/step/3", de, &iphone, true),
            key("/t/a", "/guide/x/step/3", Locale::DEFAULT, &android, true),
            key("/t/a", "/guide/x/step/3", Locale::DEFAULT, &iphone, false),
        ] {
            assert_eq!(cache.get(&other), None);
        }
    }

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_are_not() {
        let html = "<script type=\"module\">boot()</script><script src=\"/pkg/x.js\"></script>\
                    <script>boot()</script><script>a=[];</script>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 2, "one per distinct inline script");
        // sha256("boot()"), computed apart.
        use base64::Engine as _;
        let want = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"boot()"));
        assert_eq!(hashes[0], want);
    }

    #[test]
    fn the_nonce_leaves_the_bytes() {
        let html = "<script nonce=\"abc\">x()</script><link crossorigin>";
        assert_eq!(
            without_nonce(html, "abc"),
            "<script>x()</script><link crossorigin>"
        );
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen() {
        let v = |s: &'static str| HeaderValue::from_static(s);
        assert_eq!(encoding(Some(&v("gzip, deflate, br"))), Encoding::Brotli);
        assert_eq!(encoding(Some(&v("gzip, br;q=0"))), Encoding::Gzip);
        assert_eq!(encoding(Some(&v("identity"))), Encoding::Identity);
        assert_eq!(encoding(Some(&v("GZIP;q=0.5"))), Encoding::Gzip);
        assert_eq!(encoding(None), Encoding::Identity);
    }

    #[test]
    fn guide_pages_are_eligible_stuck_pages_are_not() {
        assert!(is_page("/"));
        assert!(is_page("/guide/iphone-authenticator/step/3"));
        assert!(is_page("/privacy"));
        assert!(!is_page("/guide/iphone-authenticator/step/3/stuck"));
        assert!(!is_page("/guide/iphone-authenticator/handoff"));
        assert!(!is_page("/admin"));
        assert!(!is_page("/link/abc"));
    }
}
