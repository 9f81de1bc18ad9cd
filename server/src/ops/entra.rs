//! A tenant's Entra connection, the same from the console, the command line and the schedule:
//! connect (credential sealed with the data key), test (permission by permission), and sync
//! (roster from the rollout groups, passkey policy per group, registration details, passkey
//! usage), each run recorded with what it changed.

use crate::error::ServerError;
use crate::graph::{self, Certificate, Client, Credential, GraphError, Need};
use crate::secrets::DataKeys;
use crate::store::audit::{self, Actor};
use crate::store::tenants::Tenant;
use crate::store::{Db, entra as store, now_ms};
use app::domain::Policy;
use app::domain::entra::{Fido2Config, LeftReason, Member, SignIn, incoming, plan_roster};
use app::i18n::Locale;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

/// Where Microsoft lives and how patient to be with it; from the environment
/// (`PASSKEY_GUIDE_GRAPH_LOGIN_URL`, `PASSKEY_GUIDE_GRAPH_URL`), with the data key.
#[derive(Debug, Clone)]
pub struct EntraSettings {
    pub keys: Option<Arc<DataKeys>>,
    pub login_url: String,
    pub graph_url: String,
    pub max_retries: u32,
    pub max_wait: Duration,
}

impl EntraSettings {
    pub fn keys(&self) -> Result<&DataKeys, ServerError> {
        self.keys
            .as_deref()
            .ok_or_else(|| ServerError::Invalid(crate::secrets::SecretError::NoKey.to_string()))
    }
}

/// The credential as given to `connect`.
pub enum NewCredential {
    Secret(String),
    /// A PEM file with the certificate registered on the app and its private key.
    Certificate(String),
}

/// What an owner connects.
pub struct NewConnection {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub credential: NewCredential,
    pub rollout_groups: Vec<String>,
    pub sync_every_minutes: i64,
    pub usage_days: i64,
    pub leaver_retention_days: i64,
}

pub(crate) fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// An Entra tenant id: its GUID or a verified domain name.
pub(crate) fn is_directory(s: &str) -> bool {
    is_guid(s)
        || (s.contains('.')
            && s.len() <= 253
            && s.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            }))
}

/// Checks what an owner typed; the message says which value is wrong and why.
pub fn validate(c: &NewConnection) -> Result<(), ServerError> {
    let bad = |m: String| Err(ServerError::Invalid(m));
    if !is_directory(c.entra_tenant_id.trim()) {
        return bad(format!(
            "the Entra tenant id {:?} is neither a GUID nor a domain name",
            c.entra_tenant_id
        ));
    }
    if !is_guid(c.client_id.trim()) {
        return bad(format!(
            "the client id {:?} is not a GUID (Application (client) ID on the app's overview)",
            c.client_id
        ));
    }
    if c.rollout_groups.is_empty() {
        return bad("name at least one rollout group (its object id)".into());
    }
    if let Some(g) = c.rollout_groups.iter().find(|g| !is_guid(g.trim())) {
        return bad(format!("the group {g:?} is not an object id (a GUID)"));
    }
    if !(15..=10_080).contains(&c.sync_every_minutes) {
        return bad("sync every 15 to 10080 minutes".into());
    }
    if !(1..=30).contains(&c.usage_days) {
        return bad("read 1 to 30 days of sign-ins (Entra keeps 30 at most)".into());
    }
    if !(0..=3650).contains(&c.leaver_retention_days) {
        return bad("keep leavers 0 to 3650 days".into());
    }
    match &c.credential {
        NewCredential::Secret(s) if s.trim().is_empty() => bad("the client secret is empty".into()),
        NewCredential::Certificate(pem) => Certificate::from_pem(pem.as_bytes())
            .map(|_| ())
            .map_err(|e| ServerError::Invalid(format!("the certificate file: {e}"))),
        NewCredential::Secret(_) => Ok(()),
    }
}

