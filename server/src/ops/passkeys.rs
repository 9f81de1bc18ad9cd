//! Passkeys for break-glass console accounts (WebAuthn through `webauthn-rs`): register one
//! from the account page, sign in with it. The relying party is the public URL's host, so
//! passkeys need it to be a domain name (`localhost` counts), not an IP address.
//!
//! Passkeys are discoverable (resident): signing in asks for no address first, so the page
//! does not tell which addresses have accounts.

use super::accounts::{open_session, random_token, session_digest};
use crate::error::ServerError;
use crate::store::audit::{self, Actor};
use crate::store::{Db, accounts as store, now_ms};
use app::domain::console::Method;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use url::Url;
use uuid::Uuid;
use webauthn_rs::prelude::{
    CreationChallengeResponse, DiscoverableAuthentication, DiscoverableKey, Passkey,
    PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Webauthn, WebauthnBuilder,
};
use webauthn_rs_proto::ResidentKeyRequirement;

/// A ceremony must be answered within this long.
const CEREMONY_MINUTES: i64 = 5;
/// At most this many passkeys per account.
pub const MAX_PASSKEYS: usize = 10;

/// The relying party for the public URL, or why there is none.
pub fn relying_party(public_url: &str) -> Result<Webauthn, String> {
    let url = Url::parse(public_url).map_err(|e| e.to_string())?;
    let host = match url.host() {
        Some(url::Host::Domain(d)) => d.to_owned(),
        Some(_) => {
            return Err(format!(
                "console passkeys need a domain name in PASSKEY_GUIDE_PUBLIC_URL, not an IP \
                 address ({public_url})"
            ));
        }
        None => return Err("the public URL has no host".into()),
    };
    WebauthnBuilder::new(&host, &url)
        .and_then(|b| b.rp_name("passkey-guide console").build())
        .map_err(|e| e.to_string())
}

fn internal(what: &str) -> impl Fn(serde_json::Error) -> ServerError + '_ {
    move |e| ServerError::Internal(format!("{what}: {e}"))
}

fn refused(e: impl std::fmt::Display) -> ServerError {
    tracing::info!(error = %e, "passkey ceremony refused");
    ServerError::Invalid("the passkey could not be verified; try again".into())
}

/// Starts registering a passkey for the signed-in account: the ceremony id and the options
/// for `navigator.credentials.create`.
pub async fn start_registration(
    db: &Db,
    rp: &Webauthn,
    account_id: i64,
    email: &str,
) -> Result<(String, CreationChallengeResponse), ServerError> {
    let existing = store::passkeys(db, account_id).await?;
    if existing.len() >= MAX_PASSKEYS {
        return Err(ServerError::Invalid(format!(
            "an account has at most {MAX_PASSKEYS} passkeys; remove one first"
        )));
    }
    let user = store::webauthn_user_id(db, account_id, &Uuid::new_v4().to_string()).await?;
    let user = Uuid::parse_str(&user).map_err(|e| ServerError::Internal(e.to_string()))?;
    let exclude = existing
        .iter()
        .filter_map(|p| serde_json::from_str::<Passkey>(&p.passkey_json).ok())
        .map(|p| p.cred_id().clone())
        .collect::<Vec<_>>();
    let (mut options, state) = rp
        .start_passkey_registration(user, email, email, Some(exclude))
        .map_err(|e| ServerError::Internal(format!("starting a passkey registration: {e}")))?;
    // Discoverable, so signing in needs no address.
    if let Some(sel) = options.public_key.authenticator_selection.as_mut() {
        sel.resident_key = Some(ResidentKeyRequirement::Required);
        sel.require_resident_key = true;
    }
    let id = random_token();
    let state = serde_json::to_string(&state).map_err(internal("registration state"))?;
    store::save_ceremony(
        db,
        &session_digest(&id),
        Some(account_id),
        "register",
        &state,
        now_ms() + CEREMONY_MINUTES * 60_000,
    )
    .await?;
    Ok((id, options))
}

