-- How many journey events (the sum of their times) each progress summary was made from, so a
-- summary left behind by a stopped event writer is found and made again at start. Existing rows
-- start at 0 and are made again once.
ALTER TABLE journey_progress ADD COLUMN events BIGINT NOT NULL DEFAULT 0;
