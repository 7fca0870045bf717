-- library_copies' CHECK constraints on item_type, acquisition_source and status written as
-- comparisons instead of IN lists. SQLite evaluates an IN list of more than two constants through
-- a temporary index it builds anew each time a statement runs: every copy a MARC import inserted
-- paid for three of them, twice the cost of inserting its title. The rules are the same, so rows
-- already stored stay valid and the table's text is changed in place, by SQLite's procedure for
-- changing a table's constraints (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table
-- Schema Changes"); the migrator moves the schema cookie on after a script that does this.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
        'item_type IN (''book'', ''reference'', ''periodical'', ''av'')',
        'item_type = ''book'' OR item_type = ''reference'' OR item_type = ''periodical''
        OR item_type = ''av'''),
        'acquisition_source IN (''purchase'', ''donation'', ''transfer'', ''other'')',
        'acquisition_source = ''purchase'' OR acquisition_source = ''donation''
        OR acquisition_source = ''transfer'' OR acquisition_source = ''other'''),
        'status IN (''active'', ''withdrawn'', ''lost'', ''damaged'')',
        'status = ''active'' OR status = ''withdrawn'' OR status = ''lost''
        OR status = ''damaged''')
    WHERE type = 'table' AND name = 'library_copies';
PRAGMA writable_schema = OFF;
