-- A counter every change to what a tenant's guide pages show bumps, whoever makes it: the
-- tenant's settings, its branding, its Entra connection's passkey policy, its programme
-- (mandatory). Each instance reads it per request, so a change reaches every instance's
-- tenant and page caches at once. Triggers keep it, so no writer can forget it.
ALTER TABLE tenant ADD COLUMN settings_version BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER tenant_settings_version AFTER UPDATE OF slug, name, host, synced_allowed,
    attestation_enforced, allow_authenticator, allow_windows_hello, allow_security_keys,
    security_info_url, default_language, readiness_target, retention_days ON tenant
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER tenant_branding_inserted AFTER INSERT ON tenant_branding
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER tenant_branding_updated AFTER UPDATE ON tenant_branding
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER tenant_branding_deleted AFTER DELETE ON tenant_branding
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = OLD.tenant_id;
END;

CREATE TRIGGER entra_connection_inserted AFTER INSERT ON entra_connection
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER entra_connection_updated AFTER UPDATE OF default_policy ON entra_connection
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER entra_connection_deleted AFTER DELETE ON entra_connection
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = OLD.tenant_id;
END;

CREATE TRIGGER reminder_settings_inserted AFTER INSERT ON reminder_settings
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER reminder_settings_updated AFTER UPDATE OF mandatory ON reminder_settings
BEGIN
    UPDATE tenant SET settings_version = settings_version + 1 WHERE id = NEW.tenant_id;
END;
