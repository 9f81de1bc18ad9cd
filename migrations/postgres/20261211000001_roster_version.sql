-- A counter every change to what a personal link resolves to bumps: an employee added or
-- erased, or their reference, language or Entra passkey policy changed, whoever writes it.
-- Each instance keeps the employees whose links it served in memory and polls this counter
-- (with `settings_version`) to know when to read them again, instead of reading the roster on
-- every page view.
ALTER TABLE tenant ADD COLUMN roster_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION bump_tenant_roster_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE tenant SET roster_version = roster_version + 1 WHERE id = OLD.tenant_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.tenant_id <> OLD.tenant_id) THEN
        UPDATE tenant SET roster_version = roster_version + 1 WHERE id = NEW.tenant_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER employee_roster_changed AFTER INSERT OR DELETE OR UPDATE OF tenant_id, ref,
    preferred_language, entra_policy ON employee
    FOR EACH ROW EXECUTE FUNCTION bump_tenant_roster_version();

