//! Personal links: signing them for a tenant's employees and the mail-merge export the
//! console and the command line both offer.

use crate::error::ServerError;
use crate::store::audit::{self, Actor};
use crate::store::employees::{self, Employee};
use crate::store::tenants::Tenant;
use crate::store::{Db, now_ms};
use app::domain::links::LinkKeys;

/// The server's link settings: the signing keys, the public address links point at, and how
/// long a link lasts.
#[derive(Debug)]
pub struct LinkSettings {
    pub keys: LinkKeys,
    pub public_url: String,
    pub ttl_days: i64,
}

impl LinkSettings {
    /// A maker of links that expire `ttl_days` after `now_s` (Unix seconds).
    pub fn maker(&self, now_s: i64) -> LinkMaker<'_> {
        LinkMaker {
            keys: &self.keys,
            public_url: &self.public_url,
            ttl_days: self.ttl_days,
            now_s,
        }
    }
}

/// Builds personal links: `{base}/t/{slug}/link/{token}`, or `https://{host}/link/{token}` for
/// a tenant with its own host name.
#[derive(Debug, Clone)]
pub struct LinkMaker<'a> {
    pub keys: &'a LinkKeys,
    pub public_url: &'a str,
    pub ttl_days: i64,
    pub now_s: i64,
}

impl LinkMaker<'_> {
    pub fn expires(&self) -> i64 {
        self.now_s + self.ttl_days * 86_400
    }

    pub fn guide_url(&self, tenant: &Tenant) -> String {
        match &tenant.host {
            Some(host) => format!("https://{host}/"),
            None => format!(
                "{}/t/{}/",
                self.public_url.trim_end_matches('/'),
                tenant.slug
            ),
        }
    }

    pub fn link(&self, tenant: &Tenant, e: &Employee) -> String {
        self.link_for(tenant, &e.reference)
    }

    /// The personal link of the employee with this public reference.
    pub fn link_for(&self, tenant: &Tenant, reference: &str) -> String {
        let token = self.keys.sign(&tenant.slug, reference, self.expires());
        format!("{}link/{token}", self.guide_url(tenant))
    }
}

/// Protects spreadsheet users from formula injection: a cell that starts like a formula gets
/// a leading apostrophe, which spreadsheets show as text (OWASP CSV injection guidance).
pub fn csv_safe(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// Writes the mail-merge file: one row per employee with their personal link.
pub fn write_links_csv<W: std::io::Write>(
    out: W,
    tenant: &Tenant,
    employees: &[Employee],
    maker: &LinkMaker<'_>,
) -> Result<(), csv::Error> {
    let expires = jiff::Timestamp::from_second(maker.expires())
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default();
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "email",
        "display_name",
        "preferred_language",
        "department",
        "manager",
        "link",
        "expires",
    ])?;
    for e in employees {
        w.write_record([
            csv_safe(&e.email).as_ref(),
            &csv_safe(&e.display_name),
            e.preferred_language.as_deref().unwrap_or(""),
            &csv_safe(e.department.as_deref().unwrap_or("")),
            &csv_safe(e.manager.as_deref().unwrap_or("")),
            &maker.link(tenant, e),
            &expires,
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub links: usize,
    pub newly_announced: u64,
}

/// Writes every employee's personal link as CSV to `out` and records the export in the audit
/// log. Only when `announce` (the admin says the links go out in their own mail merge now)
/// are the employees recorded as announced, starting their reminder clocks: an export to try
/// things out starts no one's.
pub async fn export<W: std::io::Write>(
    db: &Db,
    tenant: &Tenant,
    maker: &LinkMaker<'_>,
    actor: &Actor,
    announce: bool,
    out: W,
) -> Result<Exported, ServerError> {
    let all = employees::all(db, tenant.id).await?;
    write_links_csv(out, tenant, &all, maker)
        .map_err(|e| ServerError::Invalid(format!("writing the links file: {e}")))?;
    let newly_announced = if announce {
        employees::mark_announced(db, tenant.id, now_ms()).await?
    } else {
        0
    };
    let after = serde_json::json!({ "links": all.len(), "announce": announce, "newly-announced": newly_announced });
    audit::record(db, tenant.id, actor, "links-exported", None, Some(after)).await?;
    Ok(Exported {
        links: all.len(),
        newly_announced,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("Ada"), "Ada");
    }
}
