//! Creating tenants and changing their policy, with the audit entry each change gets.

use crate::error::ServerError;
use crate::store::Db;
use crate::store::audit::{self, Actor};
use crate::store::tenants::{self, PolicySettings, Tenant, policy_json};

/// Creates a tenant (its display name is its first branding) and records who did.
pub async fn create(db: &Db, slug: &str, name: &str, actor: &Actor) -> Result<Tenant, ServerError> {
    let t = tenants::create(db, slug, name).await?;
    let after = serde_json::json!({ "slug": t.slug, "name": t.name });
    audit::record(db, t.id, actor, "tenant-created", None, Some(after)).await?;
    Ok(t)
}

/// Saves the tenant's policy settings (checked by the store: a Microsoft sign-in host for
/// Security info, a host name no other tenant uses) and records the change.
pub async fn save_policy(
    db: &Db,
    tenant: &Tenant,
    settings: &PolicySettings,
    actor: &Actor,
) -> Result<(), ServerError> {
    tenants::set_policy(db, tenant.id, settings).await?;
    audit::record(
        db,
        tenant.id,
        actor,
        "policy-saved",
        Some(policy_json(&PolicySettings::from(tenant))),
        Some(policy_json(settings)),
    )
    .await
}
