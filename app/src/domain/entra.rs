//! The organisation as Microsoft Entra ID describes it: the Microsoft Graph shapes a sync reads
//! (group members, the passkey (FIDO2) method policy with its passkey profiles, registration
//! details, sign-ins), and the rules built on them: each employee's effective passkey policy,
//! the configurations that will fail, who joins, changes or leaves the roster, and readiness.
//!
//! Shapes and semantics: `shared/research/graph-contracts.md` §3–§6 (Microsoft Learn,
//! fido2AuthenticationMethodConfiguration and passkeyProfile, ms.date 03/04/2026).

use super::chooser::{AUTHENTICATOR_AAGUIDS, Authenticators, Policy, WINDOWS_HELLO_AAGUIDS};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};

/// One page of a Graph collection.
#[derive(Debug, Clone, Deserialize)]
pub struct Page<T> {
    #[serde(default = "Vec::new")]
    pub value: Vec<T>,
    #[serde(rename = "@odata.nextLink")]
    pub next_link: Option<String>,
}

/// A user among a group's transitive members (`microsoft.graph.user` cast, `$select`ed).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: String,
    pub user_principal_name: Option<String>,
    pub mail: Option<String>,
    pub display_name: Option<String>,
    pub department: Option<String>,
    pub preferred_language: Option<String>,
    pub account_enabled: Option<bool>,
    pub user_type: Option<String>,
}

impl Member {
    /// Graph answers members it may not describe (no `User.Read.All`) with only their id.
    pub fn is_limited(&self) -> bool {
        self.user_principal_name.is_none() && self.display_name.is_none()
    }

    pub fn is_guest(&self) -> bool {
        self.user_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("guest"))
    }
}

/// `GET /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct Fido2Config {
    pub state: String,
    pub is_self_service_registration_allowed: Option<bool>,
    pub is_attestation_enforced: Option<bool>,
    pub key_restrictions: Option<KeyRestrictions>,
    pub include_targets: Vec<Target>,
    pub exclude_targets: Vec<Target>,
    pub passkey_profiles: Vec<PasskeyProfile>,
    pub default_passkey_profile: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyRestrictions {
    pub is_enforced: bool,
    /// `allow` or `block`.
    pub enforcement_type: String,
    pub aa_guids: Vec<String>,
}

impl KeyRestrictions {
    fn lists(&self, aaguid: &str) -> bool {
        self.aa_guids.iter().any(|a| a.eq_ignore_ascii_case(aaguid))
    }

    fn is_allow_list(&self) -> bool {
        self.is_enforced && self.enforcement_type.eq_ignore_ascii_case("allow")
    }

    /// Whether a passkey with this AAGUID may be registered.
    pub fn allows(&self, aaguid: &str) -> bool {
        if !self.is_enforced {
            true
        } else if self.is_allow_list() {
            self.lists(aaguid)
        } else {
            !self.lists(aaguid)
        }
    }
}

/// An include or exclude target: a group's object id, or `all_users`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct Target {
    pub id: String,
    pub target_type: Option<String>,
    pub allowed_passkey_profiles: Vec<String>,
}

pub const ALL_USERS: &str = "all_users";

#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct PasskeyProfile {
    pub id: String,
    pub name: String,
    /// Comma-joined flags: `deviceBound`, `synced`.
    pub passkey_types: String,
    /// `disabled` or `registrationOnly`.
    pub attestation_enforcement: String,
    pub key_restrictions: KeyRestrictions,
}

impl PasskeyProfile {
    fn has_type(&self, t: &str) -> bool {
        self.passkey_types
            .split(',')
            .any(|x| x.trim().eq_ignore_ascii_case(t))
    }

    pub fn synced_type(&self) -> bool {
        self.has_type("synced")
    }

    pub fn device_bound_type(&self) -> bool {
        self.has_type("deviceBound")
    }

    pub fn attestation(&self) -> bool {
        self.attestation_enforcement
            .eq_ignore_ascii_case("registrationOnly")
    }

    /// What the guide may offer someone this profile applies to.
    pub fn policy(&self) -> Policy {
        let attested = self.attestation();
        let device_bound = self.device_bound_type();
        let kr = &self.key_restrictions;
        let microsoft: Vec<&str> = AUTHENTICATOR_AAGUIDS
            .iter()
            .chain(WINDOWS_HELLO_AAGUIDS.iter())
            .map(|(a, _)| *a)
            .collect();
        Policy {
            // Synced passkeys carry no attestation (passkey profiles how-to).
            synced_allowed: self.synced_type() && !attested,
            attestation_enforced: attested,
            authenticators: Authenticators {
                microsoft_authenticator: device_bound
                    && AUTHENTICATOR_AAGUIDS.iter().any(|(a, _)| kr.allows(a)),
                // Entra passkeys on Windows (preview): the Windows Hello AAGUIDs must be
                // allowed explicitly, and attestation must not be enforced.
                windows_hello: device_bound
                    && !attested
                    && kr.is_allow_list()
                    && WINDOWS_HELLO_AAGUIDS.iter().any(|(a, _)| kr.lists(a)),
                security_keys: device_bound
                    && (!kr.is_allow_list()
                        || kr
                            .aa_guids
                            .iter()
                            .any(|a| !microsoft.iter().any(|m| m.eq_ignore_ascii_case(a)))),
            },
        }
    }
}

