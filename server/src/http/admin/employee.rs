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
