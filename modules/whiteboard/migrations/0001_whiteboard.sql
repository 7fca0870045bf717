-- Board documents in the store (docs/board-format.md §9): the board (its current version) and
-- every version saved, synced; the documents' bytes kept locally. A document travels to other
-- devices as a blob named by its SHA-256.

-- A board. owner_id: the user (users.id, the district user id once signed in through the
-- district) who may change it; shared = 1 lists it for the school's other teachers, who open
-- copies of it. sha256: the current version's document (.ssboard); pages and size describe it.
CREATE TABLE boards (
    /*SYNC_COLUMNS*/
    owner_id TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    title TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    pages INTEGER NOT NULL CHECK (pages >= 0),
    saved_at TEXT NOT NULL,
    device TEXT,
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1))
);
CREATE INDEX boards_owner ON boards (owner_id) WHERE deleted = 0;

-- Every saved version, as a fact: parent_sha256 is the version the saved one was made from,
-- so versions saved on two computers from the same one (both offline) are found, and neither
-- is lost.
CREATE TABLE board_versions (
    /*SYNC_COLUMNS*/
    board_id TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    parent_sha256 TEXT,
    size INTEGER NOT NULL CHECK (size >= 0),
    pages INTEGER NOT NULL CHECK (pages >= 0),
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_by_name TEXT NOT NULL,
    device TEXT
);
CREATE INDEX board_versions_board ON board_versions (board_id, saved_at);

-- The documents themselves, on this computer (not synced: they travel as blobs). Backups of the
-- store carry them.
CREATE TABLE board_content (
    sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    data BLOB NOT NULL,
    stored_at TEXT NOT NULL
);

-- The version each account's working copy on this computer was made from (not synced).
CREATE TABLE board_checkouts (
    board_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    base_sha256 TEXT NOT NULL,
    PRIMARY KEY (board_id, user_id)
);
