-- Informatization indicators (docs/user-guide/*/indicators.md).

-- School settings the indicators need that no other table holds: since which year the campus
-- network (校园网) is in place, and a note on it. One row per key; the id is derived from the
-- school and the key, so two devices that set the same key offline merge into one row.
CREATE TABLE indicator_settings (
    /*SYNC_COLUMNS*/
    key TEXT NOT NULL,
    value TEXT
);

-- The figures of a year as recorded at the time (年度数据): staff and students are only known as
-- they are now, so a past year is shown with what was recorded then. One row per year and
-- figure; ids derived from school, year and key, like indicator_settings.
CREATE TABLE indicator_snapshots (
    /*SYNC_COLUMNS*/
    year INTEGER NOT NULL,
    key TEXT NOT NULL,
    value REAL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT
);
CREATE INDEX indicator_snapshots_year ON indicator_snapshots (year);
