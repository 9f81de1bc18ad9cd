//! The pieces of a step page that move an employee's journey along: the hand-off with its
//! "did it work?", "I'm stuck", "start over", and "continue on your phone".

use crate::context::{PageContext, i18n};
use crate::domain::catalogue::{Ask, Flow};
use crate::domain::journey::{
    ANSWER_FAILED, ANSWER_MANAGED, ANSWER_NOT_MANAGED, ANSWER_SIGN_IN_FAILED, ANSWER_SIGNED_IN,
    ANSWER_WORKED,
};
use crate::islands::HandoffLink;
use leptos::prelude::*;

/// The hidden field that keeps a picked device across a form post.
fn device_field(device: Option<&'static str>) -> impl IntoView + use<> {
    device.map(|d| view! { <input type="hidden" name="device" value=d/> })
}

/// The hand-off button, what comes after it, and the question asked on return.
pub fn handoff_view(
    ctx: &PageContext,
    flow: &Flow,
    n: usize,
    device: Option<&'static str>,
) -> impl IntoView + use<> {
    let i18n = i18n();
    let href = ctx.href(&format!("/guide/{}/handoff?step={n}", flow.id));
    let next: Vec<String> = flow.steps[n..].iter().map(|s| i18n.t(&s.title)).collect();
    let has_next = !next.is_empty();
    let next = next
        .into_iter()
        .map(|t| view! { <li>{t}</li> })
        .collect_view();
    let question = answer_form(
        ctx,
        flow,
        n,
        device,
        "handoff",
        [
            (ANSWER_WORKED, "handoff-worked"),
            (ANSWER_FAILED, "handoff-failed"),
        ],
    );
    view! {
        <div class="handoff">
            <HandoffLink href=href label=i18n.t("handoff-button") hint="handoff-hint".to_owned()>
                {question}
            </HandoffLink>
            <p id="handoff-hint" class="hint">{i18n.t("handoff-hint")}</p>
            {has_next.then(|| view! {
                <div class="handoff-next">
                    <p>{i18n.t("handoff-next-steps")}</p>
                    <ol start=n + 1>{next}</ol>
                </div>
            })}
        </div>
    }
}

/// A question about this step, answered by one of two buttons (the first is the expected
/// answer). Posted to `/journey/answer`, which decides where each answer leads; a plain form,
/// so it works with JavaScript off. `name` is the question's Fluent key prefix (`<name>-question`)
/// and its class and id.
fn answer_form(
    ctx: &PageContext,
    flow: &Flow,
    n: usize,
    device: Option<&'static str>,
    name: &'static str,
    [(yes, yes_label), (no, no_label)]: [(&'static str, &'static str); 2],
) -> impl IntoView + use<> {
    let i18n = i18n();
    let id = format!("{name}-question");
    view! {
        <form method="post" action=ctx.href("/journey/answer") class=id.clone() aria-labelledby=id.clone()>
            <p id=id.clone()><strong>{i18n.t(&id)}</strong></p>
            <input type="hidden" name="flow" value=flow.id.clone()/>
            <input type="hidden" name="step" value=n/>
            {device_field(device)}
            <button type="submit" class="button" name="answer" value=yes>{i18n.t(yes_label)}</button>
            " "
            <button type="submit" class="button secondary" name="answer" value=no>{i18n.t(no_label)}</button>
        </form>
    }
}

/// The question a step asks (see [`Ask`]), if it asks one.
pub fn ask_view(
    ctx: &PageContext,
    flow: &Flow,
    n: usize,
    device: Option<&'static str>,
) -> Option<impl IntoView + use<>> {
    Some(match flow.steps[n - 1].ask? {
        Ask::SignIn => answer_form(
            ctx,
            flow,
            n,
            device,
            "sign-in",
            [
                (ANSWER_SIGNED_IN, "sign-in-worked"),
                (ANSWER_SIGN_IN_FAILED, "sign-in-failed"),
            ],
        ),
        Ask::ManagedPc => answer_form(
            ctx,
            flow,
            n,
            device,
            "managed-pc",
            [
                (ANSWER_MANAGED, "managed-pc-yes"),
                (ANSWER_NOT_MANAGED, "managed-pc-no"),
            ],
        ),
    })
}

