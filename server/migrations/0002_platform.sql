-- Schools, accounts, devices and credentials of the district platform, and the blob store
-- (docs/sync-protocol.md §2, §3, §8). Runs on SQLite and PostgreSQL: times are ISO 8601 UTC
-- texts, flags are integers, secrets are stored only as SHA-256 hex.

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    school_id TEXT NOT NULL REFERENCES schools (id),
    role TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    staff_id TEXT,
    salt /*BLOB*/ NOT NULL,
    verifier /*BLOB*/ NOT NULL,
    iterations INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX users_school ON users (school_id);

CREATE TABLE enrollment_keys (
    hash TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools (id),
    name TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    secret_hash TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen TEXT
);
CREATE INDEX devices_school ON devices (school_id);

CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL REFERENCES devices (id),
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX tokens_user_device ON tokens (user_id, device_id);

-- Failed sign-ins of the last 15 minutes count towards the rate limit; older rows are pruned.
CREATE TABLE signin_failures (
    id /*SERIAL_PK*/,
    username TEXT NOT NULL,
    peer TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX signin_failures_username ON signin_failures (username, at);
CREATE INDEX signin_failures_peer ON signin_failures (peer, at);

-- Blobs live in the database so several server processes on one PostgreSQL share them.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    completed_at TEXT
);

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
    "offset" BIGINT NOT NULL,
    data /*BLOB*/ NOT NULL,
    PRIMARY KEY (sha256, "offset")
);