/// Nothing may be registered: the method is off for this person.
pub const NO_PASSKEYS: Policy = Policy {
    synced_allowed: false,
    attestation_enforced: false,
    authenticators: Authenticators {
        microsoft_authenticator: false,
        windows_hello: false,
        security_keys: false,
    },
};

/// Registration is allowed when the passkey satisfies at least one scoped profile, so the
/// guide may offer what any of them allows.
pub fn union(policies: impl IntoIterator<Item = Policy>) -> Option<Policy> {
    policies.into_iter().reduce(|a, b| Policy {
        synced_allowed: a.synced_allowed || b.synced_allowed,
        attestation_enforced: a.attestation_enforced && b.attestation_enforced,
        authenticators: Authenticators {
            microsoft_authenticator: a.authenticators.microsoft_authenticator
                || b.authenticators.microsoft_authenticator,
            windows_hello: a.authenticators.windows_hello || b.authenticators.windows_hello,
            security_keys: a.authenticators.security_keys || b.authenticators.security_keys,
        },
    })
}

/// The id of the profile Entra creates when a tenant opts in to passkey profiles.
pub const DEFAULT_PROFILE_ID: &str = "00000000-0000-0000-0000-000000000001";

impl Fido2Config {
    /// Graph's JSON answer, as read.
    pub fn parse(json: &[u8]) -> Result<Fido2Config, String> {
        serde_json::from_slice(json).map_err(|e| e.to_string())
    }

    pub fn enabled(&self) -> bool {
        self.state.eq_ignore_ascii_case("enabled")
    }

    pub fn self_service(&self) -> bool {
        self.is_self_service_registration_allowed.unwrap_or(true)
    }

    /// The profiles; a tenant that has not opted in to passkey profiles has one, made of its
    /// global settings.
    pub fn profiles(&self) -> Vec<PasskeyProfile> {
        if !self.passkey_profiles.is_empty() {
            return self.passkey_profiles.clone();
        }
        let attested = self.is_attestation_enforced.unwrap_or(false);
        vec![PasskeyProfile {
            id: DEFAULT_PROFILE_ID.into(),
            name: "Passkey (FIDO2) policy".into(),
            passkey_types: if attested {
                "deviceBound".into()
            } else {
                "deviceBound,synced".into()
            },
            attestation_enforcement: if attested {
                "registrationOnly".into()
            } else {
                "disabled".into()
            },
            key_restrictions: self.key_restrictions.clone().unwrap_or_default(),
        }]
    }

    /// The groups the policy names (not `all_users`): a sync reads their members to know
    /// whom each profile applies to.
    pub fn target_groups(&self) -> BTreeSet<String> {
        self.include_targets
            .iter()
            .chain(&self.exclude_targets)
            .map(|t| t.id.clone())
            .filter(|id| id != ALL_USERS)
            .collect()
    }

    /// The profiles that apply to a member of `groups`: none when the method is off or the
    /// person is excluded (exclusion wins) or not targeted.
    pub fn profiles_for(&self, groups: &BTreeSet<&str>) -> Vec<PasskeyProfile> {
        let is_in = |t: &Target| t.id == ALL_USERS || groups.contains(t.id.as_str());
        if !self.enabled() || self.exclude_targets.iter().any(is_in) {
            return Vec::new();
        }
        let profiles = self.profiles();
        let mut ids = BTreeSet::new();
        for t in self.include_targets.iter().filter(|t| is_in(t)) {
            if t.allowed_passkey_profiles.is_empty() {
                ids.extend(profiles.iter().map(|p| p.id.clone()));
            } else {
                ids.extend(t.allowed_passkey_profiles.iter().cloned());
            }
        }
        profiles
            .into_iter()
            .filter(|p| ids.contains(&p.id))
            .collect()
    }

    /// The policy for a member of `groups`; [`NO_PASSKEYS`] when no profile applies or
    /// self-service registration is off.
    pub fn policy_for(&self, groups: &BTreeSet<&str>) -> Policy {
        if !self.self_service() {
            return NO_PASSKEYS;
        }
        union(self.profiles_for(groups).iter().map(PasskeyProfile::policy)).unwrap_or(NO_PASSKEYS)
    }

