//! Each tenant's Entra connection, its sync runs, and what a sync writes: the roster from the
//! rollout groups, the passkey policy, passkey usage, and the erasure of leavers.

use super::{Db, now_ms};
use crate::error::ServerError;
use app::domain::entra::{Incoming, Known, LeftReason, RosterPlan, fingerprint};
use futures_util::TryStreamExt;
use sqlx::Row;

/// Rows per INSERT (10 bound values each).
const BATCH: usize = 400;

/// A tenant's connection as stored; the credential is sealed (see `crate::secrets`).
#[derive(Clone, PartialEq, Eq)]
pub struct Connection {
    pub tenant_id: i64,
    pub entra_tenant_id: String,
    pub client_id: String,
    /// `secret` or `certificate`.
    pub credential_kind: String,
    pub credential: String,
    pub rollout_groups: Vec<String>,
    pub sync_every_minutes: i64,
    pub usage_days: i64,
    pub leaver_retention_days: i64,
    pub fido2_policy: Option<String>,
    pub default_policy: Option<String>,
    pub signins_read_until_ms: Option<i64>,
    pub next_sync_at_ms: Option<i64>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("tenant_id", &self.tenant_id)
            .field("entra_tenant_id", &self.entra_tenant_id)
            .field("client_id", &self.client_id)
            .field("credential_kind", &self.credential_kind)
            .field("rollout_groups", &self.rollout_groups)
            .finish_non_exhaustive()
    }
}

const COLUMNS: &str = "tenant_id, entra_tenant_id, client_id, credential_kind, credential, \
     rollout_groups, sync_every_minutes, usage_days, leaver_retention_days, fido2_policy, \
     default_policy, signins_read_until_ms, next_sync_at_ms";

fn connection(r: &super::DbRow) -> Result<Connection, sqlx::Error> {
    let groups: String = r.try_get("rollout_groups")?;
    Ok(Connection {
        tenant_id: r.try_get("tenant_id")?,
        entra_tenant_id: r.try_get("entra_tenant_id")?,
        client_id: r.try_get("client_id")?,
        credential_kind: r.try_get("credential_kind")?,
        credential: r.try_get("credential")?,
        rollout_groups: groups
            .split(',')
            .filter(|g| !g.is_empty())
            .map(str::to_owned)
            .collect(),
        sync_every_minutes: r.try_get("sync_every_minutes")?,
        usage_days: r.try_get("usage_days")?,
        leaver_retention_days: r.try_get("leaver_retention_days")?,
        fido2_policy: r.try_get("fido2_policy")?,
        default_policy: r.try_get("default_policy")?,
        signins_read_until_ms: r.try_get("signins_read_until_ms")?,
        next_sync_at_ms: r.try_get("next_sync_at_ms")?,
    })
}

/// Creates or replaces the tenant's connection; a replaced one keeps nothing read before
/// (its policy and sign-in position belonged to the old app or directory).
pub async fn save(db: &Db, c: &Connection) -> Result<(), ServerError> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO entra_connection (tenant_id, entra_tenant_id, client_id, credential_kind, \
           credential, rollout_groups, sync_every_minutes, usage_days, leaver_retention_days, \
           created_at_ms, updated_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
         ON CONFLICT (tenant_id) DO UPDATE SET entra_tenant_id = excluded.entra_tenant_id, \
           client_id = excluded.client_id, credential_kind = excluded.credential_kind, \
           credential = excluded.credential, rollout_groups = excluded.rollout_groups, \
           sync_every_minutes = excluded.sync_every_minutes, usage_days = excluded.usage_days, \
           leaver_retention_days = excluded.leaver_retention_days, fido2_policy = NULL, \
           default_policy = NULL, signins_read_until_ms = NULL, next_sync_at_ms = NULL, \
           updated_at_ms = excluded.updated_at_ms",
    )
    .bind(c.tenant_id)
    .bind(&c.entra_tenant_id)
    .bind(&c.client_id)
    .bind(&c.credential_kind)
    .bind(&c.credential)
    .bind(c.rollout_groups.join(","))
    .bind(c.sync_every_minutes)
    .bind(c.usage_days)
    .bind(c.leaver_retention_days)
    .bind(now)
    .execute(db)
    .await?;
    super::tenants::changed();
    Ok(())
}

