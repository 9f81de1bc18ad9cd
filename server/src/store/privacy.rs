//! An employee's personal data across the tables: erasing it, trimming it when the retention
//! period ends, and reading it out for a subject-access request.
//!
//! The tables that name an employee: `employee` itself; by `employee_id` `journey_event`,
//! `journey_progress`, `diagnostic`, `reminder`, `guide_event` and `outbox`; by principal name
//! or object id `registration_status`; by address `outbox.recipient` and other employees'
//! `manager`; by name the manager digests in `outbox`; by reference or address the audit lines
//! of exports. `server/tests/privacy.rs` derives the list from the schema and fails when a
//! table that names an employee is missing here.

use super::audit::Actor;
use super::{Backend, Db, DbRow, Sql, Tx};
use crate::error::ServerError;
use app::domain::retention::Subject;
use serde_json::{Map, Value};
use sqlx::{Column, Row, TypeInfo};

/// Tables holding one employee's rows by `employee_id`, and for trimming whether the rows go
/// (`true`) or only lose the link to the person (`false`).
const BY_EMPLOYEE_ID: &[(&str, bool)] = &[
    ("journey_event", true),
    ("diagnostic", true),
    ("reminder", true),
    ("guide_event", false),
];

/// Columns never written into an export: signed tokens that would let the file's holder act as
/// the employee, and the outbox's own bookkeeping.
const NOT_EXPORTED: &[&str] = &[
    "unsubscribe_url",
    "dedupe_key",
    "claimed_until_ms",
    "sending_at_ms",
];

/// What an erasure removed, counted by table (no names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    pub rows: u64,
}

/// The employee's identifiers as stored, read inside the erasing transaction.
struct Identity {
    id: i64,
    reference: String,
    email: String,
    upn: String,
    object_id: Option<String>,
    display_name: String,
}

async fn identity(
    tx: &mut Tx,
    tenant_id: i64,
    employee_id: i64,
) -> Result<Option<Identity>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {} FROM employee WHERE tenant_id = $1 AND id = $2",
        super::employees::COLUMNS
    ))
    .bind(tenant_id)
    .bind(employee_id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|r| {
        let e = super::employees::employee(&r)?;
        Ok(Identity {
            id: e.id,
            reference: e.reference,
            email: e.email,
            upn: e.upn,
            object_id: e.object_id,
            display_name: e.display_name,
        })
    })
    .transpose()
}

/// `%text%` for `LIKE … ESCAPE '\'`, the text's own wildcards escaped.
fn containing(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Erases one employee of a tenant and every row that names them, with an audit line that
/// names no one (`employee-erased`, the count of rows), in one transaction. Returns `None`
/// when there is no such employee.
pub async fn erase_employee(
    db: &Db,
    tenant_id: i64,
    employee_id: i64,
    actor: &Actor,
) -> Result<Option<Erased>, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let Some(erased) = erase_in(&mut tx, tenant_id, employee_id).await? else {
        return Ok(None);
    };
    super::audit::record(
        &mut *tx,
        tenant_id,
        actor,
        "employee-erased",
        None,
        Some(serde_json::json!({ "rows": erased.rows })),
    )
    .await?;
    tx.commit().await?;
    super::employees::changed();
    Ok(Some(erased))
}

/// Erases these employees (leavers whose period ended), each as [`erase_employee`] does.
pub async fn erase_employees(db: &Db, tenant_id: i64, ids: &[i64]) -> Result<u64, ServerError> {
    let mut erased = 0;
    // One transaction per chunk: a long run does not hold the write lock for minutes.
    for chunk in ids.chunks(200) {
        let mut tx = super::begin_write(db).await?;
        for &id in chunk {
            if erase_in(&mut tx, tenant_id, id).await?.is_some() {
                erased += 1;
            }
        }
        tx.commit().await?;
        super::employees::changed();
    }
    Ok(erased)
}

