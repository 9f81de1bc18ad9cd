//! Console sign-in with Entra ID: a tenant's settings, starting a sign-in and finishing it
//! into a session with the role the token (or an owner) gives.

use super::accounts::{self, random_token, session_digest};
use super::entra::{EntraSettings, NewCredential, is_guid, open_credential};
use crate::error::ServerError;
use crate::graph::oidc::{App, Identity, Oidc, Refusal};
use crate::graph::{Certificate, Credential};
use crate::store::audit::{self, Actor};
use crate::store::tenants::Tenant;
use crate::store::{Db, accounts as store_accounts, entra as store_entra, now_ms, sso as store};
use app::domain::console::{Admission, Method, RoleNames, admit};
use app::domain::tenant::Role;

/// A sign-in must come back within this long.
const PENDING_MINUTES: i64 = 10;

fn context(tenant_id: i64) -> String {
    format!("sso-credential:{tenant_id}")
}

/// What an owner (or `tenant sso`) sets.
pub struct NewSso {
    pub entra_tenant_id: String,
    pub client_id: String,
    /// `None`: keep the stored credential when the app is the same, else use the tenant's Entra
    /// connection's (same app registration).
    pub credential: Option<NewCredential>,
    pub role_names: RoleNames,
}

/// Stores a tenant's sign-in settings, the credential sealed with the data key.
pub async fn configure(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
    s: NewSso,
    actor: &Actor,
) -> Result<(), ServerError> {
    let entra_tenant_id = s.entra_tenant_id.trim().to_lowercase();
    let client_id = s.client_id.trim().to_lowercase();
    if !is_guid(&entra_tenant_id) {
        // Tokens name the tenant by GUID (`tid`), so the mapping needs the GUID.
        return Err(ServerError::Invalid(format!(
            "the Entra tenant id {entra_tenant_id:?} is not a GUID (Tenant ID on the Entra overview)"
        )));
    }
    if !is_guid(&client_id) {
        return Err(ServerError::Invalid(format!(
            "the client id {client_id:?} is not a GUID (Application (client) ID on the app's overview)"
        )));
    }
    s.role_names.validate().map_err(ServerError::Invalid)?;
    let (kind, sealed) = match &s.credential {
        Some(NewCredential::Secret(secret)) if secret.trim().is_empty() => {
            return Err(ServerError::Invalid("the client secret is empty".into()));
        }
        Some(NewCredential::Secret(secret)) => (
            Some("secret".to_owned()),
            Some(settings.keys()?.seal(secret.trim(), &context(tenant.id))),
        ),
        Some(NewCredential::Certificate(pem)) => {
            Certificate::from_pem(pem.as_bytes())
                .map_err(|e| ServerError::Invalid(format!("the certificate file: {e}")))?;
            (
                Some("certificate".to_owned()),
                Some(settings.keys()?.seal(pem, &context(tenant.id))),
            )
        }
        None => {
            // No new credential: keep the stored one when the app is the same (only the role
            // names change), else use the Entra connection's (same app registration).
            let kept = store::get(db, tenant.id).await?.filter(|e| {
                e.client_id == client_id
                    && e.entra_tenant_id == entra_tenant_id
                    && e.credential.is_some()
            });
            let same_app = store_entra::get(db, tenant.id)
                .await?
                .is_some_and(|c| c.client_id == client_id);
            if let Some(e) = kept {
                (e.credential_kind, e.credential)
            } else if !same_app {
                return Err(ServerError::Invalid(
                    "give a client secret (PASSKEY_GUIDE_SSO_CLIENT_SECRET) or a certificate: \
                     the tenant's Entra connection uses another app registration, or none"
                        .into(),
                ));
            } else {
                (None, None)
            }
        }
    };
    store::save(
        db,
        &store::Sso {
            tenant_id: tenant.id,
            entra_tenant_id: entra_tenant_id.clone(),
            client_id: client_id.clone(),
            credential_kind: kind.clone(),
            credential: sealed,
            role_names: s.role_names.clone(),
            entra_only: false,
        },
    )
    .await?;
    let after = serde_json::json!({
        "entra-tenant-id": entra_tenant_id,
        "client-id": client_id,
        "credential": kind.as_deref().unwrap_or("entra-connection"),
        "roles": [s.role_names.owner, s.role_names.admin, s.role_names.helpdesk],
    });
    audit::record(db, tenant.id, actor, "sso-configured", None, Some(after)).await
}

