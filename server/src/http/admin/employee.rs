use super::*;
use crate::store::employees;

fn device_text(
    platform: &str,
    os: Option<&str>,
    browser: Option<&str>,
    in_app: Option<&str>,
) -> String {
    let mut parts = vec![platform.to_owned()];
    parts.extend(os.map(str::to_owned));
    parts.extend(browser.map(str::to_owned));
    parts.extend(in_app.map(|a| format!("in-app: {a}")));
    parts.join(", ")
}

/// The helpdesk view of one employee's journey (helpdesk role and above).
pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
    Path((_, reference)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    use app::admin::{DiagnosticRow, EmployeeDetail, TimelineRow};
    use app::domain::journey::summarise;
    let e = employees::by_ref(&state.db, tenant.id, &reference)
        .await?
        .ok_or(ServerError::NotFound)?;
    let entries = crate::store::journey::entries(&state.db, e.id).await?;
    let summary = summarise(&entries);
    let mut devices: Vec<String> = Vec::new();
    for x in entries
        .iter()
        .filter(|x| x.kind == app::domain::events::EventKind::LinkOpened)
    {
        let d = device_text(
            &x.platform,
            x.os_version.as_deref(),
            x.browser.as_deref(),
            x.in_app.as_deref(),
        );
        if !devices.contains(&d) {
            devices.push(d);
        }
    }
    let timeline = entries
        .iter()
        .map(|x| TimelineRow {
            first_at: utc(x.first_at_ms),
            last_at: utc(x.last_at_ms),
            kind: x.kind.id(),
            flow: x.flow.clone(),
            step: x.step,
            detail: x.detail.clone(),
            device: device_text(
                &x.platform,
                x.os_version.as_deref(),
                x.browser.as_deref(),
                x.in_app.as_deref(),
            ),
            times: x.times,
        })
        .collect();
    let diagnostics = crate::store::diagnostics::of_employee(&state.db, tenant.id, e.id)
        .await?
        .into_iter()
        .map(|d| DiagnosticRow {
            reference: d.id,
            at: utc(d.created_at_ms),
            step: u16::try_from(d.step).unwrap_or(0),
            flow: d.flow,
            symptom: d.symptom,
            note: d.note,
            device: device_text(
                &d.platform,
                d.os_version.as_deref(),
                d.browser.as_deref(),
                d.in_app.as_deref(),
            ) + &d.model.map(|m| format!(" ({m})")).unwrap_or_default(),
            user_agent: d.user_agent,
            probe: d.probe,
        })
        .collect();
    let registration = crate::store::registration::status_of(&state.db, tenant.id, &e.upn)
        .await?
        .map(|(has, at)| (has, utc(at)));
    let hints = crate::store::registration::facts_of(&state.db, tenant.id, &e.upn)
        .await?
        .map(|f| f.hints())
        .unwrap_or_default();
    let reminders =
        history_rows(crate::store::reminders::history(&state.db, tenant.id, Some(e.id), 50).await?);
    let detail = EmployeeDetail {
        reference: e.reference.clone(),
        csrf: a.csrf.clone(),
        can_erase: role >= Role::Owner,
        erase_refused: q.get("erase").is_some_and(|v| v == "mismatch"),
        reminders,
        hints,
        upn: e.upn.clone(),
        left: e
            .left
            .as_ref()
            .map(|(at, reason)| (reason.clone(), utc(*at))),
        slug: tenant.slug.clone(),
        link: link_maker(&state).link(&tenant, &e),
        display_name: e.display_name,
        email: e.email,
        department: e.department,
        language: e.preferred_language,
        stage: summary.stage,
        position: summary.position,
        stuck: summary.stuck.map(|s| (s.flow, s.step, s.symptom)),
        answer: summary.answer,
        devices,
        last_seen: summary.last_seen_ms.map(utc),
        registration,
        timeline,
        diagnostics,
    };
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "employee",
        None,
        || app::admin::employee_page(detail),
    ))
}

#[derive(Deserialize)]
pub(super) struct EraseForm {
    csrf: String,
    #[serde(default)]
    confirm: String,
}

/// Erases the employee and everything that names them (owners only), once the owner has typed
/// their address to confirm. Cannot be undone.
pub(super) async fn erase(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Path((_, reference)): Path<(String, String)>,
    Form(f): Form<EraseForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let e = employees::by_ref(&state.db, tenant.id, &reference)
        .await?
        .ok_or(ServerError::NotFound)?;
    let typed = f.confirm.trim();
    if !typed.eq_ignore_ascii_case(&e.email) && !typed.eq_ignore_ascii_case(&e.upn) {
        return Ok(see_other(format!(
            "/admin/t/{}/employees/{}?erase=mismatch#privacy-heading",
            tenant.slug, e.reference
        )));
    }
    crate::ops::privacy::erase(&state.db, &tenant, &e.reference, &a.actor()).await?;
    Ok(see_other(format!(
        "/admin/t/{}/roster?done=erased",
        tenant.slug
    )))
}

#[derive(Deserialize)]
pub(super) struct ExportForm {
    csrf: String,
}

/// Everything kept about the employee as a JSON file (helpdesk and above): a subject-access
/// request. Audited.
pub(super) async fn export(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
    Path((_, reference)): Path<(String, String)>,
    Form(f): Form<ExportForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let doc = crate::ops::privacy::export(
        &state.db,
        &tenant,
        &reference,
        &a.actor(),
        crate::store::now_ms(),
    )
    .await?
    .ok_or(ServerError::NotFound)?;
    let body = serde_json::to_vec_pretty(&doc).map_err(|e| ServerError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"employee-{reference}.json\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}
