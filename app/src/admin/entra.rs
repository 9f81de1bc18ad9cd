//! The Entra ID section: the connection (set up by an owner), "Test connection" permission by
//! permission, "Sync now" and the recorded runs, and what Entra's passkey policy allows beside
//! what the guide offers, with the configurations that will fail.

use super::{Message, csrf_field};
use crate::context::i18n;
use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntraView {
    pub slug: String,
    pub csrf: String,
    /// Owners connect and disconnect; owners and admins test and sync.
    pub is_owner: bool,
    pub can_sync: bool,
    /// `PASSKEY_GUIDE_DATA_KEY` is not set: connecting is refused.
    pub data_key_missing: bool,
    pub connection: Option<ConnectionView>,
    pub checks: Option<Vec<CheckView>>,
    pub runs: Vec<RunView>,
    pub policy: Option<PolicyView>,
    pub notice: Option<Message>,
    pub error: Option<Message>,
    /// What was typed, shown again beside an error.
    pub form: ConnectForm,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectForm {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub groups: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionView {
    pub entra_tenant_id: String,
    pub client_id: String,
    /// `secret` or `certificate`.
    pub credential: String,
    pub groups: Vec<String>,
    pub sync_every_minutes: i64,
    pub usage_days: i64,
    pub next_sync: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckView {
    /// `None` for the token.
    pub permission: Option<String>,
    pub ok: bool,
    /// Microsoft's answer and the fix (English, as Microsoft words it).
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RunView {
    pub started: String,
    pub started_by: String,
    pub dry_run: bool,
    /// `ok`, `partial`, `failed`, or empty while running.
    pub outcome: String,
    pub error: Option<String>,
    pub joined: u64,
    pub changed: u64,
    pub left: u64,
    pub members: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PolicyView {
    pub enabled: bool,
    pub self_service: bool,
    pub profiles: Vec<ProfileView>,
    pub warnings: Vec<Message>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileView {
    pub name: String,
    /// The profile as Entra has it: types, attestation and key restrictions, as configured.
    pub passkey_types: String,
    pub attestation: bool,
    pub key_restrictions: Message,
    /// What the guide offers under it.
    pub synced: bool,
    pub authenticator: bool,
    pub windows_hello: bool,
    pub security_keys: bool,
}

fn yes_no(i18n: &I18n, on: bool) -> String {
    i18n.t(if on { "entra-yes" } else { "entra-no" })
}

fn check_label(i18n: &I18n, permission: Option<&str>) -> String {
    match permission {
        None => i18n.t("entra-check-token"),
        Some(p) => {
            let key = match p {
                "GroupMember.Read.All" => "entra-need-group-members",
                "User.Read.All" => "entra-need-users",
                "Policy.Read.AuthenticationMethod" => "entra-need-policy",
                "OrganizationalBranding.Read.All" => "entra-need-branding",
                _ => "entra-need-audit-log",
            };
            format!("{} ({p})", i18n.t(key))
        }
    }
}

pub fn entra_page(v: EntraView) -> AnyView {
    let i18n = i18n();
    let base = format!("/admin/t/{}/entra", v.slug);
    let notice = v.notice.as_ref().map(|m| {
        view! { <p class="notice ok" role="status">{m.render(&i18n)}</p> }
    });
    let error = v.error.as_ref().map(|m| {
        view! { <p class="notice error" role="alert">{m.render(&i18n)}</p> }
    });
    let key_missing = v.data_key_missing.then(
        || view! { <p class="notice error" role="alert">{i18n.t("entra-data-key-missing")}</p> },
    );
    let connection = v.connection.clone().map(|c| {
        let credential_key = match c.credential.as_str() {
            "certificate" => "entra-credential-certificate",
            _ => "entra-credential-secret",
        };
        let groups = c.groups.iter().map(|g| view! { <li><code>{g.clone()}</code></li> }).collect_view();
        view! {
            <dl class="facts">
                <dt>{i18n.t("entra-directory")}</dt><dd><code>{c.entra_tenant_id}</code></dd>
                <dt>{i18n.t("entra-client-id")}</dt><dd><code>{c.client_id}</code></dd>
                <dt>{i18n.t("entra-credential")}</dt>
                <dd>{i18n.t(credential_key)}</dd>
                <dt>{i18n.t("entra-groups")}</dt><dd><ul>{groups}</ul></dd>
                <dt>{i18n.t("entra-schedule")}</dt>
                <dd>{i18n.t_args("entra-schedule-every", &[("minutes", (c.sync_every_minutes as usize).into()), ("days", (c.usage_days as usize).into())])}</dd>
                <dt>{i18n.t("entra-next-sync")}</dt><dd>{c.next_sync.unwrap_or_else(|| i18n.t("entra-next-sync-soon"))}</dd>
            </dl>
        }
    });
    let actions = (v.connection.is_some() && v.can_sync).then(|| {
        view! {
            <div class="actions">
                <form method="post" action=format!("{base}/test")>
                    {csrf_field(&v.csrf)}
                    <button type="submit" class="button secondary">{i18n.t("entra-test")}</button>
                </form>
                <form method="post" action=format!("{base}/sync")>
                    {csrf_field(&v.csrf)}
                    <button type="submit" class="button">{i18n.t("entra-sync-now")}</button>
                </form>
            </div>
        }
    });
    let checks = v.checks.clone().map(|checks| {
        let rows = checks
            .into_iter()
            .map(|c| {
                let label = check_label(&i18n, c.permission.as_deref());
                let state = if c.ok {
                    i18n.t("entra-check-ok")
                } else {
                    i18n.t("entra-check-missing")
                };
                view! {
                    <tr class=if c.ok { "ok" } else { "failed" }>
                        <th scope="row">{label}</th>
                        <td>{state}</td>
                        <td>{c.detail.unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="checks-heading">
                <h2 id="checks-heading">{i18n.t("entra-checks")}</h2>
                <table class="data">
                    <thead><tr>
                        <th scope="col">{i18n.t("entra-check-what")}</th>
                        <th scope="col">{i18n.t("entra-check-result")}</th>
                        <th scope="col">{i18n.t("entra-check-detail")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let policy = v.policy.clone().map(|p| policy_view(&i18n, p));
    let runs = (!v.runs.is_empty()).then(|| {
        let rows = v
            .runs
            .iter()
            .map(|r| {
                let outcome = match r.outcome.as_str() {
                    "ok" => i18n.t("entra-run-ok"),
                    "partial" => i18n.t("entra-run-partial"),
                    "failed" => i18n.t("entra-run-failed"),
                    _ => i18n.t("entra-run-running"),
                };
                let kind = if r.dry_run { format!(" ({})", i18n.t("entra-run-dry")) } else { String::new() };
                let summary = i18n.t_args("entra-run-summary", &[
                    ("members", (r.members as usize).into()),
                    ("joined", (r.joined as usize).into()),
                    ("changed", (r.changed as usize).into()),
                    ("left", (r.left as usize).into()),
                ]);
                view! {
                    <tr>
                        <td>{r.started.clone()}</td>
                        <td>{r.started_by.clone()}{kind}</td>
                        <td>{outcome}</td>
                        <td>{summary}{r.error.clone().map(|e| view! { <br/><span class="error-text">{e}</span> })}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="runs-heading">
                <h2 id="runs-heading">{i18n.t("entra-runs")}</h2>
                <table class="data">
                    <thead><tr>
                        <th scope="col">{i18n.t("entra-run-started")}</th>
                        <th scope="col">{i18n.t("entra-run-by")}</th>
                        <th scope="col">{i18n.t("entra-run-outcome")}</th>
                        <th scope="col">{i18n.t("entra-run-changes")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let form = (v.is_owner && !v.data_key_missing).then(|| connect_form(&i18n, &v, &base));
    let disconnect = (v.is_owner && v.connection.is_some()).then(|| {
        view! {
            <form method="post" action=format!("{base}/disconnect")>
                {csrf_field(&v.csrf)}
                <button type="submit" class="button secondary">{i18n.t("entra-disconnect")}</button>
            </form>
        }
    });
    view! {
        <h1>{i18n.t("entra-title")}</h1>
        <p>{i18n.t("entra-intro")}</p>
        {notice}
        {error}
        {key_missing}
        {match v.connection.is_some() {
            true => None,
            false => Some(view! { <p>{i18n.t("entra-not-connected")}</p> }),
        }}
        {connection}
        {actions}
        {checks}
        {policy}
        {runs}
        {form}
        {disconnect}
    }
    .into_any()
}

fn policy_view(i18n: &I18n, p: PolicyView) -> impl IntoView + use<> {
    let warnings = (!p.warnings.is_empty()).then(|| {
        let items = p
            .warnings
            .iter()
            .map(|w| view! { <li>{w.render(i18n)}</li> })
            .collect_view();
        view! {
            <div class="notice error" role="alert">
                <p>{i18n.t("entra-warnings")}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    let rows = p
        .profiles
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.name}</th>
                    <td>{r.passkey_types}</td>
                    <td>{yes_no(i18n, r.attestation)}</td>
                    <td>{r.key_restrictions.render(i18n)}</td>
                    <td>{yes_no(i18n, r.synced)}</td>
                    <td>{yes_no(i18n, r.authenticator)}</td>
                    <td>{yes_no(i18n, r.windows_hello)}</td>
                    <td>{yes_no(i18n, r.security_keys)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="policy-heading">
            <h2 id="policy-heading">{i18n.t("entra-policy")}</h2>
            <p>
                {i18n.t_args("entra-policy-state", &[
                    ("enabled", yes_no(i18n, p.enabled).into()),
                    ("selfservice", yes_no(i18n, p.self_service).into()),
                ])}
            </p>
            {warnings}
            <div class="table-wrap">
                <table class="data">
                    <caption>{i18n.t("entra-policy-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("entra-profile")}</th>
                            <th scope="col">{i18n.t("entra-profile-types")}</th>
                            <th scope="col">{i18n.t("entra-profile-attestation")}</th>
                            <th scope="col">{i18n.t("entra-profile-keys")}</th>
                            <th scope="col">{i18n.t("entra-offers-synced")}</th>
                            <th scope="col">{i18n.t("entra-offers-authenticator")}</th>
                            <th scope="col">{i18n.t("entra-offers-windows-hello")}</th>
                            <th scope="col">{i18n.t("entra-offers-security-keys")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn connect_form(i18n: &I18n, v: &EntraView, base: &str) -> impl IntoView + use<> {
    let f = v.form.clone();
    view! {
        <section aria-labelledby="connect-heading">
            <h2 id="connect-heading">{i18n.t(if v.connection.is_some() { "entra-reconnect" } else { "entra-connect" })}</h2>
            <p class="hint">{i18n.t("entra-connect-hint")}</p>
            <form method="post" action=format!("{base}/connect") class="stack" enctype="multipart/form-data">
                {csrf_field(&v.csrf)}
                <label for="entra_tenant_id">{i18n.t("entra-directory")}</label>
                <input id="entra_tenant_id" name="entra_tenant_id" type="text" required value=f.entra_tenant_id autocomplete="off"/>
                <label for="client_id">{i18n.t("entra-client-id")}</label>
                <input id="client_id" name="client_id" type="text" required value=f.client_id autocomplete="off"/>
                <label for="groups">{i18n.t("entra-groups")}</label>
                <p class="hint" id="groups-hint">{i18n.t("entra-groups-hint")}</p>
                <textarea id="groups" name="groups" rows="3" required aria-describedby="groups-hint">{f.groups}</textarea>
                <label for="client_secret">{i18n.t("entra-secret")}</label>
                <p class="hint" id="secret-hint">{i18n.t("entra-secret-hint")}</p>
                <input id="client_secret" name="client_secret" type="password" autocomplete="off" aria-describedby="secret-hint"/>
                <label for="certificate">{i18n.t("entra-certificate")}</label>
                <input id="certificate" name="certificate" type="file" accept=".pem,.crt,.key"/>
                <button type="submit" class="button">{i18n.t("entra-connect-save")}</button>
            </form>
        </section>
    }
}
