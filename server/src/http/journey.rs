//! The employee's side of the journey: answers to "did it work?", confirming the passkey,
//! starting over, and diagnostics for the helpdesk. Plain form posts that redirect, so they
//! work with JavaScript off; every redirect target is built here from the catalogue, never
//! taken from the request.

use super::scope::TenantScope;
use super::session::same_origin;
use super::state::AppState;
use crate::error::ServerError;
use crate::ops::diagnostic;
use crate::store::{journey, now_ms};
use app::components::MANAGED_PC_PARAM;
use app::context::PageContext;
use app::domain::catalogue::{Ask, Catalogue, Flow};
use app::domain::causes::causes;
use app::domain::events::{EventKind, GuideEvent};
use app::domain::journey::{
    ANSWER_FAILED, ANSWER_MANAGED, ANSWER_NOT_MANAGED, ANSWER_SIGN_IN_FAILED, ANSWER_SIGNED_IN,
    ANSWER_WORKED, Position, resume,
};
use app::domain::{DeviceProfile, Platform};
use axum::extract::{Extension, Form, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The symptom for "none of these".
pub const SOMETHING_ELSE: &str = "something-else";
const MAX_NOTE: usize = 1000;
const MAX_PROBE: usize = 2000;
const MAX_USER_AGENT: usize = 512;

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/journey/answer", post(answer))
        .route("/journey/confirm", post(confirm))
        .route("/journey/restart", post(restart))
        .route("/journey/diagnostic", post(diagnostic))
        .route("/journey/opt-out", post(opt_out))
        .route(
            "/unsubscribe/{token}",
            axum::routing::get(unsubscribe_page).post(unsubscribe),
        )
}

/// Where a returning employee should land on `platform`: the step they last reached if that
/// flow is for this device, else `None` (the start page, which picks their device's flow).
pub async fn resume_path(
    state: &AppState,
    employee_id: i64,
    platform: Platform,
) -> Result<Option<String>, ServerError> {
    let position = match state.resume_cache.get(employee_id) {
        Some(known) => known,
        None => {
            let read_at = std::time::Instant::now();
            let position = resume(&journey::entries(&state.db, employee_id).await?);
            state
                .resume_cache
                .put(employee_id, read_at, position.clone());
            position
        }
    };
    let catalogue = Catalogue::embedded();
    Ok(position.and_then(|p| {
        let (flow, path) = match &p {
            Position::Step { flow, step } => (flow, format!("/guide/{flow}/step/{step}")),
            Position::Done { flow } => (flow, format!("/guide/{flow}/done")),
        };
        catalogue
            .flow(flow)
            .filter(|f| f.supports(platform) || platform == Platform::Unknown)
            .map(|_| path)
    }))
}

fn flow_step(flow: &str, step: u16) -> Result<(&'static Flow, u16), ServerError> {
    let flow = Catalogue::embedded()
        .flow(flow)
        .ok_or(ServerError::NotFound)?;
    if !(1..=flow.steps.len()).contains(&usize::from(step)) {
        return Err(ServerError::NotFound);
    }
    Ok((flow, step))
}

/// The device the page was shown for: the one picked with `?device=`, else the detected one.
fn profile(ctx: &PageContext, device: Option<&str>) -> DeviceProfile {
    device
        .and_then(|d| d.parse::<Platform>().ok())
        .filter(|p| *p != Platform::Unknown)
        .map_or_else(|| ctx.profile.clone(), DeviceProfile::chosen)
}

fn page(ctx: &PageContext, path: &str, device: Option<&str>, extra: &[(&str, &str)]) -> Response {
    let device = device
        .and_then(|d| d.parse::<Platform>().ok())
        .map(|p| p.id());
    let mut query: Vec<(&str, &str)> = device.map(|d| vec![("device", d)]).unwrap_or_default();
    query.extend_from_slice(extra);
    let q = query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let target = if q.is_empty() {
        ctx.href(path)
    } else {
        format!("{}?{q}", ctx.href(path))
    };
    Redirect::to(&target).into_response()
}

pub fn stuck_path(flow: &str, step: u16) -> String {
    format!("/guide/{flow}/step/{step}/stuck")
}

#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    flow: String,
    step: u16,
    answer: String,
    device: Option<String>,
}

