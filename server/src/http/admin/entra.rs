use super::*;
use crate::ops::entra::{self as ops_entra, NewConnection, NewCredential};
use crate::store::entra as store;
use app::admin::{
    CheckView, ConnectForm, ConnectionView, EntraPolicyView, EntraView, ProfileView, RunView,
};
use app::domain::entra::Fido2Config;

/// The page's data: the connection, the recorded runs and the policy as last read.
async fn entra_view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
) -> Result<EntraView, ServerError> {
    let connection = store::get(&state.db, tenant.id).await?;
    let runs = store::runs(&state.db, tenant.id, 10)
        .await?
        .into_iter()
        .map(|r| {
            let changes: serde_json::Value = r
                .changes
                .as_deref()
                .and_then(|c| serde_json::from_str(c).ok())
                .unwrap_or_default();
            let n = |k: &str| changes[k].as_u64().unwrap_or(0);
            RunView {
                started: utc(r.started_at_ms),
                started_by: r.started_by,
                dry_run: r.dry_run,
                outcome: r.outcome.unwrap_or_default(),
                error: r.error,
                joined: n("joined"),
                changed: n("changed") + n("returned"),
                left: n("left-not-in-groups") + n("left-disabled") + n("left-guest"),
                members: n("members-read"),
            }
        })
        .collect();
    let policy = connection.as_ref().and_then(|c| {
        let config: Fido2Config = serde_json::from_str(c.fido2_policy.as_deref()?).ok()?;
        Some(policy_view(&config, &c.rollout_groups))
    });
    Ok(EntraView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        is_owner: role == Role::Owner,
        can_sync: role.can_edit(),
        data_key_missing: state.entra.keys.is_none(),
        connection: connection.map(|c| ConnectionView {
            entra_tenant_id: c.entra_tenant_id,
            client_id: c.client_id,
            credential: c.credential_kind,
            groups: c.rollout_groups,
            sync_every_minutes: c.sync_every_minutes,
            usage_days: c.usage_days,
            next_sync: c.next_sync_at_ms.map(utc),
        }),
        runs,
        policy,
        ..EntraView::default()
    })
}

/// Entra's passkey profiles beside what the guide offers under each, and the warnings.
fn policy_view(config: &Fido2Config, rollout_groups: &[String]) -> EntraPolicyView {
    EntraPolicyView {
        enabled: config.enabled(),
        self_service: config.self_service(),
        profiles: config
            .profiles()
            .into_iter()
            .map(|p| {
                let offers = p.policy();
                let kr = &p.key_restrictions;
                let count = kr.aa_guids.len().to_string();
                ProfileView {
                    name: p.name.clone(),
                    passkey_types: p.passkey_types.clone(),
                    attestation: p.attestation(),
                    key_restrictions: if !kr.is_enforced {
                        Message::new("entra-keys-off")
                    } else if kr.enforcement_type.eq_ignore_ascii_case("allow") {
                        Message::with("entra-keys-allow", vec![("count", count)])
                    } else {
                        Message::with("entra-keys-block", vec![("count", count)])
                    },
                    synced: offers.synced_allowed,
                    authenticator: offers.authenticators.microsoft_authenticator,
                    windows_hello: offers.authenticators.windows_hello,
                    security_keys: offers.authenticators.security_keys,
                }
            })
            .collect(),
        warnings: config
            .warnings(rollout_groups)
            .iter()
            .map(|w| {
                let (key, args) = w.message();
                Message::with(key, args)
            })
            .collect(),
    }
}

fn render(
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    role: Role,
    view: EntraView,
) -> Response {
    tenant_page(headers, status, a, tenant, role, "entra", None, || {
        admin::entra_page(view)
    })
}

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
    let mut view = entra_view(&state, &a, &tenant, role).await?;
    view.notice = if q.contains_key("connected") {
        Some(Message::new("entra-connected"))
    } else if q.contains_key("synced") {
        Some(Message::new("entra-synced"))
    } else if q.contains_key("disconnected") {
        Some(Message::new("entra-disconnected"))
    } else {
        None
    };
    view.error = q
        .contains_key("sync-failed")
        .then(|| Message::new("entra-sync-failed"));
    Ok(render(&headers, StatusCode::OK, &a, &tenant, role, view))
}

