-- How long an employee's journey data is kept after they registered or left (days), and when
-- the daily retention run last went through the tenant (one instance takes each run).
ALTER TABLE tenant ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180;
ALTER TABLE tenant ADD COLUMN retention_ran_at_ms BIGINT;
