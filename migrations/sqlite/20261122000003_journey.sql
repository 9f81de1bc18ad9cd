-- Employee journeys, diagnostics and outgoing mail.

-- What an employee with a personal link has done, one row per distinct thing: reloading a
-- step updates `last_at_ms` and `times` instead of adding a row. `detail` says which device
-- opened the link, what the answer to "did it work?" was, or which symptom was reported.
CREATE TABLE journey_event (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    flow_id TEXT NOT NULL DEFAULT '',
    step INTEGER NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL,
    os_version TEXT,
    browser TEXT,
    in_app TEXT,
    first_at_ms BIGINT NOT NULL,
    last_at_ms BIGINT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    UNIQUE (employee_id, kind, flow_id, step, detail)
);

CREATE INDEX journey_event_tenant ON journey_event (tenant_id, last_at_ms);

-- Anonymous statistics keep the OS version and in-app browser too, for the device mix.
ALTER TABLE guide_event ADD COLUMN os_version TEXT;
ALTER TABLE guide_event ADD COLUMN in_app TEXT;
ALTER TABLE guide_event ADD COLUMN detail TEXT;

-- A stuck employee's report to the helpdesk: what the server detected and what the browser
-- said about itself, where they were and what they saw.
CREATE TABLE diagnostic (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    created_at_ms BIGINT NOT NULL,
    flow_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    symptom TEXT NOT NULL,
    note TEXT,
    platform TEXT NOT NULL,
    os_version TEXT,
    browser TEXT,
    in_app TEXT,
    model TEXT,
    user_agent TEXT,
    -- JSON from the in-browser probe, absent with JavaScript off.
    probe TEXT,
    locale TEXT NOT NULL
);

CREATE INDEX diagnostic_employee ON diagnostic (tenant_id, employee_id, created_at_ms);

-- Mail waiting to go out. `dedupe_key` is unique, so a message is queued at most once however
-- many times (or on however many instances) the code that queues it runs. A sender claims a
-- row by setting `claimed_until_ms` before talking to the SMTP server.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER REFERENCES tenant (id) ON DELETE CASCADE,
    employee_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    created_at_ms BIGINT NOT NULL,
    next_attempt_at_ms BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until_ms BIGINT,
    sent_at_ms BIGINT,
    failed_at_ms BIGINT,
    last_error TEXT
);

CREATE INDEX outbox_due ON outbox (sent_at_ms, failed_at_ms, next_attempt_at_ms);
