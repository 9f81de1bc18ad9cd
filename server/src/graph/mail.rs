//! Sending mail as a tenant's mailbox with Microsoft Graph `sendMail` (graph-contracts §7.1).
//!
//! The message goes as MIME, base64-encoded with `Content-Type: text/plain`, the form
//! `user-sendmail` documents beside the JSON one. The JSON form carries one body (HTML or
//! text, not both) and accepts only `x-` headers in `internetMessageHeaders`, so it could not
//! carry the text part, `List-Unsubscribe` or our `Message-ID`; MIME carries the very bytes the
//! SMTP transport sends.
//!
//! The request is not retried here: the outbox owns retries, so a throttled message waits
//! in the database (honouring `Retry-After`) rather than in this task.

use super::{Client, ErrorBody};
use base64::Engine;
use std::time::Duration;

/// The application permission sending needs.
pub const MAIL_SEND: &str = "Mail.Send";

/// Why Graph did not accept a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Try again later (throttled, Graph unavailable, permission or mailbox not set up yet);
    /// after the wait Graph asked for, if it did.
    Later {
        detail: String,
        retry_after: Option<Duration>,
    },
    /// This message will never be accepted (Graph says it is malformed).
    Never(String),
}

impl Client {
    /// Posts `mime` to `/v1.0/users/{from}/sendMail`. `Ok` on 202 Accepted: Exchange has the
    /// message (delivery itself is Exchange's, as documented).
    pub async fn send_mime(&self, from: &str, mime: &[u8]) -> Result<(), Refused> {
        let from_path: String = url::form_urlencoded::byte_serialize(from.as_bytes()).collect();
        let url = self.url(&format!("/v1.0/users/{from_path}/sendMail"));
        let body = base64::engine::general_purpose::STANDARD.encode(mime);
        let res = self
            .http
            .post(&url)
            .bearer_auth(&self.token)
            .header(reqwest::header::CONTENT_TYPE, "text/plain")
            .body(body)
            .send()
            .await
            .map_err(|e| Refused::Later {
                detail: format!("cannot reach Microsoft Graph: {e}"),
                retry_after: None,
            })?;
        let status = res.status().as_u16();
        if status == 202 {
            return Ok(());
        }
        let retry_after = res
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|s| Duration::from_secs_f64(s.min(86_400.0)));
        let e: ErrorBody = res.json().await.unwrap_or_default();
        let code = e.error.code;
        let detail = match status {
            401 => "Microsoft Graph refused the token (401): check the Entra connection".to_owned(),
            403 => format!(
                "Microsoft Graph denied sending as {from} (403 {code}): the app registration needs \
                 the {MAIL_SEND} application permission with admin consent, and Exchange Online \
                 must allow it this mailbox"
            ),
            404 => format!("Microsoft Graph does not know the mailbox {from} (404 {code})"),
            _ => format!("Microsoft Graph answered {status} {code}"),
        };
        match status {
            // The request itself is wrong: sending it again changes nothing.
            400 | 413 | 415 => Err(Refused::Never(detail)),
            _ => Err(Refused::Later {
                detail,
                retry_after,
            }),
        }
    }
}