/// Finishes a registration: verifies the authenticator's answer and stores the passkey.
pub async fn finish_registration(
    db: &Db,
    rp: &Webauthn,
    actor: &Actor,
    ceremony: &str,
    name: &str,
    answer: &RegisterPublicKeyCredential,
) -> Result<(), ServerError> {
    let Some((Some(owner), state)) =
        store::take_ceremony(db, &session_digest(ceremony), "register").await?
    else {
        return Err(ServerError::Invalid(
            "the registration has expired; start again".into(),
        ));
    };
    if Some(owner) != actor.account_id {
        return Err(ServerError::Forbidden);
    }
    let state: PasskeyRegistration =
        serde_json::from_str(&state).map_err(internal("registration state"))?;
    let passkey = rp
        .finish_passkey_registration(answer, &state)
        .map_err(refused)?;
    let name = name.trim();
    let name = if name.is_empty() {
        "Passkey"
    } else {
        &name[..name.char_indices().nth(60).map_or(name.len(), |(i, _)| i)]
    };
    let json = serde_json::to_string(&passkey).map_err(internal("passkey"))?;
    let credential_id = B64.encode(passkey.cred_id().as_ref());
    if !store::add_passkey(db, owner, &credential_id, &json, name).await? {
        return Err(ServerError::Conflict(
            "this passkey is already registered".into(),
        ));
    }
    record(db, owner, actor, "passkey-added", name).await
}

pub async fn remove(db: &Db, actor: &Actor, passkey_id: i64) -> Result<bool, ServerError> {
    let Some(account) = actor.account_id else {
        return Ok(false);
    };
    let name = store::passkeys(db, account)
        .await?
        .into_iter()
        .find(|p| p.id == passkey_id)
        .map(|p| p.name);
    let removed = store::remove_passkey(db, account, passkey_id).await?;
    if removed {
        record(
            db,
            account,
            actor,
            "passkey-removed",
            &name.unwrap_or_default(),
        )
        .await?;
    }
    Ok(removed)
}

/// Passkeys decide who can get into every tenant the account works in: each one's audit log
/// says so.
async fn record(
    db: &Db,
    account: i64,
    actor: &Actor,
    action: &'static str,
    name: &str,
) -> Result<(), ServerError> {
    let email = store::account(db, account)
        .await?
        .map(|(e, _)| e)
        .unwrap_or_default();
    for (slug, _, _) in store::tenants(db, account).await? {
        if let Some(t) = crate::store::tenants::by_slug(db, &slug).await? {
            let after = serde_json::json!({ "account": email, "name": name });
            audit::record(db, t.id, actor, action, None, Some(after)).await?;
        }
    }
    Ok(())
}

/// Starts a passkey sign-in: the ceremony id and the options for `navigator.credentials.get`.
pub async fn start_sign_in(
    db: &Db,
    rp: &Webauthn,
) -> Result<(String, RequestChallengeResponse), ServerError> {
    let (mut options, state) = rp
        .start_discoverable_authentication()
        .map_err(|e| ServerError::Internal(format!("starting a passkey sign-in: {e}")))?;
    // A button press, not autofill.
    options.mediation = None;
    let id = random_token();
    let state = serde_json::to_string(&state).map_err(internal("sign-in state"))?;
    store::save_ceremony(
        db,
        &session_digest(&id),
        None,
        "authenticate",
        &state,
        now_ms() + CEREMONY_MINUTES * 60_000,
    )
    .await?;
    Ok((id, options))
}

/// Finishes a passkey sign-in: a session id, or `None` when the passkey is not one of ours.
pub async fn finish_sign_in(
    db: &Db,
    rp: &Webauthn,
    ceremony: &str,
    answer: &PublicKeyCredential,
) -> Result<Option<String>, ServerError> {
    let Some((_, state)) =
        store::take_ceremony(db, &session_digest(ceremony), "authenticate").await?
    else {
        return Ok(None);
    };
    let state: DiscoverableAuthentication =
        serde_json::from_str(&state).map_err(internal("sign-in state"))?;
    let Ok((user, _)) = rp.identify_discoverable_authentication(answer) else {
        return Ok(None);
    };
    let Some(account) = store::account_by_webauthn_user(db, &user.to_string()).await? else {
        return Ok(None);
    };
    let mut keys: Vec<Passkey> = store::passkeys(db, account)
        .await?
        .iter()
        .filter_map(|p| serde_json::from_str(&p.passkey_json).ok())
        .collect();
    let discoverable: Vec<DiscoverableKey> = keys.iter().map(DiscoverableKey::from).collect();
    let Ok(result) = rp.finish_discoverable_authentication(answer, state, &discoverable) else {
        return Ok(None);
    };
    if let Some(key) = keys.iter_mut().find(|k| k.cred_id() == result.cred_id()) {
        key.update_credential(&result);
        let json = serde_json::to_string(key).map_err(internal("passkey"))?;
        store::used_passkey(db, &B64.encode(key.cred_id().as_ref()), &json).await?;
    }
    Ok(Some(open_session(db, account, Method::Passkey).await?))
}
