//! Who gets into the console: the sign-in page (Entra ID first, then a passkey, then a local
//! password), the account page with its passkeys, the People page (sign-in settings, people,
//! invitations) and accepting an invitation.

use super::{Message, csrf_field};
use crate::context::i18n;
use crate::domain::tenant::Role;
use crate::i18n::I18n;
use leptos::prelude::*;

/// The script of the passkey buttons (WebAuthn needs JavaScript; everything else works
/// without it).
pub const PASSKEY_SCRIPT: &str = "/console-passkey.js";

fn notice(i18n: &I18n, m: Option<&Message>, class: &'static str) -> Option<AnyView> {
    m.map(|m| {
        let role = if class == "error" { "alert" } else { "status" };
        view! { <p class=format!("notice {class}") role=role>{m.render(i18n)}</p> }.into_any()
    })
}

fn role_label(i18n: &I18n, role: Role) -> String {
    i18n.t(&format!("role-{}", role.id()))
}

fn role_options(i18n: &I18n, selected: Role) -> impl IntoView + use<> {
    [Role::Helpdesk, Role::Admin, Role::Owner]
        .into_iter()
        .map(|r| {
            view! { <option value=r.id() selected={r == selected}>{role_label(i18n, r)}</option> }
        })
        .collect_view()
}

/// The sign-in page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoginView {
    pub email: String,
    /// The tenant named in the address (`?tenant=`), for "Sign in with Microsoft".
    pub tenant: Option<String>,
    pub message: Option<Message>,
}