fn context(tenant_id: i64) -> String {
    format!("entra-credential:{tenant_id}")
}

/// Connects a tenant (or replaces its connection). The credential is sealed with the data
/// key and never shown again; without a data key, connecting is refused.
pub async fn connect(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
    c: NewConnection,
    actor: &Actor,
) -> Result<(), ServerError> {
    let keys = settings.keys()?;
    validate(&c)?;
    let (kind, plain) = match &c.credential {
        NewCredential::Secret(s) => ("secret", s.trim()),
        NewCredential::Certificate(pem) => ("certificate", pem.as_str()),
    };
    let mut groups: Vec<String> = c
        .rollout_groups
        .iter()
        .map(|g| g.trim().to_lowercase())
        .collect();
    groups.dedup();
    let row = store::Connection {
        tenant_id: tenant.id,
        entra_tenant_id: c.entra_tenant_id.trim().to_owned(),
        client_id: c.client_id.trim().to_lowercase(),
        credential_kind: kind.into(),
        credential: keys.seal(plain, &context(tenant.id)),
        rollout_groups: groups,
        sync_every_minutes: c.sync_every_minutes,
        usage_days: c.usage_days,
        leaver_retention_days: c.leaver_retention_days,
        fido2_policy: None,
        default_policy: None,
        signins_read_until_ms: None,
        next_sync_at_ms: None,
    };
    store::save(db, &row).await?;
    let after = serde_json::json!({
        "entra-tenant-id": row.entra_tenant_id,
        "client-id": row.client_id,
        "credential": kind,
        "rollout-groups": row.rollout_groups,
        "sync-every-minutes": row.sync_every_minutes,
        "usage-days": row.usage_days,
        "leaver-retention-days": row.leaver_retention_days,
    });
    audit::record(db, tenant.id, actor, "entra-connected", None, Some(after)).await
}

pub async fn disconnect(db: &Db, tenant: &Tenant, actor: &Actor) -> Result<bool, ServerError> {
    let removed = store::remove(db, tenant.id).await?;
    if removed {
        audit::record(db, tenant.id, actor, "entra-disconnected", None, None).await?;
    }
    Ok(removed)
}

/// Opens a sealed credential of `kind` ("secret" or "certificate"); also returns it sealed
/// under the newest data key when an older one sealed it, for the caller to store.
pub fn open_credential(
    keys: &DataKeys,
    kind: &str,
    sealed: &str,
    context: &str,
) -> Result<(Credential, Option<String>), ServerError> {
    let plain = keys
        .open(sealed, context)
        .map_err(|e| ServerError::Config(e.to_string()))?;
    let resealed = keys
        .needs_reseal(sealed)
        .then(|| keys.seal(&plain, context));
    let credential = match kind {
        "certificate" => Credential::Certificate(Arc::new(
            Certificate::from_pem(plain.as_bytes())
                .map_err(|e| ServerError::Config(format!("the stored certificate: {e}")))?,
        )),
        _ => Credential::Secret(plain),
    };
    Ok((credential, resealed))
}

/// The credential of a tenant's Entra connection, resealed under the newest data key when an
/// older one sealed it.
pub async fn credential(
    db: &Db,
    settings: &EntraSettings,
    row: &store::Connection,
) -> Result<Credential, ServerError> {
    let (credential, resealed) = open_credential(
        settings.keys()?,
        &row.credential_kind,
        &row.credential,
        &context(row.tenant_id),
    )?;
    if let Some(sealed) = resealed {
        store::reseal(db, row.tenant_id, &sealed).await?;
    }
    Ok(credential)
}

/// The Graph connection of a stored row, its credential opened.
async fn open(
    db: &Db,
    settings: &EntraSettings,
    row: &store::Connection,
) -> Result<graph::Connection, ServerError> {
    let credential = credential(db, settings, row).await?;
    Ok(graph::Connection {
        entra_tenant_id: row.entra_tenant_id.clone(),
        client_id: row.client_id.clone(),
        credential,
        login_url: settings.login_url.clone(),
        graph_url: settings.graph_url.clone(),
        max_retries: settings.max_retries,
        max_wait: settings.max_wait,
    })
}

