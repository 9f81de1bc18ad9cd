#![no_main]

//! Target `templates`: the subject, then the body (see `fuzz_checks::fields`), then a value.
//! Every kind is validated, and the template is rendered twice: with fixed hostile values and
//! with the input's own value for every placeholder. Whatever the template and the values, the
//! subject stays one line of at most `MAX_SUBJECT` characters and the HTML carries no script.

use app::domain::templates::{
    self, Kind, MAX_SUBJECT, Placeholder, Template, render_html, render_subject, render_text,
};

fn hostile(p: Placeholder) -> Option<String> {
    let v = match p {
        Placeholder::Name => "<script>alert(1)</script>\r\nBcc: x@evil.example",
        Placeholder::Link => "https://guide.example/?q=\"><script>alert(1)</script>\r\n",
        Placeholder::Team => "Ann <ann@example.com>\r\n\r\n<SCRIPT src=x>\n\"Bob\"",
        Placeholder::Step => "\u{2028}3\u{0}",
        Placeholder::Deadline | Placeholder::Support | Placeholder::Organisation => {
            "</p><script>&amp;\t{name}}{{"
        }
    };
    Some(v.to_owned())
}

fn check(t: &Template, v: &impl templates::Values) {
    let subject = render_subject(t, v);
    assert!(!subject.contains(['\r', '\n']), "{subject:?}");
    assert!(subject.chars().count() <= MAX_SUBJECT, "{subject:?}");
    assert_eq!(subject, subject.trim(), "{subject:?}");
    let text = render_text(t, v);
    assert!(!text.contains('\r'), "{text:?}");
    let html = render_html(t, v);
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let f = fuzz_checks::fields(data, 3);
    let get = |i: usize| f.get(i).cloned().unwrap_or_default();
    let t = Template {
        subject: get(0),
        body: get(1),
    };
    for kind in Kind::ALL {
        let problems = templates::validate(kind, &t);
        for p in &problems {
            assert!(!p.id().is_empty());
        }
    }
    check(&t, &hostile);
    let value = get(2);
    check(&t, &|_: Placeholder| Some(value.clone()));
});