pub fn login_page(v: LoginView) -> AnyView {
    let i18n = i18n();
    let tenant_field = match v.tenant.clone() {
        Some(slug) => view! { <input type="hidden" name="tenant" value=slug/> }.into_any(),
        None => view! {
            <label for="sso-tenant">{i18n.t("sso-tenant-label")}</label>
            <p class="hint" id="sso-tenant-hint">{i18n.t("sso-tenant-hint")}</p>
            <input id="sso-tenant" name="tenant" type="text" required autocomplete="organization"
                aria-describedby="sso-tenant-hint"/>
        }
        .into_any(),
    };
    view! {
        <h1>{i18n.t("admin-login-title")}</h1>
        {notice(&i18n, v.message.as_ref(), "error")}
        <section aria-labelledby="sso-heading" class="stack">
            <h2 id="sso-heading">{i18n.t("sso-heading")}</h2>
            <form method="post" action="/admin/sso/start" class="stack">
                {tenant_field}
                <button type="submit" class="button">{i18n.t("sso-button")}</button>
            </form>
        </section>
        <section aria-labelledby="passkey-heading" class="stack">
            <h2 id="passkey-heading">{i18n.t("passkey-sign-in-heading")}</h2>
            <p>{i18n.t("passkey-sign-in-lead")}</p>
            <button type="button" class="button secondary" id="passkey-sign-in" hidden
                data-failed=i18n.t("passkey-failed")>
                {i18n.t("passkey-sign-in-button")}
            </button>
            <p class="hint js-off-only" id="passkey-needs-js">{i18n.t("passkey-needs-js")}</p>
            <p class="notice error" role="alert" id="passkey-error" hidden></p>
        </section>
        <section aria-labelledby="password-heading" class="stack">
            <h2 id="password-heading">{i18n.t("password-sign-in-heading")}</h2>
            <form method="post" action="/admin/login" class="stack">
                <label for="email">{i18n.t("admin-login-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=v.email/>
                <label for="password">{i18n.t("admin-login-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
                <button type="submit" class="button secondary">{i18n.t("admin-login-submit")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// After an Entra sign-in: the browser arrived from another site, so the console's
/// `SameSite=Strict` cookie is sent only from the next, same-site, navigation: this page makes
/// it (a refresh, or the link).
pub fn signed_in_page(to: String) -> AnyView {
    let i18n = i18n();
    view! {
        <h1>{i18n.t("sso-signed-in-title")}</h1>
        <p><a class="button" href=to>{i18n.t("sso-continue")}</a></p>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq)]
pub struct PasskeyRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccountView {
    pub email: String,
    pub csrf: String,
    pub method: &'static str,
    pub has_password: bool,
    pub passkeys: Vec<PasskeyRow>,
    /// Why this server cannot register passkeys, if it cannot.
    pub passkeys_unavailable: Option<String>,
    pub message: Option<Message>,
}

pub fn account_page(v: AccountView) -> AnyView {
    let i18n = i18n();
    let rows = v
        .passkeys
        .iter()
        .map(|p| {
            let action = format!("/admin/account/passkeys/{}/remove", p.id);
            let never = i18n.t("passkey-never-used");
            view! {
                <tr>
                    <td>{p.name.clone()}</td>
                    <td>{p.created.clone()}</td>
                    <td>{p.last_used.clone().unwrap_or(never)}</td>
                    <td>
                        <form method="post" action=action class="inline">
                            {csrf_field(&v.csrf)}
                            <button type="submit" class="link">{i18n.t("passkey-remove")}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let empty = v.passkeys.is_empty();
    let add = match v.passkeys_unavailable.clone() {
        Some(why) => {
            view! { <p class="notice">{i18n.t("passkey-unavailable")}" "{why}</p> }.into_any()
        }
        None => view! {
            <form class="stack" id="passkey-register" data-csrf=v.csrf.clone()
                data-failed=i18n.t("passkey-failed")>
                <label for="passkey-name">{i18n.t("passkey-name-label")}</label>
                <input id="passkey-name" name="name" type="text" maxlength="60"
                    value=i18n.t("passkey-name-default")/>
                <button type="submit" class="button" hidden id="passkey-register-button">
                    {i18n.t("passkey-add")}
                </button>
            </form>
            <p class="hint js-off-only">{i18n.t("passkey-needs-js")}</p>
            <p class="notice error" role="alert" id="passkey-error" hidden></p>
        }
        .into_any(),
    };
    let method = i18n.t(&format!("sign-in-method-{}", v.method));
    view! {
        <h1>{i18n.t("account-title")}</h1>
        {notice(&i18n, v.message.as_ref(), "success")}
        <p>{i18n.t_args("account-signed-in-as", &[("email", v.email.clone().into()), ("method", method.into())])}</p>
        <section aria-labelledby="passkeys-heading" class="stack">
            <h2 id="passkeys-heading">{i18n.t("passkeys-heading")}</h2>
            <p>{i18n.t("passkeys-lead")}</p>
            {(!empty).then(|| view! {
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr>
                            <th scope="col">{i18n.t("passkey-name-label")}</th>
                            <th scope="col">{i18n.t("passkey-created")}</th>
                            <th scope="col">{i18n.t("passkey-last-used")}</th>
                            <th scope="col"><span class="visually-hidden">{i18n.t("passkey-remove")}</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })}
            {empty.then(|| view! { <p>{i18n.t("passkeys-none")}</p> })}
            {add}
        </section>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub account_id: i64,
    pub email: String,
    pub name: Option<String>,
    pub role: Role,
    pub from_entra: bool,
    pub removed: bool,
    /// How they can sign in: "entra", "password", "passkey".
    pub methods: Vec<&'static str>,
    pub is_me: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InvitationRow {
    pub id: i64,
    pub address: String,
    pub role: Role,
    pub kind: String,
    pub state: &'static str,
    pub invited_by: Option<String>,
    pub expires: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SsoForm {
    pub entra_tenant_id: String,
    pub client_id: String,
    pub owner: String,
    pub admin: String,
    pub helpdesk: String,
    /// "secret", "certificate" or "entra-connection"; `None` before it is set up.
    pub credential: Option<String>,
    pub entra_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeopleView {
    pub slug: String,
    pub csrf: String,
    pub sso: SsoForm,
    /// The redirect URI to register on the app.
    pub redirect_uri: String,
    pub people: Vec<PersonRow>,
    pub invitations: Vec<InvitationRow>,
    /// The link of an invitation just made: shown once.
    pub new_link: Option<String>,
    pub message: Option<Message>,
    pub error: Option<Message>,
}

pub fn people_page(v: PeopleView) -> AnyView {
    let i18n = i18n();
    let base = format!("/admin/t/{}/people", v.slug);
    let people = v
        .people
        .iter()
        .map(|p| {
            let role_action = format!("{base}/{}/role", p.account_id);
            let remove_action = format!("{base}/{}/remove", p.account_id);
            let select_id = format!("role-{}", p.account_id);
            let methods = p
                .methods
                .iter()
                .map(|m| i18n.t(&format!("sign-in-method-{m}")))
                .collect::<Vec<_>>()
                .join(", ");
            let source = if p.removed {
                i18n.t("people-removed")
            } else if p.from_entra {
                i18n.t("people-role-from-entra")
            } else {
                i18n.t("people-role-from-console")
            };
            let controls = (!p.removed && !p.is_me).then(|| {
                view! {
                    <form method="post" action=role_action class="inline">
                        {csrf_field(&v.csrf)}
                        <label for=select_id.clone() class="visually-hidden">{i18n.t("people-role")}</label>
                        <select id=select_id name="role">{role_options(&i18n, p.role)}</select>
                        " "<button type="submit" class="link">{i18n.t("people-change-role")}</button>
                    </form>
                    " "
                    <form method="post" action=remove_action class="inline">
                        {csrf_field(&v.csrf)}
                        <button type="submit" class="link">{i18n.t("people-remove")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{p.email.clone()}{p.name.clone().map(|n| view! { <br/><span class="hint">{n}</span> })}</td>
                    <td>{role_label(&i18n, p.role)}</td>
                    <td>{source}</td>
                    <td>{methods}</td>
                    <td>{controls}</td>
                </tr>
            }
        })
        .collect_view();
    let invitations = v
        .invitations
        .iter()
        .map(|inv| {
            let revoke = format!("{base}/invitations/{}/revoke", inv.id);
            let open = inv.state == "open";
            view! {
                <tr>
                    <td>{inv.address.clone()}</td>
                    <td>{role_label(&i18n, inv.role)}</td>
                    <td>{i18n.t(&format!("invitation-kind-{}", inv.kind))}</td>
                    <td>{i18n.t(&format!("invitation-state-{}", inv.state))}</td>
                    <td>{inv.expires.clone()}</td>
                    <td>{inv.invited_by.clone().unwrap_or_default()}</td>
                    <td>{open.then(|| view! {
                        <form method="post" action=revoke.clone() class="inline">
                            {csrf_field(&v.csrf)}
                            <button type="submit" class="link">{i18n.t("invitation-revoke")}</button>
                        </form>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    let s = v.sso.clone();
    let configured = s.credential.is_some();
    let credential_note = s.credential.clone().map(|c| {
        i18n.t_args(
            "sso-credential-kept",
            &[("kind", i18n.t(&format!("sso-credential-{c}")).into())],
        )
    });
    let entra_only_action = format!("{base}/entra-only");
    view! {
        <h1>{i18n.t("people-title")}</h1>
        {notice(&i18n, v.error.as_ref(), "error")}
        {notice(&i18n, v.message.as_ref(), "success")}
        {v.new_link.clone().map(|link| view! {
            <div class="notice success" role="status">
                <p>{i18n.t("invitation-link-once")}</p>
                <p><code class="copy">{link}</code></p>
            </div>
        })}
        <section aria-labelledby="people-heading">
            <h2 id="people-heading">{i18n.t("people-heading")}</h2>
            <div class="table-wrap">
                <table class="data">
                    <thead><tr>
                        <th scope="col">{i18n.t("people-person")}</th>
                        <th scope="col">{i18n.t("people-role")}</th>
                        <th scope="col">{i18n.t("people-source")}</th>
                        <th scope="col">{i18n.t("people-methods")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n.t("people-actions")}</span></th>
                    </tr></thead>
                    <tbody>{people}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="invite-heading" class="stack">
            <h2 id="invite-heading">{i18n.t("invite-heading")}</h2>
            <p>{i18n.t("invite-lead")}</p>
            <form method="post" action=format!("{base}/invite") class="stack">
                {csrf_field(&v.csrf)}
                <label for="invite-address">{i18n.t("invite-address")}</label>
                <input id="invite-address" name="address" type="email" required autocomplete="off"/>
                <label for="invite-role">{i18n.t("people-role")}</label>
                <select id="invite-role" name="role">{role_options(&i18n, Role::Helpdesk)}</select>
                <fieldset>
                    <legend>{i18n.t("invite-kind")}</legend>
                    <label><input type="radio" name="kind" value="entra" checked=configured/>" "{i18n.t("invitation-kind-entra")}</label>
                    <label><input type="radio" name="kind" value="link" checked=!configured/>" "{i18n.t("invitation-kind-link")}</label>
                </fieldset>
                <button type="submit" class="button">{i18n.t("invite-submit")}</button>
            </form>
            {(!v.invitations.is_empty()).then(|| view! {
                <div class="table-wrap">
                    <table class="data">
                        <thead><tr>
                            <th scope="col">{i18n.t("invite-address")}</th>
                            <th scope="col">{i18n.t("people-role")}</th>
                            <th scope="col">{i18n.t("invite-kind")}</th>
                            <th scope="col">{i18n.t("invitation-state")}</th>
                            <th scope="col">{i18n.t("invitation-expires")}</th>
                            <th scope="col">{i18n.t("invitation-by")}</th>
                            <th scope="col"><span class="visually-hidden">{i18n.t("people-actions")}</span></th>
                        </tr></thead>
                        <tbody>{invitations}</tbody>
                    </table>
                </div>
            })}
        </section>
        <section aria-labelledby="sso-settings-heading" class="stack">
            <h2 id="sso-settings-heading">{i18n.t("sso-settings-heading")}</h2>
            <p>{i18n.t("sso-settings-lead")}</p>
            <p>{i18n.t("sso-redirect-uri")}" "<code>{v.redirect_uri.clone()}</code></p>
            <form method="post" action=format!("{base}/sso") class="stack">
                {csrf_field(&v.csrf)}
                <label for="sso-entra-tenant-id">{i18n.t("sso-entra-tenant-id")}</label>
                <input id="sso-entra-tenant-id" name="entra_tenant_id" type="text" required value=s.entra_tenant_id.clone()/>
                <label for="sso-client-id">{i18n.t("sso-client-id")}</label>
                <input id="sso-client-id" name="client_id" type="text" required value=s.client_id.clone()/>
                <label for="sso-secret">{i18n.t("sso-secret")}</label>
                <p class="hint" id="sso-secret-hint">{credential_note.unwrap_or_else(|| i18n.t("sso-secret-hint"))}</p>
                <input id="sso-secret" name="client_secret" type="password" autocomplete="off" aria-describedby="sso-secret-hint"/>
                <fieldset>
                    <legend>{i18n.t("sso-role-names")}</legend>
                    <label for="sso-role-owner">{i18n.t("role-owner")}</label>
                    <input id="sso-role-owner" name="role_owner" type="text" required value=s.owner.clone()/>
                    <label for="sso-role-admin">{i18n.t("role-admin")}</label>
                    <input id="sso-role-admin" name="role_admin" type="text" required value=s.admin.clone()/>
                    <label for="sso-role-helpdesk">{i18n.t("role-helpdesk")}</label>
                    <input id="sso-role-helpdesk" name="role_helpdesk" type="text" required value=s.helpdesk.clone()/>
                </fieldset>
                <button type="submit" class="button">{i18n.t("sso-save")}</button>
            </form>
            {configured.then(|| view! {
                <form method="post" action=entra_only_action.clone() class="stack">
                    {csrf_field(&v.csrf)}
                    <input type="hidden" name="on" value=if s.entra_only { "false" } else { "true" }/>
                    <p>{i18n.t(if s.entra_only { "sso-entra-only-on" } else { "sso-entra-only-off" })}</p>
                    <button type="submit" class="button secondary">
                        {i18n.t(if s.entra_only { "sso-entra-only-disable" } else { "sso-entra-only-enable" })}
                    </button>
                </form>
            })}
        </section>
    }
    .into_any()
}

/// Accepting a link invitation: choose a password.
pub fn invitation_page(
    action: String,
    address: String,
    tenant: String,
    role: Role,
    error: Option<Message>,
) -> AnyView {
    let i18n = i18n();
    view! {
        <h1>{i18n.t("invitation-accept-title")}</h1>
        {notice(&i18n, error.as_ref(), "error")}
        <p>{i18n.t_args("invitation-accept-lead", &[
            ("address", address.clone().into()),
            ("tenant", tenant.into()),
            ("role", role_label(&i18n, role).into()),
        ])}</p>
        <form method="post" action=action class="stack">
            <input type="hidden" name="username" value=address autocomplete="username"/>
            <label for="new-password">{i18n.t("invitation-password")}</label>
            <p class="hint" id="new-password-hint">{i18n.t("invitation-password-hint")}</p>
            <input id="new-password" name="password" type="password" autocomplete="new-password"
                minlength="12" required aria-describedby="new-password-hint"/>
            <button type="submit" class="button">{i18n.t("invitation-accept")}</button>
        </form>
    }
    .into_any()
}

/// The operator's form on the tenant list.
pub fn create_tenant_form(csrf: String, error: Option<Message>) -> AnyView {
    let i18n = i18n();
    view! {
        <section aria-labelledby="new-tenant-heading" class="stack">
            <h2 id="new-tenant-heading">{i18n.t("tenant-create-heading")}</h2>
            {notice(&i18n, error.as_ref(), "error")}
            <form method="post" action="/admin/tenants" class="stack">
                {csrf_field(&csrf)}
                <label for="tenant-name">{i18n.t("tenant-create-name")}</label>
                <input id="tenant-name" name="name" type="text" required maxlength="120"/>
                <label for="tenant-slug">{i18n.t("tenant-create-slug")}</label>
                <p class="hint" id="tenant-slug-hint">{i18n.t("tenant-create-slug-hint")}</p>
                <input id="tenant-slug" name="slug" type="text" required pattern="[a-z0-9][a-z0-9-]*[a-z0-9]"
                    maxlength="40" aria-describedby="tenant-slug-hint"/>
                <button type="submit" class="button">{i18n.t("tenant-create-submit")}</button>
            </form>
        </section>
    }
    .into_any()
}
