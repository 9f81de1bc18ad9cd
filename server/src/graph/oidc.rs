//! OpenID Connect sign-in with the Microsoft identity platform, for the admin console: the
//! authorization code flow with PKCE (graph-contracts §2), through the `openidconnect` crate.
//!
//! - Discovery is read from `{login}/{entra tenant id}/v2.0/.well-known/openid-configuration`
//!   and cached per Entra tenant for a day, with its signing keys (JWKS). A token signed with a
//!   key id the cache does not know makes it read them again (once per new key id), so key
//!   rotation needs no restart.
//! - The ID token is verified fully: RS256 only (no `none`, no HMAC with the client secret),
//!   the signature against the tenant's keys, the issuer of that tenant, the audience (our
//!   client id), the nonce of this sign-in, expiry with two minutes of leeway, and the `tid`
//!   claim against the tenant the sign-in started for.

use super::credential::Credential;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm, CoreProviderMetadata,
};
use openidconnect::{
    AdditionalClaims, AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, IdToken, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    SignatureVerificationError, TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long discovery and keys are trusted before they are read again.
const CACHE_FOR: Duration = Duration::from_secs(24 * 3600);
/// Leeway for the token's expiry against our clock.
const LEEWAY_S: u64 = 120;

/// The claims of Entra's ID tokens that the standard ones lack.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EntraClaims {
    pub tid: Option<String>,
    pub oid: Option<String>,
    /// The identity provider that authenticated the user, when it is not the issuer (guests).
    pub idp: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
}

impl AdditionalClaims for EntraClaims {}

type EntraIdToken = IdToken<
    EntraClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

/// Why a sign-in was refused. The `id` is logged and names the reason on the page (in the
/// admin's language); nothing from the token is echoed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the identity platform could not be reached or answered wrongly")]
    Provider,
    #[error("the identity platform refused to redeem the code")]
    Exchange,
    #[error("the token response carried no ID token")]
    NoIdToken,
    #[error("the token's signature does not verify")]
    Signature,
    #[error("the token is signed with a key the tenant does not publish")]
    UnknownKey,
    #[error("the token's algorithm is not RS256")]
    Algorithm,
    #[error("the token is from another issuer")]
    Issuer,
    #[error("the token is for another application")]
    Audience,
    #[error("the token has expired")]
    Expired,
    #[error("the token answers another sign-in (nonce)")]
    Nonce,
    #[error("the token is for another Entra tenant")]
    Tenant,
    #[error("the token lacks a claim the console needs (oid, tid, preferred_username)")]
    Claims,
}

impl Refusal {
    pub fn id(self) -> &'static str {
        match self {
            Refusal::Provider => "provider",
            Refusal::Exchange => "exchange",
            Refusal::NoIdToken => "no-id-token",
            Refusal::Signature => "signature",
            Refusal::UnknownKey => "unknown-key",
            Refusal::Algorithm => "algorithm",
            Refusal::Issuer => "issuer",
            Refusal::Audience => "audience",
            Refusal::Expired => "expired",
            Refusal::Nonce => "nonce",
            Refusal::Tenant => "tenant",
            Refusal::Claims => "claims",
        }
    }

    fn of(e: &ClaimsVerificationError) -> Refusal {
        use SignatureVerificationError as S;
        match e {
            ClaimsVerificationError::Expired(_) => Refusal::Expired,
            ClaimsVerificationError::InvalidAudience(_) => Refusal::Audience,
            ClaimsVerificationError::InvalidIssuer(_) => Refusal::Issuer,
            ClaimsVerificationError::InvalidNonce(_) => Refusal::Nonce,
            ClaimsVerificationError::SignatureVerification(s) => match s {
                S::NoMatchingKey | S::AmbiguousKeyId(_) => Refusal::UnknownKey,
                S::DisallowedAlg(_) | S::UnsupportedAlg(_) | S::NoSignature => Refusal::Algorithm,
                _ => Refusal::Signature,
            },
            _ => Refusal::Claims,
        }
    }
}

/// The app registration a tenant signs in with.
#[derive(Clone)]
pub struct App {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub credential: Credential,
    pub redirect_uri: String,
}