/// A signed-in Graph client for the tenant's Entra connection, if it has one.
pub async fn client(
    db: &Db,
    settings: &EntraSettings,
    tenant_id: i64,
) -> Result<Option<graph::Client>, ServerError> {
    let Some(row) = store::get(db, tenant_id).await? else {
        return Ok(None);
    };
    let connection = open(db, settings, &row).await?;
    graph::Client::connect(&connection)
        .await
        .map(Some)
        .map_err(|e| ServerError::Invalid(e.to_string()))
}

/// The object ids (lower-cased) of a group's members, transitively, read from Entra now: the
/// cohort of a wave for an Entra group.
pub async fn group_member_ids(
    db: &Db,
    settings: &EntraSettings,
    tenant_id: i64,
    group: &str,
) -> Result<std::collections::HashSet<String>, ServerError> {
    let client = client(db, settings, tenant_id).await?.ok_or_else(|| {
        ServerError::Invalid("a group wave needs the tenant's Entra connection".into())
    })?;
    let mut ids = std::collections::HashSet::new();
    let group: String = url::form_urlencoded::byte_serialize(group.trim().as_bytes()).collect();
    client
        .pages::<Member>(
            &members_path(&group, "id"),
            graph::GROUP_MEMBERS,
            true,
            |page| {
                ids.extend(page.into_iter().map(|m| m.id.to_lowercase()));
            },
        )
        .await
        .map_err(graph_error)?;
    Ok(ids)
}

async fn connection_of(db: &Db, tenant: &Tenant) -> Result<store::Connection, ServerError> {
    store::get(db, tenant.id).await?.ok_or_else(|| {
        ServerError::Invalid(format!("tenant {} has no Entra connection", tenant.slug))
    })
}

const MEMBER_FIELDS: &str =
    "id,userPrincipalName,mail,displayName,department,preferredLanguage,accountEnabled,userType";

pub(crate) fn members_path(group: &str, fields: &str) -> String {
    format!(
        "/v1.0/groups/{group}/transitiveMembers/microsoft.graph.user?$count=true&$select={fields}&$top=999"
    )
}

const FIDO2_PATH: &str =
    "/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2";

fn signins_path(since_ms: i64) -> String {
    let since = jiff::Timestamp::from_millisecond(since_ms)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let filter: String =
        url::form_urlencoded::byte_serialize(format!("createdDateTime ge {since}").as_bytes())
            .collect();
    format!("/beta/auditLogs/signIns?$filter={filter}&$top=1000")
}

/// One line of "Test connection".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The permission checked; `None` for the token itself.
    pub permission: Option<&'static str>,
    pub what: &'static str,
    pub ok: bool,
    /// What failed and how to fix it, when it did.
    pub detail: Option<String>,
}

