//! The floor for HTTP benchmarks (`scripts/bench-herd.sh`): a bare axum handler on the same
//! runtime as the server (tokio multi-thread, one worker per core) answering every `GET`, so
//! the benchmark can send it the very requests it sends the server, with fixed bytes:
//!
//! - the body: the file `BARE_BODY` names (the benchmark saves the step page there exactly
//!   as the server sent it, compressed), or a small page;
//! - the headers: those of the file `BARE_HEADERS` names (the server's response head as
//!   `curl -D` saved it; hyper writes `date` and `content-length` itself, as it does for the
//!   server), or else `content-type` and the encoding `BARE_ENCODING` names.
//!
//! Listens on `BARE_ADDR` or the first argument (default 127.0.0.1:3990).

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::get;

const PAGE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Set up your passkey</title></head><body><h1>Set up your passkey</h1>\
<p>This page is the baseline of the load benchmark.</p></body></html>";

/// The header lines of a response head as `curl -D` saves it, but `date` and
/// `content-length`. A line that is not a valid header is an error, not skipped: the
/// baseline must send what the server sent.
fn headers_of(head: &str) -> std::io::Result<HeaderMap> {
    let invalid = |line: &str| std::io::Error::other(format!("not a header line: {line:?}"));
    let mut headers = HeaderMap::new();
    for line in head.lines().skip(1).map(str::trim_end) {
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').ok_or_else(|| invalid(line))?;
        let name = HeaderName::try_from(name.trim()).map_err(|_| invalid(line))?;
        if name == header::DATE || name == header::CONTENT_LENGTH {
            continue;
        }
        let value = HeaderValue::from_str(value.trim()).map_err(|_| invalid(line))?;
        headers.append(name, value);
    }
    Ok(headers)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("BARE_ADDR").ok())
        .unwrap_or_else(|| "127.0.0.1:3990".into());
    let body = match std::env::var("BARE_BODY") {
        Ok(path) => Bytes::from(std::fs::read(path)?),
        Err(_) => Bytes::from_static(PAGE.as_bytes()),
    };
    let headers = match std::env::var("BARE_HEADERS") {
        Ok(path) => headers_of(&std::fs::read_to_string(path)?)?,
        Err(_) => {
            let mut h = HeaderMap::new();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            if let Some(e) = std::env::var("BARE_ENCODING")
                .ok()
                .and_then(|e| HeaderValue::from_str(&e).ok())
            {
                h.insert(header::CONTENT_ENCODING, e);
            }
            h
        }
    };
    let app = Router::new().fallback(get(move || {
        let (body, headers) = (body.clone(), headers.clone());
        async move { (headers, body).into_response() }
    }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}