    /// The policy for someone the guide knows nothing about (no personal link): what applies
    /// to all users, else the default profile.
    pub fn default_policy(&self) -> Policy {
        let everyone = self.policy_for(&BTreeSet::new());
        if everyone != NO_PASSKEYS || !self.enabled() || !self.self_service() {
            return everyone;
        }
        let profiles = self.profiles();
        let default_id = self
            .default_passkey_profile
            .as_deref()
            .unwrap_or(DEFAULT_PROFILE_ID);
        profiles
            .iter()
            .find(|p| p.id == default_id)
            .or(profiles.first())
            .map_or(NO_PASSKEYS, PasskeyProfile::policy)
    }

    /// Configurations that will fail employees, worst first.
    pub fn warnings(&self, rollout_groups: &[String]) -> Vec<Warning> {
        let mut out = Vec::new();
        if !self.enabled() {
            out.push(Warning::MethodDisabled);
        }
        if !self.self_service() {
            out.push(Warning::SelfServiceOff);
        }
        let everyone = self.include_targets.iter().any(|t| t.id == ALL_USERS);
        for g in rollout_groups {
            if !everyone && !self.include_targets.iter().any(|t| &t.id == g) {
                out.push(Warning::RolloutGroupNotTargeted(g.clone()));
            }
        }
        for p in self.profiles() {
            let policy = p.policy();
            let kr = &p.key_restrictions;
            if p.synced_type() && p.attestation() {
                out.push(Warning::AttestationWithSynced(p.name.clone()));
            }
            if p.device_bound_type() && !policy.synced_allowed {
                if !policy.authenticators.microsoft_authenticator {
                    out.push(Warning::AuthenticatorLeftOut(p.name.clone()));
                } else if !kr.is_allow_list() {
                    out.push(Warning::AuthenticatorOptionHidden(p.name.clone()));
                }
            }
            if p.device_bound_type() && !policy.authenticators.windows_hello {
                out.push(Warning::WindowsHelloNotAllowed(p.name.clone()));
            }
            if p.synced_type() && kr.is_allow_list() {
                out.push(Warning::SyncedWithAllowList(p.name.clone()));
            }
        }
        out
    }
}

/// A configuration that will fail someone, with the profile or group it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Passkeys (FIDO2) are off in the authentication methods policy.
    MethodDisabled,
    /// "Allow self-service set up" is No: Security info offers no passkey.
    SelfServiceOff,
    /// A rollout group is not targeted by the passkey policy.
    RolloutGroupNotTargeted(String),
    /// Synced passkeys with attestation enforced: synced passkeys carry no attestation.
    AttestationWithSynced(String),
    /// Device-bound only and the key restrictions leave out Microsoft Authenticator, the
    /// guide's way for phones.
    AuthenticatorLeftOut(String),
    /// No allow-list naming Authenticator: Security info does not offer "Passkey in Microsoft
    /// Authenticator"; the guide sends people through the app instead.
    AuthenticatorOptionHidden(String),
    /// Windows Hello AAGUIDs are not allowed: Windows PCs use a phone or a security key.
    WindowsHelloNotAllowed(String),
    /// Synced passkeys with an allow-list: only the listed providers' passkeys register.
    SyncedWithAllowList(String),
}

impl Warning {
    /// Fluent key and arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Warning::MethodDisabled => ("entra-warn-method-disabled", vec![]),
            Warning::SelfServiceOff => ("entra-warn-self-service-off", vec![]),
            Warning::RolloutGroupNotTargeted(g) => {
                ("entra-warn-group-not-targeted", vec![("group", g.clone())])
            }
            Warning::AttestationWithSynced(p) => (
                "entra-warn-attestation-synced",
                vec![("profile", p.clone())],
            ),
            Warning::AuthenticatorLeftOut(p) => (
                "entra-warn-authenticator-left-out",
                vec![("profile", p.clone())],
            ),
            Warning::AuthenticatorOptionHidden(p) => (
                "entra-warn-authenticator-hidden",
                vec![("profile", p.clone())],
            ),
            Warning::WindowsHelloNotAllowed(p) => {
                ("entra-warn-windows-hello", vec![("profile", p.clone())])
            }
            Warning::SyncedWithAllowList(p) => {
                ("entra-warn-synced-allow-list", vec![("profile", p.clone())])
            }
        }
    }
}

/// Why an employee left the rollout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftReason {
    /// No longer a transitive member of any rollout group (removed, or the user was deleted).
    NotInGroups,
    Disabled,
    /// A guest: Entra does not support passkey registration for guests.
    Guest,
}

