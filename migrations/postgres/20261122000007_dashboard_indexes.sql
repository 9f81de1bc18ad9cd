-- The dashboard's per-day series read a range of one tenant's sent mail and registrations.
CREATE INDEX outbox_tenant_kind_sent ON outbox (tenant_id, kind, sent_at_ms);
CREATE INDEX registration_status_since ON registration_status (tenant_id, passkey_since_ms);
