//! A diagnostic an employee sends from a step they are stuck on: stored for the helpdesk view,
//! and mailed to the tenant's support address when there is one.

use crate::error::ServerError;
use crate::ops::links::LinkSettings;
use crate::store::diagnostics::{self, NewDiagnostic};
use crate::store::outbox::{self, Outgoing};
use crate::store::tenants::Tenant;
use crate::store::{Db, employees};
use app::domain::DeviceProfile;
use app::domain::catalogue::Flow;
use app::i18n::{I18n, Locale};

/// What the employee reported, already checked against the flow and cleaned.
pub struct Report<'a> {
    pub tenant: &'a Tenant,
    /// The tenant's published support address, if any.
    pub support_email: Option<&'a str>,
    pub employee_id: i64,
    pub flow: &'a Flow,
    pub step: u16,
    pub symptom: &'a str,
    /// The symptom's title key, or `None` for "something else".
    pub symptom_title: Option<&'a str>,
    pub note: Option<String>,
    pub probe: Option<String>,
    /// The device the page was shown for, and the one detected.
    pub shown_for: &'a DeviceProfile,
    pub detected: &'a DeviceProfile,
    pub user_agent: Option<String>,
    pub locale: Locale,
    pub now_ms: i64,
}

/// Stores the report and queues the helpdesk's mail; returns the report's reference number
/// and whether a message was queued.
pub async fn submit(
    db: &Db,
    links: &LinkSettings,
    r: &Report<'_>,
) -> Result<(i64, bool), ServerError> {
    let detected = r.detected;
    let os_version = detected.os_version.map(|v| v.to_string());
    let id = diagnostics::insert(
        db,
        &NewDiagnostic {
            tenant_id: r.tenant.id,
            employee_id: r.employee_id,
            created_at_ms: r.now_ms,
            flow: &r.flow.id,
            step: r.step,
            symptom: r.symptom,
            note: r.note.as_deref(),
            platform: r.shown_for.platform.id(),
            os_version: os_version.clone(),
            browser: detected.browser.map(|b| b.id()),
            in_app: detected.in_app.map(|a| a.id()),
            model: detected.model.as_deref(),
            user_agent: r.user_agent.as_deref(),
            probe: r.probe.as_deref(),
            locale: r.locale.tag(),
        },
    )
    .await?;
    let Some(to) = r.support_email else {
        return Ok((id, false));
    };
    let employee = employees::by_id(db, r.employee_id)
        .await?
        .ok_or(ServerError::NotFound)?;
    let locale = r
        .tenant
        .default_language
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::DEFAULT);
    let i18n = I18n::new(locale);
    let step_title = i18n.t(&r.flow.steps[usize::from(r.step) - 1].title);
    let symptom = match r.symptom_title {
        Some(title) => i18n.t(title),
        None => i18n.t("stuck-something-else"),
    };
    let helpdesk = format!(
        "{}/admin/t/{}/employees/{}",
        links.public_url, r.tenant.slug, employee.reference
    );
    let device = [
        Some(r.shown_for.platform.id().to_owned()),
        os_version,
        detected.browser.map(|b| b.id().to_owned()),
        detected.in_app.map(|a| format!("in-app: {}", a.id())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let name = employee.display_name.as_str();
    let subject = i18n.t_args(
        "diag-mail-subject",
        &[("name", name.into()), ("step", step_title.as_str().into())],
    );
    let text = i18n.t_args(
        "diag-mail-body",
        &[
            ("name", name.into()),
            ("email", employee.email.as_str().into()),
            ("flow", i18n.t(&r.flow.title).into()),
            ("step", step_title.as_str().into()),
            ("number", r.step.into()),
            ("symptom", symptom.into()),
            ("device", device.into()),
            ("note", r.note.as_deref().unwrap_or("-").into()),
            ("probe", r.probe.as_deref().unwrap_or("-").into()),
            ("reference", id.to_string().into()),
            ("link", helpdesk.into()),
        ],
    );
    outbox::enqueue(
        db,
        &Outgoing {
            tenant_id: Some(r.tenant.id),
            employee_id: Some(r.employee_id),
            kind: "diagnostic",
            dedupe_key: format!("diagnostic:{id}"),
            recipient: to.to_owned(),
            subject,
            text,
            html: None,
            not_before_ms: None,
            unsubscribe_url: None,
        },
    )
    .await?;
    Ok((id, true))
}
