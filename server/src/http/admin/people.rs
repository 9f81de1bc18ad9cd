//! The People page of a tenant (owners): sign-in with Entra ID, who has access with which
//! role, invitations. Every change is in the audit log.

use super::*;
use crate::ops::accounts::{random_token, session_digest};
use crate::ops::entra::NewCredential;
use crate::ops::sso::{self, NewSso};
use crate::store::accounts as store;
use crate::store::audit;
use crate::store::sso as store_sso;
use app::admin::{InvitationRow, PeopleView, PersonRow, SsoForm};
use app::domain::console::{INVITATION_DAYS, InvitationState, RoleNames, normalise_address};

#[derive(Deserialize, Default)]
pub(super) struct PeopleQuery {
    saved: Option<String>,
}

async fn view(
    state: &AppState,
    a: &Admin,
    tenant: &Tenant,
    new_link: Option<String>,
    message: Option<Message>,
    error: Option<Message>,
) -> Result<PeopleView, ServerError> {
    let sso = store_sso::get(&state.db, tenant.id).await?;
    let names = sso
        .as_ref()
        .map(|s| s.role_names.clone())
        .unwrap_or_default();
    let form = SsoForm {
        entra_tenant_id: sso
            .as_ref()
            .map(|s| s.entra_tenant_id.clone())
            .unwrap_or_default(),
        client_id: sso
            .as_ref()
            .map(|s| s.client_id.clone())
            .unwrap_or_default(),
        owner: names.owner,
        admin: names.admin,
        helpdesk: names.helpdesk,
        credential: sso.as_ref().map(|s| {
            s.credential_kind
                .clone()
                .unwrap_or_else(|| "entra-connection".into())
        }),
        entra_only: sso.as_ref().is_some_and(|s| s.entra_only),
    };
    let people = store::people(&state.db, tenant.id)
        .await?
        .into_iter()
        .map(|p| {
            let mut methods = Vec::new();
            if p.entra_linked {
                methods.push("entra");
            }
            if p.has_password {
                methods.push("password");
            }
            if p.passkeys > 0 {
                methods.push("passkey");
            }
            PersonRow {
                is_me: p.account_id == a.account_id,
                account_id: p.account_id,
                email: p.email,
                name: p.display_name,
                role: p.role,
                from_entra: p.from_entra,
                removed: p.removed,
                methods,
            }
        })
        .collect();
    let now = crate::store::now_ms();
    let invitations = store::invitations(&state.db, tenant.id)
        .await?
        .into_iter()
        .map(|i| InvitationRow {
            id: i.id,
            state: InvitationState::of(i.expires_at_ms, i.accepted, i.revoked, now).id(),
            address: i.address,
            role: i.role,
            kind: i.kind,
            invited_by: i.invited_by,
            expires: utc(i.expires_at_ms),
        })
        .collect();
    Ok(PeopleView {
        slug: tenant.slug.clone(),
        csrf: a.csrf.clone(),
        sso: form,
        redirect_uri: state.sign_in.redirect_uri(),
        people,
        invitations,
        new_link,
        message,
        error,
    })
}

fn render(
    headers: &HeaderMap,
    status: StatusCode,
    a: &Admin,
    tenant: &Tenant,
    v: PeopleView,
) -> Response {
    tenant_page(
        headers,
        status,
        a,
        tenant,
        Role::Owner,
        "people",
        None,
        || admin::people_page(v),
    )
}

pub(super) async fn page(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Query(q): Query<PeopleQuery>,
) -> Result<Response, ServerError> {
    let message = match q.saved.as_deref() {
        Some("sso") => Some(Message::new("sso-saved")),
        Some("entra-only") => Some(Message::new("sso-entra-only-saved")),
        Some("role") => Some(Message::new("people-role-changed")),
        Some("removed") => Some(Message::new("people-access-removed")),
        Some("invited") => Some(Message::new("invitation-created")),
        Some("revoked") => Some(Message::new("invitation-revoked")),
        _ => None,
    };
    let v = view(&state, &a, &tenant, None, message, None).await?;
    Ok(render(&headers, StatusCode::OK, &a, &tenant, v))
}

fn back(tenant: &Tenant, saved: &str) -> Response {
    see_other(format!("/admin/t/{}/people?saved={saved}", tenant.slug))
}

#[derive(Deserialize)]
pub(super) struct SsoFormIn {
    csrf: String,
    entra_tenant_id: String,
    client_id: String,
    #[serde(default)]
    client_secret: String,
    role_owner: String,
    role_admin: String,
    role_helpdesk: String,
}

