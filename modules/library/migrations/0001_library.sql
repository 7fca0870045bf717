-- The school library (docs/user-guide/*/library.md): bibliographic records (titles), copies,
-- circulation as facts, holds, rules, the calendar and stocktakes. Money is in fen (分).

-- A bibliographic record. isbn is the ISBN-13 without hyphens (an ISBN-10 is converted);
-- clc the 中图法 class number ("I247.5"). subjects: "；"-separated. cover_sha256: the cover image
-- as a blob. source: where the record came from (local, marc, union, z3950).
CREATE TABLE library_titles (
    /*SYNC_COLUMNS*/
    isbn TEXT,
    title TEXT NOT NULL,
    responsibility TEXT,
    publisher TEXT,
    place TEXT,
    year INTEGER,
    edition TEXT,
    clc TEXT,
    subjects TEXT,
    price_fen INTEGER CHECK (price_fen IS NULL OR price_fen >= 0),
    pages INTEGER CHECK (pages IS NULL OR pages > 0),
    series TEXT,
    language TEXT,
    summary TEXT,
    cover_sha256 TEXT,
    source TEXT,
    note TEXT
);
CREATE INDEX library_titles_isbn ON library_titles (isbn) WHERE deleted = 0 AND isbn IS NOT NULL;
CREATE INDEX library_titles_clc ON library_titles (clc);

