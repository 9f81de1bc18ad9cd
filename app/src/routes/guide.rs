use super::NotFound;
use super::home::effective_profile;
use crate::components::{DEVICE_PARAM, Layout, with_query};
use crate::context::{i18n, page_context};
use crate::domain::catalogue::{Catalogue, Flow};
use crate::domain::chooser::Offered;
use crate::domain::events::EventKind;
use crate::domain::{DeviceProfile, Policy, choose};
use crate::i18n::I18n;
use crate::text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The step number in the path, if it is one this flow has.
fn step_number(raw: Option<String>, flow: &Flow) -> Option<usize> {
    match raw {
        None => Some(1),
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=flow.steps.len()).contains(n)),
    }
}

fn sources_view(
    i18n: &I18n,
    catalogue: &'static Catalogue,
    ids: &[String],
    reviewed: &str,
) -> impl IntoView + use<> {
    let items = ids
        .iter()
        .filter_map(|id| catalogue.source(id))
        .map(|s| {
            view! {
                <li>
                    <a href=s.url.clone() rel="noopener noreferrer">{s.title.clone()}</a>
                    " ("{s.publisher.clone()}")"
                </li>
            }
        })
        .collect_view();
    view! {
        <aside class="sources" aria-label=i18n.t("sources-label")>
            <p>{i18n.t_args("sources-reviewed", &[("date", reviewed.into())])}</p>
            <ul>{items}</ul>
        </aside>
    }
}

/// A flow text (step body, troubleshooting entry) with the device's variables, as paragraphs.
fn paragraphs_view(i18n: &I18n, key: &str, profile: &DeviceProfile) -> impl IntoView + use<> {
    text::paragraphs(&text::content(i18n, key, profile))
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

/// The flow named in the path, if the catalogue has it.
fn flow_in_path(catalogue: &'static Catalogue) -> Option<&'static Flow> {
    use_params_map()
        .with_untracked(|p| p.get("flow"))
        .and_then(|id| catalogue.flow(&id))
}

/// A warning when the flow does not fit this device or the tenant's policy.
fn fit_warning(
    i18n: &I18n,
    catalogue: &'static Catalogue,
    flow: &Flow,
    profile: &DeviceProfile,
    policy: &Policy,
) -> Option<String> {
    if !flow.supports(profile.platform) && profile.platform != crate::domain::Platform::Unknown {
        return Some(i18n.t_args(
            "guide-other-device",
            &[("device", text::platform_name(i18n, profile.platform).into())],
        ));
    }
    let rec = choose(catalogue, profile, policy);
    match rec.status_of(&flow.id) {
        Some(Ok(Offered { version, .. })) => text::version_requirement(i18n, profile, version),
        Some(Err(u)) => Some(text::blocked_reason(i18n, profile, &u.why)),
        None => None,
    }
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let params = use_params_map();
    let (flow_id, raw_step) = params.with_untracked(|p| (p.get("flow"), p.get("step")));
    let Some(flow) = flow_id.and_then(|id| catalogue.flow(&id)) else {
        return view! { <NotFound/> }.into_any();
    };
    let Some(n) = step_number(raw_step, flow) else {
        return view! { <NotFound/> }.into_any();
    };
    let profile = effective_profile(&ctx.profile);
    let device_param = profile.chosen.then(|| profile.platform.id());
    let total = flow.steps.len();
    let step = &flow.steps[n - 1];

    ctx.record(
        if n == 1 {
            EventKind::FlowChosen
        } else {
            EventKind::StepViewed
        },
        Some(&flow.id),
        Some(n as u16),
        &profile,
    );

    let step_href = |k: usize| {
        with_query(
            &ctx.href(&format!("/guide/{}/step/{k}", flow.id)),
            &[(DEVICE_PARAM, device_param)],
        )
    };
    let done_href = with_query(
        &ctx.href(&format!("/guide/{}/done", flow.id)),
        &[(DEVICE_PARAM, device_param)],
    );
    let home_href = with_query(&ctx.href("/"), &[(DEVICE_PARAM, device_param)]);
    let print_href = with_query(
        &ctx.href(&format!("/guide/{}/print", flow.id)),
        &[(DEVICE_PARAM, device_param)],
    );

    let indicator = flow
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let k = i + 1;
            let title = i18n.t(&s.title);
            let state = if k < n {
                "done"
            } else if k == n {
                "current"
            } else {
                "todo"
            };
            let label = if k == n {
                view! { <span aria-current="step">{title}</span> }.into_any()
            } else {
                view! { <a href=step_href(k)>{title}</a> }.into_any()
            };
            view! { <li class=state>{label}</li> }
        })
        .collect_view();

    let body = paragraphs_view(&i18n, &step.body, &profile);

    let handoff = step.handoff.then(|| {
        let href = ctx.href(&format!("/guide/{}/handoff?step={n}", flow.id));
        view! {
            <div class="handoff">
                <a class="button" href=href target="_blank" rel="noopener" data-handoff="true" aria-describedby="handoff-hint">
                    {i18n.t("handoff-button")}
                </a>
                <p id="handoff-hint" class="hint">{i18n.t("handoff-hint")}</p>
            </div>
        }
    });

    let troubles = step
        .troubleshooting
        .iter()
        .filter_map(|id| catalogue.troubleshooting(id))
        .map(|t| {
            let paras = paragraphs_view(&i18n, &t.body, &profile);
            view! { <li><h4>{i18n.t(&t.title)}</h4>{paras}</li> }
        })
        .collect_view();
    let has_troubles = !step.troubleshooting.is_empty();

    let prev = if n > 1 {
        step_href(n - 1)
    } else {
        home_href.clone()
    };
    let prev_label = i18n.t(if n > 1 { "nav-back" } else { "nav-all-options" });
    let (next, next_label) = if n < total {
        (step_href(n + 1), i18n.t("nav-next"))
    } else {
        (done_href, i18n.t("nav-finish"))
    };
    let warning = fit_warning(&i18n, catalogue, flow, &profile, &ctx.policy);
    let flow_title = i18n.t(&flow.title);
    let step_title = i18n.t(&step.title);
    let page_title = format!("{step_title} · {flow_title}");
    let count = i18n.t_args(
        "step-count",
        &[("current", n.into()), ("total", total.into())],
    );

    view! {
        <Layout title=page_title>
            <p class="flow-name">{flow_title}</p>
            {warning.map(|w| view! { <p class="note warning" role="note">{w}</p> })}
            <p class="step-count" id="step-count">{count}</p>
            <h1 aria-describedby="step-count">{step_title}</h1>
            <div class="step-body" data-step=step.id.clone()>{body}</div>
            {handoff}
            {has_troubles.then(|| view! {
                <details class="troubleshooting">
                    <summary>{i18n.t("stuck-summary")}</summary>
                    <ul>{troubles}</ul>
                </details>
            })}
            <nav class="step-nav" aria-label=i18n.t("step-nav-label")>
                <a class="button secondary" href=prev rel="prev">{prev_label}</a>
                <a class="button" href=next rel="next">{next_label}</a>
            </nav>
            <nav aria-label=i18n.t("all-steps-label")>
                <ol class="steps">{indicator}</ol>
            </nav>
            <p class="print-link"><a href=print_href>{i18n.t("print-link")}</a></p>
            {sources_view(&i18n, catalogue, &step.sources, &flow.reviewed)}
        </Layout>
    }
    .into_any()
}

