//! The hand-off button. Served as a plain link, which works everywhere (in-app browsers lose
//! new tabs); once the page is interactive it opens Security info in a new tab so the guide
//! stays open, and when the employee comes back to the guide the "did it work?" question
//! below the button gets the focus, so a screen reader announces it.

use leptos::prelude::*;

#[island]
pub fn HandoffLink(
    href: String,
    label: String,
    /// The id of the hint that describes the button.
    hint: String,
    /// The "did it work?" question, rendered by the server.
    children: Children,
) -> impl IntoView {
    let interactive = RwSignal::new(false);
    let clicked = RwSignal::new(false);
    let question = NodeRef::<leptos::html::Div>::new();
    Effect::new(move || {
        interactive.set(true);
        let handle = window_event_listener(leptos::ev::focus, move |_| {
            if clicked.get_untracked()
                && let Some(el) = question.get_untracked()
            {
                let _ = el.focus();
            }
        });
        // The island lives as long as the page.
        std::mem::forget(handle);
    });
    view! {
        <a class="button" href=href rel="noopener" data-handoff="true" aria-describedby=hint
            target=move || interactive.get().then_some("_blank")
            on:click=move |_| clicked.set(true)>
            {label}
        </a>
        <div class="handoff-return" tabindex="-1" node_ref=question>{children()}</div>
    }
}