impl LeftReason {
    pub fn id(self) -> &'static str {
        match self {
            LeftReason::NotInGroups => "not-in-groups",
            LeftReason::Disabled => "disabled",
            LeftReason::Guest => "guest",
        }
    }
}

/// An employee as the roster has them, for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub id: i64,
    pub object_id: Option<String>,
    pub upn: Option<String>,
    pub email: String,
    /// Everything a sync may change, to tell a change from none.
    pub fingerprint: String,
    pub left: bool,
}

/// An employee as Entra has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub object_id: String,
    pub upn: String,
    pub email: String,
    pub display_name: String,
    pub department: Option<String>,
    pub preferred_language: Option<String>,
    /// Their effective policy as JSON (shared: everyone in the same groups has the same).
    pub policy: Option<std::sync::Arc<str>>,
}

impl Incoming {
    pub fn fingerprint(&self) -> String {
        fingerprint(
            &self.upn,
            &self.email,
            &self.display_name,
            self.department.as_deref(),
            self.preferred_language.as_deref(),
            self.policy.as_deref(),
        )
    }
}

/// The fields compared to tell a change, in one string (the store computes the same from a
/// row).
pub fn fingerprint(
    upn: &str,
    email: &str,
    name: &str,
    department: Option<&str>,
    language: Option<&str>,
    policy: Option<&str>,
) -> String {
    [
        upn,
        email,
        name,
        department.unwrap_or(""),
        language.unwrap_or(""),
        policy.unwrap_or(""),
    ]
    .join("\u{1f}")
}

/// What a sync changes in the roster.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RosterPlan {
    pub insert: Vec<Incoming>,
    /// (employee id, what they are now); includes people who come back after leaving.
    pub update: Vec<(i64, Incoming)>,
    pub leave: Vec<(i64, LeftReason)>,
    pub unchanged: usize,
    pub returned: usize,
    /// Members with an address another member already has: the first is kept.
    pub duplicates: Vec<String>,
}

/// A member of the rollout groups, read completely, turned into a roster entry; `None` for
/// members that are not employees to guide (disabled, guests), with why.
pub fn incoming(m: &Member, policy: Option<std::sync::Arc<str>>) -> Result<Incoming, LeftReason> {
    if m.account_enabled == Some(false) {
        return Err(LeftReason::Disabled);
    }
    if m.is_guest() {
        return Err(LeftReason::Guest);
    }
    let upn = m
        .user_principal_name
        .as_deref()
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let email = m
        .mail
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(&upn)
        .to_lowercase();
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.chars().take(super::roster::MAX_FIELD).collect::<String>())
    };
    Ok(Incoming {
        object_id: m.id.trim().to_lowercase(),
        display_name: clean(&m.display_name).unwrap_or_else(|| upn.clone()),
        upn,
        email,
        department: clean(&m.department),
        preferred_language: clean(&m.preferred_language),
        policy,
    })
}

/// Matches a complete read of the rollout groups against the roster: by object id, else by
/// principal name, else by address (a roster imported from CSV before the connection). Whoever
/// the read does not contain leaves. Call it only with a complete read: a failed or partial
/// read must never make anyone leave.
pub fn plan_roster(
    known: &[Known],
    members: Vec<Incoming>,
    excluded: &HashMap<String, LeftReason>,
) -> RosterPlan {
    let mut by_object: HashMap<&str, &Known> = HashMap::new();
    let mut by_upn: HashMap<&str, &Known> = HashMap::new();
    let mut by_email: HashMap<&str, &Known> = HashMap::new();
    for k in known {
        if let Some(o) = &k.object_id {
            by_object.insert(o, k);
        } else {
            if let Some(u) = &k.upn {
                by_upn.insert(u, k);
            }
            by_email.insert(&k.email, k);
        }
    }
    let mut plan = RosterPlan::default();
    let mut matched: BTreeSet<i64> = BTreeSet::new();
    let mut emails: BTreeSet<String> = BTreeSet::new();
    for m in members {
        if !emails.insert(m.email.clone()) {
            plan.duplicates.push(m.email);
            continue;
        }
        let found = by_object
            .get(m.object_id.as_str())
            .or_else(|| by_upn.get(m.upn.as_str()))
            .or_else(|| by_email.get(m.email.as_str()))
            .filter(|k| !matched.contains(&k.id))
            .copied();
        match found {
            Some(k) => {
                matched.insert(k.id);
                if k.left {
                    plan.returned += 1;
                }
                if k.left
                    || k.object_id.as_deref() != Some(&m.object_id)
                    || k.fingerprint != m.fingerprint()
                {
                    plan.update.push((k.id, m));
                } else {
                    plan.unchanged += 1;
                }
            }
            None => plan.insert.push(m),
        }
    }
    for k in known.iter().filter(|k| !k.left && !matched.contains(&k.id)) {
        let reason = k
            .object_id
            .as_deref()
            .and_then(|o| excluded.get(o))
            .copied()
            .unwrap_or(LeftReason::NotInGroups);
        plan.leave.push((k.id, reason));
    }
    plan
}