-- A copy on the shelf. call_no = clc "/" seq (种次号, leased per class like asset tags) and an
-- optional volume; item_type selects the circulation rule. status holds only what circulation
-- facts cannot tell (withdrawn 剔旧, lost, damaged); on loan or on hold comes from the facts.
CREATE TABLE library_copies (
    /*SYNC_COLUMNS*/
    title_id TEXT NOT NULL REFERENCES library_titles (id),
    barcode TEXT NOT NULL,
    call_no TEXT NOT NULL,
    clc TEXT NOT NULL,
    seq INTEGER,
    volume TEXT,
    item_type TEXT NOT NULL DEFAULT 'book'
        CHECK (item_type IN ('book', 'reference', 'periodical', 'av')),
    location TEXT,
    shelf TEXT,
    acquired_on TEXT,
    acquisition_source TEXT CHECK (acquisition_source IS NULL
        OR acquisition_source IN ('purchase', 'donation', 'transfer', 'other')),
    price_fen INTEGER CHECK (price_fen IS NULL OR price_fen >= 0),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'withdrawn', 'lost', 'damaged')),
    note TEXT
);
CREATE UNIQUE INDEX library_copies_barcode ON library_copies (barcode) WHERE deleted = 0;
CREATE INDEX library_copies_title ON library_copies (title_id);
CREATE INDEX library_copies_call_no ON library_copies (call_no);
-- Copies catalogued on this device while it held no 种次号 of their class: call_no is the class
-- alone until a sync brings numbers (LibraryService::assignPendingCallNumbers). Local, never
-- synced: only the device that catalogued a copy numbers it, so two devices never both do.
CREATE TABLE library_pending_call_numbers (
    copy_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

-- A loan, append-only: two desks offline never lose one. patron_kind: student or staff, the id
-- of the students or staff row. The loan is open until a return fact of the copy dated after
-- it (library_returns); renewals are facts too.
CREATE TABLE library_loans (
    /*SYNC_COLUMNS*/
    copy_id TEXT NOT NULL REFERENCES library_copies (id),
    patron_kind TEXT NOT NULL CHECK (patron_kind IN ('student', 'staff')),
    patron_id TEXT NOT NULL,
    lent_at TEXT NOT NULL,
    due_on TEXT NOT NULL,
    desk TEXT,
    lent_by TEXT
);
CREATE INDEX library_loans_copy ON library_loans (copy_id, lent_at);
CREATE INDEX library_loans_patron ON library_loans (patron_id);

-- A return: the copy came back at returned_at. It closes every loan of the copy made before it
-- (loan_id names the loan the desk saw open, when it saw one).
CREATE TABLE library_returns (
    /*SYNC_COLUMNS*/
    copy_id TEXT NOT NULL REFERENCES library_copies (id),
    loan_id TEXT,
    returned_at TEXT NOT NULL,
    desk TEXT,
    returned_by TEXT
);
CREATE INDEX library_returns_copy ON library_returns (copy_id, returned_at);

-- A renewal of a loan: the new due date.
CREATE TABLE library_renewals (
    /*SYNC_COLUMNS*/
    loan_id TEXT NOT NULL,
    renewed_at TEXT NOT NULL,
    due_on TEXT NOT NULL,
    renewed_by TEXT
);
CREATE INDEX library_renewals_loan ON library_renewals (loan_id);

-- A hold (预约) on a title, in queue order of placed_at. ready: a copy returned was put aside for
-- the patron until ready_until.
CREATE TABLE library_holds (
    /*SYNC_COLUMNS*/
    title_id TEXT NOT NULL REFERENCES library_titles (id),
    patron_kind TEXT NOT NULL CHECK (patron_kind IN ('student', 'staff')),
    patron_id TEXT NOT NULL,
    placed_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting'
        CHECK (status IN ('waiting', 'ready', 'fulfilled', 'cancelled', 'expired')),
    copy_id TEXT REFERENCES library_copies (id),
    ready_until TEXT
);
CREATE INDEX library_holds_title ON library_holds (title_id, status);

-- The rules matrix: for a patron type and an item type, the loan period in days (0: not for
-- loan), the most items a patron of the type may hold of all types, and how many renewals.
-- ids derived from school, patron type and item type, so devices seeding offline agree.
CREATE TABLE library_rules (
    /*SYNC_COLUMNS*/
    patron_kind TEXT NOT NULL CHECK (patron_kind IN ('student', 'staff')),
    item_type TEXT NOT NULL CHECK (item_type IN ('book', 'reference', 'periodical', 'av')),
    loan_days INTEGER NOT NULL CHECK (loan_days >= 0),
    max_items INTEGER NOT NULL CHECK (max_items >= 0),
    renewals INTEGER NOT NULL CHECK (renewals >= 0)
);

-- The school calendar of the library: days it is closed (holidays, 寒暑假). A due date that
-- falls on a closed day (or a weekend, unless library_settings says the library opens then)
-- moves to the next open day. ids derived from school and date.
CREATE TABLE library_closed_days (
    /*SYNC_COLUMNS*/
    day TEXT NOT NULL,
    note TEXT
);
CREATE INDEX library_closed_days_day ON library_closed_days (day);

-- Settings of the school's library, one row per key (ids derived from school and key):
-- open_weekdays ("12345"), hold_days, spine_lines, ...
CREATE TABLE library_settings (
    /*SYNC_COLUMNS*/
    key TEXT NOT NULL,
    value TEXT
);

-- A stocktake (馆藏清点) by shelves or a call-number range. scope: JSON {"shelves":[…]} or
-- {"from":"I206","to":"I247.9"}; counted: JSON array of the shelves (or ranges) done, so a
-- partial count marks nothing it did not cover as missing.
CREATE TABLE library_stocktakes (
    /*SYNC_COLUMNS*/
    name TEXT NOT NULL,
    scope TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    counted TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'finished')),
    note TEXT
);

-- Each scan of a library stocktake, append-only; shelf: where the scanner was, pos: the order
-- of the scans on the shelf (misshelved copies come from call-number order).
CREATE TABLE library_stocktake_scans (
    /*SYNC_COLUMNS*/
    stocktake_id TEXT NOT NULL REFERENCES library_stocktakes (id),
    barcode TEXT NOT NULL,
    copy_id TEXT,
    shelf TEXT,
    pos INTEGER,
    scanned_at TEXT NOT NULL,
    scanned_by TEXT
);
CREATE INDEX library_stocktake_scans_take ON library_stocktake_scans (stocktake_id);