/// Turns "Entra sign-in only" on or off. Turning it on needs sign-in settings, or nobody but
/// break-glass passkeys could get in.
pub async fn set_entra_only(
    db: &Db,
    tenant: &Tenant,
    on: bool,
    actor: &Actor,
) -> Result<(), ServerError> {
    if !store::set_entra_only(db, tenant.id, on).await? {
        return Err(ServerError::Invalid(
            "set up sign-in with Entra ID first (tenant sso)".into(),
        ));
    }
    let after = serde_json::json!({ "entra-only": on });
    audit::record(db, tenant.id, actor, "entra-only-set", None, Some(after)).await
}

/// The app registration a tenant signs in with, its credential opened.
async fn app(
    db: &Db,
    settings: &EntraSettings,
    sso: &store::Sso,
    redirect_uri: &str,
) -> Result<App, ServerError> {
    let credential: Credential = match (&sso.credential_kind, &sso.credential) {
        (Some(kind), Some(sealed)) => {
            let (c, resealed) =
                open_credential(settings.keys()?, kind, sealed, &context(sso.tenant_id))?;
            if let Some(sealed) = resealed {
                store::reseal(db, sso.tenant_id, &sealed).await?;
            }
            c
        }
        _ => {
            let row = store_entra::get(db, sso.tenant_id).await?.ok_or_else(|| {
                ServerError::Config(
                    "sign-in uses the Entra connection's credential, and the connection is gone"
                        .into(),
                )
            })?;
            super::entra::credential(db, settings, &row).await?
        }
    };
    Ok(App {
        entra_tenant_id: sso.entra_tenant_id.clone(),
        client_id: sso.client_id.clone(),
        credential,
        redirect_uri: redirect_uri.to_owned(),
    })
}

/// Everything a sign-in needs from the server.
pub struct SignIn<'a> {
    pub db: &'a Db,
    pub oidc: &'a Oidc,
    pub entra: &'a EntraSettings,
    /// `{public url}/admin/sso/callback`, registered on the app as a Web redirect URI.
    pub redirect_uri: &'a str,
}

/// Starts a tenant's sign-in for the browser holding `browser_secret` (a cookie); returns the
/// identity platform's URL to send it to. `None`: the tenant has no Entra sign-in.
pub async fn start(
    s: &SignIn<'_>,
    tenant: &Tenant,
    browser_secret: &str,
) -> Result<Option<String>, ServerError> {
    let Some(sso) = store::get(s.db, tenant.id).await? else {
        return Ok(None);
    };
    let started = s
        .oidc
        .start(&sso.entra_tenant_id, &sso.client_id, s.redirect_uri)
        .await
        .map_err(|r| ServerError::Config(format!("Entra sign-in for {}: {r}", tenant.slug)))?;
    store::start(
        s.db,
        &session_digest(&started.state),
        &store::Pending {
            browser_hash: session_digest(browser_secret),
            tenant_id: tenant.id,
            nonce: started.nonce,
            pkce_verifier: started.pkce_verifier,
        },
        now_ms() + PENDING_MINUTES * 60_000,
    )
    .await?;
    Ok(Some(started.url))
}

/// How a sign-in ended.
#[derive(Debug)]
pub enum Finished {
    /// A session: its id for the cookie, and the tenant to open.
    SignedIn {
        session_id: String,
        slug: String,
    },
    /// Unknown, used or expired state, or another browser's.
    StaleState,
    Refused(Refusal),
    /// A valid identity without a role here.
    NoRole {
        username: String,
    },
    Removed {
        username: String,
    },
    /// A guest whose home address is already an account here: not theirs to take.
    AddressTaken {
        username: String,
    },
}

