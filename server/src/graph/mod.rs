//! The Microsoft Graph client: a client-credentials token from the identity platform (with a
//! secret or a certificate), then Graph reads that honour throttling, follow
//! `@odata.nextLink` on the Graph host only, and name the permission a refusal is about. It
//! stores nothing; `ops` stores what it reads.

pub mod credential;
pub mod mail;
pub mod oidc;

use app::domain::entra::Page;
use app::domain::registration::Registration;
pub use credential::{Certificate, Credential};
use serde::de::DeserializeOwned;
use std::time::Duration;

/// An application permission a read needs, and what the read is for (said in errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    pub permission: &'static str,
    pub what: &'static str,
}

pub const GROUP_MEMBERS: Need = Need {
    permission: "GroupMember.Read.All",
    what: "the rollout groups' members",
};
pub const USERS: Need = Need {
    permission: "User.Read.All",
    what: "the members' names, addresses, departments and languages",
};
pub const PASSKEY_POLICY: Need = Need {
    permission: "Policy.Read.AuthenticationMethod",
    what: "the passkey (FIDO2) method policy",
};
pub const REGISTRATION: Need = Need {
    permission: "AuditLog.Read.All",
    what: "the registration details report",
};
pub const SIGN_INS: Need = Need {
    permission: "AuditLog.Read.All",
    what: "the sign-in logs",
};

pub const BRANDING: Need = Need {
    permission: "OrganizationalBranding.Read.All",
    what: "the company branding",
};

/// Every permission the connection uses, in the order the docs explain them.
pub const PERMISSIONS: [Need; 6] = [
    GROUP_MEMBERS,
    USERS,
    PASSKEY_POLICY,
    REGISTRATION,
    SIGN_INS,
    BRANDING,
];

/// What went wrong talking to Microsoft, said so an admin can fix it.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error("the token request was refused ({status}): {detail}")]
    Token { status: u16, detail: String },
    #[error(
        "Microsoft Graph refused the token (401): check the app registration's client id and credential"
    )]
    Unauthorized,
    #[error(
        "Microsoft Graph denied access to {} (403 {code}): the app registration needs the {} \
         application permission, with admin consent",
        need.what, need.permission
    )]
    Forbidden { need: Need, code: String },
    #[error(
        "Microsoft Graph refused {} for the tenant's licence (403 {code}): reading it needs \
         Microsoft Entra ID P1 or P2",
        need.what
    )]
    Licence { need: Need, code: String },
    #[error(
        "Microsoft Graph kept throttling ({status}) after {attempts} attempts; try again later"
    )]
    Throttled { status: u16, attempts: u32 },
    #[error("Microsoft Graph answered {status} for {}: {detail}", need.what)]
    Status {
        need: Need,
        status: u16,
        detail: String,
    },
    #[error(
        "Microsoft Graph sent a next page on another host ({0}); refusing to send the token there"
    )]
    ForeignNextLink(String),
    #[error("cannot reach Microsoft: {0}")]
    Http(#[from] reqwest::Error),
    #[error("unexpected answer from Microsoft Graph for {}: {error}", need.what)]
    Json {
        need: Need,
        error: serde_json::Error,
    },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl GraphError {
    /// A refusal about permissions or licence, after which other reads may still work.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            GraphError::Forbidden { .. } | GraphError::Licence { .. }
        )
    }
}

/// An app registration and where Microsoft lives (configurable so tests can point at a local
/// server).
#[derive(Clone)]
pub struct Connection {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub credential: Credential,
    pub login_url: String,
    pub graph_url: String,
    /// Retries of a throttled (429/503) request before giving up.
    pub max_retries: u32,
    /// The longest single wait, whatever `Retry-After` asks for.
    pub max_wait: Duration,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("entra_tenant_id", &self.entra_tenant_id)
            .field("client_id", &self.client_id)
            .field("credential", &self.credential)
            .field("graph_url", &self.graph_url)
            .finish_non_exhaustive()
    }
}

/// The single-tenant settings from the environment (a client secret), kept for
/// `PASSKEY_GUIDE_GRAPH_SYNC_TENANT` and `registration sync`.
#[derive(Clone)]
pub struct GraphSettings {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub client_secret: String,
    pub login_url: String,
    pub graph_url: String,
    pub max_retries: u32,
    pub max_wait: Duration,
}

