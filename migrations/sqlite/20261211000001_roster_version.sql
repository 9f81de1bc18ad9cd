-- A counter every change to what a personal link resolves to bumps: an employee added or
-- erased, or their reference, language or Entra passkey policy changed, whoever writes it.
-- Each instance keeps the employees whose links it served in memory and polls this counter
-- (with `settings_version`) to know when to read them again, instead of reading the roster on
-- every page view.
ALTER TABLE tenant ADD COLUMN roster_version BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER employee_roster_inserted AFTER INSERT ON employee
BEGIN
    UPDATE tenant SET roster_version = roster_version + 1 WHERE id = NEW.tenant_id;
END;
CREATE TRIGGER employee_roster_updated AFTER UPDATE OF tenant_id, ref, preferred_language,
    entra_policy ON employee
BEGIN
    UPDATE tenant SET roster_version = roster_version + 1 WHERE id IN (OLD.tenant_id, NEW.tenant_id);
END;
CREATE TRIGGER employee_roster_deleted AFTER DELETE ON employee
BEGIN
    UPDATE tenant SET roster_version = roster_version + 1 WHERE id = OLD.tenant_id;
END;
