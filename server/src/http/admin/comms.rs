use super::*;
use crate::ops::comms::{self as ops, Choice};
use crate::store::comms as store;
use app::admin::{CommsView, ProgrammeView, TemplateRow, TemplateView, TransportView, WaveRow};
use app::domain::templates::{self, Kind, Problem, Template};
use app::domain::waves::Cohort;
use app::i18n::{I18n, SUPPORTED};

async fn comms_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    notice: Option<String>,
    error: Option<String>,
) -> Result<CommsView, ServerError> {
    let transport = store::transport(&state.db, tenant.id).await?;
    let has_entra = crate::store::entra::get(&state.db, tenant.id)
        .await?
        .is_some();
    let programme = store::programme(&state.db, tenant.id).await?;
    let (_, settings) = crate::store::reminders::settings(&state.db, tenant.id).await?;
    let customised = store::customised(&state.db, tenant.id).await?;
    let templates = Kind::ALL
        .iter()
        .flat_map(|k| {
            SUPPORTED.iter().map(|(tag, name)| TemplateRow {
                kind: k.id(),
                language: tag,
                language_name: name,
                custom: customised
                    .iter()
                    .any(|(kind, lang, _)| kind == k.id() && lang == tag),
            })
        })
        .collect::<Vec<_>>();
    let waves = store::waves(&state.db, tenant.id)
        .await?
        .into_iter()
        .map(|w| WaveRow {
            id: w.id,
            at: utc(w.scheduled_at_ms),
            value: match w.selector.as_str() {
                "list" => format!("({})", w.addresses.len()),
                _ => w.selector_value.clone().unwrap_or_default(),
            },
            cohort: w.selector,
            state: match (w.started_at_ms, w.finished_at_ms, &w.error) {
                (None, _, _) => "scheduled",
                (Some(_), None, _) => "sending",
                (_, _, Some(_)) => "failed",
                _ => "sent",
            },
            announced: w.announced,
            error: w.error,
        })
        .collect();
    Ok(CommsView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        notice,
        error,
        transport: match transport {
            Some(t) => TransportView {
                kind: if t.kind == "graph" { "graph" } else { "smtp" },
                from: t.from_address,
                reply_to: t.reply_to.unwrap_or_default(),
                has_entra,
            },
            None => TransportView {
                kind: "server",
                has_entra,
                ..TransportView::default()
            },
        },
        programme: ProgrammeView {
            deadline: programme.deadline.unwrap_or_default(),
            mandatory: programme.mandatory,
            manager_digest: programme.manager_digest,
        },
        waves,
        templates,
        time_zone: settings.time_zone.iana_name().unwrap_or("UTC").to_owned(),
    })
}

fn comms_response(
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    view: CommsView,
) -> Response {
    tenant_page(headers, status, a, tenant, role, "comms", None, || {
        app::admin::comms_page(view)
    })
}

/// The comms page (owners and admins).
pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let notice = q
        .get("saved")
        .filter(|s| {
            ["transport", "programme", "wave", "wave-cancelled", "test"].contains(&s.as_str())
        })
        .map(|s| format!("comms-saved-{s}"));
    let view = comms_view(&state, &a, &tenant, notice, None).await?;
    Ok(comms_response(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        view,
    ))
}

/// A refused change: the page again, with the reason, and nothing saved.
async fn refused(
    state: &AppState,
    headers: &HeaderMap,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    e: ServerError,
) -> Result<Response, ServerError> {
    match e {
        ServerError::Invalid(reason) | ServerError::Config(reason) => {
            let view = comms_view(state, a, tenant, None, Some(reason)).await?;
            Ok(comms_response(
                headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                a,
                tenant,
                role,
                view,
            ))
        }
        other => Err(other),
    }
}

fn saved(tenant: &Tenant, what: &str) -> Response {
    see_other(format!("/admin/t/{}/comms?saved={what}", tenant.slug))
}

#[derive(Deserialize)]
pub(super) struct TransportForm {
    csrf: String,
    kind: String,
    from: String,
    #[serde(default)]
    reply_to: String,
    #[serde(default)]
    smtp_url: String,
}

pub(super) async fn transport(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<TransportForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let choice = match f.kind.as_str() {
        "graph" => Choice::Graph,
        _ => Choice::Smtp(Some(f.smtp_url.trim().to_owned()).filter(|u| !u.is_empty())),
    };
    let reply_to = Some(f.reply_to.as_str()).filter(|r| !r.trim().is_empty());
    match ops::set_transport(
        &state.db,
        &state.entra,
        &tenant,
        choice,
        &f.from,
        reply_to,
        &a.actor(),
    )
    .await
    {
        Ok(()) => Ok(saved(&tenant, "transport")),
        Err(e) => refused(&state, &headers, &a, &tenant, role, e).await,
    }
}

