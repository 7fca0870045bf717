-- The district database's own bookkeeping (docs/sync-protocol.md §6, §7).

-- Settings of this dataset: "epoch" (made again by `admin restore`), "hlc" (the greatest
-- clock seen, answered as server_hlc), "purge_seq" (the greatest sequence of a purged tombstone).
CREATE TABLE server_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
INSERT INTO server_meta (key, value) VALUES ('epoch', /*UUID*/);
INSERT INTO server_meta (key, value) VALUES ('hlc', '0');
INSERT INTO server_meta (key, value) VALUES ('purge_seq', '0');

-- Named counters. Row "seq" hands out the sync sequence: a push updates it and holds the row
-- lock until commit, so sequences become visible in order on every engine.
CREATE TABLE counters (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('seq', 0);
