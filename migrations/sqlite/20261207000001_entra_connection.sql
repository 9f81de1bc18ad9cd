-- The Entra connection of a tenant: its app registration, rollout groups and sync state; the
-- roster, passkey policy, registration details and passkey usage it brings in; every sync run.

CREATE TABLE entra_connection (
    tenant_id INTEGER PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    entra_tenant_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    -- 'secret' or 'certificate'; the credential itself is encrypted with PASSKEY_GUIDE_DATA_KEY
    -- (`v1:{key id}:{base64url(nonce || ciphertext)}`) and never shown again.
    credential_kind TEXT NOT NULL CHECK (credential_kind IN ('secret', 'certificate')),
    credential TEXT NOT NULL,
    -- The rollout groups (object ids, comma-separated): their transitive members are the roster.
    rollout_groups TEXT NOT NULL,
    sync_every_minutes INTEGER NOT NULL DEFAULT 360,
    -- Passkey sign-ins are read from the sign-in logs for this many days back.
    usage_days INTEGER NOT NULL DEFAULT 30,
    -- Leavers' data is erased this many days after they left.
    leaver_retention_days INTEGER NOT NULL DEFAULT 30,
    -- The passkey (FIDO2) method policy as last read, and the tenant-wide policy the guide
    -- derived from it for visitors without a personal link (JSON of the chooser's policy).
    fido2_policy TEXT,
    default_policy TEXT,
    -- The newest sign-in read so far, so the next sync reads only what is newer.
    signins_read_until_ms BIGINT,
    next_sync_at_ms BIGINT,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

-- One row per sync: how it ended and what it changed (JSON).
CREATE TABLE entra_sync_run (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    started_by TEXT NOT NULL,
    dry_run BOOLEAN NOT NULL DEFAULT 0,
    started_at_ms BIGINT NOT NULL,
    finished_at_ms BIGINT,
    outcome TEXT CHECK (outcome IN ('ok', 'partial', 'failed')),
    error TEXT,
    changes TEXT
);

CREATE INDEX entra_sync_run_tenant ON entra_sync_run (tenant_id, started_at_ms);

-- Employees: the principal name registration status is matched on (the roster's UPN column, or
-- the email where there is none), and what Entra says about them.
ALTER TABLE employee ADD COLUMN upn TEXT;
UPDATE employee SET upn = lower(email);
ALTER TABLE employee ADD COLUMN object_id TEXT;
ALTER TABLE employee ADD COLUMN user_type TEXT;
ALTER TABLE employee ADD COLUMN source TEXT NOT NULL DEFAULT 'csv';
-- Set when Entra says the employee left the rollout (removed from the groups, disabled,
-- deleted): no reminders, out of the funnel, erased after the connection's retention.
ALTER TABLE employee ADD COLUMN left_at_ms BIGINT;
ALTER TABLE employee ADD COLUMN left_reason TEXT;
-- The passkey policy that applies to this employee under Entra's passkey profiles (JSON of
-- the chooser's policy); NULL where the tenant's own policy applies.
ALTER TABLE employee ADD COLUMN entra_policy TEXT;
-- Passkey sign-ins seen in the sign-in logs: the first and the latest.
ALTER TABLE employee ADD COLUMN passkey_signin_first_ms BIGINT;
ALTER TABLE employee ADD COLUMN passkey_signin_last_ms BIGINT;
CREATE UNIQUE INDEX employee_object_id ON employee (tenant_id, object_id);
CREATE INDEX employee_upn ON employee (tenant_id, upn);
-- Who is still in the rollout, and their departments, without reading the rows: the roster
-- count and the dashboard's department list.
CREATE INDEX employee_current ON employee (tenant_id, left_at_ms, department);

-- What the registration report says beyond the methods.
ALTER TABLE registration_status ADD COLUMN object_id TEXT;
ALTER TABLE registration_status ADD COLUMN is_mfa_registered BOOLEAN;
ALTER TABLE registration_status ADD COLUMN is_admin BOOLEAN;
ALTER TABLE registration_status ADD COLUMN user_type TEXT;

-- The share of employees (registered, signing in with a passkey) a tenant aims for before it
-- enforces passkeys.
ALTER TABLE tenant ADD COLUMN readiness_target INTEGER NOT NULL DEFAULT 95;
