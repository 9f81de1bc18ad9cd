//! The employee roster in the database: idempotent import and lookup.

use super::{Db, now_ms};
use crate::error::ServerError;
use app::domain::roster::EmployeeRow;
use rand::Rng;
use sqlx::Row;

/// Rows per INSERT statement (10 bound values each, well under SQLite's limit).
const BATCH: usize = 500;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// A random public reference: 12 characters of lower-case base32 (60 bits).
pub(super) fn new_ref() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut rng = rand::rng();
    (0..12)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The generation of the roster in this process: bumped after every write that changes what
/// a personal link resolves to (an employee added or erased, their language or Entra policy),
/// so the links' in-memory lookups see this process's own changes at once. Other instances'
/// changes arrive with the tenant's `roster_version` (see `jobs::versions`).
pub fn generation() -> u64 {
    GENERATION.load(std::sync::atomic::Ordering::Acquire)
}

/// Marks every in-memory roster lookup stale; the writes here call it after committing.
pub fn changed() {
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::Release);
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
    let mut tx = super::begin_write(db).await?;
    for (i, chunk) in rows.chunks(BATCH).enumerate() {
        let mut q = super::Sql::new(
            super::Backend::of(db),
            "INSERT INTO employee (tenant_id, ref, email, upn, display_name, preferred_language, \
             department, manager, created_at_ms, updated_at_ms) ",
        );
        q.push_values(chunk, |mut b, r| {
            b.push_bind(tenant_id)
                .push_bind(new_ref())
                .push_bind(&r.email)
                .push_bind(r.upn.as_deref().unwrap_or(&r.email))
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
             upn = excluded.upn, updated_at_ms = excluded.updated_at_ms \
             WHERE employee.display_name IS DISTINCT FROM excluded.display_name \
             OR employee.upn IS DISTINCT FROM excluded.upn \
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
    changed();
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
    /// The principal name registration status is matched on.
    pub upn: String,
    /// Entra's object id, for employees from an Entra connection.
    pub object_id: Option<String>,
    /// Set when Entra says they left the rollout, with why (`not-in-groups`, `disabled`,
    /// `guest`).
    pub left: Option<(i64, String)>,
    /// The policy Entra's passkey profiles give them, where a connection said.
    pub entra_policy: Option<app::domain::Policy>,
}

pub(super) fn employee(r: &super::DbRow) -> Result<Employee, sqlx::Error> {
    let email: String = r.try_get("email")?;
    let left_at: Option<i64> = r.try_get("left_at_ms")?;
    let policy: Option<String> = r.try_get("entra_policy")?;
    Ok(Employee {
        id: r.try_get("id")?,
        reference: r.try_get("ref")?,
        upn: r
            .try_get::<Option<String>, _>("upn")?
            .unwrap_or_else(|| email.to_lowercase()),
        email,
        display_name: r.try_get("display_name")?,
        preferred_language: r.try_get("preferred_language")?,
        department: r.try_get("department")?,
        manager: r.try_get("manager")?,
        object_id: r.try_get("object_id")?,
        left: left_at.map(|at| {
            (
                at,
                r.try_get::<Option<String>, _>("left_reason")
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            )
        }),
        // A policy this version cannot read is ignored: the tenant's applies until the next
        // sync writes it again.
        entra_policy: policy.and_then(|p| serde_json::from_str(&p).ok()),
    })
}

pub(super) const COLUMNS: &str = "id, ref, email, display_name, preferred_language, department, manager, \
     upn, object_id, left_at_ms, left_reason, entra_policy";

pub async fn count(db: &Db, tenant_id: i64) -> Result<i64, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM employee WHERE tenant_id = $1 AND left_at_ms IS NULL",
    )
    .bind(tenant_id)
    .fetch_one(db)
    .await?)
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
        "SELECT {COLUMNS} FROM employee WHERE tenant_id = $1 AND left_at_ms IS NULL ORDER BY email"
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
        "UPDATE employee SET announced_at_ms = $2 \
         WHERE tenant_id = $1 AND announced_at_ms IS NULL AND left_at_ms IS NULL",
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

/// The reference of the employee with this address (email or principal name, case aside).
pub async fn reference_by_address(
    db: &Db,
    tenant_id: i64,
    address: &str,
) -> Result<Option<String>, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT ref FROM employee WHERE tenant_id = $1 \
         AND (lower(email) = lower($2) OR upn = lower($2)) ORDER BY id LIMIT 1",
    )
    .bind(tenant_id)
    .bind(address.trim())
    .fetch_optional(db)
    .await?)
}

/// [`by_ref`], with the tenant's settings version read in the same statement (a personal
/// link's page needs both; see `store::tenants::settings_version`).
pub async fn by_ref_with_version(
    db: &Db,
    tenant_id: i64,
    reference: &str,
) -> Result<Option<(Employee, i64)>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS}, (SELECT settings_version FROM tenant WHERE id = $1) AS settings_version \
         FROM employee WHERE tenant_id = $1 AND ref = $2"
    ))
    .bind(tenant_id)
    .bind(reference)
    .fetch_optional(db)
    .await?;
    row.map(|r| -> Result<_, sqlx::Error> { Ok((employee(&r)?, r.try_get("settings_version")?)) })
        .transpose()
        .map_err(Into::into)
}

/// The departments named on a tenant's roster, sorted.
pub async fn departments(db: &Db, tenant_id: i64) -> Result<Vec<String>, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT department FROM employee \
         WHERE tenant_id = $1 AND left_at_ms IS NULL AND department IS NOT NULL \
           AND department <> '' ORDER BY department",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?)
}

/// An employee by id.
pub async fn by_id(db: &Db, employee_id: i64) -> Result<Option<Employee>, ServerError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM employee WHERE id = $1"))
        .bind(employee_id)
        .fetch_optional(db)
        .await?;
    Ok(row.as_ref().map(employee).transpose()?)
}

#[cfg(test)]
mod tests {
    use super::*;

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