/// Every step of a flow on one page, for helpdesk handouts and printing.
#[component]
pub fn PrintPage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let Some(flow) = flow_in_path(catalogue) else {
        return view! { <NotFound/> }.into_any();
    };
    let profile = effective_profile(&ctx.profile);
    let security_info = ctx.security_info_url.to_string();
    let steps = flow
        .steps
        .iter()
        .map(|step| {
            let body = paragraphs_view(&i18n, &step.body, &profile);
            let handoff = step.handoff.then(|| {
                let note = i18n.t_args("print-handoff", &[("url", security_info.as_str().into())]);
                view! { <p class="handoff-note"><strong>{note}</strong></p> }
            });
            view! {
                <li data-step=step.id.clone()>
                    <h2>{i18n.t(&step.title)}</h2>
                    {body}
                    {handoff}
                </li>
            }
        })
        .collect_view();
    let flow_title = i18n.t(&flow.title);
    let sources: Vec<String> = flow
        .steps
        .iter()
        .flat_map(|s| s.sources.iter().cloned())
        .chain(flow.sources.iter().cloned())
        .fold(Vec::new(), |mut acc, id| {
            if !acc.contains(&id) {
                acc.push(id);
            }
            acc
        });
    view! {
        <Layout title=flow_title.clone()>
            <div class="print-view">
                <h1>{flow_title}</h1>
                <p class="lead">{i18n.t(&flow.summary)}</p>
                <p class="screen-only">{i18n.t("print-lead")}</p>
                <ol class="print-steps">{steps}</ol>
                {sources_view(&i18n, catalogue, &sources, &flow.reviewed)}
            </div>
        </Layout>
    }
    .into_any()
}

#[component]
pub fn DonePage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let Some(flow) = flow_in_path(catalogue) else {
        return view! { <NotFound/> }.into_any();
    };
    let profile = effective_profile(&ctx.profile);
    ctx.record(EventKind::Done, Some(&flow.id), None, &profile);
    let device_param = profile.chosen.then(|| profile.platform.id());
    let last = with_query(
        &ctx.href(&format!("/guide/{}/step/{}", flow.id, flow.steps.len())),
        &[(DEVICE_PARAM, device_param)],
    );
    let security_info = ctx.security_info_url.to_string();
    view! {
        <Layout title=i18n.t("done-title")>
            <h1>{i18n.t("done-title")}</h1>
            <p class="lead">{i18n.t_args("done-lead", &[("flow", i18n.t(&flow.title).into())])}</p>
            <p>{i18n.t("done-check")}</p>
            <p><a class="button secondary" href=security_info target="_blank" rel="noopener">{i18n.t("done-open-security-info")}</a></p>
            <p><a href=last>{i18n.t("done-back")}</a></p>
            {sources_view(&i18n, catalogue, &flow.sources, &flow.reviewed)}
        </Layout>
    }
    .into_any()
}
