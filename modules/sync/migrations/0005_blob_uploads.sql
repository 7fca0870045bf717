-- Blobs (docs/sync-protocol.md §8) that rows written on this device refer to: queued when a
-- pending outbox row of a table with blob columns names them, uploaded before the row is pushed.
-- Local to the device, never synced. uploaded_at NULL: still to send (an upload that failed, or a
-- file not in the blob cache yet); every sync tries again.
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY NOT NULL,
    queued_at TEXT NOT NULL,
    uploaded_at TEXT,
    last_error TEXT
) WITHOUT ROWID;
CREATE INDEX blob_uploads_pending ON blob_uploads (sha256) WHERE uploaded_at IS NULL;
