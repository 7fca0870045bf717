-- Blocks of numbers this device may hand out (asset tags, 种次号), docs/sync-protocol.md §10.
-- Local to the device, never synced: a block belongs to the device it was granted to.
-- source: 'server' (granted by the district, POST /api/v1/leases) or 'local' (a store that
-- never enrolled takes its own). next: the first number of the block not yet handed out
-- (last + 1 when the block is used up).
CREATE TABLE number_leases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sequence TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('server', 'local')),
    granted_at TEXT NOT NULL,
    CHECK (first <= last AND next BETWEEN first AND last + 1)
);
CREATE INDEX number_leases_open ON number_leases (sequence, first) WHERE next <= last;

-- Numbers found in use whatever the blocks say (imported tags): never handed out, and the
-- greatest of them is reported to the server as used_up_to.
CREATE TABLE number_used (
    sequence TEXT NOT NULL,
    number INTEGER NOT NULL,
    PRIMARY KEY (sequence, number)
) WITHOUT ROWID;

-- Every sequence this device has handed out or asked for: a sync keeps a reserve of each.
CREATE TABLE number_sequences (
    sequence TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL
);