/// A user's row in `userRegistrationDetails`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RegistrationDetail {
    pub id: Option<String>,
    pub user_principal_name: Option<String>,
    pub is_admin: Option<bool>,
    pub is_mfa_registered: Option<bool>,
    pub user_type: Option<String>,
    #[serde(default)]
    pub methods_registered: Vec<String>,
}

impl RegistrationDetail {
    /// The row as a registration; rows without a principal name are skipped.
    pub fn registration(&self) -> Option<super::registration::Registration> {
        let upn = self.user_principal_name.as_deref()?.trim();
        if upn.is_empty() {
            return None;
        }
        let mut r = super::registration::Registration::new(upn, self.methods_registered.clone());
        r.object_id = self.id.as_deref().map(|s| s.trim().to_lowercase());
        r.is_admin = self.is_admin;
        r.is_mfa_registered = self.is_mfa_registered;
        r.user_type = self.user_type.clone();
        Some(r)
    }
}

/// A sign-in (beta `auditLogs/signIns`, for `authenticationDetails`).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SignIn {
    pub created_date_time: String,
    pub user_id: Option<String>,
    #[serde(default)]
    pub authentication_details: Vec<AuthenticationDetail>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AuthenticationDetail {
    pub authentication_method: Option<String>,
    pub succeeded: Option<bool>,
}

impl SignIn {
    /// Whether a step of this sign-in succeeded with a passkey. Microsoft's reference lists no
    /// passkey value yet; the portal shows "Passkey (device-bound)", "Passkey (synced)" and
    /// "FIDO2 security key", so the method is matched as an open string.
    pub fn used_passkey(&self) -> bool {
        self.authentication_details.iter().any(|d| {
            d.succeeded == Some(true)
                && d.authentication_method.as_deref().is_some_and(|m| {
                    let m = m.to_ascii_lowercase();
                    m.contains("passkey") || m.contains("fido2")
                })
        })
    }
}

/// How far a group of employees is toward enforcing passkeys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// `None` for everyone.
    pub department: Option<String>,
    pub employees: u64,
    pub registered: u64,
    pub signing_in: u64,
    /// The bucket (see [`DepartmentCounts`]) in which each share first reached the target.
    pub registered_crossed: Option<i64>,
    pub signing_in_crossed: Option<i64>,
}

impl Readiness {
    pub fn percent(part: u64, whole: u64) -> u64 {
        (part * 100).checked_div(whole).unwrap_or(0)
    }

    pub fn registered_percent(&self) -> u64 {
        Self::percent(self.registered, self.employees)
    }

    pub fn signing_in_percent(&self) -> u64 {
        Self::percent(self.signing_in, self.employees)
    }

    /// Both shares at the target: passwords may go for this group.
    pub fn ready(&self, target: u8) -> bool {
        self.employees > 0
            && self.registered * 100 >= u64::from(target) * self.employees
            && self.signing_in * 100 >= u64::from(target) * self.employees
    }
}

/// One department's counts, for [`readiness`]: how many employees, and how many registered or
/// started signing in with a passkey in each time bucket (any width; the crossing is reported
/// as the bucket's number).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DepartmentCounts {
    pub department: Option<String>,
    pub employees: u64,
    /// (bucket, employees who first had a passkey in it).
    pub registered: Vec<(i64, u64)>,
    /// (bucket, employees signing in with a passkey lately whose first passkey sign-in was in it).
    pub signing_in: Vec<(i64, u64)>,
}

/// The bucket in which the running total of `buckets` first reached `target` percent of
/// `whole`: when the share crossed the target.
pub fn crossed_at(buckets: &[(i64, u64)], whole: u64, target: u8) -> Option<i64> {
    let needed = (u64::from(target) * whole).div_ceil(100).max(1);
    let mut sorted = buckets.to_vec();
    sorted.sort_unstable();
    let mut total = 0;
    sorted.into_iter().find_map(|(bucket, n)| {
        total += n;
        (total >= needed).then_some(bucket)
    })
}