/// The link to the causes for this step.
pub fn stuck_link(
    ctx: &PageContext,
    flow: &Flow,
    n: usize,
    device: Option<&'static str>,
) -> impl IntoView + use<> {
    let href = crate::components::with_query(
        &ctx.href(&format!("/guide/{}/step/{n}/stuck", flow.id)),
        &[(crate::components::DEVICE_PARAM, device)],
    );
    view! { <p class="stuck-link"><a class="button secondary" href=href>{i18n().t("stuck-link")}</a></p> }
}

/// "Start over", for employees whose progress is kept.
pub fn restart_form(ctx: &PageContext) -> Option<impl IntoView + use<>> {
    ctx.employee_id?;
    let i18n = i18n();
    Some(view! {
        <form method="post" action=ctx.href("/journey/restart") class="restart">
            <button type="submit" class="link">{i18n.t("restart")}</button>
        </form>
    })
}

/// "Stop reminder emails", for employees with a personal link (on the start page). Where
/// registration is mandatory there is no opting out: the page says so and who to ask.
pub fn opt_out_form(ctx: &PageContext, done: bool) -> Option<impl IntoView + use<>> {
    ctx.employee_id?;
    let i18n = i18n();
    if let Some(t) = ctx.tenant.as_ref().filter(|t| t.mandatory) {
        let text = match t.branding.support.first() {
            Some(c) => i18n.t_args("mandatory-note-contact", &[("support", c.into())]),
            None => i18n.t("mandatory-note"),
        };
        return Some(view! { <p class="note" data-mandatory="true">{text}</p> }.into_any());
    }
    Some(if done {
        view! { <p class="note ok" role="status" data-opted-out="true">{i18n.t("opt-out-done")}</p> }.into_any()
    } else {
        view! {
            <form method="post" action=ctx.href("/journey/opt-out") class="restart">
                <button type="submit" class="link">{i18n.t("opt-out-button")}</button>
            </form>
        }
        .into_any()
    })
}

/// Whether "continue on your phone" helps here: on a computer, when the passkey will live on
/// a phone (a phone flow read on the computer, or a cross-device flow), or on the start page.
pub fn offers_phone(ctx: &PageContext, flow: Option<&Flow>) -> bool {
    ctx.profile.platform.is_computer()
        && flow.is_none_or(|f| {
            f.cross_device
                || f.platforms
                    .iter()
                    .any(|p| p.is_apple_mobile() || p.is_android())
        })
}

/// A QR code as inline SVG markup. The input is our own URL; the output has no text from it.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(180, 180)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    // Drop the XML declaration: the SVG sits inside an HTML page.
    Some(
        svg.find("<svg")
            .map_or(svg.clone(), |i| svg[i..].to_owned()),
    )
}

/// "Continue on your phone": a QR code that opens this journey (or, without a personal
/// link, this tenant's guide) on the phone, where it detects the phone and its flow.
pub fn continue_on_phone(ctx: &PageContext, flow: Option<&Flow>) -> Option<impl IntoView + use<>> {
    if !offers_phone(ctx, flow) {
        return None;
    }
    let i18n = i18n();
    let url = ctx.continue_url();
    let svg = qr_svg(&url)?;
    let lead = i18n.t(if ctx.continue_token.is_some() {
        "continue-lead-linked"
    } else {
        "continue-lead"
    });
    Some(view! {
        <section class="continue-phone" aria-labelledby="continue-heading">
            <h2 id="continue-heading">{i18n.t("continue-title")}</h2>
            <p>{lead}</p>
            <div class="qr" role="img" aria-label=i18n.t("continue-qr-alt") data-url=url.clone() inner_html=svg></div>
            <details>
                <summary>{i18n.t("continue-url")}</summary>
                <p class="continue-url"><code>{url}</code></p>
            </details>
        </section>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_svg_without_the_xml_declaration() {
        let svg = qr_svg("https://guide.example/t/contoso/link/abc.def").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("<path") || svg.contains("<rect"));
        assert!(!svg.contains("contoso"), "the URL is encoded, not written");
    }
}
