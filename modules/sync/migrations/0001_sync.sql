-- Sync with the district (docs/sync-protocol.md).

-- The losing value of each concurrent edit, found by the server and pulled by every device of
-- the school; a person keeps the winner or restores the other value.
-- Values are JSON texts of the column value, so numbers stay numbers.
CREATE TABLE sync_conflicts (
    /*SYNC_COLUMNS*/
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    kept_hlc INTEGER,
    kept_device TEXT,
    kept_user TEXT,
    lost_value TEXT,
    lost_hlc INTEGER,
    lost_device TEXT,
    lost_user TEXT,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IN ('kept', 'restored'))
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;

-- District data (read-only here): the plan's yearly targets and the district's notices.
CREATE TABLE district_targets (
    /*SYNC_COLUMNS*/
    year INTEGER NOT NULL,
    classroom_multimedia_rate REAL,
    teacher_computer_ratio REAL,
    student_computer_ratio REAL,
    note TEXT
);

CREATE TABLE district_notices (
    /*SYNC_COLUMNS*/
    title TEXT NOT NULL,
    body TEXT,
    published_at TEXT NOT NULL,
    publisher TEXT,
    -- JSON array of {"name", "sha256", "size", "mime"}; the files travel as blobs.
    attachments TEXT
);

-- A user's private drafts (personal scope): lesson notes, board drafts. owner_id is the
-- district user id.
CREATE TABLE drafts (
    /*SYNC_COLUMNS*/
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note',
    title TEXT NOT NULL,
    body TEXT
);

-- This device's sync runs (not synced).
CREATE TABLE sync_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    trigger TEXT NOT NULL CHECK (trigger IN ('timer', 'network', 'manual', 'cli', 'startup')),
    status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'offline', 'error', 'held')),
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    message TEXT
);
