-- Local accounts. They stay on this machine: district accounts arrive with sync.
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL COLLATE NOCASE UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'principal', 'clerk', 'librarian',
                                       'teacher', 'homeroom_teacher')),
    salt BLOB NOT NULL,
    verifier BLOB NOT NULL,
    iterations INTEGER NOT NULL,
    staff_id TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_sign_in TEXT
);

-- Who did what to which record: sign-ins, denials, views and exports of personal data.
-- A fact table: it syncs to the district and is never changed.
CREATE TABLE audit_log (
    /*SYNC_COLUMNS*/
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT,
    record_id TEXT,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