/// Tries each read the sync makes with the smallest request, and says per permission what
/// works and what is missing.
pub async fn test(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
) -> Result<Vec<Check>, ServerError> {
    let row = connection_of(db, tenant).await?;
    let conn = open(db, settings, &row).await?;
    let client = match Client::connect(&conn).await {
        Ok(c) => c,
        Err(e) => {
            return Ok(vec![Check {
                permission: None,
                what: "a token for the app registration",
                ok: false,
                detail: Some(e.to_string()),
            }]);
        }
    };
    let mut out = vec![Check {
        permission: None,
        what: "a token for the app registration",
        ok: true,
        detail: None,
    }];
    let group = &row.rollout_groups[0];
    let one = |need: Need, r: Result<(), GraphError>| Check {
        permission: Some(need.permission),
        what: need.what,
        ok: r.is_ok(),
        detail: r.err().map(|e| e.to_string()),
    };
    let members = client
        .get::<app::domain::entra::Page<Member>>(
            &client.url(&members_path(group, MEMBER_FIELDS).replace("$top=999", "$top=5")),
            graph::GROUP_MEMBERS,
            true,
        )
        .await;
    let users = match &members {
        Ok(page) if page.value.iter().any(Member::is_limited) => Err(GraphError::Forbidden {
            need: graph::USERS,
            code: "limited information".into(),
        }),
        Ok(_) => Ok(()),
        Err(_) => Err(GraphError::Status {
            need: graph::USERS,
            status: 0,
            detail: "not checked: the group could not be read".into(),
        }),
    };
    out.push(one(graph::GROUP_MEMBERS, members.map(|_| ())));
    out.push(one(graph::USERS, users));
    let policy = client
        .get::<serde_json::Value>(&client.url(FIDO2_PATH), graph::PASSKEY_POLICY, false)
        .await;
    out.push(one(graph::PASSKEY_POLICY, policy.map(|_| ())));
    let report = client
        .get::<serde_json::Value>(
            &client.url(&format!("{}&$top=1", graph::REGISTRATION_REPORT)),
            graph::REGISTRATION,
            false,
        )
        .await;
    out.push(one(graph::REGISTRATION, report.map(|_| ())));
    let signins = client
        .get::<serde_json::Value>(
            &client.url(&signins_path(now_ms() - 86_400_000).replace("$top=1000", "$top=1")),
            graph::SIGN_INS,
            false,
        )
        .await;
    out.push(one(graph::SIGN_INS, signins.map(|_| ())));
    let branding = client
        .get_bytes(
            &client.url(&format!(
                "/v1.0/organization/{}/branding",
                row.entra_tenant_id
            )),
            graph::BRANDING,
            &[("Accept-Language", "0")],
        )
        .await;
    // No company branding (404) still proves the permission.
    let branding = match branding {
        Err(GraphError::Status { status: 404, .. }) => Ok(()),
        other => other.map(|_| ()),
    };
    out.push(one(graph::BRANDING, branding));
    // Where the token lists its permissions, name what admin consent has not granted.
    if let Some(roles) = &client.roles {
        for c in out.iter_mut().filter(|c| !c.ok) {
            if let Some(p) = c.permission
                && !roles.iter().any(|r| r == p)
            {
                c.detail = Some(format!(
                    "{} — the token does not carry {p}: add it as an application permission and grant admin consent",
                    c.detail.take().unwrap_or_default()
                ));
            }
        }
    }
    Ok(out)
}

/// What one sync read and changed (or, in a dry run, would change).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SyncReport {
    pub dry_run: bool,
    pub members_read: usize,
    pub joined: usize,
    pub changed: usize,
    pub returned: usize,
    pub unchanged: usize,
    pub left_not_in_groups: usize,
    pub left_disabled: usize,
    pub left_guest: usize,
    pub duplicate_addresses: usize,
    pub policy_profiles: Option<usize>,
    pub registrations: Option<usize>,
    pub passkey_signins: Option<usize>,
    /// Employees whose manager was read from Entra (only for tenants with manager digests).
    pub managers: Option<usize>,
    pub erased: u64,
    /// What failed after the roster was written, each said for an admin.
    pub problems: Vec<String>,
}

impl SyncReport {
    pub fn outcome(&self) -> &'static str {
        if self.problems.is_empty() {
            "ok"
        } else {
            "partial"
        }
    }
}