pub(super) async fn connect(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<Response, ServerError> {
    same_origin(&headers)?;
    let f = read_fields(multipart).await?;
    let text = |k: &str| {
        f.get(k)
            .map(|v| String::from_utf8_lossy(v).trim().to_owned())
            .unwrap_or_default()
    };
    a.check_csrf(&text("csrf"))?;
    let certificate = f.get("certificate").filter(|c| !c.is_empty());
    let credential = match certificate {
        Some(pem) => NewCredential::Certificate(String::from_utf8_lossy(pem).into_owned()),
        None => NewCredential::Secret(text("client_secret")),
    };
    let form = ConnectForm {
        entra_tenant_id: text("entra_tenant_id"),
        client_id: text("client_id"),
        groups: text("groups"),
    };
    let existing = store::get(&state.db, tenant.id).await?;
    let c = NewConnection {
        entra_tenant_id: form.entra_tenant_id.clone(),
        client_id: form.client_id.clone(),
        credential,
        rollout_groups: form
            .groups
            .split([',', '\n', ' ', ';'])
            .map(str::trim)
            .filter(|g| !g.is_empty())
            .map(str::to_owned)
            .collect(),
        sync_every_minutes: existing.as_ref().map_or(360, |c| c.sync_every_minutes),
        usage_days: existing.as_ref().map_or(30, |c| c.usage_days),
        leaver_retention_days: existing.as_ref().map_or(30, |c| c.leaver_retention_days),
    };
    match ops_entra::connect(&state.db, &state.entra, &tenant, c, &a.actor()).await {
        Ok(()) => Ok(see_other(format!(
            "/admin/t/{}/entra?connected=1",
            tenant.slug
        ))),
        Err(ServerError::Invalid(detail)) => {
            let mut view = entra_view(&state, &a, &tenant, role).await?;
            view.error = Some(Message::with(
                "entra-connect-error",
                vec![("detail", detail)],
            ));
            view.form = form;
            Ok(render(
                &headers,
                StatusCode::UNPROCESSABLE_ENTITY,
                &a,
                &tenant,
                role,
                view,
            ))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn test(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let mut view = entra_view(&state, &a, &tenant, role).await?;
    match ops_entra::test(&state.db, &state.entra, &tenant).await {
        Ok(checks) => {
            view.checks = Some(
                checks
                    .into_iter()
                    .map(|c| CheckView {
                        permission: c.permission.map(str::to_owned),
                        ok: c.ok,
                        detail: c.detail,
                    })
                    .collect(),
            );
        }
        Err(ServerError::Invalid(detail) | ServerError::Config(detail)) => {
            view.error = Some(Message::with(
                "entra-connect-error",
                vec![("detail", detail)],
            ));
        }
        Err(e) => return Err(e),
    }
    Ok(render(&headers, StatusCode::OK, &a, &tenant, role, view))
}

pub(super) async fn sync(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Editor>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let by = format!("console ({})", a.email);
    // The run is recorded either way; the page shows it.
    let outcome = match ops_entra::sync(&state.db, &state.entra, &tenant, &by, false).await {
        Ok(_) => "synced",
        Err(ServerError::Invalid(_) | ServerError::Config(_)) => "sync-failed",
        Err(e) => return Err(e),
    };
    Ok(see_other(format!(
        "/admin/t/{}/entra?{outcome}=1",
        tenant.slug
    )))
}

pub(super) async fn disconnect(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    ops_entra::disconnect(&state.db, &tenant, &a.actor()).await?;
    Ok(see_other(format!(
        "/admin/t/{}/entra?disconnected=1",
        tenant.slug
    )))
}
