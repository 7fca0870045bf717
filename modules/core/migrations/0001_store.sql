-- The local store's own tables: settings of this store, the clock, the outbox, the search queue.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- One row: the hybrid logical clock of this store, and whether a sync pull is being applied
-- (then the change-capture triggers stand aside).
CREATE TABLE sync_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hlc INTEGER NOT NULL DEFAULT 0,
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_clock (id, hlc, applying) VALUES (1, 0, 0);

-- Every local change of a synced table, written by the generated triggers.
-- fields: a JSON object of the changed columns (all columns for an insert).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    hlc INTEGER NOT NULL,
    fields TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_pending ON outbox (seq) WHERE sent_at IS NULL;

-- The synced tables and how they merge, as declared by the modules.
CREATE TABLE sync_tables (
    name TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'fact')),
    module TEXT NOT NULL,
    searchable INTEGER NOT NULL DEFAULT 0,
    sensitive TEXT NOT NULL DEFAULT ''
);

-- Rows whose search entries are stale.
CREATE TABLE search_dirty (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
