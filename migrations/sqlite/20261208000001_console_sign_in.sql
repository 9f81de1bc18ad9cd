-- Console sign-in: Entra ID single sign-on per tenant, passkeys for break-glass accounts,
-- invitations, operators; how each session was opened; roles that came from Entra app roles
-- or were removed by an owner.

-- A tenant's app registration for console sign-in. The credential (a client secret or a
-- certificate with its key) is sealed with PASSKEY_GUIDE_DATA_KEY like the Entra
-- connection's; NULL means "the Entra connection's credential" (the same app registration).
-- One Entra tenant maps to exactly one tenant here.
CREATE TABLE tenant_sso (
    tenant_id INTEGER PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    entra_tenant_id TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    credential_kind TEXT CHECK (credential_kind IN ('secret', 'certificate')),
    credential TEXT,
    role_owner TEXT NOT NULL DEFAULT 'Owner',
    role_admin TEXT NOT NULL DEFAULT 'Admin',
    role_helpdesk TEXT NOT NULL DEFAULT 'Helpdesk',
    -- Local passwords are refused for this tenant (break-glass passkeys still work).
    entra_only BOOLEAN NOT NULL DEFAULT 0,
    updated_at_ms INTEGER NOT NULL
);

-- A sign-in in progress: the state (hashed), the browser it started in (hash of a cookie),
-- the nonce and the PKCE verifier. Deleted when the browser comes back, so a state is used
-- once.
CREATE TABLE sso_login (
    state_hash TEXT PRIMARY KEY NOT NULL,
    browser_hash TEXT NOT NULL,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
);

ALTER TABLE admin_account ADD COLUMN entra_tenant_id TEXT;
ALTER TABLE admin_account ADD COLUMN entra_object_id TEXT;
ALTER TABLE admin_account ADD COLUMN display_name TEXT;
-- Operators stand above tenants: they create tenants in the console.
ALTER TABLE admin_account ADD COLUMN operator BOOLEAN NOT NULL DEFAULT 0;
-- The WebAuthn user handle of the account's passkeys (a random UUID).
ALTER TABLE admin_account ADD COLUMN webauthn_user_id TEXT;
CREATE UNIQUE INDEX admin_account_entra ON admin_account (entra_tenant_id, entra_object_id);
CREATE UNIQUE INDEX admin_account_webauthn ON admin_account (webauthn_user_id);

-- 'console': granted by an owner, an invitation or the command line; 'entra': the app role of
-- the person's last Entra sign-in. A removed role stays as a marker until a new invitation.
ALTER TABLE admin_role ADD COLUMN source TEXT NOT NULL DEFAULT 'console';
ALTER TABLE admin_role ADD COLUMN removed_at_ms INTEGER;

ALTER TABLE admin_session ADD COLUMN method TEXT NOT NULL DEFAULT 'password';
CREATE INDEX admin_session_account ON admin_session (account_id);

-- Break-glass passkeys (webauthn-rs's Passkey as JSON: credential id, public key, counter).
CREATE TABLE admin_passkey (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES admin_account (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    passkey TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    last_used_at_ms INTEGER
);
CREATE INDEX admin_passkey_account ON admin_passkey (account_id);

-- A WebAuthn ceremony in progress (registration for a signed-in account, or a sign-in),
-- keyed by the hash of a random id the browser holds; used once.
CREATE TABLE webauthn_ceremony (
    id_hash TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER REFERENCES admin_account (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'authenticate')),
    state TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
);

-- Invitations to a tenant's console: 'link' (a link that expires; only its hash is kept) or
-- 'entra' (the role applies when this UPN signs in with Entra).
CREATE TABLE admin_invitation (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'helpdesk')),
    kind TEXT NOT NULL CHECK (kind IN ('link', 'entra')),
    token_hash TEXT UNIQUE,
    invited_by INTEGER REFERENCES admin_account (id) ON DELETE SET NULL,
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    accepted_at_ms INTEGER,
    revoked_at_ms INTEGER
);
CREATE INDEX admin_invitation_tenant ON admin_invitation (tenant_id, address);
