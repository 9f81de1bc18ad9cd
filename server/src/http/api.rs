//! The JSON API for helpdesk tools and scripts, and the hand-off redirect.

use crate::error::ServerError;
use app::context::PageContext;
use app::domain::chooser::Blocked;
use app::domain::events::EventKind;
use app::domain::{Catalogue, choose};
use app::i18n::I18n;
use app::text;
use axum::extract::{Path, RawQuery};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct DetectResponse {
    pub platform: String,
    pub os_version: Option<String>,
    /// A lower bound when the exact version is hidden by a frozen User-Agent token.
    pub os_version_at_least: Option<String>,
    pub browser: Option<String>,
    pub in_app: Option<String>,
    pub model: Option<String>,
    /// Usable flow ids, recommended first.
    pub flows: Vec<String>,
    /// Flows of this platform that cannot be used, with the reason.
    pub unavailable: Vec<UnavailableFlow>,
    pub notes: Vec<NoteOut>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct UnavailableFlow {
    pub flow: String,
    pub reason: String,
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct NoteOut {
    pub code: String,
    pub message: String,
}

fn reason_code(b: &Blocked) -> &'static str {
    match b {
        Blocked::SyncedNotAllowed => "synced-not-allowed",
        Blocked::AttestationRequired => "attestation-required",
        Blocked::NotSupportedByOrganisation => "not-supported-by-organisation",
        Blocked::OsTooOld { .. } => "os-too-old",
        Blocked::Browser => "browser",
        Blocked::ManagedPc => "managed-pc",
    }
}

/// `GET /api/v1/detect`: what the server makes of this request's device, and the flows it
/// would offer. Messages are in the request's language (Accept-Language or `?lang=`).
pub async fn detect(Extension(ctx): Extension<PageContext>) -> Response {
    let catalogue = Catalogue::embedded();
    let i18n = I18n::new(ctx.locale);
    let p = &ctx.profile;
    let rec = choose(catalogue, p, &ctx.policy);
    let body = DetectResponse {
        platform: p.platform.id().to_owned(),
        os_version: p.os_version.map(|v| v.to_string()),
        os_version_at_least: p.os_at_least.map(|v| v.to_string()),
        browser: p.browser.map(|b| b.id().to_owned()),
        in_app: p.in_app.map(|a| a.id().to_owned()),
        model: p.model.clone(),
        flows: rec.flow_ids().into_iter().map(str::to_owned).collect(),
        unavailable: rec
            .unavailable
            .iter()
            .map(|u| UnavailableFlow {
                flow: u.flow.id.clone(),
                reason: reason_code(&u.why).to_owned(),
                message: text::blocked_reason(&i18n, p, &u.why),
            })
            .collect(),
        notes: rec
            .notes
            .iter()
            .map(|n| NoteOut {
                code: n.code().to_owned(),
                message: text::note_message(&i18n, catalogue, p, n),
            })
            .collect(),
    };
    Json(body).into_response()
}

/// `GET /guide/{flow}/handoff`: records the hand-off and sends the employee to the configured
/// Security info address. The target never comes from the request, so this is no open
/// redirect.
pub async fn handoff(
    Extension(ctx): Extension<PageContext>,
    Path(flow): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ServerError> {
    let flow = Catalogue::embedded()
        .flow(&flow)
        .ok_or(ServerError::NotFound)?;
    let step = super::context::query_param(query.as_deref(), "step")
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|s| (1..=flow.steps.len()).contains(&usize::from(*s)));
    ctx.record(
        EventKind::HandoffClicked,
        Some(&flow.id),
        step,
        &ctx.profile,
    );
    let location = HeaderValue::from_str(&ctx.security_info_url)
        .map_err(|e| ServerError::Config(format!("security info URL: {e}")))?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response())
}

pub async fn healthz() -> &'static str {
    "ok"
}
