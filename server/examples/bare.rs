//! The floor for HTTP benchmarks (`scripts/bench-herd.sh`): a bare axum handler on the same
//! runtime as the server (tokio multi-thread, one worker per core) answering every `GET`, so
//! the benchmark can send it the very requests it sends the server, with fixed bytes: the file `BARE_BODY` names (the benchmark saves the step page there exactly as
//! the server sent it, compressed, and names its encoding in `BARE_ENCODING`), or a small page.
//! Listens on `BARE_ADDR` or the first argument (default 127.0.0.1:3990).

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::get;

const PAGE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Set up your passkey</title></head><body><h1>Set up your passkey</h1>\
<p>This page is the baseline of the load benchmark.</p></body></html>";

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
    let encoding = std::env::var("BARE_ENCODING")
        .ok()
        .and_then(|e| HeaderValue::from_str(&e).ok());
    let app = Router::new().fallback(get(move || {
        let (body, encoding) = (body.clone(), encoding.clone());
        async move {
            let mut res =
                ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
            if let Some(e) = encoding {
                res.headers_mut().insert(header::CONTENT_ENCODING, e);
            }
            res
        }
    }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}
