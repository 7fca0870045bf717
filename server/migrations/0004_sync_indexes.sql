-- Each pull scan (docs/sync-protocol.md §6) gets a partial index holding only the rows of its
-- scope. A pushed row's new sequence then moves one index entry instead of three (SQLite), and a
-- PostgreSQL update, which adds an entry to every index whose predicate the row matches, adds
-- two instead of four.
DROP INDEX sync_rows_school;
DROP INDEX sync_rows_scope;
DROP INDEX sync_rows_owner;
CREATE INDEX sync_rows_school ON sync_rows (school_id, seq) WHERE scope = 'school';
CREATE INDEX sync_rows_district ON sync_rows (seq) WHERE scope = 'district';
CREATE INDEX sync_rows_personal ON sync_rows (owner_id, seq) WHERE scope = 'personal';