pub async fn get(db: &Db, tenant_id: i64) -> Result<Option<Connection>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM entra_connection WHERE tenant_id = $1"
    ))
    .bind(tenant_id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(connection).transpose()?)
}

/// Removes the connection; the roster and what was read stay.
pub async fn remove(db: &Db, tenant_id: i64) -> Result<bool, ServerError> {
    let done = sqlx::query("DELETE FROM entra_connection WHERE tenant_id = $1")
        .bind(tenant_id)
        .execute(db)
        .await?;
    super::tenants::changed();
    Ok(done.rows_affected() > 0)
}

/// Tenants whose next sync is due (never synced, or the time has come).
pub async fn due(db: &Db, now: i64) -> Result<Vec<i64>, ServerError> {
    Ok(sqlx::query_scalar(
        "SELECT tenant_id FROM entra_connection \
         WHERE next_sync_at_ms IS NULL OR next_sync_at_ms <= $1 ORDER BY tenant_id",
    )
    .bind(now)
    .fetch_all(db)
    .await?)
}

/// Claims a due sync for this instance: moves the next sync to `next` only if it is still the
/// one that was due, so two instances do not sync one tenant at once.
pub async fn claim(
    db: &Db,
    tenant_id: i64,
    seen: Option<i64>,
    next: i64,
) -> Result<bool, ServerError> {
    let done = sqlx::query(
        "UPDATE entra_connection SET next_sync_at_ms = $2 \
         WHERE tenant_id = $1 AND next_sync_at_ms IS NOT DISTINCT FROM $3",
    )
    .bind(tenant_id)
    .bind(next)
    .bind(seen)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores the credential sealed again (under the newest data key).
pub async fn reseal(db: &Db, tenant_id: i64, sealed: &str) -> Result<(), ServerError> {
    sqlx::query("UPDATE entra_connection SET credential = $2 WHERE tenant_id = $1")
        .bind(tenant_id)
        .bind(sealed)
        .execute(db)
        .await?;
    Ok(())
}

/// Stores the passkey policy as read and the tenant-wide policy derived from it.
pub async fn save_policy(
    db: &Db,
    tenant_id: i64,
    fido2_json: &str,
    default_policy_json: &str,
) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE entra_connection SET fido2_policy = $2, default_policy = $3, updated_at_ms = $4 \
         WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .bind(fido2_json)
    .bind(default_policy_json)
    .bind(now_ms())
    .execute(db)
    .await?;
    super::tenants::changed();
    Ok(())
}