impl std::fmt::Debug for GraphSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphSettings")
            .field("entra_tenant_id", &self.entra_tenant_id)
            .field("client_id", &self.client_id)
            .field("graph_url", &self.graph_url)
            .finish_non_exhaustive()
    }
}

impl GraphSettings {
    pub fn connection(&self) -> Connection {
        Connection {
            entra_tenant_id: self.entra_tenant_id.clone(),
            client_id: self.client_id.clone(),
            credential: Credential::Secret(self.client_secret.clone()),
            login_url: self.login_url.clone(),
            graph_url: self.graph_url.clone(),
            max_retries: self.max_retries,
            max_wait: self.max_wait,
        }
    }
}

#[derive(serde::Deserialize)]
struct Token {
    access_token: String,
}

#[derive(serde::Deserialize, Default)]
struct OAuthError {
    #[serde(default)]
    error: String,
    #[serde(default)]
    error_description: String,
}

#[derive(serde::Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    error: ErrorDetail,
}

#[derive(serde::Deserialize, Default)]
struct ErrorDetail {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
}

/// How long to wait before retrying a throttled request: `Retry-After` in seconds (Graph may
/// send a fraction) when given, else exponential from one second, never more than `cap`.
pub fn retry_wait(retry_after: Option<&str>, attempt: u32, cap: Duration) -> Duration {
    let asked = retry_after
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| Duration::from_secs_f64(s.min(86_400.0)))
        .unwrap_or_else(|| Duration::from_secs(1u64 << attempt.min(6)));
    asked.min(cap)
}

/// A signed-in client: the token and the permissions it carries.
pub struct Client {
    http: reqwest::Client,
    token: String,
    graph: String,
    max_retries: u32,
    max_wait: Duration,
    /// The application permissions the token carries (`roles`), when it says.
    pub roles: Option<Vec<String>>,
}

