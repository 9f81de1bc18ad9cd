use crate::components::{
    DEVICE_PARAM, Layout, chosen_platform, continue_on_phone, managed_pc, opt_out_form,
    restart_form, with_query,
};
use crate::context::{i18n, page_context};
use crate::domain::chooser::{Note, Offered};
use crate::domain::events::EventKind;
use crate::domain::{Catalogue, DeviceProfile, Platform, choose};
use crate::islands::{DeviceProbe, ProbeMessages};
use crate::text;
use leptos::prelude::*;

/// The device the page is about: the one the employee picked, or the detected one.
pub(crate) fn effective_profile(detected: &DeviceProfile) -> DeviceProfile {
    chosen_platform()
        .map(|p| {
            if p == detected.platform {
                detected.clone()
            } else {
                DeviceProfile::chosen(p)
            }
        })
        .unwrap_or_else(|| detected.clone())
}

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let profile = effective_profile(&ctx.profile);
    let rec = choose(catalogue, &profile, &ctx.policy);
    let rec = if managed_pc() {
        rec.on_managed_pc()
    } else {
        rec
    };
    let device_param = profile.chosen.then(|| profile.platform.id());
    let intro = ctx.tenant.as_ref().and_then(|t| t.branding.intro.clone());

    ctx.record(EventKind::PageViewed, None, None, &profile);
    let opted_out =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("opted-out").is_some());

    // An in-app browser gets its way out at the top of every page (components::escape), so its
    // note is not repeated here.
    let shown: Vec<&Note> = rec
        .notes
        .iter()
        .filter(|n| **n != Note::InAppBrowser)
        .collect();
    let has_notes = !shown.is_empty();
    let notes = shown
        .into_iter()
        .map(|n| {
            let msg = text::note_message(&i18n, catalogue, &profile, n);
            view! { <li class="note" data-note=n.code()>{msg}</li> }
        })
        .collect_view();

    let device_summary = (profile.platform != Platform::Unknown).then(|| {
        let browser = profile.browser.map(|b| text::browser_name(&i18n, b));
        let in_app = profile.in_app.map(|a| text::in_app_name(&i18n, a));
        view! {
            <dl class="device" data-platform=profile.platform.id()>
                <dt>{i18n.t("device-label")}</dt>
                <dd>
                    {text::platform_name(&i18n, profile.platform)}
                    {profile.model.clone().map(|m| format!(" ({m})"))}
                </dd>
                <dt>{i18n.t("system-label")}</dt>
                <dd>{text::os_description(&i18n, &profile)}</dd>
                {browser.map(|b| view! { <dt>{i18n.t("browser-label")}</dt><dd>{b}</dd> })}
                {in_app.map(|a| view! { <dt>{i18n.t("opened-in-label")}</dt><dd>{a}</dd> })}
            </dl>
        }
    });

    let card = |o: &Offered<'_>, primary: bool| {
        let flow = o.flow;
        let href = with_query(
            &ctx.href(&format!("/guide/{}", flow.id)),
            &[(DEVICE_PARAM, device_param)],
        );
        let requirement = text::version_requirement(&i18n, &profile, &o.version);
        let start = i18n.t(if primary {
            "start-recommended"
        } else {
            "start-this"
        });
        view! {
            <article class=if primary { "flow-card primary" } else { "flow-card" } data-flow=flow.id.clone()>
                <h3>{i18n.t(&flow.title)}</h3>
                <p class="badge">{text::passkey_type_label(&i18n, flow)}</p>
                <p>{i18n.t(&flow.summary)}</p>
                {requirement.map(|r| view! { <p class="requirement">{r}</p> })}
                <a class=if primary { "button" } else { "button secondary" } href=href>{start}</a>
            </article>
        }
    };
    let recommended = rec.offered.first().map(|o| card(o, true));
    let others = rec
        .offered
        .iter()
        .skip(1)
        .map(|o| card(o, false))
        .collect_view();
    let has_others = rec.offered.len() > 1;
    let unavailable = rec
        .unavailable
        .iter()
        .map(|u| {
            view! {
                <li data-flow=u.flow.id.clone()>
                    <strong>{i18n.t(&u.flow.title)}</strong>": "
                    {text::blocked_reason(&i18n, &profile, &u.why)}
                </li>
            }
        })
        .collect_view();
    let has_unavailable = !rec.unavailable.is_empty();

    let picker = Platform::ALL_KNOWN
        .iter()
        .map(|p| {
            let href = with_query(&ctx.href("/"), &[(DEVICE_PARAM, Some(p.id()))]);
            let current = (*p == profile.platform).then_some("true");
            view! { <li><a href=href aria-current=current>{text::platform_name(&i18n, *p)}</a></li> }
        })
        .collect_view();

    let probe = ProbeMessages {
        no_webauthn: i18n.t("probe-no-webauthn"),
        no_platform_authenticator: i18n.t("probe-no-platform-authenticator"),
        no_hybrid: i18n.t("probe-no-hybrid"),
        looks_like_ipad: i18n.t("probe-looks-like-ipad"),
        show_ipad_steps: i18n.t("probe-show-ipad-steps"),
        ready: i18n.t("probe-ready"),
        checking: i18n.t("probe-checking"),
    };
    let recommended_provider = rec
        .recommended()
        .map(|f| if f.cross_device { "hybrid" } else { "platform" })
        .unwrap_or("none")
        .to_owned();

    view! {
        <Layout title=i18n.t("home-title")>
            <h1>{i18n.t("home-title")}</h1>
            <p class="lead">{i18n.t("home-lead")}</p>
            <p class="note" data-note="microsoft-prompt">{i18n.t("home-microsoft-prompt")}</p>
            {intro.map(|text| view! { <p class="tenant-intro">{text}</p> })}
            <section aria-labelledby="device-heading">
                <h2 id="device-heading">{i18n.t("device-heading")}</h2>
                {device_summary}
                <DeviceProbe platform=profile.platform.id().to_owned() recommended=recommended_provider messages=probe/>
                {has_notes.then(|| view! { <ul class="notes">{notes}</ul> })}
            </section>
            {recommended.map(|card| view! {
                <section aria-labelledby="recommended-heading">
                    <h2 id="recommended-heading">{i18n.t("recommended-heading")}</h2>
                    {card}
                </section>
            })}
            {has_others.then(|| view! {
                <section aria-labelledby="others-heading">
                    <h2 id="others-heading">{i18n.t("other-options-heading")}</h2>
                    <div class="cards">{others}</div>
                </section>
            })}
            {has_unavailable.then(|| view! {
                <section aria-labelledby="unavailable-heading">
                    <h2 id="unavailable-heading">{i18n.t("unavailable-heading")}</h2>
                    <ul class="unavailable">{unavailable}</ul>
                </section>
            })}
            {continue_on_phone(&ctx, None)}
            <section aria-labelledby="picker-heading" class="picker">
                <h2 id="picker-heading">{i18n.t("picker-heading")}</h2>
                <p>{i18n.t("picker-lead")}</p>
                <ul class="platforms">{picker}</ul>
                <p><a href=ctx.href("/")>{i18n.t("picker-detect-again")}</a></p>
            </section>
            {restart_form(&ctx)}
            {opt_out_form(&ctx, opted_out)}
        </Layout>
    }
}
