//! Valid HTML out of the renderer: three things Leptos writes that the HTML standard (and the
//! Nu HTML Checker) refuse, mended on the way out of every HTML response.
//!
//! - `<!>`, the empty marker tachys writes between text nodes and after lists, is a bogus
//!   comment; `<!---->` is the valid spelling of the same empty comment node, so hydration
//!   finds what it expects.
//! - `HydrationScripts` writes the CSP nonce as the value of `crossorigin` on its preload
//!   links; a bare `crossorigin` is the anonymous mode those values fall back to.
//! - leptos_axum appends its closing scripts after `</html>`; they move to the end of `<body>`,
//!   where a browser puts them anyway.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Marks a response whose HTML is mended already (the page cache's): passed through as is.
#[derive(Debug, Clone, Copy)]
pub struct Mended;

/// Pages are a few kilobytes; anything larger than this passes through untouched.
const LIMIT: usize = 4 << 20;

/// Whether a response's headers say it is an HTML page.
pub fn is_html(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

pub async fn tidy(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if !is_html(res.headers())
        || res.headers().contains_key(header::CONTENT_ENCODING)
        || res.extensions().get::<Mended>().is_some()
    {
        return res;
    }
    let nonce = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of)
        .map(str::to_owned);
    let (mut parts, body) = res.into_parts();
    let bytes = match to_bytes(body, LIMIT).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "an HTML response could not be read whole");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let body = match std::str::from_utf8(&bytes) {
        Ok(text) => Body::from(mend(text, nonce.as_deref())),
        Err(_) => Body::from(bytes),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

pub(super) fn nonce_of(csp: &str) -> Option<&str> {
    csp.split("'nonce-").nth(1)?.split('\'').next()
}

/// The page with Leptos's invalid markup mended (see the module's notes).
pub fn mend(html: &str, nonce: Option<&str>) -> String {
    let mut out = html.replace("<!>", "<!---->");
    if let Some(nonce) = nonce.filter(|n| !n.is_empty()) {
        out = out.replace(&format!(" crossorigin=\"{nonce}\""), " crossorigin");
    }
    if let Some(end) = out.rfind("</html>") {
        let trailing = out[end + "</html>".len()..].trim().to_owned();
        if !trailing.is_empty() {
            out.truncate(end + "</html>".len());
            if let Some(body_end) = out.rfind("</body>") {
                out.insert_str(body_end, &trailing);
            } else {
                out.push_str(&trailing);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_nonces_and_trailing_scripts_are_mended() {
        let page = "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" \
                    crossorigin=\"n0nce\"></head><body><p>a<!>b</p><ul><li>x</li><!></ul></body></html>\
                    <script nonce=\"n0nce\">one()</script><script>two()</script>";
        let mended = mend(page, Some("n0nce"));
        assert_eq!(
            mended,
            "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" \
             crossorigin></head><body><p>a<!---->b</p><ul><li>x</li><!----></ul>\
             <script nonce=\"n0nce\">one()</script><script>two()</script></body></html>"
        );
        // Already valid: unchanged.
        assert_eq!(mend(&mended, Some("n0nce")), mended);
    }

    #[test]
    fn text_that_mentions_markers_is_escaped_and_stays() {
        // The renderer escapes `<` in text and attributes, so a tenant's `<!>` arrives as
        // `&lt;!&gt;` and is not touched.
        let page = "<html><body><p>&lt;!&gt;</p></body></html>";
        assert_eq!(mend(page, None), page);
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        assert_eq!(
            nonce_of("default-src 'self'; script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"),
            Some("abc123")
        );
        assert_eq!(nonce_of("default-src 'self'"), None);
    }
}