/// Syncs a tenant and records the run. A failure before the roster is written changes
/// nothing (and nobody leaves); later failures (registration, usage) leave what was already
/// written and are reported as a partial sync.
pub async fn sync(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
    started_by: &str,
    dry_run: bool,
) -> Result<SyncReport, ServerError> {
    let row = connection_of(db, tenant).await?;
    let run = store::run_started(db, tenant.id, started_by, dry_run).await?;
    let result = sync_run(db, settings, tenant, &row, dry_run).await;
    let (outcome, error, changes) = match &result {
        Ok(r) => (
            r.outcome(),
            (!r.problems.is_empty()).then(|| r.problems.join("; ")),
            serde_json::to_string(r).unwrap_or_default(),
        ),
        Err(e) => ("failed", Some(e.to_string()), "{}".to_owned()),
    };
    store::run_finished(db, run, outcome, error.as_deref(), &changes).await?;
    // The sync's freshness metrics (`passkey_guide_graph_sync_*`) read `registration_sync`:
    // a real run is recorded there too. Only a failed run counts as failing; a partial one
    // (a tenant without the licence for sign-in logs, say) is working as well as it can.
    if !dry_run {
        crate::store::registration::sync_started(db, tenant.id).await?;
        let failed = result.as_ref().err().map(ToString::to_string);
        let seen = result.as_ref().ok().map(|r| r.members_read as i64);
        crate::store::registration::sync_finished(db, tenant.id, failed, seen).await?;
    }
    result
}

fn graph_error(e: GraphError) -> ServerError {
    match e {
        GraphError::Database(e) => ServerError::Database(e),
        other => ServerError::Invalid(other.to_string()),
    }
}

