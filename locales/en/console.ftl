# Console sign-in: Entra ID, break-glass passkeys, the account page, people and invitations.

admin-nav-people = People
admin-error-entra-only = This organization's console accepts only Sign in with Microsoft or a passkey. Sign out, then sign in one of those ways.

## Sign-in page
sso-heading = Sign in with your work account
sso-button = Sign in with Microsoft
sso-tenant-label = Organization
sso-tenant-hint = Its short name, as in your console address: /admin/t/short-name
sso-not-set-up = This organization has not set up Sign in with Microsoft. Use a passkey or your password, or ask the console's owner.
sso-unavailable = Microsoft's sign-in could not be reached. Try again in a moment.
sso-stale = This sign-in has expired or was already used. Start again.
sso-provider-error = Microsoft did not sign you in (error: { $code }). Start again, or ask your Entra admin.
sso-refused = Microsoft's answer could not be verified, so you are not signed in. { $reason ->
    [expired] The sign-in took too long.
    [tenant] It was for another organization.
    [audience] It was for another application.
    [issuer] It came from another issuer.
    [nonce] It answered another sign-in.
    [unknown-key] It was signed with a key the organization does not publish.
    [algorithm] It was not signed the way Microsoft signs.
    [signature] Its signature is not valid.
   *[other] Start again; if it keeps happening, tell the people who run this service.
}
sso-no-role = You signed in as { $username }, but you have no role in this console. Ask your Entra admin to assign you the Owner, Admin or Helpdesk role of this app, or ask an owner to invite you.
sso-removed = You signed in as { $username }, but an owner removed your access to this console. Ask an owner to invite you again.
sso-address-taken = You signed in as { $username }, a guest of this organization. An account with that address already exists here, and a guest sign-in cannot take it over. Ask an owner to assign you an app role, or sign in with your account in this organization.
sso-signed-in-title = Signed in
sso-continue = Continue to the console
passkey-sign-in-heading = Break-glass account
passkey-sign-in-lead = For the emergency accounts of this console: sign in with the passkey registered on the account.
passkey-sign-in-button = Sign in with a passkey
passkey-needs-js = Passkeys need JavaScript in this browser.
passkey-failed = The passkey did not work. Try again, or use another way to sign in.
password-sign-in-heading = Local account

## Account page
account-title = Your account
account-signed-in-as = You are signed in as { $email } ({ $method }).
sign-in-method-password = password
sign-in-method-passkey = passkey
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Passkeys
passkeys-lead = A passkey lets this account sign in without its password, even when the organization accepts only Microsoft sign-in. Register one on a security key or device kept for emergencies.
passkeys-none = This account has no passkey.
passkey-name-label = Name
passkey-name-default = Emergency security key
passkey-created = Added
passkey-last-used = Last used
passkey-never-used = Never
passkey-add = Add a passkey
passkey-remove = Remove
passkey-added = The passkey is added.
passkey-removed = The passkey is removed.
passkey-unavailable = Passkeys are not available on this server:

## People page
people-title = People
people-heading = Who can use this console
people-person = Person
people-role = Role
people-source = Role from
people-methods = Signs in with
people-actions = Actions
people-change-role = Change role
people-remove = Remove access
people-removed = Access removed
people-role-from-entra = Entra app role
people-role-from-console = This console
people-role-changed = The role is changed.
people-access-removed = Access is removed and their sessions are ended everywhere.
people-error = Not saved: { $detail }
invite-heading = Invite someone
invite-lead = Invitations expire after 7 days. A link invitation is shown once: send it to the person yourself.
invite-address = Email address or user principal name
invite-kind = How they sign in
invitation-kind-entra = With Microsoft Entra ID, as this user
invitation-kind-link = With a password, from an invitation link
invite-submit = Invite
invite-bad-address = That is not an email address or user principal name.
invite-bad-role = Choose a role.
invite-entra-not-set-up = Set up Sign in with Microsoft first, or invite with a link.
invitation-created = The invitation is saved.
invitation-link-once = Copy this link now and send it to the person: it is not shown again.
invitation-state = State
invitation-state-open = Open
invitation-state-accepted = Accepted
invitation-state-expired = Expired
invitation-state-revoked = Revoked
invitation-expires = Expires
invitation-by = Invited by
invitation-revoke = Revoke
invitation-revoked = The invitation is revoked.
sso-settings-heading = Sign in with Microsoft
sso-settings-lead = Your Entra admins decide who may do what: assign people or groups to the app roles of the app registration.
sso-redirect-uri = Redirect URI (Web platform) to register on the app:
sso-entra-tenant-id = Directory (tenant) ID
sso-client-id = Application (client) ID
sso-secret = Client secret
sso-secret-hint = Leave empty to use the credential of this organization's Entra connection (the same app registration).
sso-credential-kept = A { $kind } is stored. Leave empty to keep it.
sso-credential-secret = client secret
sso-credential-certificate = certificate
sso-credential-entra-connection = credential of the Entra connection
sso-role-names = App role values
sso-save = Save sign-in settings
sso-saved = The sign-in settings are saved.
sso-entra-only-off = Local passwords are accepted.
sso-entra-only-on = Only Sign in with Microsoft and the passkeys of break-glass accounts are accepted.
sso-entra-only-enable = Accept Microsoft sign-in only
sso-entra-only-disable = Accept local passwords again
sso-entra-only-saved = The sign-in rule is saved.

## Invitation links
invitation-accept-title = Join the console
invitation-accept-lead = { $address } is invited to { $tenant } as { $role }. Choose a password to finish.
invitation-password = New password
invitation-password-hint = At least 12 characters.
invitation-password-short = The password must have at least { $min } characters.
invitation-accept = Join
invitation-not-open = This invitation was used, revoked or has expired. Ask for a new one.
invitation-accepted-existing = The role is added to your existing account. Sign in as usual.

## Operators
tenant-create-heading = Create an organization
tenant-create-name = Name
tenant-create-slug = Short name
tenant-create-slug-hint = Lowercase letters, digits and hyphens; it becomes part of the guide's address.
tenant-create-submit = Create

## Audit log
audit-action-sso-configured = Set up Sign in with Microsoft
audit-action-entra-only-set = Changed which sign-ins are accepted
audit-action-invitation-created = Invited someone
audit-action-invitation-accepted = Accepted an invitation
audit-action-invitation-revoked = Revoked an invitation
audit-action-role-changed = Changed a role
audit-action-access-removed = Removed someone's access
audit-action-passkey-added = Added a passkey
audit-action-passkey-removed = Removed a passkey
audit-action-tenant-created-in-console = Created the organization in the console