/// The roster as a sync matches it. Rows are read as a stream: a roster of 100,000 is never
/// held as database rows at once.
pub async fn known(db: &Db, tenant_id: i64) -> Result<Vec<Known>, ServerError> {
    let mut rows = sqlx::query(
        "SELECT id, object_id, upn, email, display_name, department, preferred_language, \
           entra_policy, left_at_ms FROM employee WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch(db);
    let mut out = Vec::new();
    while let Some(r) = rows.try_next().await? {
        let upn: Option<String> = r.try_get("upn")?;
        let email: String = r.try_get("email")?;
        let department: Option<String> = r.try_get("department")?;
        let language: Option<String> = r.try_get("preferred_language")?;
        let policy: Option<String> = r.try_get("entra_policy")?;
        let name: String = r.try_get("display_name")?;
        out.push(Known {
            id: r.try_get("id")?,
            object_id: r.try_get("object_id")?,
            fingerprint: fingerprint(
                upn.as_deref().unwrap_or_default(),
                &email,
                &name,
                department.as_deref(),
                language.as_deref(),
                policy.as_deref(),
            ),
            upn,
            email,
            left: r.try_get::<Option<i64>, _>("left_at_ms")?.is_some(),
        });
    }
    Ok(out)
}

/// Writes a roster plan in one transaction: new employees, changes (people who came back
/// lose their leaving date), and leavers.
pub async fn apply_roster(db: &Db, tenant_id: i64, plan: &RosterPlan) -> Result<(), ServerError> {
    let now = now_ms();
    let mut tx = super::begin_write(db).await?;
    for chunk in plan.insert.chunks(BATCH) {
        let mut q = super::Sql::new(
            super::Backend::of(db),
            "INSERT INTO employee (tenant_id, ref, email, upn, object_id, display_name, \
             preferred_language, department, entra_policy, source, created_at_ms, updated_at_ms) ",
        );
        q.push_values(chunk, |mut b, m: &Incoming| {
            b.push_bind(tenant_id)
                .push_bind(super::employees::new_ref())
                .push_bind(&m.email)
                .push_bind(&m.upn)
                .push_bind(&m.object_id)
                .push_bind(&m.display_name)
                .push_bind(&m.preferred_language)
                .push_bind(&m.department)
                .push_bind(m.policy.as_deref())
                .push_bind("entra")
                .push_bind(now)
                .push_bind(now);
        });
        q.build().execute(&mut *tx).await?;
    }
    for (id, m) in &plan.update {
        sqlx::query(
            "UPDATE employee SET email = $2, upn = $3, object_id = $4, display_name = $5, \
               preferred_language = $6, department = $7, entra_policy = $8, source = 'entra', \
               left_at_ms = NULL, left_reason = NULL, updated_at_ms = $9 WHERE id = $1",
        )
        .bind(id)
        .bind(&m.email)
        .bind(&m.upn)
        .bind(&m.object_id)
        .bind(&m.display_name)
        .bind(&m.preferred_language)
        .bind(&m.department)
        .bind(m.policy.as_deref())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    for reason in [
        LeftReason::NotInGroups,
        LeftReason::Disabled,
        LeftReason::Guest,
    ] {
        let ids: Vec<i64> = plan
            .leave
            .iter()
            .filter(|(_, r)| *r == reason)
            .map(|(id, _)| *id)
            .collect();
        for chunk in ids.chunks(BATCH) {
            let mut q =
                super::Sql::new(super::Backend::of(db), "UPDATE employee SET left_at_ms = ");
            q.push_bind(now);
            q.push(", left_reason = ");
            q.push_bind(reason.id());
            q.push(" WHERE left_at_ms IS NULL AND id IN (");
            q.push_bind_list(chunk.iter().copied());
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
    }
    tx.commit().await?;
    super::employees::changed();
    Ok(())
}

/// Erases the employees who left before `before_ms`, with every row that names them.
pub async fn erase_leavers(db: &Db, tenant_id: i64, before_ms: i64) -> Result<u64, ServerError> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM employee WHERE tenant_id = $1 AND left_at_ms IS NOT NULL AND left_at_ms < $2",
    )
    .bind(tenant_id)
    .bind(before_ms)
    .fetch_all(db)
    .await?;
    super::privacy::erase_employees(db, tenant_id, &ids).await
}

/// The principal name of each employee known by object id: registration rows are stored
/// under it, so an employee matches their status by object id whatever the report's name.
pub async fn upns_by_object_id(
    db: &Db,
    tenant_id: i64,
) -> Result<std::collections::HashMap<String, String>, ServerError> {
    let mut rows = sqlx::query(
        "SELECT object_id, upn FROM employee \
         WHERE tenant_id = $1 AND object_id IS NOT NULL AND upn IS NOT NULL",
    )
    .bind(tenant_id)
    .fetch(db);
    let mut out = std::collections::HashMap::new();
    while let Some(r) = rows.try_next().await? {
        out.insert(r.try_get("object_id")?, r.try_get("upn")?);
    }
    Ok(out)
}

/// Records passkey sign-ins: per object id the earliest and latest seen in this read. The
/// first sighting is kept across reads; `read_until_ms` is where the next read starts.
pub async fn record_passkey_signins(
    db: &Db,
    tenant_id: i64,
    seen: &std::collections::HashMap<String, (i64, i64)>,
    read_until_ms: i64,
) -> Result<u64, ServerError> {
    let mut tx = super::begin_write(db).await?;
    let mut matched = 0;
    for (object_id, (first, last)) in seen {
        let done = sqlx::query(
            "UPDATE employee SET \
               passkey_signin_first_ms = CASE WHEN passkey_signin_first_ms IS NULL \
                 OR passkey_signin_first_ms > $3 THEN $3 ELSE passkey_signin_first_ms END, \
               passkey_signin_last_ms = CASE WHEN passkey_signin_last_ms IS NULL \
                 OR passkey_signin_last_ms < $4 THEN $4 ELSE passkey_signin_last_ms END \
             WHERE tenant_id = $1 AND object_id = $2",
        )
        .bind(tenant_id)
        .bind(object_id)
        .bind(first)
        .bind(last)
        .execute(&mut *tx)
        .await?;
        matched += done.rows_affected();
    }
    sqlx::query("UPDATE entra_connection SET signins_read_until_ms = $2 WHERE tenant_id = $1")
        .bind(tenant_id)
        .bind(read_until_ms)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(matched)
}

/// One sync run as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub id: i64,
    pub started_by: String,
    pub dry_run: bool,
    pub started_at_ms: i64,
    pub finished_at_ms: Option<i64>,
    pub outcome: Option<String>,
    pub error: Option<String>,
    pub changes: Option<String>,
}

