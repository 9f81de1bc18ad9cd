//! Outgoing messages and the transports that carry them: an SMTP server (lettre) or
//! Microsoft Graph `sendMail` as a tenant's mailbox. One MIME message serves both, so every
//! message carries the same headers whichever way it leaves:
//!
//! - a `Message-ID` made from its outbox row (the same on a retry);
//! - `Auto-Submitted: auto-generated` (RFC 3834) and `X-Auto-Response-Suppress: All`, so
//!   out-of-office replies do not come back to the sender;
//! - `Reply-To` where the tenant sets one;
//! - where the employee may opt out, `List-Unsubscribe` with one-click
//!   `List-Unsubscribe-Post` (RFC 8058).
//!
//! The outbox and its sender are `jobs::mail`; which transport a tenant uses is
//! `ops::comms`.

use crate::error::ServerError;
use crate::graph::mail::Refused;
use crate::store::outbox::Claimed;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::Digest;
use std::time::Duration;

/// An SMTP server and the sender address used with it.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    reply_to: Option<Mailbox>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

/// Parses an address for a header, saying which setting it came from.
pub fn mailbox(setting: &str, value: &str) -> Result<Mailbox, ServerError> {
    value
        .parse()
        .map_err(|e| ServerError::Invalid(format!("{setting} {value:?}: {e}")))
}

impl Mailer {
    /// Reads `smtp://`, `smtp://…?tls=required` or `smtps://` URLs. Credentials may be in the
    /// URL; errors never repeat it.
    pub fn new(url: &str, from: &str) -> Result<Mailer, ServerError> {
        Mailer::with_reply_to(url, from, None)
    }

    pub fn with_reply_to(
        url: &str,
        from: &str,
        reply_to: Option<&str>,
    ) -> Result<Mailer, ServerError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| {
                ServerError::Config("the SMTP URL is not an smtp:// or smtps:// URL".into())
            })?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| ServerError::Config(format!("the sender address {from:?}: {e}")))?;
        let reply_to = reply_to
            .map(|r| mailbox("the reply-to address", r))
            .transpose()?;
        Ok(Mailer {
            transport,
            from,
            reply_to,
        })
    }
}

macro_rules! text_header {
    ($name:ident, $header:literal) => {
        #[derive(Debug, Clone)]
        struct $name(String);

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($header)
            }

            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($name(s.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(AutoSubmitted, "Auto-Submitted");
text_header!(AutoResponseSuppress, "X-Auto-Response-Suppress");
text_header!(ListUnsubscribe, "List-Unsubscribe");
text_header!(ListUnsubscribePost, "List-Unsubscribe-Post");

/// The `Message-ID` of a row: its id and a digest of its dedupe key, at the sender's domain.
/// The same on every attempt, so a receiving server can drop a duplicate.
pub fn message_id(row: &Claimed, from: &Mailbox) -> String {
    let digest = sha2::Sha256::digest(row.dedupe_key.as_bytes());
    let tag: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("<{}.{tag}@{}>", row.id, from.email.domain())
}

/// The message a row becomes, the same bytes for SMTP and for Graph.
pub fn compose(
    row: &Claimed,
    from: &Mailbox,
    reply_to: Option<&Mailbox>,
) -> Result<Message, SendError> {
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| SendError::Permanent(format!("recipient: {e}")))?;
    // The subject was stored from a template with control characters removed; make sure.
    let subject: String = row
        .subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .message_id(Some(message_id(row, from)))
        .header(AutoSubmitted("auto-generated".into()))
        .header(AutoResponseSuppress("All".into()));
    if let Some(r) = reply_to {
        builder = builder.reply_to(r.clone());
    }
    if let Some(url) = &row.unsubscribe_url {
        builder = builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost("List-Unsubscribe=One-Click".into()));
    }
    match &row.html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            row.text.clone(),
            html.clone(),
        )),
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(row.text.clone()),
    }
    .map_err(|e| SendError::Permanent(e.to_string()))
}

#[derive(Debug)]
pub enum SendError {
    /// Try again; after `retry_after` when the other side said so.
    Temporary {
        message: String,
        retry_after: Option<Duration>,
    },
    Permanent(String),
}

impl SendError {
    pub fn temporary(message: String) -> SendError {
        SendError::Temporary {
            message,
            retry_after: None,
        }
    }
}

/// How one tenant's mail leaves.
pub enum Transport {
    Smtp(Mailer),
    Graph {
        client: crate::graph::Client,
        from: Mailbox,
        reply_to: Option<Mailbox>,
    },
}

impl Transport {
    /// The mailbox Graph sends as, for pacing; `None` for SMTP.
    pub fn graph_mailbox(&self) -> Option<String> {
        match self {
            Transport::Graph { from, .. } => Some(from.email.to_string()),
            Transport::Smtp(_) => None,
        }
    }

    /// Sends one row.
    pub async fn send(&self, row: &Claimed) -> Result<(), SendError> {
        match self {
            Transport::Smtp(m) => {
                let message = compose(row, &m.from, m.reply_to.as_ref())?;
                m.transport.send(message).await.map(|_| ()).map_err(|e| {
                    if e.is_permanent() {
                        SendError::Permanent(e.to_string())
                    } else {
                        SendError::temporary(e.to_string())
                    }
                })
            }
            Transport::Graph {
                client,
                from,
                reply_to,
            } => {
                let message = compose(row, from, reply_to.as_ref())?;
                client
                    .send_mime(from.email.as_ref(), &message.formatted())
                    .await
                    .map_err(|r| match r {
                        Refused::Later {
                            detail,
                            retry_after,
                        } => SendError::Temporary {
                            message: detail,
                            retry_after,
                        },
                        Refused::Never(detail) => SendError::Permanent(detail),
                    })
            }
        }
    }
}
