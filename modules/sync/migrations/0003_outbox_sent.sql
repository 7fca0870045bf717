-- Sent outbox entries are kept 90 days for an epoch reset (docs/sync-protocol.md §7); a device
-- that pushes much holds tens of thousands of them, and pruning the expired ones must not read
-- them all.
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
