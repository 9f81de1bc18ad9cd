-- The rollout dashboard and the audit log.

-- One row per employee who opened their personal link: the journey summarised when its events
-- are stored, so the dashboard aggregates one row per person instead of every event.
CREATE TABLE journey_progress (
    employee_id INTEGER PRIMARY KEY REFERENCES employee (id) ON DELETE CASCADE,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    -- journey::Stage id: opened, flow-started, handed-off, confirmed.
    stage TEXT NOT NULL,
    -- When each stage was first reached (a later stage implies the earlier ones).
    opened_at_ms BIGINT,
    started_at_ms BIGINT,
    handed_off_at_ms BIGINT,
    confirmed_at_ms BIGINT,
    last_seen_ms BIGINT,
    -- The open "stuck" report, if any: cleared once they get past that step.
    stuck_flow TEXT,
    stuck_step INTEGER,
    stuck_symptom TEXT,
    stuck_at_ms BIGINT,
    -- The device of their latest visit.
    platform TEXT,
    os_version TEXT,
    browser TEXT,
    in_app TEXT
);

CREATE INDEX journey_progress_tenant ON journey_progress (tenant_id, stage);

CREATE INDEX journey_event_tenant_kind ON journey_event (tenant_id, kind);

CREATE INDEX employee_tenant_department ON employee (tenant_id, department);

-- When Entra was first seen reporting a passkey for this user (kept while it stays registered),
-- for the registrations-over-time chart. Rows already registered start from when they were
-- learned.
ALTER TABLE registration_status ADD COLUMN passkey_since_ms BIGINT;
UPDATE registration_status SET passkey_since_ms = learned_at_ms WHERE has_passkey;

-- Every change an admin makes: who, what, when, and the values before and after (JSON).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER REFERENCES tenant (id) ON DELETE CASCADE,
    -- The admin account, or NULL for the command line.
    account_id INTEGER REFERENCES admin_account (id) ON DELETE SET NULL,
    -- Kept as text so the entry survives the account's removal.
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    at_ms BIGINT NOT NULL
);

CREATE INDEX audit_log_tenant ON audit_log (tenant_id, at_ms);
