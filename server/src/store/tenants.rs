//! Tenants in the database: lookup by slug or host name, policy, draft and published branding.

use super::{Db, DbRow, flag, now_ms};
use crate::error::ServerError;
use app::domain::branding::{Branding, SupportContact};
use app::domain::retention::Retention;
use app::domain::tenant::is_valid_slug;
use app::domain::{Authenticators, Policy};
use app::security::{DEFAULT_SECURITY_INFO_URL, is_allowed_security_info_url};
use sqlx::Row;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by every change to a tenant's settings or published branding made through this
/// process. Caches of tenants (the HTTP layer keeps one) compare it to drop stale entries.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The current generation of tenant settings in this process: see [`changed`].
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// Marks every cached tenant stale. Every write below calls it; call it after changing a
/// tenant's rows by other means (tests writing SQL directly).
pub fn changed() {
    GENERATION.fetch_add(1, Ordering::Release);
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub host: Option<String>,
    pub policy: Policy,
    pub security_info_url: String,
    pub default_language: Option<String>,
    /// The share (percent) of employees registered and signing in with a passkey the tenant
    /// aims for before enforcing.
    pub readiness_target: u8,
    /// With an Entra connection, the policy its passkey profiles give someone the guide knows
    /// nothing about; it replaces `policy`, which stays for tenants without one.
    pub entra_policy: Option<Policy>,
    /// How long journey data is kept after an employee registered or left.
    pub retention: Retention,
    /// Bumped (by triggers) by every change to what the tenant's guide pages show: see
    /// [`settings_version`].
    pub settings_version: i64,
}

