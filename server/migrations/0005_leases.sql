-- Number leases (docs/sync-protocol.md §10): per school and sequence ("asset_tag:DC0001") the
-- greatest number handed out. A grant updates its row and holds the row lock until commit, so
-- server processes on one PostgreSQL never hand out one number twice.
CREATE TABLE lease_counters (
    school_id TEXT NOT NULL REFERENCES schools (id),
    sequence TEXT NOT NULL,
    value BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (school_id, sequence)
);

-- Every block granted, for the district's records (which device holds which tags).
CREATE TABLE lease_grants (
    id /*SERIAL_PK*/,
    school_id TEXT NOT NULL REFERENCES schools (id),
    sequence TEXT NOT NULL,
    device_id TEXT NOT NULL,
    first_number BIGINT NOT NULL,
    last_number BIGINT NOT NULL,
    granted_at TEXT NOT NULL
);
CREATE INDEX lease_grants_school ON lease_grants (school_id, sequence, first_number);
