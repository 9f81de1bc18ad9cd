use super::*;
use crate::ops;
use crate::store::tenants::PolicySettings;
use app::admin::PolicyView;
use app::domain::{Authenticators, Policy};
use app::security::is_allowed_security_info_url;

fn policy_view(a: &Admin, slug: &str, role: Role, s: &PolicySettings) -> PolicyView {
    let p = s.policy;
    PolicyView {
        slug: slug.to_owned(),
        csrf: a.csrf.clone(),
        can_edit: role.can_edit(),
        device_bound_only: !p.synced_allowed,
        attestation: p.attestation_enforced,
        authenticator: p.authenticators.microsoft_authenticator,
        windows_hello: p.authenticators.windows_hello,
        security_keys: p.authenticators.security_keys,
        security_info_url: s.security_info_url.clone(),
        default_language: s.default_language.clone().unwrap_or_default(),
        host: s.host.clone().unwrap_or_default(),
        error: None,
        notice: None,
    }
}

pub(super) async fn form(
    TenantAdmin {
        admin: a,
        tenant,
        role,
        ..
    }: TenantAdmin<Helpdesk>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ServerError> {
    let mut view = policy_view(&a, &tenant.slug, role, &PolicySettings::from(&tenant));
    view.notice = q
        .contains_key("saved")
        .then(|| Message::new("admin-policy-saved"));
    Ok(tenant_page(
        &headers,
        StatusCode::OK,
        &a,
        &tenant,
        role,
        "policy",
        None,
        || admin::policy_page(view),
    ))
}

#[derive(Deserialize)]
pub(super) struct PolicyPost {
    csrf: String,
    passkeys: Option<String>,
    attestation: Option<String>,
    authenticator: Option<String>,
    windows_hello: Option<String>,
    security_keys: Option<String>,
    #[serde(default)]
    security_info_url: String,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    host: String,
}

fn is_host_name(h: &str) -> bool {
    h.len() <= 253
        && h.contains('.')
        && h.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
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
    Form(f): Form<PolicyPost>,
) -> Result<Response, ServerError> {
    a.check_form(&headers, &f.csrf)?;
    let attestation = f.attestation.is_some();
    let host = f.host.trim().to_ascii_lowercase();
    let settings = PolicySettings {
        policy: Policy {
            synced_allowed: f.passkeys.as_deref() != Some("device-bound-only") && !attestation,
            attestation_enforced: attestation,
            authenticators: Authenticators {
                microsoft_authenticator: f.authenticator.is_some(),
                windows_hello: f.windows_hello.is_some(),
                security_keys: f.security_keys.is_some(),
            },
        },
        security_info_url: f.security_info_url.trim().to_owned(),
        default_language: Locale::from_tag(&f.default_language).map(|l| l.tag().to_owned()),
        host: (!host.is_empty()).then_some(host),
    };
    let error = if !is_allowed_security_info_url(&settings.security_info_url) {
        Some("admin-policy-error-url")
    } else if settings.host.as_deref().is_some_and(|h| !is_host_name(h)) {
        Some("admin-policy-error-host")
    } else {
        match ops::tenants::save_policy(&state.db, &tenant, &settings, &a.actor()).await {
            Ok(()) => None,
            Err(ServerError::Conflict(_)) => Some("admin-policy-error-host-taken"),
            Err(e) => return Err(e),
        }
    };
    if let Some(key) = error {
        // Show what was submitted, as typed, beside the message.
        let mut view = policy_view(&a, &tenant.slug, role, &settings);
        view.security_info_url = f.security_info_url;
        view.host = f.host;
        view.error = Some(Message::new(key));
        return Ok(tenant_page(
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            &a,
            &tenant,
            role,
            "policy",
            None,
            || admin::policy_page(view),
        ));
    }
    Ok(see_other(format!(
        "/admin/t/{}/policy?saved=1",
        tenant.slug
    )))
}