/// The answers to a step's questions: "did it work?" after Security info (yes goes on to the
/// next step, no to the causes), "did the test sign-in work?" at the end of a flow (yes to the
/// closing screen, no to the sign-in causes) and "is this a company-managed PC?" before
/// Windows Hello is set up (yes back to the start page without Windows Hello, with the reason;
/// no on to the next step).
pub async fn answer(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(ctx): Extension<PageContext>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let (flow, step) = flow_step(&f.flow, f.step)?;
    let p = profile(&ctx, f.device.as_deref());
    let device = f.device.as_deref();
    let next = || {
        if usize::from(step) < flow.steps.len() {
            format!("/guide/{}/step/{}", flow.id, step + 1)
        } else {
            format!("/guide/{}/done", flow.id)
        }
    };
    let unknown = || ServerError::Invalid("unknown answer".into());
    let target = match (flow.steps[usize::from(step) - 1].ask, f.answer.as_str()) {
        (None, ANSWER_WORKED | ANSWER_FAILED) => {
            let worked = f.answer == ANSWER_WORKED;
            let kind = EventKind::Returned;
            let event = ctx.event(kind, Some(&flow.id), Some(step), Some(&f.answer), &p);
            answered(&state, &ctx, event).await?;
            if worked {
                next()
            } else {
                stuck_path(&flow.id, step)
            }
        }
        (Some(Ask::SignIn), ANSWER_SIGNED_IN | ANSWER_SIGN_IN_FAILED) => {
            let kind = EventKind::SignInTested;
            let event = ctx.event(kind, Some(&flow.id), Some(step), Some(&f.answer), &p);
            answered(&state, &ctx, event).await?;
            if f.answer == ANSWER_SIGNED_IN {
                next()
            } else {
                stuck_path(&flow.id, step)
            }
        }
        (Some(Ask::ManagedPc), ANSWER_MANAGED) => {
            return Ok(page(&ctx, "/", device, &[(MANAGED_PC_PARAM, "1")]));
        }
        (Some(Ask::ManagedPc), ANSWER_NOT_MANAGED) => next(),
        _ => return Err(unknown()),
    };
    Ok(page(&ctx, &target, device, &[]))
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    flow: String,
    answer: String,
    device: Option<String>,
}

/// The closing screen's "Is your passkey listed?": yes is recorded, no leads to the causes at
/// the flow's last step.
pub async fn confirm(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(ctx): Extension<PageContext>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let flow = Catalogue::embedded()
        .flow(&f.flow)
        .ok_or(ServerError::NotFound)?;
    let p = profile(&ctx, f.device.as_deref());
    let device = f.device.as_deref();
    match f.answer.as_str() {
        "yes" => {
            let event = ctx.event(EventKind::Confirmed, Some(&flow.id), None, None, &p);
            answered(&state, &ctx, event).await?;
            Ok(page(
                &ctx,
                &format!("/guide/{}/done", flow.id),
                device,
                &[("confirmed", "1")],
            ))
        }
        "no" => {
            let last = u16::try_from(flow.steps.len()).unwrap_or(1);
            Ok(page(&ctx, &stuck_path(&flow.id, last), device, &[]))
        }
        _ => Err(ServerError::Invalid("unknown answer".into())),
    }
}

/// Stores what a visitor told us. An employee's answer (through their personal link) is
/// committed before the response acknowledges it: a crash after the 303 loses nothing they
/// saw accepted. Anonymous visitors' answers are statistics and go through the batched queue.
async fn answered(
    state: &AppState,
    ctx: &PageContext,
    event: GuideEvent,
) -> Result<(), ServerError> {
    if let Some(id) = event.employee_id {
        crate::store::events::insert_events(&state.db, &[(now_ms(), event)]).await?;
        state.resume_cache.forget(id);
    } else {
        ctx.events.record(event);
    }
    Ok(())
}

