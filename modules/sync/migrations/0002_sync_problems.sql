-- Pulled rows this device could not apply (a unique index: two devices created the same
-- 学籍号 offline). Local bookkeeping, not synced: the pull goes on, `conflicts` and the Sync page
-- list the problem, and every later sync tries the row again until it fits.
CREATE TABLE sync_problems (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unique', 'invalid')),
    message TEXT NOT NULL,
    -- the pulled row as the server sent it (CBOR), applied again by later syncs
    row_data BLOB NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE UNIQUE INDEX sync_problems_open ON sync_problems (tbl, row_id) WHERE resolved_at IS NULL;
