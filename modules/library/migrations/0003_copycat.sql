-- The Z39.50 or SRU target the district offers for copy cataloguing (docs/user-guide/*/library.md,
-- docs/architecture.md "Copy cataloguing"): district data, read-only in schools, written by
-- `schoolsuite-district admin set-library-target`. url: "z3950.example.cn:210/Database" or
-- "http://host/path" (SRU); syntax: the MARC family the target answers (usmarc: MARC 21,
-- unimarc: CNMARC); encoding: the character set of records that do not say (a MARC 21 record with
-- leader/09 "a" is UTF-8 whatever this says); empty: MARC-8 for usmarc, GB18030 for unimarc.
CREATE TABLE district_library_targets (
    /*SYNC_COLUMNS*/
    name TEXT,
    url TEXT NOT NULL,
    syntax TEXT NOT NULL DEFAULT 'usmarc' CHECK (syntax IN ('usmarc', 'unimarc')),
    encoding TEXT CHECK (encoding IS NULL OR encoding IN ('utf-8', 'gb18030', 'marc8')),
    note TEXT
);
