use super::*;
use crate::store::audit;
use app::domain::reminders::SettingsForm;

async fn reminders_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    form: Option<(
        app::domain::reminders::SettingsForm,
        Vec<app::domain::reminders::FormError>,
    )>,
    saved: bool,
) -> Result<app::admin::RemindersView, ServerError> {
    use app::domain::reminders::{Decision, SettingsForm};
    let (enabled, settings) = crate::store::reminders::settings(&state.db, tenant.id).await?;
    let maker = link_maker(state);
    let preview =
        crate::ops::reminders::run(&state.db, tenant, &maker, jiff::Timestamp::now(), true)
            .await?
            .into_iter()
            .map(|o| match o.decision {
                Decision::Send(p) => app::admin::PreviewRow {
                    email: o.email,
                    send: Some((
                        p.offset_days,
                        p.content.id(),
                        utc(p.send_at.as_millisecond()),
                    )),
                    skip: None,
                },
                Decision::Skip { why, .. } => app::admin::PreviewRow {
                    email: o.email,
                    send: None,
                    skip: Some(why.id()),
                },
            })
            .collect();
    let (form, errors) =
        form.unwrap_or_else(|| (SettingsForm::from_settings(enabled, &settings), vec![]));
    Ok(app::admin::RemindersView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        can_edit: role.can_edit(),
        form,
        errors,
        saved,
        preview,
        history: history_rows(
            crate::store::reminders::history(&state.db, tenant.id, None, 200).await?,
        ),
    })
}

/// Reminder settings, a dry run of the next run, and the send history (helpdesk can read).
pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let view = reminders_view(&state, &a, &tenant, role, None, q.contains_key("saved")).await?;
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "reminders",
        None,
        || app::admin::reminders_page(view),
    ))
}

#[derive(Deserialize)]
pub(super) struct RemindersPost {
    csrf: String,
    #[serde(flatten)]
    form: app::domain::reminders::SettingsForm,
}

pub(super) async fn save(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<RemindersPost>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    match f.form.validate() {
        Ok((enabled, settings)) => {
            let (was_enabled, was) =
                crate::store::reminders::settings(&state.db, tenant.id).await?;
            crate::store::reminders::save_settings(&state.db, tenant.id, enabled, &settings)
                .await?;
            audit::record(
                &state.db,
                tenant.id,
                &a.actor(),
                "reminders-saved",
                Some(json(&SettingsForm::from_settings(was_enabled, &was))),
                Some(json(&SettingsForm::from_settings(enabled, &settings))),
            )
            .await?;
            Ok(Redirect::to(&format!("/admin/t/{}/reminders?saved", tenant.slug)).into_response())
        }
        Err(errors) => {
            let view =
                reminders_view(&state, &a, &tenant, role, Some((f.form, errors)), false).await?;
            Ok(tenant_page(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                "reminders",
                None,
                || app::admin::reminders_page(view),
            ))
        }
    }
}
