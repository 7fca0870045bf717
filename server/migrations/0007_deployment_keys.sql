-- Deployment keys (issue 7): one enrollment key that up to max_uses computers may use, for group
-- policy and the MSI transform, which give every computer of a school the same key. uses counts
-- the enrollments made with the key; a single-use key has max_uses 1. used_at and device_id keep
-- the last enrollment.
ALTER TABLE enrollment_keys ADD COLUMN max_uses INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enrollment_keys ADD COLUMN uses INTEGER NOT NULL DEFAULT 0;
UPDATE enrollment_keys SET uses = 1 WHERE used_at IS NOT NULL;
