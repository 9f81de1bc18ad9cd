//! The drawing of a flow step as inline SVG. The drawing's data and its rules are in
//! [`crate::domain::illustration`]; [`layout`] places its elements in pixels, and here the
//! shapes become SVG elements through `view!`, so the translated words are escaped like any
//! other text on the page. Colours are CSS classes (see the illustrations section of
//! `style/main.css`), which follow light and dark mode.

pub mod layout;
pub mod text;

use crate::context::i18n;
use crate::domain::illustration::Illustrations;
use layout::{Shape, TextBlock, layout, num};
use leptos::prelude::*;

/// The drawing of one step of a flow, with its description as the SVG's accessible name.
/// Renders nothing for a step without one (the catalogue tests make sure there is none).
#[component]
pub fn Illustration(#[prop(into)] flow: String, #[prop(into)] step: String) -> impl IntoView {
    let i18n = i18n();
    let Some(ill) = Illustrations::embedded().get(&flow, &step) else {
        return ().into_any();
    };
    let drawing = layout(ill, &|key| i18n.t(key));
    let title_id = ill.dom_id();
    let labelled_by = title_id.clone();
    let view_box = format!("0 0 {} {}", num(drawing.width), num(drawing.height));
    let shapes = drawing.shapes.into_iter().map(shape_view).collect_view();
    view! {
        <figure class=format!("illustration frame-{}", ill.frame.id())>
            <svg
                class="ill"
                viewBox=view_box
                role="img"
                aria-labelledby=labelled_by
                focusable="false"
            >
                <title id=title_id>{i18n.t(&ill.alt)}</title>
                {shapes}
            </svg>
        </figure>
    }
    .into_any()
}

fn shape_view(shape: Shape) -> AnyView {
    match shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            r,
            class,
        } => view! {
            <rect class=class x=num(x) y=num(y) width=num(w) height=num(h) rx=num(r)/>
        }
        .into_any(),
        Shape::Circle { cx, cy, r, class } => {
            view! { <circle class=class cx=num(cx) cy=num(cy) r=num(r)/> }.into_any()
        }
        Shape::Path { d, class } => view! { <path class=class d=d/> }.into_any(),
        Shape::Glyph {
            d,
            x,
            y,
            scale,
            class,
        } => {
            let transform = format!("translate({} {}) scale({})", num(x), num(y), num2(scale));
            view! { <path class=class d=d transform=transform/> }.into_any()
        }
        Shape::Text(t) => text_view(t),
    }
}

/// A scale factor, with two decimals.
fn num2(v: f32) -> String {
    format!("{:.2}", v)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_owned()
}

fn text_view(t: TextBlock) -> AnyView {
    let x = num(t.x);
    let lines = t
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let y = num(t.y + i as f32 * t.line_height);
            view! { <tspan x=x.clone() y=y>{line}</tspan> }
        })
        .collect_view();
    view! {
        <text
            class=t.class
            font-size=num(t.size)
            font-weight=if t.bold { "600" } else { "400" }
            text-anchor=t.anchor.svg()
        >
            {lines}
        </text>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Locale, SUPPORTED};
    use layout::Anchor;

    fn render(locale: Locale, flow: &str, step: &str) -> String {
        Owner::new().with(|| {
            provide_context(I18n::new(locale));
            view! { <Illustration flow=flow.to_owned() step=step.to_owned()/> }.to_html()
        })
    }

    #[test]
    fn every_step_renders_an_svg_named_by_its_alt_text_in_every_language() {
        let mut preview = String::new();
        for (tag, _) in SUPPORTED {
            let locale = Locale::from_tag(tag).unwrap();
            let i18n = I18n::new(locale);
            for ill in Illustrations::embedded().all() {
                let html = render(locale, &ill.flow, &ill.step);
                let id = ill.dom_id();
                assert!(html.contains(r#"role="img""#), "{html}");
                assert!(html.contains(&format!(r#"aria-labelledby="{id}""#)));
                assert!(html.contains(&format!(r#"<title id="{id}">"#)));
                assert!(html.contains(r#"viewBox="0 0 "#));
                let alt = i18n.t(&ill.alt);
                assert_ne!(alt, ill.alt, "{tag}: {} has no text", ill.alt);
                preview.push_str(&format!("<section><h2>{tag} {id}</h2>{html}</section>\n"));
            }
        }
        // ILLUSTRATION_PREVIEW=/some/dir writes every drawing to one page, to look at them.
        if let Ok(dir) = std::env::var("ILLUSTRATION_PREVIEW") {
            let css = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css");
            let page = format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
                 <link rel=\"stylesheet\" href=\"file://{css}\"></head><body><main>{preview}</main></body></html>"
            );
            std::fs::write(format!("{dir}/illustrations.html"), page).unwrap();
        }
    }

    #[test]
    fn a_step_without_a_drawing_renders_nothing() {
        let html = render(Locale::DEFAULT, "windows-hello", "no-such-step");
        assert!(
            !html.contains("<svg") && !html.contains("<figure"),
            "{html}"
        );
    }

    #[test]
    fn drawn_words_are_escaped() {
        let html = text_view(TextBlock {
            x: 1.0,
            y: 2.0,
            size: 12.0,
            line_height: 15.0,
            bold: false,
            anchor: Anchor::Start,
            lines: vec!["<script>&".into(), "second".into()],
            class: "ill-text",
        })
        .to_html();
        assert!(html.contains("&lt;script&gt;&amp;"), "{html}");
        assert!(!html.contains("<script>"));
        assert!(
            html.contains(r#"<tspan x="1" y="17">second</tspan>"#),
            "{html}"
        );
    }
}
