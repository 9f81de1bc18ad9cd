-- A counter every change to what a tenant's guide pages show bumps, whoever makes it: the
-- tenant's settings, its branding, its Entra connection's passkey policy, its programme
-- (mandatory). Each instance reads it per request, so a change reaches every instance's
-- tenant and page caches at once. Triggers keep it, so no writer can forget it.
ALTER TABLE tenant ADD COLUMN settings_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION tenant_settings_version() RETURNS trigger AS $$
BEGIN
    NEW.settings_version := OLD.settings_version + 1;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tenant_settings_version BEFORE UPDATE OF slug, name, host, synced_allowed,
    attestation_enforced, allow_authenticator, allow_windows_hello, allow_security_keys,
    security_info_url, default_language, readiness_target, retention_days ON tenant
    FOR EACH ROW EXECUTE FUNCTION tenant_settings_version();

CREATE FUNCTION bump_tenant_settings_version() RETURNS trigger AS $$
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tenant_branding_changed AFTER INSERT OR UPDATE OR DELETE ON tenant_branding
    FOR EACH ROW EXECUTE FUNCTION bump_tenant_settings_version();
CREATE TRIGGER entra_connection_changed AFTER INSERT OR DELETE OR UPDATE OF default_policy
    ON entra_connection FOR EACH ROW EXECUTE FUNCTION bump_tenant_settings_version();
CREATE TRIGGER reminder_settings_changed AFTER INSERT OR UPDATE OF mandatory ON reminder_settings
    FOR EACH ROW EXECUTE FUNCTION bump_tenant_settings_version();
