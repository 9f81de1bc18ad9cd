-- How many identical events a guide_event row stands for. The event writer merges an event
-- repeated while it waited (an employee reloading a step) into one row, whose occurred_at_ms is
-- the first one's; rows written before this stand for one event each.
ALTER TABLE guide_event ADD COLUMN times BIGINT NOT NULL DEFAULT 1;
