-- Tenants, their branding and policy, admin accounts and sessions, and the employee roster.
-- Times are Unix milliseconds, as in guide_event.

CREATE TABLE tenant (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- Optional custom host name that serves this tenant at `/`.
    host TEXT UNIQUE,
    synced_allowed BOOLEAN NOT NULL DEFAULT 1,
    attestation_enforced BOOLEAN NOT NULL DEFAULT 0,
    allow_authenticator BOOLEAN NOT NULL DEFAULT 1,
    allow_windows_hello BOOLEAN NOT NULL DEFAULT 1,
    allow_security_keys BOOLEAN NOT NULL DEFAULT 1,
    security_info_url TEXT NOT NULL DEFAULT 'https://aka.ms/mysecurityinfo',
    default_language TEXT,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

-- Two rows per tenant at most: what admins are editing ('draft') and what employees see
-- ('published'). Publishing copies the draft over the published row.
CREATE TABLE tenant_branding (
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('draft', 'published')),
    display_name TEXT NOT NULL,
    primary_color TEXT,
    intro TEXT,
    support_email TEXT,
    support_url TEXT,
    support_phone TEXT,
    support_hours TEXT,
    logo BLOB,
    logo_type TEXT,
    updated_at_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, state)
);

CREATE TABLE admin_account (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL
);

CREATE TABLE admin_role (
    account_id INTEGER NOT NULL REFERENCES admin_account (id) ON DELETE CASCADE,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'helpdesk')),
    PRIMARY KEY (account_id, tenant_id)
);

-- The cookie carries a random id; only its SHA-256 is stored, so a database leak does not
-- hand out live sessions.
CREATE TABLE admin_session (
    id_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES admin_account (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL
);

CREATE INDEX admin_session_expires ON admin_session (expires_at_ms);

CREATE TABLE employee (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    -- Random public reference carried by personal links (never the email address).
    ref TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    preferred_language TEXT,
    department TEXT,
    manager TEXT,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL,
    UNIQUE (tenant_id, email)
);

ALTER TABLE guide_event ADD COLUMN tenant_id INTEGER REFERENCES tenant (id) ON DELETE CASCADE;
ALTER TABLE guide_event ADD COLUMN employee_id INTEGER REFERENCES employee (id) ON DELETE SET NULL;
CREATE INDEX guide_event_tenant ON guide_event (tenant_id, employee_id);