async fn sync_run(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
    row: &store::Connection,
    dry_run: bool,
) -> Result<SyncReport, ServerError> {
    let conn = open(db, settings, row).await?;
    let client = Client::connect(&conn).await.map_err(graph_error)?;
    let mut report = SyncReport {
        dry_run,
        ..SyncReport::default()
    };

    // The policy first: who is in which profile decides each employee's flows. Without it,
    // the policy last read stays.
    let policy: Option<(Fido2Config, String)> = match client
        .get::<serde_json::Value>(&client.url(FIDO2_PATH), graph::PASSKEY_POLICY, false)
        .await
    {
        Ok(v) => {
            let config: Fido2Config = serde_json::from_value(v.clone()).map_err(|e| {
                graph_error(GraphError::Json {
                    need: graph::PASSKEY_POLICY,
                    error: e,
                })
            })?;
            Some((config, v.to_string()))
        }
        Err(e) if e.is_refusal() => {
            report.problems.push(e.to_string());
            row.fido2_policy
                .as_deref()
                .and_then(|j| serde_json::from_str(j).ok().map(|c| (c, j.to_owned())))
        }
        Err(e) => return Err(graph_error(e)),
    };
    report.policy_profiles = policy.as_ref().map(|(c, _)| c.profiles().len());

    // Which of the policy's groups each person is in (indexes into `targets`), read first so
    // each member becomes a roster entry as their page arrives.
    let targets: Vec<String> = policy
        .as_ref()
        .map(|(c, _)| c.target_groups().into_iter().collect())
        .unwrap_or_default();
    let mut groups_of: HashMap<String, Vec<u16>> = HashMap::new();
    for (i, group) in targets.iter().enumerate() {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        client
            .pages::<Member>(
                &members_path(group, "id"),
                graph::GROUP_MEMBERS,
                true,
                |page| {
                    for m in page {
                        groups_of.entry(m.id.to_lowercase()).or_default().push(i);
                    }
                },
            )
            .await
            .map_err(graph_error)?;
    }
    // Everyone in the same groups has the same policy: computed once per set of groups.
    let mut policies: HashMap<Vec<u16>, Option<Arc<str>>> = HashMap::new();
    let mut policy_of = |object_id: &str| -> Option<Arc<str>> {
        let (config, _) = policy.as_ref()?;
        let key = groups_of.get(object_id).cloned().unwrap_or_default();
        policies
            .entry(key)
            .or_insert_with_key(|key| {
                let groups: BTreeSet<&str> = key
                    .iter()
                    .filter_map(|i| targets.get(usize::from(*i)))
                    .map(String::as_str)
                    .collect();
                serde_json::to_string(&config.policy_for(&groups))
                    .ok()
                    .map(Arc::from)
            })
            .clone()
    };

    // Every rollout group, read completely, before anything is written.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut incoming_members = Vec::new();
    let mut excluded: HashMap<String, LeftReason> = HashMap::new();
    let mut limited = false;
    for group in &row.rollout_groups {
        client
            .pages::<Member>(
                &members_path(group, MEMBER_FIELDS),
                graph::GROUP_MEMBERS,
                true,
                |page| {
                    for m in page {
                        let id = m.id.to_lowercase();
                        if !seen.insert(id.clone()) {
                            continue;
                        }
                        if m.is_limited() {
                            limited = true;
                            continue;
                        }
                        match incoming(&m, policy_of(&id)) {
                            Ok(mut i) => {
                                i.preferred_language = i
                                    .preferred_language
                                    .as_deref()
                                    .and_then(Locale::best_match)
                                    .map(|l| l.tag().to_owned());
                                incoming_members.push(i);
                            }
                            Err(reason) => {
                                excluded.insert(id, reason);
                            }
                        }
                    }
                },
            )
            .await
            .map_err(graph_error)?;
    }
    if limited {
        return Err(graph_error(GraphError::Forbidden {
            need: graph::USERS,
            code: "limited information".into(),
        }));
    }
    report.members_read = seen.len();
    drop(seen);
    drop(groups_of);
    let known = store::known(db, tenant.id).await?;
    let plan = plan_roster(&known, incoming_members, &excluded);
    drop(known);
    report.joined = plan.insert.len();
    report.changed = plan.update.len() - plan.returned;
    report.returned = plan.returned;
    report.unchanged = plan.unchanged;
    report.duplicate_addresses = plan.duplicates.len();
    for (_, reason) in &plan.leave {
        match reason {
            LeftReason::NotInGroups => report.left_not_in_groups += 1,
            LeftReason::Disabled => report.left_disabled += 1,
            LeftReason::Guest => report.left_guest += 1,
        }
    }
    if dry_run {
        return Ok(report);
    }
    store::apply_roster(db, tenant.id, &plan).await?;
    drop(plan);
    if let Some((config, json)) = &policy {
        let default: Policy = config.default_policy();
        store::save_policy(
            db,
            tenant.id,
            json,
            &serde_json::to_string(&default).unwrap_or_default(),
        )
        .await?;
    }

    // Registration details, matched by object id.
    match registration(db, &client, tenant.id).await {
        Ok(n) => report.registrations = Some(n),
        Err(e) => report.problems.push(e.to_string()),
    }
    // Passkey usage from the sign-in logs, from where the last read ended.
    match usage(db, &client, row).await {
        Ok(n) => report.passkey_signins = Some(n),
        Err(e) => report.problems.push(e.to_string()),
    }
    // Managers, for the weekly digest: read only where the tenant has it on.
    if crate::store::comms::programme(db, tenant.id)
        .await?
        .manager_digest
    {
        match managers(db, &client, tenant.id).await {
            Ok(n) => report.managers = Some(n),
            Err(e) => report.problems.push(e.to_string()),
        }
    }
    report.erased = store::erase_leavers(
        db,
        tenant.id,
        now_ms() - row.leaver_retention_days * 86_400_000,
    )
    .await?;
    Ok(report)
}

