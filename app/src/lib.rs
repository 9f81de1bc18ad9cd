//! passkey-guide's application crate: the domain core (plain Rust), the server-rendered pages
//! (`ssr`) and the few interactive islands hydrated in the browser (`hydrate`).
#![recursion_limit = "256"]

pub mod domain;
pub mod islands;

#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
pub mod security;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod text;

#[cfg(feature = "ssr")]
pub use routes::{Unsubscribe, render_rate_limited, render_unsubscribe};
#[cfg(feature = "ssr")]
pub use shell::{App, shell};

/// Entry point of the browser bundle: hydrates the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