impl Client {
    /// Gets an app-only token for Graph.
    pub async fn connect(c: &Connection) -> Result<Client, GraphError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let token_url = format!(
            "{}/{}/oauth2/v2.0/token",
            c.login_url.trim_end_matches('/'),
            c.entra_tenant_id
        );
        let assertion;
        let mut form = vec![
            ("client_id", c.client_id.as_str()),
            ("scope", "https://graph.microsoft.com/.default"),
            ("grant_type", "client_credentials"),
        ];
        match &c.credential {
            Credential::Secret(s) => form.push(("client_secret", s.as_str())),
            Credential::Certificate(cert) => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64);
                assertion = cert.assertion(&c.client_id, &token_url, now);
                form.push((
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ));
                form.push(("client_assertion", assertion.as_str()));
            }
        }
        let res = http.post(&token_url).form(&form).send().await?;
        if !res.status().is_success() {
            let status = res.status().as_u16();
            let e: OAuthError = res.json().await.unwrap_or_default();
            let detail = if e.error.is_empty() {
                "no details".to_owned()
            } else {
                // The first line of Entra's description carries the AADSTS code and reason.
                format!(
                    "{}: {}",
                    e.error,
                    e.error_description.lines().next().unwrap_or_default()
                )
            };
            return Err(GraphError::Token { status, detail });
        }
        let body = res.bytes().await?;
        let token: Token = serde_json::from_slice(&body).map_err(|error| GraphError::Json {
            need: Need {
                permission: "",
                what: "the token",
            },
            error,
        })?;
        Ok(Client {
            http,
            roles: credential::token_roles(&token.access_token),
            token: token.access_token,
            graph: c.graph_url.trim_end_matches('/').to_owned(),
            max_retries: c.max_retries,
            max_wait: c.max_wait,
        })
    }

    /// The full URL of a Graph path (`/v1.0/...`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.graph)
    }

    /// One `GET`, retried while throttled, its body parsed as `T`.
    pub async fn get<T: DeserializeOwned>(
        &self,
        url: &str,
        need: Need,
        eventual: bool,
    ) -> Result<T, GraphError> {
        let headers: &[(&str, &str)] = if eventual {
            // Not carried over to next pages by Graph: sent on each (graph-contracts §10.3).
            &[("ConsistencyLevel", "eventual")]
        } else {
            &[]
        };
        let res = self.send(url, need, headers).await?;
        let body = res.bytes().await?;
        serde_json::from_slice(&body).map_err(|error| GraphError::Json { need, error })
    }

    /// One `GET` of a file (an image): its media type and bytes.
    pub async fn get_bytes(
        &self,
        url: &str,
        need: Need,
        headers: &[(&str, &str)],
    ) -> Result<(String, Vec<u8>), GraphError> {
        let res = self.send(url, need, headers).await?;
        let media_type = res
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        Ok((media_type, res.bytes().await?.to_vec()))
    }

    /// Sends a `GET`, waiting out throttling; a 200 answer comes back, anything else is an
    /// error that says what to fix.
    async fn send(
        &self,
        url: &str,
        need: Need,
        headers: &[(&str, &str)],
    ) -> Result<reqwest::Response, GraphError> {
        let mut attempt = 0;
        loop {
            let mut req = self
                .http
                .get(url)
                .bearer_auth(&self.token)
                .header("Prefer", "include-unknown-enum-members");
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            let res = req.send().await?;
            let status = res.status().as_u16();
            match status {
                200 => return Ok(res),
                401 => return Err(GraphError::Unauthorized),
                403 => {
                    let e: ErrorBody = res.json().await.unwrap_or_default();
                    let code = e.error.code;
                    let licence = code.contains("NonPremium")
                        || e.error.message.to_ascii_lowercase().contains("licen");
                    return Err(if licence {
                        GraphError::Licence { need, code }
                    } else {
                        GraphError::Forbidden { need, code }
                    });
                }
                429 | 503 | 504 if attempt < self.max_retries => {
                    let after = res
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned);
                    let wait = retry_wait(after.as_deref(), attempt, self.max_wait);
                    tracing::info!(status, ?wait, attempt, "Graph is throttling; waiting");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                429 | 503 | 504 => {
                    return Err(GraphError::Throttled {
                        status,
                        attempts: attempt + 1,
                    });
                }
                _ => {
                    let detail: String = res
                        .text()
                        .await
                        .unwrap_or_default()
                        .chars()
                        .take(300)
                        .collect();
                    return Err(GraphError::Status {
                        need,
                        status,
                        detail,
                    });
                }
            }
        }
    }

    /// Every page of a collection, handed to `each` as it arrives; next pages only on the
    /// Graph host, which gets the token. Returns how many items there were.
    pub async fn pages<T: DeserializeOwned>(
        &self,
        first: &str,
        need: Need,
        eventual: bool,
        mut each: impl FnMut(Vec<T>),
    ) -> Result<usize, GraphError> {
        let mut url = self.url(first);
        let mut n = 0;
        loop {
            let page: Page<T> = self.get(&url, need, eventual).await?;
            n += page.value.len();
            each(page.value);
            match page.next_link {
                Some(next) if next.starts_with(&format!("{}/", self.graph)) => url = next,
                Some(next) => {
                    return Err(GraphError::ForeignNextLink(
                        next.split('/').take(3).collect::<Vec<_>>().join("/"),
                    ));
                }
                None => return Ok(n),
            }
        }
    }
}

/// The registration report's first page (graph-contracts §4).
pub const REGISTRATION_REPORT: &str = "/v1.0/reports/authenticationMethods/userRegistrationDetails\
     ?$select=id,userPrincipalName,methodsRegistered,isAdmin,isMfaRegistered,userType";

/// Reads every page of the registration report with the environment's single-tenant settings.
pub async fn fetch(settings: &GraphSettings) -> Result<Vec<Registration>, GraphError> {
    let client = Client::connect(&settings.connection()).await?;
    let mut out = Vec::new();
    client
        .pages::<app::domain::entra::RegistrationDetail>(
            REGISTRATION_REPORT,
            REGISTRATION,
            false,
            |page| out.extend(page.iter().filter_map(|d| d.registration())),
        )
        .await?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let cap = Duration::from_secs(30);
        assert_eq!(retry_wait(Some("2"), 0, cap), Duration::from_secs(2));
        assert_eq!(
            retry_wait(Some("2.128"), 0, cap),
            Duration::from_millis(2128)
        );
        assert_eq!(retry_wait(Some("3600"), 0, cap), cap);
        assert_eq!(retry_wait(None, 0, cap), Duration::from_secs(1));
        assert_eq!(retry_wait(Some("soon"), 3, cap), Duration::from_secs(8));
        assert_eq!(retry_wait(Some("-1"), 3, cap), Duration::from_secs(8));
        assert_eq!(retry_wait(None, 20, cap), cap);
    }
}