/// A user with their manager (`$expand=manager`, graph-contracts §3.3).
#[derive(serde::Deserialize)]
struct WithManager {
    id: String,
    manager: Option<ManagerRef>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ManagerRef {
    mail: Option<String>,
    user_principal_name: Option<String>,
}

/// Reads every user's manager (`GET /users?$expand=manager`, a documented form) and records
/// the manager's address on the Entra-synced employees. Returns how many have one.
async fn managers(db: &Db, client: &Client, tenant_id: i64) -> Result<usize, ServerError> {
    let mut found: Vec<(String, String)> = Vec::new();
    client
        .pages::<WithManager>(MANAGERS_PATH, graph::USERS, false, |page| {
            found.extend(page.into_iter().filter_map(|u| {
                let m = u.manager?;
                let address = m.mail.or(m.user_principal_name)?;
                Some((u.id.to_lowercase(), address.trim().to_lowercase()))
            }))
        })
        .await
        .map_err(graph_error)?;
    store::set_managers(db, tenant_id, &found).await
}

const MANAGERS_PATH: &str =
    "/v1.0/users?$select=id&$expand=manager($select=mail,userPrincipalName)";

async fn registration(db: &Db, client: &Client, tenant_id: i64) -> Result<usize, ServerError> {
    let mut regs = Vec::new();
    client
        .pages::<app::domain::entra::RegistrationDetail>(
            graph::REGISTRATION_REPORT,
            graph::REGISTRATION,
            false,
            |page| regs.extend(page.iter().filter_map(|d| d.registration())),
        )
        .await
        .map_err(graph_error)?;
    super::registration::store_matched(db, tenant_id, "graph", regs).await
}

async fn usage(db: &Db, client: &Client, row: &store::Connection) -> Result<usize, ServerError> {
    let now = now_ms();
    let window_start = now - row.usage_days * 86_400_000;
    let since = row
        .signins_read_until_ms
        .map_or(window_start, |until| until.max(window_start));
    let mut seen: HashMap<String, (i64, i64)> = HashMap::new();
    let mut newest = since;
    client
        .pages::<SignIn>(&signins_path(since), graph::SIGN_INS, false, |page| {
            for s in page {
                let Ok(at) = s.created_date_time.parse::<jiff::Timestamp>() else {
                    continue;
                };
                let at = at.as_millisecond();
                newest = newest.max(at);
                if let (true, Some(user)) = (s.used_passkey(), &s.user_id) {
                    let e = seen.entry(user.to_lowercase()).or_insert((at, at));
                    e.0 = e.0.min(at);
                    e.1 = e.1.max(at);
                }
            }
        })
        .await
        .map_err(graph_error)?;
    store::record_passkey_signins(db, row.tenant_id, &seen, newest).await?;
    Ok(seen.len())
}

/// Syncs every connected tenant whose time has come; each claims its tenant first, so several
/// instances share the work. Returns how many tenants it synced.
pub async fn sync_due(db: &Db, settings: &EntraSettings) -> Result<usize, ServerError> {
    let now = now_ms();
    let mut n = 0;
    for tenant_id in store::due(db, now).await? {
        let Some(row) = store::get(db, tenant_id).await? else {
            continue;
        };
        let next = now + row.sync_every_minutes * 60_000;
        if !store::claim(db, tenant_id, row.next_sync_at_ms, next).await? {
            continue;
        }
        let Some(tenant) = crate::store::tenants::by_id(db, tenant_id).await? else {
            continue;
        };
        match sync(db, settings, &tenant, "schedule", false).await {
            Ok(r) => {
                tracing::info!(tenant = %tenant.slug, outcome = r.outcome(), members = r.members_read, joined = r.joined, left = r.left_not_in_groups + r.left_disabled + r.left_guest, "Entra sync")
            }
            Err(e) => tracing::error!(tenant = %tenant.slug, error = %e, "Entra sync failed"),
        }
        n += 1;
    }
    Ok(n)
}

/// `GET /organization/{id}/branding` (graph-contracts §8), the fields the guide uses.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct CompanyBranding {
    background_color: Option<String>,
    sign_in_page_text: Option<String>,
}

/// What "Import from Entra" filled into the draft, and what it could not use and why.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandingImport {
    pub colour: bool,
    pub intro: bool,
    pub logo: bool,
    /// Fluent keys with arguments, for the console.
    pub problems: Vec<(&'static str, Vec<(&'static str, String)>)>,
}