async fn erase_in(
    tx: &mut Tx,
    tenant_id: i64,
    employee_id: i64,
) -> Result<Option<Erased>, sqlx::Error> {
    let Some(who) = identity(tx, tenant_id, employee_id).await? else {
        return Ok(None);
    };
    let mut rows = 0;
    for (table, _) in BY_EMPLOYEE_ID {
        rows += sqlx::query(&format!("DELETE FROM {table} WHERE employee_id = $1"))
            .bind(who.id)
            .execute(&mut **tx)
            .await?
            .rows_affected();
    }
    rows += sqlx::query("DELETE FROM journey_progress WHERE employee_id = $1")
        .bind(who.id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    // Messages to them, and the manager digests that list them by name.
    rows += sqlx::query(
        "DELETE FROM outbox WHERE tenant_id = $1 AND (employee_id = $2 \
           OR lower(recipient) = lower($3) OR lower(recipient) = $4 \
           OR (kind = 'manager-digest' AND body_text LIKE $5 ESCAPE '\\'))",
    )
    .bind(tenant_id)
    .bind(who.id)
    .bind(&who.email)
    .bind(&who.upn)
    .bind(containing(&who.display_name))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    rows += sqlx::query(
        "DELETE FROM registration_status WHERE tenant_id = $1 \
         AND (upn = $2 OR upn = lower($3) OR (object_id IS NOT NULL AND object_id = $4))",
    )
    .bind(tenant_id)
    .bind(&who.upn)
    .bind(&who.email)
    .bind(who.object_id.as_deref())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    // Their reports keep their rows; the manager they name is forgotten.
    rows += sqlx::query(
        "UPDATE employee SET manager = NULL WHERE tenant_id = $1 AND id <> $2 \
         AND (lower(manager) = lower($3) OR lower(manager) = $4)",
    )
    .bind(tenant_id)
    .bind(who.id)
    .bind(&who.email)
    .bind(&who.upn)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    rows += redact_audit(tx, tenant_id, &who).await?;
    rows += sqlx::query("DELETE FROM employee WHERE id = $1")
        .bind(who.id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(Some(Erased { rows }))
}

/// Audit lines keep what was done and by whom; where one names the employee (an export names
/// their reference), the name is replaced.
async fn redact_audit(tx: &mut Tx, tenant_id: i64, who: &Identity) -> Result<u64, sqlx::Error> {
    let names: Vec<&str> = [
        Some(who.reference.as_str()),
        Some(who.email.as_str()),
        Some(who.upn.as_str()),
        who.object_id.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|n| !n.is_empty())
    .collect();
    let backend = Backend::of_conn(tx);
    let mut q = Sql::new(
        backend,
        "SELECT id, before_json, after_json FROM audit_log WHERE ",
    );
    q.push("tenant_id = ").push_bind(tenant_id).push(" AND (");
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            q.push(" OR ");
        }
        let pattern = containing(name);
        q.push("before_json LIKE ")
            .push_bind(pattern.clone())
            .push(" ESCAPE '\\' OR after_json LIKE ")
            .push_bind(pattern)
            .push(" ESCAPE '\\'");
    }
    q.push(")");
    let found = q.build().fetch_all(&mut **tx).await?;
    let redact = |text: Option<String>| {
        text.map(|mut t| {
            for name in &names {
                t = t.replace(name, "(erased)");
            }
            t
        })
    };
    for r in &found {
        sqlx::query("UPDATE audit_log SET before_json = $2, after_json = $3 WHERE id = $1")
            .bind(r.try_get::<i64, _>("id")?)
            .bind(redact(r.try_get("before_json")?))
            .bind(redact(r.try_get("after_json")?))
            .execute(&mut **tx)
            .await?;
    }
    Ok(found.len() as u64)
}

/// One employee as retention sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRow {
    pub employee_id: i64,
    pub subject: Subject,
}