/// Saves the sign-in settings. An empty secret keeps the stored credential when the app is
/// the same, else uses the Entra connection's (see [`sso::configure`]).
pub(super) async fn save_sso(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Form(f): Form<SsoFormIn>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let credential = (!f.client_secret.trim().is_empty())
        .then(|| NewCredential::Secret(f.client_secret.clone()));
    let result = sso::configure(
        &state.db,
        &state.entra,
        &tenant,
        NewSso {
            entra_tenant_id: f.entra_tenant_id.clone(),
            client_id: f.client_id.clone(),
            credential,
            role_names: RoleNames {
                owner: f.role_owner.trim().to_owned(),
                admin: f.role_admin.trim().to_owned(),
                helpdesk: f.role_helpdesk.trim().to_owned(),
            },
        },
        &a.actor(),
    )
    .await;
    match result {
        Ok(()) => Ok(back(&tenant, "sso")),
        Err(ServerError::Invalid(m) | ServerError::Conflict(m)) => {
            let mut v = view(&state, &a, &tenant, None, None, None).await?;
            v.sso.entra_tenant_id = f.entra_tenant_id;
            v.sso.client_id = f.client_id;
            v.error = Some(Message::with("people-error", vec![("detail", m)]));
            Ok(render(&headers, StatusCode::BAD_REQUEST, &a, &tenant, v))
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub(super) struct EntraOnlyForm {
    csrf: String,
    on: bool,
}

pub(super) async fn entra_only(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Form(f): Form<EntraOnlyForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    sso::set_entra_only(&state.db, &tenant, f.on, &a.actor()).await?;
    Ok(back(&tenant, "entra-only"))
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    csrf: String,
    address: String,
    role: String,
    kind: String,
}

pub(super) async fn invite(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Form(f): Form<InviteForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let refuse = async |key: &'static str| -> Result<Response, ServerError> {
        let v = view(&state, &a, &tenant, None, None, Some(Message::new(key))).await?;
        Ok(render(&headers, StatusCode::BAD_REQUEST, &a, &tenant, v))
    };
    let Some(address) = normalise_address(&f.address) else {
        return refuse("invite-bad-address").await;
    };
    let Some(role) = Role::from_id(&f.role) else {
        return refuse("invite-bad-role").await;
    };
    let kind = match f.kind.as_str() {
        "link" => "link",
        "entra" if store_sso::get(&state.db, tenant.id).await?.is_some() => "entra",
        _ => return refuse("invite-entra-not-set-up").await,
    };
    let token = (kind == "link").then(random_token);
    let expires = crate::store::now_ms() + INVITATION_DAYS * 86_400_000;
    store::invite(
        &state.db,
        tenant.id,
        &address,
        role,
        kind,
        token.as_deref().map(session_digest).as_deref(),
        Some(a.account_id),
        expires,
    )
    .await?;
    let after = serde_json::json!({ "address": address, "role": role.id(), "kind": kind });
    audit::record(
        &state.db,
        tenant.id,
        &a.actor(),
        "invitation-created",
        None,
        Some(after),
    )
    .await?;
    match token {
        // The link is shown once, on this answer; only its hash is stored.
        Some(token) => {
            let link = format!("{}/admin/invite/{token}", state.sign_in.public_url);
            let v = view(
                &state,
                &a,
                &tenant,
                Some(link),
                Some(Message::new("invitation-created")),
                None,
            )
            .await?;
            Ok(render(&headers, StatusCode::OK, &a, &tenant, v))
        }
        None => Ok(back(&tenant, "invited")),
    }
}

pub(super) async fn revoke(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, i64)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    if !store::revoke_invitation(&state.db, tenant.id, id).await? {
        return Err(ServerError::NotFound);
    }
    let after = serde_json::json!({ "invitation": id });
    audit::record(
        &state.db,
        tenant.id,
        &a.actor(),
        "invitation-revoked",
        None,
        Some(after),
    )
    .await?;
    Ok(back(&tenant, "revoked"))
}

/// The person's address, for the audit log; not found when they have no role here.
async fn person(state: &AppState, tenant: &Tenant, account: i64) -> Result<String, ServerError> {
    store::people(&state.db, tenant.id)
        .await?
        .into_iter()
        .find(|p| p.account_id == account)
        .map(|p| p.email)
        .ok_or(ServerError::NotFound)
}

#[derive(Deserialize)]
pub(super) struct RoleForm {
    csrf: String,
    role: String,
}

pub(super) async fn change_role(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Path((_, account)): Path<(String, i64)>,
    Form(f): Form<RoleForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let role = Role::from_id(&f.role)
        .ok_or_else(|| ServerError::Invalid(format!("{:?} is not a role", f.role)))?;
    if account == a.account_id {
        // An owner cannot demote themselves and lock the tenant out by accident.
        return Err(ServerError::Forbidden);
    }
    let email = person(&state, &tenant, account).await?;
    let before = store::role(&state.db, account, tenant.id).await?;
    if !store::change_role(&state.db, account, tenant.id, role).await? {
        return Err(ServerError::NotFound);
    }
    audit::record(
        &state.db,
        tenant.id,
        &a.actor(),
        "role-changed",
        Some(serde_json::json!({ "account": email, "role": before.map(Role::id) })),
        Some(serde_json::json!({ "account": email, "role": role.id() })),
    )
    .await?;
    Ok(back(&tenant, "role"))
}

pub(super) async fn remove(
    State(state): State<AppState>,
    TenantAdmin {
        admin: a, tenant, ..
    }: TenantAdmin<Owner>,
    headers: HeaderMap,
    Path((_, account)): Path<(String, i64)>,
    Form(f): Form<CsrfForm>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    if account == a.account_id {
        return Err(ServerError::Forbidden);
    }
    let email = person(&state, &tenant, account).await?;
    if !store::remove_access(&state.db, account, tenant.id).await? {
        return Err(ServerError::NotFound);
    }
    audit::record(
        &state.db,
        tenant.id,
        &a.actor(),
        "access-removed",
        Some(serde_json::json!({ "account": email })),
        None,
    )
    .await?;
    Ok(back(&tenant, "removed"))
}
