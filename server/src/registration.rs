//! Registration status from Entra ID: the portal's CSV export, or Microsoft Graph's
//! `userRegistrationDetails` report with an app's client credentials. Both end in one upsert
//! per user into `registration_status`.

use crate::db::{Db, now_ms};
use app::domain::registration::{GraphPage, Registration};
use sqlx::Row;
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

/// Stores what was learned; returns how many users were written.
pub async fn store(
    db: &Db,
    tenant_id: i64,
    source: &str,
    registrations: &[Registration],
) -> Result<usize, sqlx::Error> {
    let now = now_ms();
    let mut tx = crate::db::begin_write(db).await?;
    for chunk in registrations.chunks(500) {
        let mut q = crate::db::Sql::new(
            crate::db::Kind::of(db),
            "INSERT INTO registration_status (tenant_id, upn, has_passkey, methods, source, learned_at_ms, passkey_since_ms) ",
        );
        q.push_values(chunk, |mut row, r| {
            row.push_bind(tenant_id)
                .push_bind(&r.upn)
                .push_bind(r.has_passkey())
                .push_bind(r.methods.join(","))
                .push_bind(source)
                .push_bind(now)
                .push_bind(r.has_passkey().then_some(now));
        });
        // `passkey_since_ms` keeps the first time a passkey was seen while it stays registered.
        q.push(
            " ON CONFLICT (tenant_id, upn) DO UPDATE SET has_passkey = excluded.has_passkey, \
             methods = excluded.methods, source = excluded.source, learned_at_ms = excluded.learned_at_ms, \
             passkey_since_ms = CASE WHEN excluded.has_passkey \
               THEN COALESCE(registration_status.passkey_since_ms, excluded.passkey_since_ms) END",
        );
        q.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(registrations.len())
}

/// Fetches from Graph and stores, recording the run in `registration_sync`.
pub async fn sync(db: &Db, tenant_id: i64, settings: &GraphSettings) -> Result<usize, GraphError> {
    let started = now_ms();
    sqlx::query(
        "INSERT INTO registration_sync (tenant_id, last_started_ms) VALUES ($1, $2) \
         ON CONFLICT (tenant_id) DO UPDATE SET last_started_ms = excluded.last_started_ms",
    )
    .bind(tenant_id)
    .bind(started)
    .execute(db)
    .await?;
    let result = match fetch(settings).await {
        Ok(regs) => store(db, tenant_id, "graph", &regs)
            .await
            .map_err(GraphError::from),
        Err(e) => Err(e),
    };
    let (error, seen) = match &result {
        Ok(n) => (None, Some(*n as i64)),
        Err(e) => (Some(e.to_string()), None),
    };
    sqlx::query(
        "UPDATE registration_sync SET last_finished_ms = $2, last_error = $3, \
         users_seen = COALESCE($4, users_seen) WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .bind(now_ms())
    .bind(error)
    .bind(seen)
    .execute(db)
    .await?;
    result
}

/// The stored status of one user, if any: (has a passkey, when learned).
pub async fn status_of(
    db: &Db,
    tenant_id: i64,
    upn: &str,
) -> Result<Option<(bool, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT CAST(has_passkey AS INTEGER) AS has_passkey, learned_at_ms FROM registration_status \
         WHERE tenant_id = $1 AND upn = $2",
    )
    .bind(tenant_id)
    .bind(upn.trim().to_lowercase())
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok((
            crate::db::flag(&r, "has_passkey")?,
            r.try_get("learned_at_ms")?,
        ))
    })
    .transpose()
}

/// Syncs `slug`'s registration status every `every` until `stop` changes. Failures are logged
/// and recorded in `registration_sync`; the next round tries again.
pub fn start_scheduled_sync(
    db: Db,
    slug: String,
    settings: GraphSettings,
    every: Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match crate::tenants::by_slug(&db, &slug).await {
                Ok(Some(t)) => match sync(&db, t.id, &settings).await {
                    Ok(n) => {
                        tracing::info!(tenant = %slug, users = n, "registration status synced")
                    }
                    Err(e) => {
                        tracing::error!(tenant = %slug, error = %e, "registration sync failed")
                    }
                },
                Ok(None) => tracing::error!(tenant = %slug, "graph sync: no such tenant"),
                Err(e) => tracing::error!(error = %e, "graph sync: database"),
            }
            tokio::select! {
                () = tokio::time::sleep(every) => {}
                _ = stop.changed() => return,
            }
        }
    })
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