/// A sign-in to send the browser on: where to, and what to keep until it comes back.
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// Who signed in, as the verified ID token says.
#[derive(Debug, Clone)]
pub struct Identity {
    pub tid: String,
    pub oid: String,
    pub username: String,
    pub name: Option<String>,
    pub roles: Vec<String>,
    /// Authenticated by another tenant or provider (a guest): `username` is their home
    /// identity, not a name in this directory's verified domains, so it decides nothing.
    pub guest: bool,
}

struct Cached {
    metadata: CoreProviderMetadata,
    fetched_at: Instant,
}

/// The identity platform's discovery documents and keys, per Entra tenant.
pub struct Oidc {
    http: reqwest::Client,
    login_url: String,
    cache: Mutex<HashMap<String, Arc<Cached>>>,
    /// Per Entra tenant, the key ids that already caused a refresh: each does so once.
    refreshed_for: Mutex<HashMap<String, Vec<String>>>,
}

impl Oidc {
    pub fn new(login_url: &str) -> Oidc {
        Oidc {
            // The identity platform is never followed through a redirect (openidconnect's
            // advice, so a hostile answer cannot send the request elsewhere).
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap_or_default(),
            login_url: login_url.trim_end_matches('/').to_owned(),
            cache: Mutex::default(),
            refreshed_for: Mutex::default(),
        }
    }

    fn issuer(&self, entra_tenant_id: &str) -> String {
        format!("{}/{entra_tenant_id}/v2.0", self.login_url)
    }