/// "I'm stuck" is a link to the stuck page (`/guide/{flow}/step/{n}/stuck`), so the page view is
/// the answer: for a linked employee it is committed here, before the page is rendered, as
/// the page would record it (the device they chose, if any). Returns whether it was stored;
/// on a database error the page records it through the queue instead.
pub async fn store_stuck(
    state: &AppState,
    ctx: &PageContext,
    path: &str,
    query: Option<&str>,
) -> bool {
    let Some(rest) = path.strip_prefix("/guide/") else {
        return false;
    };
    let target = rest
        .strip_suffix("/stuck")
        .and_then(|r| r.split_once("/step/"));
    let (Some(_), Some((flow, step))) = (ctx.employee_id, target) else {
        return false;
    };
    let param = |name: &str| {
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    if param("sent").is_some() {
        return false;
    }
    let Ok((flow, step)) = flow_step(flow, step.parse().unwrap_or(0)) else {
        return false;
    };
    let chosen = param("device")
        .and_then(|d| d.parse::<Platform>().ok())
        .filter(|p| *p != Platform::Unknown && *p != ctx.profile.platform);
    let p = chosen.map_or_else(|| ctx.profile.clone(), DeviceProfile::chosen);
    let event = ctx.event(EventKind::Stuck, Some(&flow.id), Some(step), None, &p);
    match crate::store::events::insert_events(&state.db, &[(now_ms(), event)]).await {
        Ok(()) => true,
        Err(e) => {
            tracing::error!(error = %e, "storing an employee's stuck report failed");
            false
        }
    }
}

/// "Start over": earlier steps stop counting for resuming; back to the start page.
pub async fn restart(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(ctx): Extension<PageContext>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let event = ctx.event(EventKind::Restarted, None, None, None, &ctx.profile);
    answered(&state, &ctx, event).await?;
    Ok(Redirect::to(&ctx.href("/")).into_response())
}

/// "Stop reminder emails" for the employee whose link this is.
pub async fn opt_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(ctx): Extension<PageContext>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let employee_id = ctx.employee_id.ok_or(ServerError::Forbidden)?;
    if ctx.tenant.as_ref().is_some_and(|t| t.mandatory) {
        // No opting out of a mandatory programme: the start page says so and who to ask.
        return Ok(page(&ctx, "/", None, &[]));
    }
    journey::opt_out(&state.db, employee_id, now_ms()).await?;
    Ok(page(&ctx, "/", None, &[("opted-out", "1")]))
}

/// The employee a message's unsubscribe address names, if the address is genuine, current
/// and for this tenant.
async fn unsubscriber(
    state: &AppState,
    scope: &TenantScope,
    token: &str,
) -> Result<Option<i64>, ServerError> {
    let Ok(claims) = state.links.keys.verify(token, now_ms() / 1000) else {
        return Ok(None);
    };
    if claims.tenant != scope.tenant.slug {
        return Ok(None);
    }
    Ok(
        crate::store::employees::by_ref(&state.db, scope.tenant.id, &claims.employee)
            .await?
            .map(|e| e.id),
    )
}

fn unsubscribe_response(ctx: &PageContext, status: u16, page: app::Unsubscribe) -> Response {
    let mut res = axum::response::Html(app::render_unsubscribe(ctx.locale, page)).into_response();
    *res.status_mut() = axum::http::StatusCode::from_u16(status).unwrap_or_default();
    res
}

fn mandatory_page(scope: &TenantScope) -> app::Unsubscribe {
    app::Unsubscribe::Mandatory {
        support: scope.view.branding.support.first(),
    }
}

