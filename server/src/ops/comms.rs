//! A tenant's comms settings: its mail transport (SMTP or Graph `sendMail`), its own message
//! texts (templates with named placeholders, previews, test sends) and its programme
//! (deadline, mandatory, manager digests).

use crate::error::ServerError;
use crate::mail::{Mailer, Transport, mailbox};
use crate::ops::entra::EntraSettings;
use crate::store::audit::{self, Actor};
use crate::store::comms::{self as store, ProgrammeRow};
use crate::store::outbox::{self, Outgoing};
use crate::store::tenants::{self, BrandingState, Tenant};
use crate::store::{Db, now_ms};
use app::domain::branding::Branding;
use app::domain::templates::{self, Kind, Placeholder, Problem, Template};
use app::i18n::{I18n, Locale};
use app::security::escape_text;

fn smtp_context(tenant_id: i64) -> String {
    format!("smtp-url:{tenant_id}")
}

/// The transport an admin chose.
#[derive(Clone)]
pub enum Choice {
    /// The tenant's own SMTP server; `None` keeps the stored URL.
    Smtp(Option<String>),
    /// Microsoft Graph `sendMail` through the tenant's Entra connection.
    Graph,
}

/// Saves how the tenant's mail leaves, after checking it can work: addresses that parse, an
/// SMTP URL lettre accepts (sealed with the data key), or an Entra connection for Graph.
pub async fn set_transport(
    db: &Db,
    entra: &EntraSettings,
    tenant: &Tenant,
    choice: Choice,
    from: &str,
    reply_to: Option<&str>,
    actor: &Actor,
) -> Result<(), ServerError> {
    let from = from.trim();
    let reply_to = reply_to.map(str::trim).filter(|r| !r.is_empty());
    mailbox("the From address", from)?;
    if let Some(r) = reply_to {
        mailbox("the Reply-To address", r)?;
    }
    let before = store::transport(db, tenant.id).await?;
    let (kind, sealed) = match choice {
        Choice::Graph => {
            if crate::store::entra::get(db, tenant.id).await?.is_none() {
                return Err(ServerError::Invalid(
                    "sending with Microsoft Graph needs the tenant's Entra connection first".into(),
                ));
            }
            ("graph", None)
        }
        Choice::Smtp(Some(url)) => {
            Mailer::with_reply_to(&url, from, reply_to)?;
            (
                "smtp",
                Some(entra.keys()?.seal(&url, &smtp_context(tenant.id))),
            )
        }
        Choice::Smtp(None) => match before.as_ref().and_then(|b| b.smtp_url_sealed.clone()) {
            Some(sealed) => ("smtp", Some(sealed)),
            None => return Err(ServerError::Invalid("an SMTP URL is needed".into())),
        },
    };
    let t = store::Transport {
        kind: kind.into(),
        from_address: from.into(),
        reply_to: reply_to.map(Into::into),
        smtp_url_sealed: sealed,
    };
    store::save_transport(db, tenant.id, &t).await?;
    let summary = |t: &store::Transport| serde_json::json!({"transport": t.kind, "from": t.from_address, "reply-to": t.reply_to});
    audit::record(
        db,
        tenant.id,
        actor,
        "mail-transport-saved",
        before.as_ref().map(summary),
        Some(summary(&t)),
    )
    .await
}

/// The tenant's own transport for its mail, or `None` to use the server's SMTP settings.
pub async fn tenant_transport(
    db: &Db,
    entra: &EntraSettings,
    tenant_id: i64,
) -> Result<Option<Transport>, ServerError> {
    let Some(t) = store::transport(db, tenant_id).await? else {
        return Ok(None);
    };
    let from = mailbox("the From address", &t.from_address)?;
    let reply_to = t
        .reply_to
        .as_deref()
        .map(|r| mailbox("the Reply-To address", r))
        .transpose()?;
    match t.kind.as_str() {
        "graph" => {
            let client = crate::ops::entra::client(db, entra, tenant_id)
                .await?
                .ok_or_else(|| ServerError::Invalid("the tenant has no Entra connection".into()))?;
            Ok(Some(Transport::Graph {
                client,
                from,
                reply_to,
            }))
        }
        _ => {
            let sealed = t
                .smtp_url_sealed
                .ok_or_else(|| ServerError::Config("the tenant's SMTP URL is missing".into()))?;
            let url = entra
                .keys()?
                .open(&sealed, &smtp_context(tenant_id))
                .map_err(|e| ServerError::Config(e.to_string()))?;
            Ok(Some(Transport::Smtp(Mailer::with_reply_to(
                &url,
                &t.from_address,
                t.reply_to.as_deref(),
            )?)))
        }
    }
}

/// The organisation's name as employees know it.
pub fn organisation(tenant: &Tenant, branding: &Branding) -> String {
    if branding.display_name.trim().is_empty() {
        tenant.name.clone()
    } else {
        branding.display_name.clone()
    }
}

