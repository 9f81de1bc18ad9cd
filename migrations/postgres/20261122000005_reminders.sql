-- Reminders: when each employee was announced (first link export or announcement email),
-- whether they opted out, each tenant's reminder settings, and one row per reminder decided.

ALTER TABLE employee ADD COLUMN announced_at_ms BIGINT;
ALTER TABLE employee ADD COLUMN opted_out_at_ms BIGINT;

CREATE TABLE reminder_settings (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    enabled BOOLEAN NOT NULL DEFAULT FALSE,
    -- Days after the announcement, comma-separated, ascending.
    offsets TEXT NOT NULL DEFAULT '7,14',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    quiet_from_hour BIGINT NOT NULL DEFAULT 18,
    quiet_until_hour BIGINT NOT NULL DEFAULT 8,
    skip_weekends BOOLEAN NOT NULL DEFAULT TRUE,
    per_hour BIGINT NOT NULL DEFAULT 600
);

-- The primary key is the "at most once": a reminder of a kind (its offset in days) is decided
-- for an employee once, whichever instance or run gets there first. Superseded reminders (an
-- earlier one still open when a later one came due) are recorded so they never go out late.
CREATE TABLE reminder (
    tenant_id BIGINT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    employee_id BIGINT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    offset_days BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'superseded')),
    content TEXT,
    decided_at_ms BIGINT NOT NULL,
    outbox_id BIGINT REFERENCES outbox (id) ON DELETE SET NULL,
    PRIMARY KEY (employee_id, offset_days)
);

CREATE INDEX reminder_tenant ON reminder (tenant_id, decided_at_ms);

-- Set while a sender talks to the SMTP server about this message. A message still marked when
-- its claim ran out was being sent when the sender died: whether it went out is unknown, and it
-- is not sent again (at most once), but recorded as failed for an admin to look at.
ALTER TABLE outbox ADD COLUMN sending_at_ms BIGINT;