/// Fills the draft branding from the tenant's company branding in Entra: the background
/// colour as the brand colour, the sign-in page text as the introduction, the banner logo as
/// the logo. Each is validated as if typed or uploaded; what fails is left as it was and
/// reported. Nothing is published.
pub async fn import_branding(
    db: &Db,
    settings: &EntraSettings,
    tenant: &Tenant,
    actor: &Actor,
) -> Result<BrandingImport, ServerError> {
    use crate::store::tenants::{self, BrandingState};
    use app::domain::branding::{BrandingForm, check_logo};
    let row = connection_of(db, tenant).await?;
    let conn = open(db, settings, &row).await?;
    let client = Client::connect(&conn).await.map_err(graph_error)?;
    let org = &row.entra_tenant_id;
    let default_language = [("Accept-Language", "0")];
    let (_, body) = client
        .get_bytes(
            &client.url(&format!("/v1.0/organization/{org}/branding")),
            graph::BRANDING,
            &default_language,
        )
        .await
        .map_err(|e| match e {
            GraphError::Status { status: 404, .. } => ServerError::Invalid(
                "Entra ID has no company branding for this directory (Graph answered 404)".into(),
            ),
            other => graph_error(other),
        })?;
    let entra: CompanyBranding = serde_json::from_slice(&body).map_err(|error| {
        graph_error(GraphError::Json {
            need: graph::BRANDING,
            error,
        })
    })?;
    let (draft, _) = tenants::branding(db, tenant.id, BrandingState::Draft).await?;
    let mut out = BrandingImport::default();
    let mut form = BrandingForm::from_branding(&draft);
    let before = serde_json::to_value(&draft).unwrap_or_default();
    // One field at a time, so a colour that fails the contrast check does not stop the text.
    let nonempty = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if let Some(colour) = nonempty(&entra.background_color) {
        let mut trial = form.clone();
        trial.primary_color = colour;
        match trial.validate(draft.logo_type.clone()) {
            Ok(_) => {
                form = trial;
                out.colour = true;
            }
            Err(errors) => out
                .problems
                .extend(errors.into_iter().map(|e| (e.key, e.args))),
        }
    }
    if let Some(text) = nonempty(&entra.sign_in_page_text) {
        let mut trial = form.clone();
        trial.intro = text;
        match trial.validate(draft.logo_type.clone()) {
            Ok(_) => {
                form = trial;
                out.intro = true;
            }
            Err(errors) => out
                .problems
                .extend(errors.into_iter().map(|e| (e.key, e.args))),
        }
    }
    if out.colour || out.intro {
        let branding = form
            .validate(draft.logo_type.clone())
            .map_err(|_| ServerError::Internal("validated fields failed together".into()))?;
        tenants::save_draft(db, tenant.id, &branding).await?;
        audit::record(
            db,
            tenant.id,
            actor,
            "branding-imported",
            Some(before),
            Some(serde_json::to_value(&branding).unwrap_or_default()),
        )
        .await?;
    }
    // The banner logo: an image, or `{}` when none is set.
    let logo = client
        .get_bytes(
            &client.url(&format!(
                "/v1.0/organization/{org}/branding/localizations/default/bannerLogo"
            )),
            graph::BRANDING,
            &[],
        )
        .await
        .map_err(graph_error)?;
    if logo.0.starts_with("image/") && !logo.1.is_empty() {
        match check_logo(&logo.1) {
            Ok(format) => {
                tenants::set_draft_logo(db, tenant.id, Some((&logo.1, format.media_type())))
                    .await?;
                audit::record(
                    db,
                    tenant.id,
                    actor,
                    "logo-uploaded",
                    None,
                    Some(serde_json::json!({
                        "type": format.media_type(),
                        "bytes": logo.1.len(),
                        "from": "entra",
                    })),
                )
                .await?;
                out.logo = true;
            }
            Err(e) => out.problems.push(e.message()),
        }
    }
    Ok(out)
}
