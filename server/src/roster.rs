//! The employee roster in the database: idempotent import, lookup, and personal links.

use crate::db::{Db, now_ms};
use crate::error::ServerError;
use crate::tenants::Tenant;
use app::domain::links::LinkKeys;
use app::domain::roster::EmployeeRow;
use rand::Rng;
use sqlx::Row;

/// Rows per INSERT statement (9 bound values each, well under SQLite's limit).
const BATCH: usize = 500;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// A random public reference: 12 characters of lower-case base32 (60 bits).
fn new_ref() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut rng = rand::rng();
    (0..12)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Inserts new employees and updates changed ones, in one transaction. A row that did not
/// change is not written at all, so re-importing the same file changes nothing.
pub async fn import(
    db: &Db,
    tenant_id: i64,
    rows: &[EmployeeRow],
    mut progress: impl FnMut(usize),
) -> Result<ImportSummary, ServerError> {
    let now = now_ms();
    let mut summary = ImportSummary::default();
    let mut tx = crate::db::begin_write(db).await?;
    for (i, chunk) in rows.chunks(BATCH).enumerate() {
        let mut q = crate::db::Sql::new(
            crate::db::Kind::of(db),
            "INSERT INTO employee (tenant_id, ref, email, display_name, preferred_language, \
             department, manager, created_at_ms, updated_at_ms) ",
        );
        q.push_values(chunk, |mut b, r| {
            b.push_bind(tenant_id)
                .push_bind(new_ref())
                .push_bind(&r.email)
                .push_bind(&r.display_name)
                .push_bind(&r.preferred_language)
                .push_bind(&r.department)
                .push_bind(&r.manager)
                .push_bind(now)
                .push_bind(now);
        });
        q.push(
            " ON CONFLICT (tenant_id, email) DO UPDATE SET \
             display_name = excluded.display_name, \
             preferred_language = excluded.preferred_language, \
             department = excluded.department, manager = excluded.manager, \
             updated_at_ms = excluded.updated_at_ms \
             WHERE employee.display_name IS DISTINCT FROM excluded.display_name \
             OR employee.preferred_language IS DISTINCT FROM excluded.preferred_language \
             OR employee.department IS DISTINCT FROM excluded.department \
             OR employee.manager IS DISTINCT FROM excluded.manager \
             RETURNING created_at_ms",
        );
        let written: Vec<i64> = q.build_query_scalar::<i64>().fetch_all(&mut *tx).await?;
        let inserted = written.iter().filter(|c| **c == now).count() as u64;
        summary.inserted += inserted;
        summary.updated += written.len() as u64 - inserted;
        summary.unchanged += (chunk.len() - written.len()) as u64;
        progress((i * BATCH + chunk.len()).min(rows.len()));
    }
    tx.commit().await?;
    Ok(summary)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Employee {
    pub id: i64,
    pub reference: String,
    pub email: String,
    pub display_name: String,
    pub preferred_language: Option<String>,
    pub department: Option<String>,
    pub manager: Option<String>,
}

fn employee(r: &crate::db::DbRow) -> Result<Employee, sqlx::Error> {
    Ok(Employee {
        id: r.try_get("id")?,
        reference: r.try_get("ref")?,
        email: r.try_get("email")?,
        display_name: r.try_get("display_name")?,
        preferred_language: r.try_get("preferred_language")?,
        department: r.try_get("department")?,
        manager: r.try_get("manager")?,
    })
}

const COLUMNS: &str = "id, ref, email, display_name, preferred_language, department, manager";

pub async fn count(db: &Db, tenant_id: i64) -> Result<i64, ServerError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM employee WHERE tenant_id = $1")
            .bind(tenant_id)
            .fetch_one(db)
            .await?,
    )
}

/// Employees whose name or email contains `query` (case-insensitive), by name.
pub async fn search(
    db: &Db,
    tenant_id: i64,
    query: &str,
    limit: i64,
) -> Result<Vec<Employee>, ServerError> {
    let pattern = format!(
        "%{}%",
        query
            .trim()
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM employee WHERE tenant_id = $1 \
         AND (lower(display_name) LIKE $2 ESCAPE '\\' OR email LIKE $2 ESCAPE '\\') \
         ORDER BY display_name, email LIMIT $3"
    ))
    .bind(tenant_id)
    .bind(pattern)
    .bind(limit)
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(employee).collect::<Result<_, _>>()?)
}

pub async fn all(db: &Db, tenant_id: i64) -> Result<Vec<Employee>, ServerError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM employee WHERE tenant_id = $1 ORDER BY email"
    ))
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    Ok(rows.iter().map(employee).collect::<Result<_, _>>()?)
}

/// Records that these employees were announced now (their personal links were handed out),
/// unless they were before: reminders count from the first time.
pub async fn mark_announced(db: &Db, tenant_id: i64, now_ms: i64) -> Result<u64, ServerError> {
    let done = sqlx::query(
        "UPDATE employee SET announced_at_ms = $2 WHERE tenant_id = $1 AND announced_at_ms IS NULL",
    )
    .bind(tenant_id)
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

pub async fn by_ref(
    db: &Db,
    tenant_id: i64,
    reference: &str,
) -> Result<Option<Employee>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM employee WHERE tenant_id = $1 AND ref = $2"
    ))
    .bind(tenant_id)
    .bind(reference)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(employee).transpose()?)
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
    let expires = time::OffsetDateTime::from_unix_timestamp(maker.expires())
        .map(|t| t.date().to_string())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("Ada"), "Ada");
    }

    #[test]
    fn refs_are_random_base32() {
        let (a, b) = (new_ref(), new_ref());
        assert_eq!(a.len(), 12);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_lowercase() || (b'2'..=b'7').contains(&c))
        );
        assert_ne!(a, b);
    }
}