/// Readiness overall (first) and per department (by name). Crossing times are buckets.
pub fn readiness(departments: &[DepartmentCounts], target: u8) -> Vec<Readiness> {
    let one = |department: Option<String>,
               employees: u64,
               reg: &[(i64, u64)],
               use_: &[(i64, u64)]| Readiness {
        department,
        employees,
        registered: reg.iter().map(|(_, n)| n).sum(),
        signing_in: use_.iter().map(|(_, n)| n).sum(),
        registered_crossed: crossed_at(reg, employees, target),
        signing_in_crossed: crossed_at(use_, employees, target),
    };
    let all_reg: Vec<(i64, u64)> = departments
        .iter()
        .flat_map(|d| d.registered.iter().copied())
        .collect();
    let all_use: Vec<(i64, u64)> = departments
        .iter()
        .flat_map(|d| d.signing_in.iter().copied())
        .collect();
    let everyone = departments.iter().map(|d| d.employees).sum();
    let mut named: Vec<&DepartmentCounts> = departments
        .iter()
        .filter(|d| d.department.is_some())
        .collect();
    named.sort_by(|a, b| a.department.cmp(&b.department));
    std::iter::once(one(None, everyone, &all_reg, &all_use))
        .chain(named.into_iter().map(|d| {
            one(
                d.department.clone(),
                d.employees,
                &d.registered,
                &d.signing_in,
            )
        }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The doc example of a tenant with passkey profiles, plus an "attested admins" profile
    /// for the admins group (seeds 003 and 004: synced for staff, attested device-bound for
    /// admins).
    fn two_profiles() -> Fido2Config {
        serde_json::from_str(
            r##"{
            "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
            "id": "Fido2", "state": "enabled", "isSelfServiceRegistrationAllowed": true,
            "isAttestationEnforced": false,
            "keyRestrictions": {"isEnforced": false, "enforcementType": "block", "aaGuids": []},
            "includeTargets": [
              {"targetType": "group", "id": "staff", "isRegistrationRequired": false,
               "allowedPasskeyProfiles": ["00000000-0000-0000-0000-000000000001"]},
              {"targetType": "group", "id": "admins", "isRegistrationRequired": false,
               "allowedPasskeyProfiles": ["a7c0e4a4-0000-4000-8000-000000000002"]}
            ],
            "excludeTargets": [{"targetType": "group", "id": "contractors"}],
            "passkeyProfiles": [
              {"id": "00000000-0000-0000-0000-000000000001", "name": "General staff",
               "passkeyTypes": "deviceBound,synced", "attestationEnforcement": "disabled",
               "keyRestrictions": {"isEnforced": false, "enforcementType": "allow", "aaGuids": []}},
              {"id": "a7c0e4a4-0000-4000-8000-000000000002", "name": "Attested admins",
               "passkeyTypes": "deviceBound", "attestationEnforcement": "registrationOnly",
               "keyRestrictions": {"isEnforced": true, "enforcementType": "allow",
                 "aaGuids": ["de1e552d-db1d-4423-a619-566b625cdc84", "90a3ccdf-635c-4729-a248-9b709135078f",
                             "cb69481e-8ff7-4039-93ec-0a2729a154a8"]}}
            ]
        }"##,
        )
        .unwrap()
    }

    fn groups<'a>(g: &[&'a str]) -> BTreeSet<&'a str> {
        g.iter().copied().collect()
    }

    #[test]
    fn staff_get_synced_and_admins_get_attested_device_bound() {
        let c = two_profiles();
        let staff = c.policy_for(&groups(&["staff"]));
        assert!(staff.synced_allowed && !staff.attestation_enforced);
        assert!(staff.authenticators.microsoft_authenticator);
        assert!(!staff.authenticators.windows_hello);
        let admin = c.policy_for(&groups(&["admins"]));
        assert!(!admin.synced_allowed && admin.attestation_enforced);
        assert!(admin.authenticators.microsoft_authenticator);
        assert!(admin.authenticators.security_keys);
        // In both groups: whatever satisfies one profile is allowed.
        let both = c.policy_for(&groups(&["staff", "admins"]));
        assert!(both.synced_allowed && !both.attestation_enforced);
    }

    #[test]
    fn exclusion_wins_and_the_untargeted_get_nothing() {
        let c = two_profiles();
        assert_eq!(
            c.policy_for(&groups(&["staff", "contractors"])),
            NO_PASSKEYS
        );
        assert_eq!(c.policy_for(&groups(&["finance"])), NO_PASSKEYS);
        // Visitors without a link get the default profile.
        assert!(c.default_policy().synced_allowed);
    }

    #[test]
    fn self_service_off_or_method_disabled_allows_nothing() {
        let mut c = two_profiles();
        c.is_self_service_registration_allowed = Some(false);
        assert_eq!(c.policy_for(&groups(&["staff"])), NO_PASSKEYS);
        assert_eq!(c.warnings(&[])[0], Warning::SelfServiceOff);
        let mut c = two_profiles();
        c.state = "disabled".into();
        assert_eq!(c.default_policy(), NO_PASSKEYS);
        assert_eq!(c.warnings(&[])[0], Warning::MethodDisabled);
    }

    #[test]
    fn the_legacy_policy_is_one_profile_for_its_targets() {
        let c: Fido2Config = serde_json::from_str(
            r#"{"id":"Fido2","state":"enabled","isSelfServiceRegistrationAllowed":true,
                "isAttestationEnforced":true,
                "keyRestrictions":{"isEnforced":false,"enforcementType":"block","aaGuids":[]},
                "includeTargets":[{"targetType":"group","id":"all_users","isRegistrationRequired":false}]}"#,
        )
        .unwrap();
        let p = c.policy_for(&groups(&[]));
        assert!(p.attestation_enforced && !p.synced_allowed);
        assert!(p.authenticators.microsoft_authenticator && p.authenticators.security_keys);
        assert_eq!(c.default_policy(), p);
    }

    #[test]
    fn key_restrictions_decide_the_authenticators() {
        let mut p = PasskeyProfile {
            id: "p".into(),
            name: "Device-bound".into(),
            passkey_types: "deviceBound".into(),
            attestation_enforcement: "disabled".into(),
            key_restrictions: KeyRestrictions {
                is_enforced: true,
                enforcement_type: "allow".into(),
                aa_guids: WINDOWS_HELLO_AAGUIDS
                    .iter()
                    .map(|(a, _)| a.to_string())
                    .collect(),
            },
        };
        let a = p.policy().authenticators;
        assert!(a.windows_hello && !a.microsoft_authenticator && !a.security_keys);
        p.key_restrictions.enforcement_type = "block".into();
        let a = p.policy().authenticators;
        assert!(!a.windows_hello && a.microsoft_authenticator && a.security_keys);
        p.key_restrictions.aa_guids = vec![AUTHENTICATOR_AAGUIDS[0].0.to_uppercase()];
        // Blocking one platform's app still leaves the other.
        assert!(p.policy().authenticators.microsoft_authenticator);
    }

    #[test]
    fn warnings_name_the_profile_and_the_group() {
        let mut c = two_profiles();
        c.passkey_profiles[0].attestation_enforcement = "registrationOnly".into();
        c.passkey_profiles[1]
            .key_restrictions
            .aa_guids
            .retain(|a| a.starts_with("cb69"));
        let w = c.warnings(&["staff".into(), "finance".into()]);
        assert!(w.contains(&Warning::RolloutGroupNotTargeted("finance".into())));
        assert!(w.contains(&Warning::AttestationWithSynced("General staff".into())));
        assert!(w.contains(&Warning::AuthenticatorLeftOut("Attested admins".into())));
        assert!(w.contains(&Warning::WindowsHelloNotAllowed("Attested admins".into())));
        assert!(
            !w.iter()
                .any(|w| matches!(w, Warning::RolloutGroupNotTargeted(g) if g == "staff"))
        );
    }

    fn member(id: &str, upn: &str) -> Member {
        Member {
            id: id.into(),
            user_principal_name: Some(upn.into()),
            mail: None,
            display_name: Some(upn.into()),
            department: Some("Sales".into()),
            preferred_language: None,
            account_enabled: Some(true),
            user_type: Some("Member".into()),
        }
    }

    fn known(id: i64, object: Option<&str>, upn: &str, m: Option<&Incoming>) -> Known {
        Known {
            id,
            object_id: object.map(str::to_owned),
            upn: Some(upn.into()),
            email: upn.into(),
            fingerprint: m.map(Incoming::fingerprint).unwrap_or_default(),
            left: false,
        }
    }

    #[test]
    fn the_roster_plan_matches_by_object_id_then_name_and_lets_the_absent_leave() {
        let a = incoming(&member("A", "a@x.test"), None).unwrap();
        let b = incoming(&member("B", "b@x.test"), None).unwrap();
        let mut renamed = member("C", "c.new@x.test");
        renamed.mail = Some("C@X.test".into());
        let c = incoming(&renamed, None).unwrap();
        assert_eq!(c.email, "c@x.test");
        let roster = vec![
            known(1, Some("a"), "a@x.test", Some(&a)),
            // Imported from CSV: matched by principal name and adopted.
            known(2, None, "b@x.test", None),
            known(3, Some("c"), "c@x.test", None),
            known(4, Some("d"), "d@x.test", None),
            known(5, Some("e"), "e@x.test", None),
        ];
        let mut excluded = HashMap::new();
        excluded.insert("e".to_owned(), LeftReason::Disabled);
        let new = incoming(&member("F", "f@x.test"), None).unwrap();
        let plan = plan_roster(&roster, vec![a, b, c, new.clone()], &excluded);
        assert_eq!(plan.unchanged, 1);
        assert_eq!(plan.update.iter().map(|u| u.0).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(plan.insert, [new]);
        assert_eq!(
            plan.leave,
            [(4, LeftReason::NotInGroups), (5, LeftReason::Disabled)]
        );
    }

    #[test]
    fn disabled_members_and_guests_are_not_employees_to_guide() {
        let mut m = member("G", "g@x.test");
        m.user_type = Some("Guest".into());
        assert_eq!(incoming(&m, None), Err(LeftReason::Guest));
        m.user_type = None;
        m.account_enabled = Some(false);
        assert_eq!(incoming(&m, None), Err(LeftReason::Disabled));
    }

    #[test]
    fn someone_who_comes_back_is_updated_not_duplicated() {
        let a = incoming(&member("A", "a@x.test"), None).unwrap();
        let mut k = known(1, Some("a"), "a@x.test", Some(&a));
        k.left = true;
        let plan = plan_roster(&[k], vec![a], &HashMap::new());
        assert_eq!(
            (plan.returned, plan.update.len(), plan.insert.len()),
            (1, 1, 0)
        );
    }

    #[test]
    fn registration_details_keep_the_object_id_and_flags() {
        // The documented response shape (userregistrationdetails), trimmed.
        let page: Page<RegistrationDetail> = serde_json::from_str(
            r#"{"@odata.context":"x","value":[
                {"id":"86462606-FDE0-4fc4-9e0c-a20eb73e54c6","userPrincipalName":"Ada@contoso.example","isAdmin":true,
                 "isMfaRegistered":true,"userType":"member",
                 "methodsRegistered":["passKeyDeviceBound","microsoftAuthenticatorPush"]},
                {"id":"2","userPrincipalName":"grace@contoso.example","methodsRegistered":[]},
                {"id":"3","userPrincipalName":null}
            ],"@odata.nextLink":"https://graph.example/next?$skiptoken=abc"}"#,
        )
        .unwrap();
        let regs: Vec<_> = page
            .value
            .iter()
            .filter_map(RegistrationDetail::registration)
            .collect();
        assert_eq!(regs.len(), 2);
        assert!(regs[0].has_passkey() && !regs[1].has_passkey());
        assert_eq!(regs[0].upn, "ada@contoso.example");
        assert_eq!(
            regs[0].object_id.as_deref(),
            Some("86462606-fde0-4fc4-9e0c-a20eb73e54c6")
        );
        assert_eq!(
            (regs[0].is_admin, regs[0].is_mfa_registered),
            (Some(true), Some(true))
        );
        assert_eq!(regs[1].is_admin, None);
        assert_eq!(
            page.next_link.as_deref(),
            Some("https://graph.example/next?$skiptoken=abc")
        );
    }

    #[test]
    fn passkey_sign_ins_are_matched_as_open_strings() {
        let s: SignIn = serde_json::from_str(
            r#"{"createdDateTime":"2026-12-01T10:00:00Z","userId":"u",
                "authenticationDetails":[{"authenticationMethod":"Password","succeeded":false},
                                         {"authenticationMethod":"Passkey (device-bound)","succeeded":true}]}"#,
        )
        .unwrap();
        assert!(s.used_passkey());
        let s: SignIn = serde_json::from_str(
            r#"{"createdDateTime":"2026-12-01T10:00:00Z","userId":"u",
                "authenticationDetails":[{"authenticationMethod":"FIDO2 security key","succeeded":false}]}"#,
        )
        .unwrap();
        assert!(!s.used_passkey());
    }

    #[test]
    fn readiness_is_when_the_running_total_reached_the_target() {
        assert_eq!(crossed_at(&[(30, 1), (10, 1), (20, 1)], 4, 50), Some(20));
        assert_eq!(crossed_at(&[(30, 1), (10, 1), (20, 1)], 4, 95), None);
        assert_eq!(crossed_at(&[(5, 3)], 4, 50), Some(5));
        assert_eq!(crossed_at(&[], 0, 95), None);
        let counts = [
            DepartmentCounts {
                department: Some("Sales".into()),
                employees: 2,
                registered: vec![(1, 1), (2, 1)],
                signing_in: vec![(100, 1)],
            },
            DepartmentCounts {
                department: Some("IT".into()),
                employees: 1,
                ..DepartmentCounts::default()
            },
        ];
        let r = readiness(&counts, 50);
        assert_eq!(r[0].department, None);
        assert_eq!(
            (r[0].employees, r[0].registered, r[0].signing_in),
            (3, 2, 1)
        );
        assert_eq!(r[0].registered_crossed, Some(2));
        assert_eq!(r[1].department.as_deref(), Some("IT"));
        let sales = &r[2];
        assert!(sales.ready(50) && !sales.ready(95));
        assert_eq!(sales.signing_in_crossed, Some(100));
        assert!(!r[1].ready(50));
    }
}