#[derive(Deserialize)]
pub(super) struct TestForm {
    csrf: String,
    kind: String,
}

/// "Send me a test": the message in the admin's language to the admin's own address, through
/// the tenant's transport.
pub(super) async fn test(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<TestForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let kind = Kind::from_id(&f.kind).ok_or(ServerError::NotFound)?;
    match ops::send_test(&state.db, &tenant, kind, locale(&headers), &a.email).await {
        Ok(_) => {
            state.outbox.queued();
            Ok(saved(&tenant, "test"))
        }
        Err(e) => refused(&state, &headers, &a, &tenant, role, e).await,
    }
}

#[derive(Deserialize)]
pub(super) struct ProgrammeForm {
    csrf: String,
    #[serde(default)]
    deadline: String,
    mandatory: Option<String>,
    manager_digest: Option<String>,
}

pub(super) async fn programme(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<ProgrammeForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let row = store::ProgrammeRow {
        deadline: Some(f.deadline.trim().to_owned()).filter(|d| !d.is_empty()),
        mandatory: f.mandatory.is_some(),
        manager_digest: f.manager_digest.is_some(),
    };
    match ops::save_programme(&state.db, &tenant, &row, &a.actor()).await {
        Ok(()) => Ok(saved(&tenant, "programme")),
        Err(e) => refused(&state, &headers, &a, &tenant, role, e).await,
    }
}

#[derive(Deserialize)]
pub(super) struct WaveForm {
    csrf: String,
    cohort: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    addresses: String,
    #[serde(default)]
    at: String,
}

/// Schedules a wave, or sends it now when no time is given.
pub(super) async fn schedule_wave(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<WaveForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let result = async {
        let cohort = match f.cohort.as_str() {
            "everyone" => Cohort::Everyone,
            "department" => Cohort::Department(f.value.trim().to_owned()),
            "group" => Cohort::Group(f.value.trim().to_owned()),
            "list" => Cohort::List(
                app::domain::waves::parse_list(f.addresses.as_bytes())
                    .map_err(|e| ServerError::Invalid(e.to_string()))?,
            ),
            _ => return Err(ServerError::Invalid("unknown cohort".into())),
        };
        let now = jiff::Timestamp::now();
        let at = match f.at.trim() {
            "" => now,
            local => {
                let (_, settings) = crate::store::reminders::settings(&state.db, tenant.id).await?;
                local
                    .parse::<jiff::civil::DateTime>()
                    .ok()
                    .and_then(|d| d.to_zoned(settings.time_zone).ok())
                    .map(|z| z.timestamp())
                    .ok_or_else(|| {
                        ServerError::Invalid(format!("{local:?} is not a date and time"))
                    })?
            }
        };
        let id = crate::ops::waves::schedule(&state.db, &tenant, &cohort, at, &a.actor()).await?;
        if at <= now {
            crate::ops::waves::send_now(&state.db, &state.links, &state.entra, &tenant, id).await?;
            state.outbox.queued();
        }
        Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(saved(&tenant, "wave")),
        Err(e) => refused(&state, &headers, &a, &tenant, role, e).await,
    }
}

pub(super) async fn cancel_wave(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, i64)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    crate::ops::waves::cancel(&state.db, &tenant, id, &a.actor()).await?;
    Ok(saved(&tenant, "wave-cancelled"))
}

/// A problem said in the admin's language.
fn problem_text(i18n: &I18n, p: &Problem) -> String {
    let field = |f: templates::Field| i18n.t(&format!("comms-field-{}", f.id()));
    let key = format!("comms-problem-{}", p.id());
    match p {
        Problem::UnknownPlaceholder { field: f, name } => i18n.t_args(
            &key,
            &[
                ("field", field(*f).into()),
                ("placeholder", format!("{{{name}}}").into()),
            ],
        ),
        Problem::NotAllowed {
            field: f,
            placeholder,
        } => i18n.t_args(
            &key,
            &[
                ("field", field(*f).into()),
                ("placeholder", templates::token(*placeholder).into()),
            ],
        ),
        Problem::Missing(placeholder) => i18n.t_args(
            &key,
            &[("placeholder", templates::token(*placeholder).into())],
        ),
        Problem::Unclosed { field: f } | Problem::Empty(f) => {
            i18n.t_args(&key, &[("field", field(*f).into())])
        }
        Problem::TooLong { field: f, max } => {
            i18n.t_args(&key, &[("field", field(*f).into()), ("max", (*max).into())])
        }
        Problem::LineBreakInSubject => i18n.t(&key),
    }
}

