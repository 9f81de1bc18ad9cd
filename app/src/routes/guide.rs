use super::NotFound;
use super::home::effective_profile;
use crate::components::{
    DEVICE_PARAM, Illustration, Layout, ask_view, continue_on_phone, handoff_view, restart_form,
    stuck_link, with_query,
};
use crate::context::{i18n, page_context};
use crate::domain::catalogue::{Catalogue, Flow};
use crate::domain::causes::{Likelihood, causes};
use crate::domain::chooser::Offered;
use crate::domain::events::EventKind;
use crate::domain::{DeviceProfile, Policy, choose};
use crate::i18n::I18n;
use crate::islands::ProbeField;
use crate::text;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

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

/// Source ids in first-seen order, each once.
fn unique<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
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

    let handoff = step
        .handoff
        .then(|| handoff_view(&ctx, flow, n, device_param));
    let question = ask_view(&ctx, flow, n, device_param);
    let resumed = use_query_map().with_untracked(|q| q.get("resumed").is_some());

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
            {resumed.then(|| view! {
                <div class="note resumed" role="status">
                    <p>{i18n.t("resume-note")}</p>
                    {restart_form(&ctx)}
                </div>
            })}
            {handoff}
            {question}
            <Illustration flow=flow.id.clone() step=step.id.clone()/>
            {stuck_link(&ctx, flow, n, device_param)}
            <nav class="step-nav" aria-label=i18n.t("step-nav-label")>
                <a class="button secondary" href=prev rel="prev">{prev_label}</a>
                <a class="button" href=next rel="next">{next_label}</a>
            </nav>
            <nav aria-label=i18n.t("all-steps-label")>
                <ol class="steps">{indicator}</ol>
            </nav>
            {continue_on_phone(&ctx, Some(flow))}
            <p class="print-link"><a href=print_href>{i18n.t("print-link")}</a></p>
            {(!resumed).then(|| restart_form(&ctx))}
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
                    <Illustration flow=flow.id.clone() step=step.id.clone()/>
                    {handoff}
                </li>
            }
        })
        .collect_view();
    let flow_title = i18n.t(&flow.title);
    let sources = unique(
        flow.steps
            .iter()
            .flat_map(|s| s.sources.iter())
            .chain(flow.sources.iter()),
    );
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
    let confirmed = use_query_map().with_untracked(|q| q.get("confirmed").is_some());
    let confirmation = if confirmed {
        let key = if ctx.employee_id.is_some() {
            "done-confirmed-linked"
        } else {
            "done-confirmed"
        };
        view! { <p class="note ok" role="status" data-confirmed="true">{i18n.t(key)}</p> }
            .into_any()
    } else {
        view! {
            <form method="post" action=ctx.href("/journey/confirm") class="confirm" aria-labelledby="confirm-question">
                <p id="confirm-question"><strong>{i18n.t("done-confirm-question")}</strong></p>
                <input type="hidden" name="flow" value=flow.id.clone()/>
                {device_param.map(|d| view! { <input type="hidden" name="device" value=d/> })}
                <button type="submit" class="button" name="answer" value="yes">{i18n.t("done-confirm-yes")}</button>
                " "
                <button type="submit" class="button secondary" name="answer" value="no">{i18n.t("done-confirm-no")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <Layout title=i18n.t("done-title")>
            <h1>{i18n.t("done-title")}</h1>
            <p class="lead">{i18n.t_args("done-lead", &[("flow", i18n.t(&flow.title).into())])}</p>
            <p>{i18n.t("done-check")}</p>
            <p><a class="button secondary" href=security_info target="_blank" rel="noopener">{i18n.t("done-open-security-info")}</a></p>
            {confirmation}
            <p><a href=last>{i18n.t("done-back")}</a></p>
            {restart_form(&ctx)}
            {sources_view(&i18n, catalogue, &flow.sources, &flow.reviewed)}
        </Layout>
    }
    .into_any()
}

/// "I'm stuck": the causes that fit this device, flow and step, each with its fix, and a way
/// to send the helpdesk a diagnostic.
#[component]
pub fn StuckPage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let params = use_params_map();
    let raw_step = params.with_untracked(|p| p.get("step"));
    let Some(flow) = flow_in_path(catalogue) else {
        return view! { <NotFound/> }.into_any();
    };
    let Some(n) = raw_step
        .is_some()
        .then(|| step_number(raw_step, flow))
        .flatten()
    else {
        return view! { <NotFound/> }.into_any();
    };
    let profile = effective_profile(&ctx.profile);
    let device_param = profile.chosen.then(|| profile.platform.id());
    let step = &flow.steps[n - 1];
    let sent = use_query_map().with_untracked(|q| {
        q.get("sent")
            .filter(|s| !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()))
    });
    if sent.is_none() && !ctx.stuck_stored {
        ctx.record(EventKind::Stuck, Some(&flow.id), Some(n as u16), &profile);
    }
    let found = causes(catalogue, flow, n, &profile, &ctx.policy);
    let items = found
        .iter()
        .map(|c| {
            let detected = c.likelihood == Likelihood::Detected;
            view! {
                <li class=if detected { "cause detected" } else { "cause" } data-cause=c.entry.id.clone()>
                    <h2>{i18n.t(&c.entry.title)}</h2>
                    {detected.then(|| view! { <p class="badge">{i18n.t("stuck-detected")}</p> })}
                    {paragraphs_view(&i18n, &c.entry.body, &profile)}
                </li>
            }
        })
        .collect_view();
    let has_causes = !found.is_empty();
    let sources = unique(found.iter().flat_map(|c| c.entry.sources.iter()));
    let back = with_query(
        &ctx.href(&format!("/guide/{}/step/{n}", flow.id)),
        &[(DEVICE_PARAM, device_param)],
    );
    let symptoms = found
        .iter()
        .map(|c| (c.entry.id.clone(), i18n.t(&c.entry.title)))
        .chain(std::iter::once((
            "something-else".to_owned(),
            i18n.t("stuck-something-else"),
        )))
        .enumerate()
        .map(|(i, (id, label))| {
            let input_id = format!("symptom-{id}");
            view! {
                <li>
                    <input type="radio" name="symptom" id=input_id.clone() value=id required=true checked=i == 0/>
                    <label for=input_id>{label}</label>
                </li>
            }
        })
        .collect_view();
    let report = match (&sent, ctx.employee_id) {
        (Some(reference), _) => view! {
            <p class="note ok" role="status" data-sent=reference.clone()>
                {i18n.t_args("diag-sent", &[("reference", reference.as_str().into())])}
            </p>
        }
        .into_any(),
        (None, Some(_)) => view! {
            <form method="post" action=ctx.href("/journey/diagnostic") class="diagnostic">
                <input type="hidden" name="flow" value=flow.id.clone()/>
                <input type="hidden" name="step" value=n/>
                {device_param.map(|d| view! { <input type="hidden" name="device" value=d/> })}
                <ProbeField/>
                <fieldset>
                    <legend>{i18n.t("diag-symptom")}</legend>
                    <ul class="symptoms">{symptoms}</ul>
                </fieldset>
                <p>
                    <label for="diag-note">{i18n.t("diag-note")}</label>
                    <textarea id="diag-note" name="note" rows="3" maxlength="1000"></textarea>
                </p>
                <p class="hint">{i18n.t("diag-includes")}</p>
                <button type="submit" class="button">{i18n.t("diag-send")}</button>
            </form>
        }
        .into_any(),
        (None, None) => view! { <p>{i18n.t("diag-needs-link")}</p> }.into_any(),
    };
    let step_title = i18n.t(&step.title);
    let title = i18n.t_args("stuck-title", &[("step", step_title.as_str().into())]);
    view! {
        <Layout title=title.clone()>
            <p class="flow-name">{i18n.t(&flow.title)}</p>
            <h1>{title}</h1>
            <p class="lead">{i18n.t_args("stuck-lead", &[("device", text::platform_name(&i18n, profile.platform).into())])}</p>
            {if has_causes {
                view! { <ol class="causes">{items}</ol> }.into_any()
            } else {
                view! { <p>{i18n.t("stuck-none")}</p> }.into_any()
            }}
            <section aria-labelledby="diag-heading" class="report">
                <h2 id="diag-heading">{i18n.t("diag-title")}</h2>
                {report}
            </section>
            <p><a class="button secondary" href=back>{i18n.t("stuck-back")}</a></p>
            <p><a href=with_query(&ctx.href("/help"), &[(DEVICE_PARAM, device_param)])>{i18n.t("help-link")}</a></p>
            {sources_view(&i18n, catalogue, &sources, &flow.reviewed)}
        </Layout>
    }
    .into_any()
}