/// The built-in text of `kind` in the language of `i18n`, written with placeholders, as the
/// editor starts from. The announcement and reminder say what the built-in messages say.
pub fn default_template(kind: Kind, i18n: &I18n) -> Template {
    let tok = |p: Placeholder| templates::token(p);
    let org = tok(Placeholder::Organisation);
    let arg = |k: &'static str, v: &str| (k, v.to_owned().into());
    let greeting = i18n.t_args("reminder-greeting", &[arg("name", &tok(Placeholder::Name))]);
    let help = i18n.t_args(
        "reminder-help",
        &[arg("support", &tok(Placeholder::Support))],
    );
    let button = format!("{}: {}", i18n.t("reminder-button"), tok(Placeholder::Link));
    let (subject, middle) = match kind {
        Kind::Announcement => (
            i18n.t_args("announcement-subject", &[arg("org", &org)]),
            i18n.t_args("announcement-body", &[arg("org", &org)]),
        ),
        Kind::Reminder => (
            i18n.t_args("reminder-subject-pick-up", &[arg("org", &org)]),
            tok(Placeholder::Step),
        ),
        Kind::FinalNotice => (
            i18n.t_args(
                "final-notice-subject",
                &[
                    arg("org", &org),
                    arg("deadline", &tok(Placeholder::Deadline)),
                ],
            ),
            i18n.t_args(
                "final-notice-body",
                &[arg("deadline", &tok(Placeholder::Deadline))],
            ),
        ),
        Kind::ManagerDigest => {
            let subject = i18n.t_args("digest-subject", &[arg("org", &org)]);
            let body = format!(
                "{greeting}\n\n{}\n\n{}\n\n{help}",
                i18n.t("digest-body"),
                tok(Placeholder::Team)
            );
            return Template { subject, body };
        }
    };
    Template {
        subject,
        body: format!("{greeting}\n\n{middle}\n\n{button}\n\n{help}"),
    }
}

/// The tenant's text for `kind` in this language, or the built-in one; and whether it is the
/// tenant's own.
pub async fn template_for(
    db: &Db,
    tenant_id: i64,
    kind: Kind,
    i18n: &I18n,
) -> Result<(Template, bool), ServerError> {
    Ok(
        match store::template(db, tenant_id, kind, i18n.locale().tag()).await? {
            Some(t) => (t, true),
            None => (default_template(kind, i18n), false),
        },
    )
}

/// The placeholder values of one message.
#[derive(Debug, Clone, Default)]
pub struct Values {
    pub name: String,
    pub link: Option<String>,
    pub deadline: Option<String>,
    pub step: Option<String>,
    pub support: Option<String>,
    pub organisation: String,
    pub team: Option<String>,
}

impl templates::Values for Values {
    fn value(&self, p: Placeholder) -> Option<String> {
        match p {
            Placeholder::Name => Some(self.name.clone()),
            Placeholder::Link => self.link.clone(),
            Placeholder::Deadline => self.deadline.clone(),
            Placeholder::Step => self.step.clone(),
            Placeholder::Support => self.support.clone(),
            Placeholder::Organisation => Some(self.organisation.clone()),
            Placeholder::Team => self.team.clone(),
        }
    }
}

/// A message ready to queue or show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders a template in the tenant's branded frame: the text part with the footer, and the
/// HTML part with every value escaped.
pub fn render(t: &Template, v: &Values, i18n: &I18n, branding: &Branding) -> Rendered {
    let footer = i18n.t_args(
        "reminder-footer",
        &[("org", v.organisation.as_str().into())],
    );
    Rendered {
        subject: templates::render_subject(t, v),
        text: format!(
            "{}\n\n-- \n{footer}\n",
            templates::render_text(t, v).trim_end()
        ),
        html: html_frame(
            i18n,
            branding,
            &templates::render_html(t, v),
            v.link.as_deref(),
            &footer,
        ),
    }
}

/// The HTML part every message shares: `body` (already escaped), the button to `link` in the
/// tenant's colour when there is one, and the footer, in a document in the page's language.
pub fn html_frame(
    i18n: &I18n,
    branding: &Branding,
    body: &str,
    link: Option<&str>,
    footer: &str,
) -> String {
    let colour = branding
        .primary_color
        .as_deref()
        .and_then(app::domain::branding::Rgb::parse)
        .map_or_else(|| "#0b5cad".to_owned(), |c| c.to_string());
    let button = link.map(|link| {
        format!(
            "<p><a href=\"{link}\" style=\"display:inline-block;padding:0.6rem 1.1rem;background:{colour};\
             color:#ffffff;text-decoration:none;border-radius:8px;font-weight:600\">{label}</a></p>",
            link = escape_text(link).replace('"', "&quot;"),
            label = escape_text(&i18n.t("reminder-button")),
        )
    });
    format!(
        "<!doctype html><html lang=\"{lang}\"><body style=\"font-family:sans-serif;line-height:1.5;max-width:36rem\">\
         {body}{button}<p style=\"color:#555;font-size:0.9rem\">{footer}</p></body></html>",
        lang = i18n.locale().tag(),
        button = button.unwrap_or_default(),
        footer = escape_text(footer),
    )
}

