-- Comms a tenant runs itself: how its mail is sent, its own message texts, announcement
-- waves, a deadline with a final notice, and weekly manager digests.

-- How the tenant's mail leaves: its own SMTP server (the URL sealed with the data key, as it
-- may carry a password) or Microsoft Graph sendMail from one of its mailboxes through its
-- Entra connection. Without a row, the server's SMTP settings apply.
CREATE TABLE mail_transport (
    tenant_id INTEGER PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('smtp', 'graph')),
    from_address TEXT NOT NULL,
    reply_to TEXT,
    smtp_url_sealed TEXT,
    updated_at_ms BIGINT NOT NULL
);

-- A tenant's own subject and body for one message in one language; the built-in text applies
-- where there is none.
CREATE TABLE mail_template (
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('announcement', 'reminder', 'final-notice', 'manager-digest')),
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, kind, language)
);

-- An announcement to a cohort, now or at a scheduled time. `started_at_ms` is taken by the one
-- run that sends it (two instances: one wins); each employee it announces records the wave.
CREATE TABLE wave (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    selector TEXT NOT NULL CHECK (selector IN ('everyone', 'department', 'group', 'list')),
    selector_value TEXT,
    -- For a CSV subset: the addresses, one per line, lower-cased.
    addresses TEXT,
    scheduled_at_ms BIGINT NOT NULL,
    started_at_ms BIGINT,
    finished_at_ms BIGINT,
    announced INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL
);
CREATE INDEX wave_due ON wave (started_at_ms, scheduled_at_ms);

ALTER TABLE employee ADD COLUMN wave_id INTEGER REFERENCES wave (id) ON DELETE SET NULL;
ALTER TABLE employee ADD COLUMN final_notice_at_ms BIGINT;

-- The programme: a deadline (a local date in the reminders' time zone), whether registration
-- is mandatory (no opt-out), and weekly digests to managers.
ALTER TABLE reminder_settings ADD COLUMN deadline TEXT;
ALTER TABLE reminder_settings ADD COLUMN mandatory BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE reminder_settings ADD COLUMN manager_digest BOOLEAN NOT NULL DEFAULT 0;

-- The one-click unsubscribe address of a message to an employee whose programme allows
-- opting out (the List-Unsubscribe header); NULL otherwise.
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
