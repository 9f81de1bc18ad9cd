//! "Copy link" for the way out of an in-app browser. The link is served as selectable text, so
//! it can be copied by hand with JavaScript off; once the page is interactive a button copies
//! it to the clipboard and says so.

use leptos::prelude::*;

#[island]
pub fn CopyLink(url: String, label: String, copied: String, field_label: String) -> impl IntoView {
    let interactive = RwSignal::new(false);
    let done = RwSignal::new(false);
    Effect::new(move || interactive.set(true));
    let text = url.clone();
    let copy = move |_| {
        if write_clipboard(&text) {
            done.set(true);
        }
    };
    view! {
        <label class="copy-url">
            <span>{field_label}</span>
            <input type="text" readonly value=url spellcheck="false" autocomplete="off"/>
        </label>
        <button type="button" class="button secondary" hidden=move || !interactive.get() on:click=copy>
            {label}
        </button>
        <span role="status" class="copied">{move || done.get().then(|| copied.clone())}</span>
    }
}

/// Starts `navigator.clipboard.writeText(text)`; false where the browser has no clipboard API.
/// Runs only in the browser (on a click).
fn write_clipboard(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let Some(clipboard) = get(&js_sys::global(), "navigator").and_then(|n| get(&n, "clipboard"))
    else {
        return false;
    };
    get(&clipboard, "writeText")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call1(&clipboard, &text.into()).is_ok())
}
