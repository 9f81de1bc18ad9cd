//! The floor for HTTP benchmarks (`scripts/bench-herd.sh`): a bare axum handler on the same
//! runtime as the server (tokio multi-thread, one worker per core) answering `GET /` with a
//! small fixed page. Listens on `BARE_ADDR` or the first argument (default 127.0.0.1:3990).

use axum::Router;
use axum::response::Html;
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
    let app = Router::new().route("/", get(|| async { Html(PAGE) }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}
