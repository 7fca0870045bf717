-- Sync with the district: each outbox entry remembers the server sequence the device had pulled
-- when the change was made (docs/sync-protocol.md §5), and each synced table its scope.
ALTER TABLE outbox ADD COLUMN base INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_tables ADD COLUMN scope TEXT NOT NULL DEFAULT 'school';