fn template_target(kind: &str, language: &str) -> Result<(Kind, app::i18n::Locale), ServerError> {
    let kind = Kind::from_id(kind).ok_or(ServerError::NotFound)?;
    let locale = app::i18n::Locale::from_tag(language).ok_or(ServerError::NotFound)?;
    Ok((kind, locale))
}

#[allow(clippy::too_many_arguments)]
async fn template_response(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    kind: Kind,
    locale: app::i18n::Locale,
    draft: Option<Template>,
    problems: Vec<Problem>,
    notice: Option<&str>,
) -> Result<Response, ServerError> {
    let i18n = I18n::new(locale);
    let (stored, custom) = ops::template_for(&state.db, tenant.id, kind, &i18n).await?;
    let shown = draft.unwrap_or(stored);
    let preview = if problems.is_empty() {
        let r = ops::preview(&state.db, tenant, kind, locale, Some(&shown)).await?;
        Some((r.subject, r.text))
    } else {
        None
    };
    let console = I18n::new(locale_of_console(headers));
    let view = TemplateView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        kind: kind.id(),
        language: locale.tag(),
        language_name: SUPPORTED
            .iter()
            .find(|(t, _)| *t == locale.tag())
            .map_or("", |(_, n)| n),
        subject: shown.subject,
        body: shown.body,
        placeholders: kind
            .allowed()
            .iter()
            .map(|p| templates::token(*p))
            .collect(),
        problems: problems.iter().map(|p| problem_text(&console, p)).collect(),
        preview,
        custom,
        notice: notice.map(str::to_owned),
    };
    Ok(tenant_page(
        headers,
        status,
        a,
        tenant,
        role,
        "comms",
        None,
        || app::admin::template_page(view),
    ))
}

fn locale_of_console(headers: &HeaderMap) -> app::i18n::Locale {
    locale(headers)
}

/// The editor of one message in one language, with a preview.
pub(super) async fn template(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Path((_, kind, language)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let (kind, locale) = template_target(&kind, &language)?;
    let notice = q.get("done").and_then(|d| match d.as_str() {
        "saved" => Some("comms-template-saved"),
        "reset" => Some("comms-template-was-reset"),
        "test" => Some("comms-saved-test"),
        _ => None,
    });
    template_response(
        &state,
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        kind,
        locale,
        None,
        vec![],
        notice,
    )
    .await
}

#[derive(Deserialize)]
pub(super) struct TemplateForm {
    csrf: String,
    action: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
}

/// Preview a draft, save it, send a test of what is saved, or go back to the built-in text.
pub(super) async fn template_post(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Path((_, kind_id, language)): Path<(String, String, String)>,
    Form(f): Form<TemplateForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let (kind, locale) = template_target(&kind_id, &language)?;
    let here = format!(
        "/admin/t/{}/comms/templates/{kind_id}/{}",
        tenant.slug,
        locale.tag()
    );
    // Browsers send CR LF line ends in a textarea; the template keeps LF.
    let draft = Template {
        subject: f.subject.trim().to_owned(),
        body: f.body.replace("\r\n", "\n"),
    };
    match f.action.as_str() {
        "reset" => {
            ops::reset_template(&state.db, &tenant, kind, locale, &a.actor()).await?;
            Ok(see_other(format!("{here}?done=reset")))
        }
        "test" => {
            ops::send_test(&state.db, &tenant, kind, locale, &a.email).await?;
            state.outbox.queued();
            Ok(see_other(format!("{here}?done=test")))
        }
        action => {
            // Save, or preview the draft: either way, problems send the draft back with them.
            let problems = if action == "save" {
                match ops::save_template(&state.db, &tenant, kind, locale, &draft, &a.actor())
                    .await?
                {
                    Ok(()) => return Ok(see_other(format!("{here}?done=saved"))),
                    Err(problems) => problems,
                }
            } else {
                templates::validate(kind, &draft)
            };
            let status = if problems.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            template_response(
                &state,
                &headers,
                status,
                &a,
                &tenant,
                role,
                kind,
                locale,
                Some(draft),
                problems,
                None,
            )
            .await
        }
    }
}
