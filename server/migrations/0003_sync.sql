-- Every synced row of every school in one table (docs/sync-protocol.md §4): the tables are
-- declared by the modules, so the server keeps no per-table schema.
-- fields: CBOR map {column: value}; clocks: CBOR {"s": [[hlc, seq, device, user], ...],
-- "c": {column: index into s}}, the clock of every field; hlcs: CBOR {column: hlc}, the clocks
-- as a pull answers them (kept apart so a pull decodes no more than it sends). school_id is
-- NULL for district rows; owner_id is the user of a personal row.
CREATE TABLE sync_rows (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    school_id TEXT,
    scope TEXT NOT NULL CHECK (scope IN ('school', 'district', 'personal')),
    owner_id TEXT,
    seq BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    fields /*BLOB*/ NOT NULL,
    clocks /*BLOB*/ NOT NULL,
    hlcs /*BLOB*/ NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
);
CREATE INDEX sync_rows_school ON sync_rows (school_id, seq);
CREATE INDEX sync_rows_scope ON sync_rows (scope, seq);
CREATE INDEX sync_rows_owner ON sync_rows (owner_id, seq);
CREATE INDEX sync_rows_tombstones ON sync_rows (updated_at) WHERE deleted = 1;

-- Pushed batches and their answers (CBOR), so a batch sent again changes nothing.
CREATE TABLE push_batches (
    batch_id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    result /*BLOB*/ NOT NULL,
    at TEXT NOT NULL
);

-- Batches kept back by the bulk-delete guard until an administrator confirms them. principal
-- and body are CBOR: who pushed it and the batch as sent.
CREATE TABLE held_batches (
    held_id TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL,
    school_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    principal /*BLOB*/ NOT NULL,
    body /*BLOB*/ NOT NULL,
    tbl TEXT NOT NULL,
    deletes INTEGER NOT NULL,
    total_rows INTEGER NOT NULL,
    held_at TEXT NOT NULL,
    confirmed_at TEXT,
    confirmed_by TEXT
);
CREATE UNIQUE INDEX held_batches_batch ON held_batches (batch_id);
