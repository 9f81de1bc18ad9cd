-- Whether each user has a passkey registered in Entra ID, as last learned from Microsoft Graph
-- or the portal's CSV export. Keyed by user principal name (lower-cased), which roster emails
-- are matched against.
CREATE TABLE registration_status (
    tenant_id BIGINT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    upn TEXT NOT NULL,
    has_passkey BOOLEAN NOT NULL,
    -- The registered methods as reported, comma-separated.
    methods TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('graph', 'csv')),
    learned_at_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, upn)
);

-- One row per tenant that syncs from Graph: when it last ran and how it went.
CREATE TABLE registration_sync (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    last_started_ms BIGINT,
    last_finished_ms BIGINT,
    last_error TEXT,
    users_seen BIGINT
);