/// The tenant's employees who registered or left: the only ones whose data can expire.
pub async fn retention_rows(db: &Db, tenant_id: i64) -> Result<Vec<RetentionRow>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.id, e.left_at_ms, CAST(r.has_passkey AS INTEGER) AS has_passkey, \
           r.passkey_since_ms, r.learned_at_ms, p.confirmed_at_ms \
         FROM employee e \
         LEFT JOIN registration_status r \
           ON r.tenant_id = e.tenant_id AND r.upn = COALESCE(e.upn, lower(e.email)) \
         LEFT JOIN journey_progress p ON p.employee_id = e.id \
         WHERE e.tenant_id = $1 AND (e.left_at_ms IS NOT NULL OR r.upn IS NOT NULL \
           OR p.confirmed_at_ms IS NOT NULL)",
    )
    .bind(tenant_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let status = r
                .try_get::<Option<i64>, _>("has_passkey")?
                .map(|has| -> Result<_, sqlx::Error> {
                    Ok(app::domain::retention::Status {
                        has_passkey: has != 0,
                        passkey_since_ms: r.try_get("passkey_since_ms")?,
                        learned_at_ms: r.try_get("learned_at_ms")?,
                    })
                })
                .transpose()?;
            Ok(RetentionRow {
                employee_id: r.try_get("id")?,
                subject: Subject::new(
                    status,
                    r.try_get("confirmed_at_ms")?,
                    r.try_get("left_at_ms")?,
                ),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// Removes the step-by-step data of these employees (registered, period over): their events,
/// diagnostics, reminders and the messages sent to them go; page views stay as anonymous
/// statistics; their progress keeps the stage dates and loses the device and stuck report.
/// Returns the rows changed.
pub async fn trim_employees(db: &Db, ids: &[i64]) -> Result<u64, ServerError> {
    let backend = Backend::of(db);
    let mut changed = 0;
    for chunk in ids.chunks(500) {
        let mut tx = super::begin_write(db).await?;
        let list = |text: &str| {
            let mut q = Sql::new(backend, text);
            q.push_bind_list(chunk.iter().copied()).push(")");
            q
        };
        for (table, delete) in BY_EMPLOYEE_ID {
            let text = if *delete {
                format!("DELETE FROM {table} WHERE employee_id IN (")
            } else {
                format!("UPDATE {table} SET employee_id = NULL WHERE employee_id IN (")
            };
            changed += list(&text).build().execute(&mut *tx).await?.rows_affected();
        }
        changed += list(
            "DELETE FROM outbox WHERE (sent_at_ms IS NOT NULL OR failed_at_ms IS NOT NULL) \
             AND employee_id IN (",
        )
        .build()
        .execute(&mut *tx)
        .await?
        .rows_affected();
        changed += list(
            "UPDATE journey_progress SET platform = NULL, os_version = NULL, browser = NULL, \
               in_app = NULL, stuck_flow = NULL, stuck_step = NULL, stuck_symptom = NULL, \
               stuck_at_ms = NULL \
             WHERE (platform IS NOT NULL OR stuck_flow IS NOT NULL) AND employee_id IN (",
        )
        .build()
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
    }
    Ok(changed)
}

/// Manager digests name the people who have not registered: sent (or given up) ones older
/// than `before_ms` go.
pub async fn drop_old_digests(db: &Db, tenant_id: i64, before_ms: i64) -> Result<u64, ServerError> {
    Ok(sqlx::query(
        "DELETE FROM outbox WHERE tenant_id = $1 AND kind = 'manager-digest' \
         AND COALESCE(sent_at_ms, failed_at_ms) < $2",
    )
    .bind(tenant_id)
    .bind(before_ms)
    .execute(db)
    .await?
    .rows_affected())
}

/// Everything kept about one employee, table by table, as JSON objects of their columns
/// (tokens left out: see [`NOT_EXPORTED`]). `None` when there is no such employee.
pub async fn export_employee(
    db: &Db,
    tenant_id: i64,
    employee_id: i64,
) -> Result<Option<Map<String, Value>>, ServerError> {
    let Some(employee) = sqlx::query(&format!(
        "SELECT {} FROM employee WHERE tenant_id = $1 AND id = $2",
        select_list(db, "employee").await?
    ))
    .bind(tenant_id)
    .bind(employee_id)
    .fetch_optional(db)
    .await?
    else {
        return Ok(None);
    };
    let employee = row_json(&employee)?;
    let text = |k: &str| {
        employee
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let (email, upn) = (text("email"), text("upn"));
    let upn = if upn.is_empty() {
        email.to_lowercase()
    } else {
        upn
    };
    let mut out = Map::new();
    out.insert("employee".into(), Value::Object(employee));
    for (table, order) in [
        ("journey_progress", "employee_id"),
        ("journey_event", "first_at_ms"),
        ("diagnostic", "created_at_ms"),
        ("reminder", "decided_at_ms"),
        ("guide_event", "occurred_at_ms"),
    ] {
        let rows = sqlx::query(&format!(
            "SELECT {} FROM {table} WHERE employee_id = $1 ORDER BY {order}",
            select_list(db, table).await?
        ))
        .bind(employee_id)
        .fetch_all(db)
        .await?;
        out.insert(table.into(), rows_json(&rows)?);
    }
    let messages = sqlx::query(&format!(
        "SELECT {} FROM outbox WHERE tenant_id = $1 \
         AND (employee_id = $2 OR lower(recipient) = lower($3)) ORDER BY created_at_ms",
        select_list(db, "outbox").await?
    ))
    .bind(tenant_id)
    .bind(employee_id)
    .bind(&email)
    .fetch_all(db)
    .await?;
    out.insert("outbox".into(), rows_json(&messages)?);
    let status = sqlx::query(&format!(
        "SELECT {} FROM registration_status WHERE tenant_id = $1 AND upn = $2",
        select_list(db, "registration_status").await?
    ))
    .bind(tenant_id)
    .bind(&upn)
    .fetch_all(db)
    .await?;
    out.insert("registration_status".into(), rows_json(&status)?);
    Ok(Some(out))
}

/// Boolean columns are read as integers and named `{column}__flag`, which [`row_json`] turns
/// back into JSON booleans.
const FLAG: &str = "__flag";

/// A table's columns for a `SELECT`, from the database's catalogue: booleans cast to integers
/// (sqlx's `Any` driver cannot read SQLite's booleans), the rest as they are.
async fn select_list(db: &Db, table: &str) -> Result<String, sqlx::Error> {
    let columns: Vec<(String, String)> = match Backend::of(db) {
        Backend::Sqlite => {
            sqlx::query_as("SELECT name, upper(type) FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(db)
                .await?
        }
        Backend::Postgres => {
            sqlx::query_as(
                "SELECT column_name::text, upper(data_type::text) FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(db)
            .await?
        }
    };
    Ok(columns
        .iter()
        .map(|(name, kind)| {
            if kind.contains("BOOL") {
                format!("CAST({name} AS INTEGER) AS {name}{FLAG}")
            } else {
                name.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", "))
}

fn rows_json(rows: &[DbRow]) -> Result<Value, sqlx::Error> {
    rows.iter()
        .map(|r| row_json(r).map(Value::Object))
        .collect::<Result<Vec<_>, _>>()
        .map(Value::Array)
}

/// A row as a JSON object of its columns, whatever their types (both databases).
fn row_json(row: &DbRow) -> Result<Map<String, Value>, sqlx::Error> {
    let mut out = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let name = column.name();
        if NOT_EXPORTED.contains(&name) || name == "tenant_id" {
            continue;
        }
        let kind = column.type_info().name().to_ascii_uppercase();
        if let Some(flag) = name.strip_suffix(FLAG) {
            let value = row
                .try_get::<Option<i64>, _>(i)?
                .map(|v| Value::from(v != 0));
            out.insert(flag.to_owned(), value.unwrap_or(Value::Null));
            continue;
        }
        let value = if kind.contains("INT") {
            row.try_get::<Option<i64>, _>(i)?.map(Value::from)
        } else if kind.contains("REAL") || kind.contains("DOUBLE") || kind.contains("FLOAT") {
            row.try_get::<Option<f64>, _>(i)?.map(Value::from)
        } else if kind.contains("NULL") {
            None
        } else {
            row.try_get::<Option<String>, _>(i)?.map(Value::from)
        };
        out.insert(name.to_owned(), value.unwrap_or(Value::Null));
    }
    Ok(out)
}