/// Every troubleshooting entry on one page, by the symptom its title names, so an employee on
/// the wrong step (or no step) still finds the right one. Each entry has its id as anchor.
#[component]
pub fn HelpPage() -> impl IntoView {
    let ctx = page_context();
    let i18n = i18n();
    let catalogue = Catalogue::embedded();
    let profile = effective_profile(&ctx.profile);
    let mut entries: Vec<_> = catalogue
        .troubleshooting_entries()
        .map(|t| (i18n.t(&t.title), t))
        .collect();
    entries.sort_by_key(|(title, _)| title.to_lowercase());
    let sources = unique(entries.iter().flat_map(|(_, t)| t.sources.iter()));
    let reviewed = catalogue
        .flows()
        .iter()
        .map(|f| f.reviewed.clone())
        .max()
        .unwrap_or_default();
    let contents = entries
        .iter()
        .map(|(title, t)| {
            let href = format!("#{}", t.id);
            view! { <li><a href=href>{title.clone()}</a></li> }
        })
        .collect_view();
    let items = entries
        .iter()
        .map(|(title, t)| {
            let devices = (!t.platforms.is_empty()).then(|| {
                let names: Vec<String> = t
                    .platforms
                    .iter()
                    .map(|p| text::platform_name(&i18n, *p))
                    .collect();
                let line = i18n.t_args("help-for-devices", &[("devices", names.join(", ").into())]);
                view! { <p class="hint">{line}</p> }
            });
            view! {
                <section class="cause" id=t.id.clone() aria-labelledby=format!("{}-title", t.id)>
                    <h2 id=format!("{}-title", t.id)>{title.clone()}</h2>
                    {devices}
                    {paragraphs_view(&i18n, &t.body, &profile)}
                </section>
            }
        })
        .collect_view();
    view! {
        <Layout title=i18n.t("help-title")>
            <h1>{i18n.t("help-title")}</h1>
            <p class="lead">{i18n.t("help-lead")}</p>
            <nav aria-labelledby="help-contents"><ul class="help-contents" id="help-contents">{contents}</ul></nav>
            {items}
            {sources_view(&i18n, catalogue, &sources, &reviewed)}
        </Layout>
    }
}