impl Tenant {
    /// The policy for a visitor without a personal link.
    pub fn visitor_policy(&self) -> Policy {
        self.entra_policy.unwrap_or(self.policy)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrandingState {
    Draft,
    Published,
}

impl BrandingState {
    fn id(self) -> &'static str {
        match self {
            BrandingState::Draft => "draft",
            BrandingState::Published => "published",
        }
    }
}

/// Flags are selected as integers: see [`super::flag`].
const TENANT_COLUMNS: &str = "id, slug, name, host, \
     CAST(synced_allowed AS INTEGER) AS synced_allowed, \
     CAST(attestation_enforced AS INTEGER) AS attestation_enforced, \
     CAST(allow_authenticator AS INTEGER) AS allow_authenticator, \
     CAST(allow_windows_hello AS INTEGER) AS allow_windows_hello, \
     CAST(allow_security_keys AS INTEGER) AS allow_security_keys, security_info_url, \
     default_language, readiness_target, retention_days, settings_version, \
     (SELECT c.default_policy FROM entra_connection c WHERE c.tenant_id = tenant.id) AS entra_policy";

fn tenant_from_row(r: &DbRow) -> Result<Tenant, sqlx::Error> {
    Ok(Tenant {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        name: r.try_get("name")?,
        host: r.try_get("host")?,
        policy: Policy {
            synced_allowed: flag(r, "synced_allowed")?,
            attestation_enforced: flag(r, "attestation_enforced")?,
            authenticators: Authenticators {
                microsoft_authenticator: flag(r, "allow_authenticator")?,
                windows_hello: flag(r, "allow_windows_hello")?,
                security_keys: flag(r, "allow_security_keys")?,
            },
        },
        security_info_url: r.try_get("security_info_url")?,
        default_language: r.try_get("default_language")?,
        readiness_target: u8::try_from(r.try_get::<i64, _>("readiness_target")?.clamp(1, 100))
            .unwrap_or(95),
        entra_policy: r
            .try_get::<Option<String>, _>("entra_policy")?
            .and_then(|p| serde_json::from_str(&p).ok()),
        retention: Retention::stored(r.try_get("retention_days")?),
        settings_version: r.try_get("settings_version")?,
    })
}

/// The tenant's settings version: a counter the database's triggers bump whenever the
/// tenant's settings, branding, Entra passkey policy or programme change, from any instance.
/// Caches of tenants and pages compare it on every request.
pub async fn settings_version(db: &Db, tenant_id: i64) -> Result<Option<i64>, ServerError> {
    Ok(
        sqlx::query_scalar("SELECT settings_version FROM tenant WHERE id = $1")
            .bind(tenant_id)
            .fetch_optional(db)
            .await?,
    )
}

/// Every tenant's id with its settings and roster versions, which the database's triggers
/// bump (see `jobs::versions`).
pub async fn versions(db: &Db) -> Result<Vec<(i64, i64, i64)>, ServerError> {
    Ok(
        sqlx::query_as("SELECT id, settings_version, roster_version FROM tenant")
            .fetch_all(db)
            .await?,
    )
}

/// Every tenant's id.
pub async fn all_ids(db: &Db) -> Result<Vec<i64>, ServerError> {
    Ok(sqlx::query_scalar("SELECT id FROM tenant ORDER BY id")
        .fetch_all(db)
        .await?)
}

/// Sets how long journey data is kept.
pub async fn set_retention(
    db: &Db,
    tenant_id: i64,
    retention: Retention,
) -> Result<(), ServerError> {
    sqlx::query("UPDATE tenant SET retention_days = $2, updated_at_ms = $3 WHERE id = $1")
        .bind(tenant_id)
        .bind(i64::from(retention.days()))
        .bind(super::now_ms())
        .execute(db)
        .await?;
    changed();
    Ok(())
}

/// When the daily retention run last went through the tenant.
pub async fn retention_ran_at(db: &Db, tenant_id: i64) -> Result<Option<i64>, ServerError> {
    Ok(
        sqlx::query_scalar("SELECT retention_ran_at_ms FROM tenant WHERE id = $1")
            .bind(tenant_id)
            .fetch_optional(db)
            .await?
            .flatten(),
    )
}

/// Takes the tenant's retention run: true for the one caller that moved the mark from
/// `last` to `now_ms` (two instances at once: one runs it).
pub async fn take_retention_run(
    db: &Db,
    tenant_id: i64,
    last: Option<i64>,
    now_ms: i64,
) -> Result<bool, ServerError> {
    let done = sqlx::query(
        "UPDATE tenant SET retention_ran_at_ms = $2 \
         WHERE id = $1 AND retention_ran_at_ms IS NOT DISTINCT FROM $3",
    )
    .bind(tenant_id)
    .bind(now_ms)
    .bind(last)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the readiness target (percent, 1–100).
pub async fn set_readiness_target(db: &Db, tenant_id: i64, target: u8) -> Result<(), ServerError> {
    sqlx::query("UPDATE tenant SET readiness_target = $2, updated_at_ms = $3 WHERE id = $1")
        .bind(tenant_id)
        .bind(i64::from(target.clamp(1, 100)))
        .bind(super::now_ms())
        .execute(db)
        .await?;
    changed();
    Ok(())
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Tenant>, ServerError> {
    if !is_valid_slug(slug) {
        return Ok(None);
    }
    let row = sqlx::query(&format!(
        "SELECT {TENANT_COLUMNS} FROM tenant WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(tenant_from_row).transpose()?)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Tenant>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {TENANT_COLUMNS} FROM tenant WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(tenant_from_row).transpose()?)
}

pub async fn by_host(db: &Db, host: &str) -> Result<Option<Tenant>, ServerError> {
    let row = sqlx::query(&format!(
        "SELECT {TENANT_COLUMNS} FROM tenant WHERE host = $1"
    ))
    .bind(host.to_ascii_lowercase())
    .fetch_optional(db)
    .await?;
    Ok(row.as_ref().map(tenant_from_row).transpose()?)
}

const NEW_TENANT: Policy = Policy::ENTRA_DEFAULT;

/// Creates a tenant with the given display name as its first (draft and published) branding.
pub async fn create(db: &Db, slug: &str, name: &str) -> Result<Tenant, ServerError> {
    if !is_valid_slug(slug) {
        return Err(ServerError::Invalid(format!(
            "{slug:?} is not a valid slug: use 2 to 40 lower-case letters, digits and inner hyphens"
        )));
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > app::domain::branding::MAX_DISPLAY_NAME {
        return Err(ServerError::Invalid(
            "the name must be 1 to 80 characters".into(),
        ));
    }
    let now = now_ms();
    let mut tx = super::begin_write(db).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO tenant (slug, name, synced_allowed, attestation_enforced, \
         allow_authenticator, allow_windows_hello, allow_security_keys, created_at_ms, \
         updated_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(slug)
    .bind(name)
    // A new tenant starts from Entra's defaults (`Policy::default()`), not the columns'
    // defaults, which predate Windows Hello being off by default and are not changed in place.
    .bind(NEW_TENANT.synced_allowed)
    .bind(NEW_TENANT.attestation_enforced)
    .bind(NEW_TENANT.authenticators.microsoft_authenticator)
    .bind(NEW_TENANT.authenticators.windows_hello)
    .bind(NEW_TENANT.authenticators.security_keys)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| ServerError::Conflict(format!("a tenant with slug {slug:?} already exists")))?;
    for state in [BrandingState::Draft, BrandingState::Published] {
        sqlx::query(
            "INSERT INTO tenant_branding (tenant_id, state, display_name, updated_at_ms) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(state.id())
        .bind(name)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    by_slug(db, slug)
        .await?
        .ok_or_else(|| ServerError::Internal("tenant vanished after insert".into()))
}

/// The settings the policy form and the CLI change.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicySettings {
    pub policy: Policy,
    pub security_info_url: String,
    pub default_language: Option<String>,
    pub host: Option<String>,
}

pub async fn set_policy(db: &Db, tenant_id: i64, s: &PolicySettings) -> Result<(), ServerError> {
    if !is_allowed_security_info_url(&s.security_info_url) {
        return Err(ServerError::Invalid(format!(
            "{:?} is not an https address on a Microsoft sign-in host",
            s.security_info_url
        )));
    }
    let p = s.policy;
    let result = sqlx::query(
        "UPDATE tenant SET synced_allowed = $1, attestation_enforced = $2, \
         allow_authenticator = $3, allow_windows_hello = $4, allow_security_keys = $5, \
         security_info_url = $6, default_language = $7, host = $8, updated_at_ms = $9 \
         WHERE id = $10",
    )
    .bind(p.synced_allowed && !p.attestation_enforced)
    .bind(p.attestation_enforced)
    .bind(p.authenticators.microsoft_authenticator)
    .bind(p.authenticators.windows_hello)
    .bind(p.authenticators.security_keys)
    .bind(&s.security_info_url)
    .bind(&s.default_language)
    .bind(s.host.as_ref().map(|h| h.to_ascii_lowercase()))
    .bind(now_ms())
    .bind(tenant_id)
    .execute(db)
    .await;
    match result {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(ServerError::Conflict(
            "another tenant already uses this host name".into(),
        )),
        other => {
            other?;
            changed();
            Ok(())
        }
    }
}

impl Default for PolicySettings {
    fn default() -> Self {
        PolicySettings {
            policy: Policy::default(),
            security_info_url: DEFAULT_SECURITY_INFO_URL.into(),
            default_language: None,
            host: None,
        }
    }
}

/// The settings as the audit log records them.
pub fn policy_json(s: &PolicySettings) -> serde_json::Value {
    let p = &s.policy;
    serde_json::json!({
        "synced-allowed": p.synced_allowed,
        "attestation-enforced": p.attestation_enforced,
        "microsoft-authenticator": p.authenticators.microsoft_authenticator,
        "windows-hello": p.authenticators.windows_hello,
        "security-keys": p.authenticators.security_keys,
        "security-info-url": s.security_info_url,
        "default-language": s.default_language,
        "host": s.host,
    })
}

impl From<&Tenant> for PolicySettings {
    fn from(t: &Tenant) -> Self {
        PolicySettings {
            policy: t.policy,
            security_info_url: t.security_info_url.clone(),
            default_language: t.default_language.clone(),
            host: t.host.clone(),
        }
    }
}

/// Branding without the logo bytes, and when it last changed.
pub async fn branding(
    db: &Db,
    tenant_id: i64,
    state: BrandingState,
) -> Result<(Branding, i64), ServerError> {
    let r = sqlx::query(
        "SELECT display_name, primary_color, intro, support_email, support_url, support_phone, \
         support_hours, logo_type, updated_at_ms FROM tenant_branding \
         WHERE tenant_id = $1 AND state = $2",
    )
    .bind(tenant_id)
    .bind(state.id())
    .fetch_one(db)
    .await?;
    Ok((
        Branding {
            display_name: r.try_get("display_name")?,
            primary_color: r.try_get("primary_color")?,
            intro: r.try_get("intro")?,
            support: SupportContact {
                email: r.try_get("support_email")?,
                url: r.try_get("support_url")?,
                phone: r.try_get("support_phone")?,
                hours: r.try_get("support_hours")?,
            },
            logo_type: r.try_get("logo_type")?,
        },
        r.try_get("updated_at_ms")?,
    ))
}

pub async fn logo(
    db: &Db,
    tenant_id: i64,
    state: BrandingState,
) -> Result<Option<(Vec<u8>, String)>, ServerError> {
    let row: Option<(Option<Vec<u8>>, Option<String>)> = sqlx::query_as(
        "SELECT logo, logo_type FROM tenant_branding WHERE tenant_id = $1 AND state = $2",
    )
    .bind(tenant_id)
    .bind(state.id())
    .fetch_optional(db)
    .await?;
    Ok(row.and_then(|(b, t)| Some((b?, t?))))
}

/// Saves the draft's text fields (the logo is set separately).
pub async fn save_draft(db: &Db, tenant_id: i64, b: &Branding) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE tenant_branding SET display_name = $1, primary_color = $2, intro = $3, \
         support_email = $4, support_url = $5, support_phone = $6, support_hours = $7, \
         updated_at_ms = $8 WHERE tenant_id = $9 AND state = 'draft'",
    )
    .bind(&b.display_name)
    .bind(&b.primary_color)
    .bind(&b.intro)
    .bind(&b.support.email)
    .bind(&b.support.url)
    .bind(&b.support.phone)
    .bind(&b.support.hours)
    .bind(now_ms())
    .bind(tenant_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Sets (or with `None`, removes) the draft logo. The bytes were checked by
/// [`app::domain::branding::check_logo`].
pub async fn set_draft_logo(
    db: &Db,
    tenant_id: i64,
    logo: Option<(&[u8], &str)>,
) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE tenant_branding SET logo = $1, logo_type = $2, updated_at_ms = $3 \
         WHERE tenant_id = $4 AND state = 'draft'",
    )
    .bind(logo.map(|l| l.0))
    .bind(logo.map(|l| l.1))
    .bind(now_ms())
    .bind(tenant_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Copies the draft over what employees see.
pub async fn publish(db: &Db, tenant_id: i64) -> Result<(), ServerError> {
    sqlx::query(
        "UPDATE tenant_branding SET (display_name, primary_color, intro, support_email, \
         support_url, support_phone, support_hours, logo, logo_type, updated_at_ms) = \
         (SELECT display_name, primary_color, intro, support_email, support_url, support_phone, \
          support_hours, logo, logo_type, $1 FROM tenant_branding d \
          WHERE d.tenant_id = $2 AND d.state = 'draft') \
         WHERE tenant_id = $2 AND state = 'published'",
    )
    .bind(now_ms())
    .bind(tenant_id)
    .execute(db)
    .await?;
    changed();
    Ok(())
}

/// Whether the draft differs from what is published.
pub async fn has_unpublished_changes(db: &Db, tenant_id: i64) -> Result<bool, ServerError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM tenant_branding d JOIN tenant_branding p \
         ON p.tenant_id = d.tenant_id AND p.state = 'published' \
         WHERE d.tenant_id = $1 AND d.state = 'draft' AND ( \
           d.display_name IS DISTINCT FROM p.display_name OR d.primary_color IS DISTINCT FROM p.primary_color OR \
           d.intro IS DISTINCT FROM p.intro OR d.support_email IS DISTINCT FROM p.support_email OR \
           d.support_url IS DISTINCT FROM p.support_url OR d.support_phone IS DISTINCT FROM p.support_phone OR \
           d.support_hours IS DISTINCT FROM p.support_hours OR d.logo IS DISTINCT FROM p.logo)",
    )
    .bind(tenant_id)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