pub async fn run_started(
    db: &Db,
    tenant_id: i64,
    started_by: &str,
    dry_run: bool,
) -> Result<i64, ServerError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO entra_sync_run (tenant_id, started_by, dry_run, started_at_ms) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(tenant_id)
    .bind(started_by)
    .bind(dry_run)
    .bind(now_ms())
    .fetch_one(db)
    .await?)
}

pub async fn run_finished(
    db: &Db,
    run_id: i64,
    outcome: &str,
    error: Option<&str>,
    changes: &str,
) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE entra_sync_run SET finished_at_ms = $2, outcome = $3, error = $4, changes = $5 \
         WHERE id = $1",
    )
    .bind(run_id)
    .bind(now_ms())
    .bind(outcome)
    .bind(error)
    .bind(changes)
    .execute(db)
    .await?;
    Ok(())
}

/// The latest runs, newest first.
pub async fn runs(db: &Db, tenant_id: i64, limit: i64) -> Result<Vec<Run>, ServerError> {
    let rows = sqlx::query(
        "SELECT id, started_by, CAST(dry_run AS INTEGER) AS dry_run, started_at_ms, \
           finished_at_ms, outcome, error, changes FROM entra_sync_run \
         WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(tenant_id)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Run {
                id: r.try_get("id")?,
                started_by: r.try_get("started_by")?,
                dry_run: super::flag(r, "dry_run")?,
                started_at_ms: r.try_get("started_at_ms")?,
                finished_at_ms: r.try_get("finished_at_ms")?,
                outcome: r.try_get("outcome")?,
                error: r.try_get("error")?,
                changes: r.try_get("changes")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Readiness counts per department of the employees still in the rollout, by day: when each
/// first had a passkey, and (of those signing in with one since `since_ms`) when they first
/// did. Days start at midnight `offset_ms` from UTC (the tenant's offset). Plus how many are
/// ready: a passkey, and a passkey sign-in since `since_ms`.
pub async fn readiness_counts(
    db: &Db,
    tenant_id: i64,
    since_ms: i64,
    offset_ms: i64,
) -> Result<(Vec<app::domain::entra::DepartmentCounts>, u64), ServerError> {
    use std::collections::BTreeMap;
    const FROM: &str = "FROM employee e \
         LEFT JOIN registration_status s ON s.tenant_id = e.tenant_id AND s.upn = e.upn \
         WHERE e.tenant_id = $1 AND e.left_at_ms IS NULL";
    let registered = sqlx::query(&format!(
        "SELECT COALESCE(e.department, '') AS department, \
           CASE WHEN s.has_passkey THEN (s.passkey_since_ms + $2) / 86400000 END AS day, \
           COUNT(*) AS n {FROM} GROUP BY 1, 2"
    ))
    .bind(tenant_id)
    .bind(offset_ms)
    .fetch_all(db)
    .await?;
    let signing_in = sqlx::query(&format!(
        "SELECT COALESCE(e.department, '') AS department, \
           (COALESCE(e.passkey_signin_first_ms, e.passkey_signin_last_ms) + $2) / 86400000 AS day, \
           SUM(CASE WHEN s.has_passkey THEN 1 ELSE 0 END) AS ready, COUNT(*) AS n \
         {FROM} AND e.passkey_signin_last_ms >= $3 GROUP BY 1, 2"
    ))
    .bind(tenant_id)
    .bind(offset_ms)
    .bind(since_ms)
    .fetch_all(db)
    .await?;
    let mut by: BTreeMap<String, app::domain::entra::DepartmentCounts> = BTreeMap::new();
    let n = |r: &super::DbRow, c: &str| -> Result<u64, sqlx::Error> {
        Ok(u64::try_from(r.try_get::<Option<i64>, _>(c)?.unwrap_or(0)).unwrap_or(0))
    };
    for r in &registered {
        let department: String = r.try_get("department")?;
        let entry =
            by.entry(department.clone())
                .or_insert_with(|| app::domain::entra::DepartmentCounts {
                    department: (!department.is_empty()).then_some(department),
                    ..Default::default()
                });
        let count = n(r, "n")?;
        entry.employees += count;
        if let Some(day) = r.try_get::<Option<i64>, _>("day")? {
            entry.registered.push((day, count));
        }
    }
    let mut ready = 0;
    for r in &signing_in {
        let department: String = r.try_get("department")?;
        ready += n(r, "ready")?;
        if let (Some(entry), Some(day)) =
            (by.get_mut(&department), r.try_get::<Option<i64>, _>("day")?)
        {
            entry.signing_in.push((day, n(r, "n")?));
        }
    }
    Ok((by.into_values().collect(), ready))
}

/// One employee ready for passwordless enforcement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ready {
    pub display_name: String,
    pub upn: String,
    pub object_id: Option<String>,
    pub department: Option<String>,
    pub registered_since_ms: i64,
    pub last_passkey_signin_ms: i64,
}

/// Employees who have a passkey and signed in with one since `since_ms`, by name.
pub async fn ready_to_enforce(
    db: &Db,
    tenant_id: i64,
    since_ms: i64,
) -> Result<Vec<Ready>, ServerError> {
    let rows = sqlx::query(
        "SELECT e.display_name, e.upn, e.object_id, e.department, s.passkey_since_ms, \
           e.passkey_signin_last_ms FROM employee e \
         JOIN registration_status s ON s.tenant_id = e.tenant_id AND s.upn = e.upn \
         WHERE e.tenant_id = $1 AND e.left_at_ms IS NULL AND s.has_passkey \
           AND e.passkey_signin_last_ms >= $2 ORDER BY e.display_name, e.upn",
    )
    .bind(tenant_id)
    .bind(since_ms)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Ready {
                display_name: r.try_get("display_name")?,
                upn: r.try_get("upn")?,
                object_id: r.try_get("object_id")?,
                department: r.try_get("department")?,
                registered_since_ms: r
                    .try_get::<Option<i64>, _>("passkey_since_ms")?
                    .unwrap_or_default(),
                last_passkey_signin_ms: r.try_get("passkey_signin_last_ms")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(ServerError::from)
}

/// Records each Entra-synced employee's manager (object id → manager address), in one
/// transaction; an employee Entra gives no manager keeps none. Returns how many have one.
pub async fn set_managers(
    db: &Db,
    tenant_id: i64,
    managers: &[(String, String)],
) -> Result<usize, ServerError> {
    let mut tx = super::begin_write(db).await?;
    sqlx::query("UPDATE employee SET manager = NULL WHERE tenant_id = $1 AND source = 'entra'")
        .bind(tenant_id)
        .execute(&mut *tx)
        .await?;
    let mut n = 0;
    for (object_id, manager) in managers {
        n += sqlx::query(
            "UPDATE employee SET manager = $3 WHERE tenant_id = $1 AND object_id = $2 AND source = 'entra'",
        )
        .bind(tenant_id)
        .bind(object_id)
        .bind(manager)
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(n)
}
