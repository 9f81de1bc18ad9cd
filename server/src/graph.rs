//! The Microsoft Graph client: a client-credentials token from the identity platform, then
//! every page of the `userRegistrationDetails` report, honouring throttling. It stores
//! nothing; `ops::registration` stores what it reads.

use app::domain::registration::{GraphPage, Registration};
use std::time::Duration;

/// What went wrong talking to Microsoft, said so an admin can fix it.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error("the token request was refused ({status}): {detail}")]
    Token { status: u16, detail: String },
    #[error(
        "Microsoft Graph refused the token (401): check the app registration's client id and secret"
    )]
    Unauthorized,
    #[error(
        "Microsoft Graph denied access (403): the app registration needs the AuditLog.Read.All \
         application permission, with admin consent"
    )]
    Forbidden,
    #[error(
        "Microsoft Graph kept throttling ({status}) after {attempts} attempts; try again later"
    )]
    Throttled { status: u16, attempts: u32 },
    #[error("Microsoft Graph answered {status}: {detail}")]
    Status { status: u16, detail: String },
    #[error(
        "Microsoft Graph sent a next page on another host ({0}); refusing to send the token there"
    )]
    ForeignNextLink(String),
    #[error("cannot reach Microsoft: {0}")]
    Http(#[from] reqwest::Error),
    #[error("unexpected answer from Microsoft Graph: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// An app registration's client credentials and where Microsoft lives (configurable so tests
/// can point at a local server).
#[derive(Clone)]
pub struct GraphSettings {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub client_secret: String,
    pub login_url: String,
    pub graph_url: String,
    /// Retries of a throttled (429/503) request before giving up.
    pub max_retries: u32,
    /// The longest single wait, whatever `Retry-After` asks for.
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

const REPORT: &str = "/v1.0/reports/authenticationMethods/userRegistrationDetails\
                      ?$select=userPrincipalName,methodsRegistered";

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

/// How long to wait before retrying a throttled request: `Retry-After` in seconds when given,
/// else exponential from one second, never more than `cap`.
pub fn retry_wait(retry_after: Option<&str>, attempt: u32, cap: Duration) -> Duration {
    let asked = retry_after
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
        .unwrap_or_else(|| Duration::from_secs(1u64 << attempt.min(6)));
    asked.min(cap)
}

/// Reads every page of the report.
pub async fn fetch(settings: &GraphSettings) -> Result<Vec<Registration>, GraphError> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let token_url = format!(
        "{}/{}/oauth2/v2.0/token",
        settings.login_url.trim_end_matches('/'),
        settings.entra_tenant_id
    );
    let res = client
        .post(&token_url)
        .form(&[
            ("client_id", settings.client_id.as_str()),
            ("client_secret", settings.client_secret.as_str()),
            ("scope", "https://graph.microsoft.com/.default"),
            ("grant_type", "client_credentials"),
        ])
        .send()
        .await?;
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
    let token: Token = res.json().await?;

    let graph = settings.graph_url.trim_end_matches('/');
    let mut url = format!("{graph}{REPORT}");
    let mut out = Vec::new();
    loop {
        let page = get_page(&client, &url, &token.access_token, settings).await?;
        out.extend(page.registrations());
        match page.next_link {
            Some(next) if next.starts_with(&format!("{graph}/")) => url = next,
            Some(next) => {
                return Err(GraphError::ForeignNextLink(
                    next.split('/').take(3).collect::<Vec<_>>().join("/"),
                ));
            }
            None => return Ok(out),
        }
    }
}

async fn get_page(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    settings: &GraphSettings,
) -> Result<GraphPage, GraphError> {
    let mut attempt = 0;
    loop {
        let res = client
            .get(url)
            .bearer_auth(token)
            .header("Prefer", "include-unknown-enum-members")
            .send()
            .await?;
        let status = res.status().as_u16();
        match status {
            200 => return Ok(serde_json::from_slice(&res.bytes().await?)?),
            401 => return Err(GraphError::Unauthorized),
            403 => return Err(GraphError::Forbidden),
            429 | 503 | 504 if attempt < settings.max_retries => {
                let after = res
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let wait = retry_wait(after.as_deref(), attempt, settings.max_wait);
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
                return Err(GraphError::Status { status, detail });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let cap = Duration::from_secs(30);
        assert_eq!(retry_wait(Some("2"), 0, cap), Duration::from_secs(2));
        assert_eq!(retry_wait(Some("3600"), 0, cap), cap);
        assert_eq!(retry_wait(None, 0, cap), Duration::from_secs(1));
        assert_eq!(retry_wait(Some("soon"), 3, cap), Duration::from_secs(8));
        assert_eq!(retry_wait(None, 20, cap), cap);
    }
}
