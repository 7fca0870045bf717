-- The label print queue of this PC (docs/user-guide/*/library.md, "Labels"): copies waiting for
-- spine or barcode labels, in the order they were added; printing empties it. Local, not synced:
-- the queue belongs with the printer it is printed on.
CREATE TABLE library_label_queue (
    copy_id TEXT PRIMARY KEY NOT NULL,
    added_at TEXT NOT NULL
);