/// Finishes a sign-in: the state must be live and this browser's; the token must verify and
/// be for the tenant the sign-in started for; then the role decides.
pub async fn finish(
    s: &SignIn<'_>,
    state: &str,
    code: &str,
    browser_secret: Option<&str>,
) -> Result<Finished, ServerError> {
    let Some(pending) = store::take(s.db, &session_digest(state)).await? else {
        return Ok(Finished::StaleState);
    };
    let same_browser = browser_secret.is_some_and(|b| {
        accounts::constant_time_eq(
            pending.browser_hash.as_bytes(),
            session_digest(b).as_bytes(),
        )
    });
    if !same_browser {
        return Ok(Finished::StaleState);
    }
    let Some(sso) = store::get(s.db, pending.tenant_id).await? else {
        return Ok(Finished::Refused(Refusal::Tenant));
    };
    let app = app(s.db, s.entra, &sso, s.redirect_uri).await?;
    let identity = match s
        .oidc
        .finish(&app, code, &pending.pkce_verifier, &pending.nonce)
        .await
    {
        Ok(i) => i,
        Err(r) => return Ok(Finished::Refused(r)),
    };
    // `finish` checked `tid` against this tenant's setting, which no other tenant here shares
    // (a unique index): the token maps to exactly this tenant.
    admit_identity(s.db, &sso, &identity).await
}

async fn admit_identity(
    db: &Db,
    sso: &store::Sso,
    who: &Identity,
) -> Result<Finished, ServerError> {
    let tenant_id = sso.tenant_id;
    // Microsoft: `preferred_username` "can't be used to make authorization decisions". For a
    // member it is a UPN in this directory's verified domains; for a guest it is whatever
    // their home says, so it neither claims an account nor accepts an invitation.
    let Some(account) = store_accounts::entra_account(
        db,
        &who.tid,
        &who.oid,
        &who.username,
        who.name.as_deref(),
        !who.guest,
    )
    .await?
    else {
        return Ok(Finished::AddressTaken {
            username: who.username.clone(),
        });
    };
    let standing = store_accounts::standing(db, account, tenant_id).await?;
    let invitation = if who.guest {
        None
    } else {
        store_accounts::open_entra_invitation(db, tenant_id, &who.username).await?
    };
    let token_role: Option<Role> = sso.role_names.role_of(&who.roles);
    let (role, from_entra, accepts) = match admit(token_role, standing, invitation) {
        Admission::Granted {
            role,
            from_entra,
            accepts_invitation,
        } => (role, from_entra, accepts_invitation),
        Admission::NoRole => {
            store_accounts::drop_entra_role(db, account, tenant_id).await?;
            return Ok(Finished::NoRole {
                username: who.username.clone(),
            });
        }
        Admission::Removed => {
            return Ok(Finished::Removed {
                username: who.username.clone(),
            });
        }
    };
    store_accounts::admit_entra(
        db,
        account,
        tenant_id,
        role,
        from_entra,
        accepts.then_some(who.username.as_str()),
    )
    .await?;
    if accepts {
        let actor = Actor::account(account, &who.username);
        let after =
            serde_json::json!({ "address": who.username, "role": role.id(), "kind": "entra" });
        audit::record(
            db,
            tenant_id,
            &actor,
            "invitation-accepted",
            None,
            Some(after),
        )
        .await?;
    }
    let session_id = accounts::open_session(db, account, Method::Entra).await?;
    let slug = crate::store::tenants::by_id(db, tenant_id)
        .await?
        .map(|t| t.slug)
        .ok_or(ServerError::NotFound)?;
    Ok(Finished::SignedIn { session_id, slug })
}

/// A fresh random secret for the browser's sign-in cookie.
pub fn browser_secret() -> String {
    random_token()
}

/// What console sign-in needs at run time: the identity platform's discovery cache and the
/// WebAuthn relying party (or why passkeys are unavailable).
pub struct ConsoleSignIn {
    pub oidc: Oidc,
    pub webauthn: Result<webauthn_rs::Webauthn, String>,
    pub public_url: String,
    /// The identity platform's origin, which the sign-in form leads to.
    pub login_origin: String,
}

impl ConsoleSignIn {
    pub fn new(login_url: &str, public_url: &str) -> ConsoleSignIn {
        let public_url = public_url.trim_end_matches('/').to_owned();
        let webauthn = super::passkeys::relying_party(&public_url);
        if let Err(why) = &webauthn {
            tracing::warn!("{why}");
        }
        let login_origin = url::Url::parse(login_url)
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_else(|_| "https://login.microsoftonline.com".into());
        ConsoleSignIn {
            oidc: Oidc::new(login_url),
            webauthn,
            public_url,
            login_origin,
        }
    }

    /// The Web redirect URI to register on the app registration.
    pub fn redirect_uri(&self) -> String {
        format!("{}/admin/sso/callback", self.public_url)
    }
}
