-- The test sign-in at the end of every flow: when an employee first said it worked (the stage
-- "signed-in"). Existing rows have no such event yet and stay NULL.
ALTER TABLE journey_progress ADD COLUMN signed_in_at_ms BIGINT;