/// The unsubscribe address opened in a browser: asks first, as mail scanners open links.
pub async fn unsubscribe_page(
    State(state): State<AppState>,
    Extension(ctx): Extension<PageContext>,
    scope: Option<Extension<TenantScope>>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> Result<Response, ServerError> {
    let Some(Extension(scope)) = scope else {
        return Ok(unsubscribe_response(&ctx, 404, app::Unsubscribe::Invalid));
    };
    if scope.view.mandatory {
        return Ok(unsubscribe_response(&ctx, 200, mandatory_page(&scope)));
    }
    Ok(match unsubscriber(&state, &scope, &token).await? {
        Some(_) => unsubscribe_response(
            &ctx,
            200,
            app::Unsubscribe::Confirm {
                action: ctx.href(&format!("/unsubscribe/{token}")),
            },
        ),
        None => unsubscribe_response(&ctx, 404, app::Unsubscribe::Invalid),
    })
}

/// Opts the employee out: RFC 8058's one-click POST from a mail client (no cookie, no
/// Origin: the signed address is the authority), or the confirm page's button. Where the
/// programme is mandatory nothing changes and the page says why.
pub async fn unsubscribe(
    State(state): State<AppState>,
    Extension(ctx): Extension<PageContext>,
    scope: Option<Extension<TenantScope>>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> Result<Response, ServerError> {
    let Some(Extension(scope)) = scope else {
        return Ok(unsubscribe_response(&ctx, 404, app::Unsubscribe::Invalid));
    };
    let Some(employee_id) = unsubscriber(&state, &scope, &token).await? else {
        return Ok(unsubscribe_response(&ctx, 404, app::Unsubscribe::Invalid));
    };
    if scope.view.mandatory {
        return Ok(unsubscribe_response(&ctx, 409, mandatory_page(&scope)));
    }
    journey::opt_out(&state.db, employee_id, now_ms()).await?;
    Ok(unsubscribe_response(&ctx, 200, app::Unsubscribe::Done))
}

#[derive(Debug, Deserialize)]
pub struct DiagnosticForm {
    flow: String,
    step: u16,
    symptom: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    probe: String,
    device: Option<String>,
}

/// Keeps newlines and tabs, drops other control characters, trims and bounds the length.
fn clean_note(note: &str) -> Option<String> {
    let cleaned: String = note
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .take(MAX_NOTE)
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The probe's findings, if they are a small JSON object; anything else is dropped.
fn clean_probe(probe: &str) -> Option<String> {
    if probe.len() > MAX_PROBE {
        return None;
    }
    match serde_json::from_str::<serde_json::Value>(probe) {
        Ok(v @ serde_json::Value::Object(_)) => Some(v.to_string()),
        _ => None,
    }
}

/// Sends a diagnostic to the helpdesk: stored for the helpdesk view, and mailed to the
/// tenant's support address when there is one. Needs a personal link (the helpdesk must know
/// who it is from).
pub async fn diagnostic(
    State(state): State<AppState>,
    headers: HeaderMap,
    Extension(ctx): Extension<PageContext>,
    scope: Option<Extension<TenantScope>>,
    Form(f): Form<DiagnosticForm>,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let (flow, step) = flow_step(&f.flow, f.step)?;
    let (Some(Extension(scope)), Some(employee_id)) = (scope, ctx.employee_id) else {
        return Err(ServerError::Forbidden);
    };
    let p = profile(&ctx, f.device.as_deref());
    let known = causes(
        Catalogue::embedded(),
        flow,
        usize::from(step),
        &p,
        &ctx.policy,
    );
    let symptom_title = match known.iter().find(|c| c.entry.id == f.symptom) {
        Some(c) => Some(c.entry.title.as_str()),
        None if f.symptom == SOMETHING_ELSE => None,
        None => return Err(ServerError::Invalid("unknown symptom".into())),
    };
    let user_agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(MAX_USER_AGENT).collect::<String>());
    let report = diagnostic::Report {
        tenant: &scope.tenant,
        support_email: scope.view.branding.support.email.as_deref(),
        employee_id,
        flow,
        step,
        symptom: &f.symptom,
        symptom_title,
        note: clean_note(&f.note),
        probe: clean_probe(&f.probe),
        shown_for: &p,
        detected: &ctx.profile,
        user_agent,
        locale: ctx.locale,
        now_ms: now_ms(),
    };
    let (id, mailed) = diagnostic::submit(&state.db, &state.links, &report).await?;
    let event = ctx.event(
        EventKind::DiagnosticSent,
        Some(&flow.id),
        Some(step),
        Some(&f.symptom),
        &p,
    );
    answered(&state, &ctx, event).await?;
    if mailed {
        state.outbox.queued();
    }
    let sent = id.to_string();
    Ok(page(
        &ctx,
        &stuck_path(&flow.id, step),
        f.device.as_deref(),
        &[("sent", &sent)],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_lose_control_characters_and_are_bounded() {
        assert_eq!(
            clean_note("  \u{0}hi\u{1b}[31m\nthere\t "),
            Some("hi[31m\nthere".into())
        );
        assert_eq!(clean_note(" \n "), None);
        assert_eq!(clean_note(&"x".repeat(5000)).unwrap().len(), MAX_NOTE);
    }

    #[test]
    fn probe_results_must_be_a_small_json_object() {
        assert_eq!(
            clean_probe(r#"{"webauthn": true}"#),
            Some(r#"{"webauthn":true}"#.into())
        );
        assert_eq!(clean_probe("[1,2]"), None);
        assert_eq!(clean_probe("<script>"), None);
        assert_eq!(
            clean_probe(&format!("{{\"a\":\"{}\"}}", "x".repeat(3000))),
            None
        );
    }
}