/// Values for a preview or test: a sample employee (or manager) in this language.
pub fn sample_values(kind: Kind, i18n: &I18n, tenant: &Tenant, branding: &Branding) -> Values {
    let sample = i18n.t("template-sample-name");
    Values {
        name: sample.clone(),
        link: (kind != Kind::ManagerDigest)
            .then(|| format!("https://passkeys.example/t/{}/link/sample", tenant.slug)),
        deadline: Some(i18n.t("template-sample-deadline")),
        step: Some(i18n.t("template-sample-step")),
        support: branding.support.first(),
        organisation: organisation(tenant, branding),
        team: Some(format!(
            "- {sample} <{}>: {}",
            "sample@passkeys.example",
            i18n.t("digest-reason-stuck")
        )),
    }
}

/// Saves the tenant's text for `kind` in `locale`, refused with every problem found.
pub async fn save_template(
    db: &Db,
    tenant: &Tenant,
    kind: Kind,
    locale: Locale,
    t: &Template,
    actor: &Actor,
) -> Result<Result<(), Vec<Problem>>, ServerError> {
    let problems = templates::validate(kind, t);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    store::save_template(db, tenant.id, kind, locale.tag(), Some(t)).await?;
    audit::record(
        db,
        tenant.id,
        actor,
        "template-saved",
        None,
        Some(serde_json::json!({"template": kind.id(), "language": locale.tag(), "subject": t.subject})),
    )
    .await?;
    Ok(Ok(()))
}

/// Goes back to the built-in text for `kind` in `locale`.
pub async fn reset_template(
    db: &Db,
    tenant: &Tenant,
    kind: Kind,
    locale: Locale,
    actor: &Actor,
) -> Result<(), ServerError> {
    store::save_template(db, tenant.id, kind, locale.tag(), None).await?;
    audit::record(
        db,
        tenant.id,
        actor,
        "template-reset",
        None,
        Some(serde_json::json!({"template": kind.id(), "language": locale.tag()})),
    )
    .await
}

/// A preview of `kind` in `locale` with a sample employee: the tenant's text if it has one.
pub async fn preview(
    db: &Db,
    tenant: &Tenant,
    kind: Kind,
    locale: Locale,
    draft: Option<&Template>,
) -> Result<Rendered, ServerError> {
    let i18n = I18n::new(locale);
    let (branding, _) = tenants::branding(db, tenant.id, BrandingState::Published).await?;
    let t = match draft {
        Some(d) => d.clone(),
        None => template_for(db, tenant.id, kind, &i18n).await?.0,
    };
    let values = sample_values(kind, &i18n, tenant, &branding);
    Ok(render(&t, &values, &i18n, &branding))
}

/// Queues the preview of `kind` in `locale` to `to` (the admin asking), marked as a test.
/// Returns the outbox row.
pub async fn send_test(
    db: &Db,
    tenant: &Tenant,
    kind: Kind,
    locale: Locale,
    to: &str,
) -> Result<i64, ServerError> {
    mailbox("the test recipient", to)?;
    let r = preview(db, tenant, kind, locale, None).await?;
    let i18n = I18n::new(locale);
    let nonce: u64 = rand::random();
    let m = Outgoing {
        tenant_id: Some(tenant.id),
        employee_id: None,
        kind: "test",
        dedupe_key: format!("test:{}:{}:{nonce:016x}", tenant.id, now_ms()),
        recipient: to.into(),
        subject: format!("[{}] {}", i18n.t("template-test-tag"), r.subject),
        text: r.text,
        html: Some(r.html),
        not_before_ms: None,
        unsubscribe_url: None,
    };
    outbox::enqueue(db, &m)
        .await?
        .ok_or_else(|| ServerError::Internal("the test message was not queued".into()))
}

/// Checks and saves the programme. The deadline must be a date (`YYYY-MM-DD`).
pub async fn save_programme(
    db: &Db,
    tenant: &Tenant,
    p: &ProgrammeRow,
    actor: &Actor,
) -> Result<(), ServerError> {
    if let Some(d) = &p.deadline
        && d.parse::<jiff::civil::Date>().is_err()
    {
        return Err(ServerError::Invalid(format!(
            "the deadline {d:?} is not a date (YYYY-MM-DD)"
        )));
    }
    let before = store::programme(db, tenant.id).await?;
    store::save_programme(db, tenant.id, p).await?;
    let json = |p: &ProgrammeRow| serde_json::json!({"deadline": p.deadline, "mandatory": p.mandatory, "manager-digest": p.manager_digest});
    audit::record(
        db,
        tenant.id,
        actor,
        "programme-saved",
        Some(json(&before)),
        Some(json(p)),
    )
    .await
}