    async fn metadata(&self, entra_tenant_id: &str, fresh: bool) -> Result<Arc<Cached>, Refusal> {
        if !fresh
            && let Some(c) = self.cache.lock().expect("cache").get(entra_tenant_id)
            && c.fetched_at.elapsed() < CACHE_FOR
        {
            return Ok(c.clone());
        }
        let issuer = IssuerUrl::new(self.issuer(entra_tenant_id)).map_err(|_| Refusal::Provider)?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "OpenID discovery failed");
                Refusal::Provider
            })?;
        let c = Arc::new(Cached {
            metadata,
            fetched_at: Instant::now(),
        });
        self.cache
            .lock()
            .expect("cache")
            .insert(entra_tenant_id.to_owned(), c.clone());
        Ok(c)
    }

    /// The client for a tenant's app; `secret` is needed only to redeem a code (a certificate
    /// signs an assertion instead).
    fn client(
        metadata: &CoreProviderMetadata,
        client_id: &str,
        secret: Option<&str>,
        redirect_uri: &str,
    ) -> Result<CoreClientSet, Refusal> {
        let redirect = RedirectUrl::new(redirect_uri.to_owned()).map_err(|_| Refusal::Provider)?;
        Ok(CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(client_id.to_owned()),
            secret.map(|s| ClientSecret::new(s.to_owned())),
        )
        // Entra documents client_secret_post and private_key_jwt.
        .set_auth_type(AuthType::RequestBody)
        .set_redirect_uri(redirect))
    }

    fn app_client(metadata: &CoreProviderMetadata, app: &App) -> Result<CoreClientSet, Refusal> {
        let secret = match &app.credential {
            Credential::Secret(s) => Some(s.as_str()),
            Credential::Certificate(_) => None,
        };
        Self::client(metadata, &app.client_id, secret, &app.redirect_uri)
    }

    /// Starts a sign-in: the authorize URL with state, nonce and a PKCE S256 challenge. It
    /// needs no credential.
    pub async fn start(
        &self,
        entra_tenant_id: &str,
        client_id: &str,
        redirect_uri: &str,
    ) -> Result<Started, Refusal> {
        let cached = self.metadata(entra_tenant_id, false).await?;
        let client = Self::client(&cached.metadata, client_id, None, redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .add_scope(Scope::new("email".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Redeems the code and verifies the ID token it brings.
    pub async fn finish(
        &self,
        app: &App,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<Identity, Refusal> {
        let cached = self.metadata(&app.entra_tenant_id, false).await?;
        let client = Self::app_client(&cached.metadata, app)?;
        let assertion;
        let mut request = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| Refusal::Provider)?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()));
        if let Credential::Certificate(cert) = &app.credential {
            let token_url = cached
                .metadata
                .token_endpoint()
                .map(|u| u.to_string())
                .unwrap_or_default();
            assertion = cert.assertion(&app.client_id, &token_url, now_s());
            request = request
                .add_extra_param(
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                )
                .add_extra_param("client_assertion", assertion.as_str());
        }
        let response = request.request_async(&self.http).await.map_err(|e| {
            tracing::warn!(error = %e, "redeeming the sign-in code failed");
            Refusal::Exchange
        })?;
        let raw = response.id_token().ok_or(Refusal::NoIdToken)?.to_string();
        // The same token, read with Entra's own claims (tid, oid, roles).
        let token: EntraIdToken =
            serde_json::from_value(serde_json::Value::String(raw)).map_err(|_| Refusal::Claims)?;
        let claims = match Self::verify(&token, &client, nonce) {
            Err(Refusal::UnknownKey) if self.should_refresh(app, &token) => {
                let fresh = self.metadata(&app.entra_tenant_id, true).await?;
                Self::verify(&token, &Self::app_client(&fresh.metadata, app)?, nonce)?
            }
            other => other?,
        };
        let extra = claims.additional_claims();
        let tid = extra.tid.clone().ok_or(Refusal::Claims)?;
        if !tid.eq_ignore_ascii_case(&app.entra_tenant_id) {
            return Err(Refusal::Tenant);
        }
        // `idp` "is identical to the value of the Issuer claim unless the user account isn't in
        // the same tenant as the issuer, such as guests" (ID token claims reference). An `idp`
        // naming this tenant in another form (the v1 `sts.windows.net/{tid}/`) is no guest.
        let guest = extra.idp.as_deref().is_some_and(|idp| {
            idp != claims.issuer().as_str() && !idp.to_lowercase().contains(&tid.to_lowercase())
        });
        Ok(Identity {
            guest,
            tid: tid.to_lowercase(),
            oid: extra.oid.clone().ok_or(Refusal::Claims)?.to_lowercase(),
            username: claims
                .preferred_username()
                .map(|u| u.as_str().trim().to_lowercase())
                .filter(|u| !u.is_empty())
                .ok_or(Refusal::Claims)?,
            name: claims
                .name()
                .and_then(|n| n.get(None))
                .map(|n| n.to_string()),
            roles: extra.roles.clone(),
        })
    }

    fn verify(
        token: &EntraIdToken,
        client: &CoreClientSet,
        nonce: &str,
    ) -> Result<openidconnect::IdTokenClaims<EntraClaims, CoreGenderClaim>, Refusal> {
        let verifier = client
            .id_token_verifier()
            .set_allowed_algs([CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256])
            .set_time_fn(|| chrono_now() - chrono_leeway());
        token
            .claims(&verifier, &Nonce::new(nonce.to_owned()))
            .cloned()
            .map_err(|e| {
                let r = Refusal::of(&e);
                tracing::info!(reason = r.id(), error = %e, "ID token refused");
                r
            })
    }

    /// Whether a token signed with an unknown key may make us read the keys again: once per
    /// key id and tenant, so a stream of bogus ids cannot hammer the identity platform.
    fn should_refresh(&self, app: &App, token: &EntraIdToken) -> bool {
        let kid = token_kid(&token.to_string()).unwrap_or_default();
        let mut seen = self.refreshed_for.lock().expect("refreshed");
        let ids = seen.entry(app.entra_tenant_id.clone()).or_default();
        if ids.contains(&kid) {
            return false;
        }
        if ids.len() >= 16 {
            ids.remove(0);
        }
        ids.push(kid);
        true
    }
}

type CoreClientSet = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn chrono_now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

fn chrono_leeway() -> chrono::TimeDelta {
    chrono::TimeDelta::seconds(LEEWAY_S as i64)
}

/// The `kid` of a JWT's header.
fn token_kid(jwt: &str) -> Option<String> {
    use base64::Engine;
    let header = jwt.split('.').next()?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .ok()?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    v.get("kid")?.as_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ids_are_read_from_the_header() {
        // {"alg":"RS256","kid":"k1"}
        assert_eq!(
            token_kid("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.e30.sig").as_deref(),
            Some("k1")
        );
        assert_eq!(token_kid("not a token"), None);
    }

    #[test]
    fn refusals_have_stable_ids() {
        let all = [
            Refusal::Provider,
            Refusal::Exchange,
            Refusal::NoIdToken,
            Refusal::Signature,
            Refusal::UnknownKey,
            Refusal::Algorithm,
            Refusal::Issuer,
            Refusal::Audience,
            Refusal::Expired,
            Refusal::Nonce,
            Refusal::Tenant,
            Refusal::Claims,
        ];
        let mut ids: Vec<_> = all.iter().map(|r| r.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
    }
}
