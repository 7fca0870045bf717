-- The outbox's CHECK on op written as comparisons instead of an IN list. SQLite evaluates an IN
-- list of more than two constants through a temporary index it builds anew for every row a
-- statement inserts: each change queued for the district paid for one, and a bulk write queuing
-- 200,000 rows in one INSERT … SELECT paid for 200,000. The rule is the same, so the entries
-- already queued stay valid and the table's text is changed in place, by SQLite's procedure for
-- changing a table's constraints (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table
-- Schema Changes"); the migrator moves the schema cookie on after a script that does this.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
        'op IN (''insert'', ''update'', ''delete'')',
        'op = ''insert'' OR op = ''update'' OR op = ''delete''')
    WHERE type = 'table' AND name = 'outbox';
PRAGMA writable_schema = OFF;
