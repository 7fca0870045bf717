-- Equipment and assets (docs/equipment.md): categories, models, items, movements as facts,
-- bookings, repairs and maintenance plans, stocktakes, scrapping. Money is in fen (分).

-- A tree of categories. kind tells the indicators what an item counts as; code is stable across
-- schools for the built-in categories (their ids are derived from school and code).
CREATE TABLE equipment_categories (
    /*SYNC_COLUMNS*/
    code TEXT,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES equipment_categories (id),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('computer', 'whiteboard', 'projector', 'podium', 'network', 'lab',
                        'library', 'furniture', 'other')),
    service_life_years INTEGER CHECK (service_life_years IS NULL OR service_life_years > 0),
    -- JSON array of {"key", "title", "type": "text|number|date|bool", "required"}.
    custom_fields TEXT,
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX equipment_categories_code ON equipment_categories (code)
    WHERE deleted = 0 AND code IS NOT NULL;

CREATE TABLE equipment_models (
    /*SYNC_COLUMNS*/
    category_id TEXT NOT NULL REFERENCES equipment_categories (id),
    maker TEXT,
    model TEXT NOT NULL,
    specs TEXT
);

CREATE TABLE equipment_items (
    /*SYNC_COLUMNS*/
    asset_tag TEXT NOT NULL,
    name TEXT NOT NULL,
    category_id TEXT NOT NULL REFERENCES equipment_categories (id),
    model_id TEXT REFERENCES equipment_models (id),
    serial TEXT,
    purchase_date TEXT,
    price_fen INTEGER CHECK (price_fen IS NULL OR price_fen >= 0),
    funding_source TEXT,
    supplier TEXT,
    warranty_end TEXT,
    room_id TEXT REFERENCES rooms (id),
    custodian_id TEXT REFERENCES staff (id),
    use TEXT CHECK (use IS NULL OR use IN ('teacher', 'student', 'classroom', 'office')),
    status TEXT NOT NULL DEFAULT 'in_stock'
        CHECK (status IN ('in_stock', 'in_use', 'lent', 'repair', 'lost', 'scrapped')),
    -- JSON object of the category's custom fields.
    custom TEXT,
    note TEXT,
    -- A computer's hardware identity ("this computer"): SMBIOS UUID, MAC addresses, the rest
    -- as JSON {hostname, os, cpu, memory_mb, disk_gb, macs}.
    hw_uuid TEXT,
    hw_info TEXT
);
CREATE UNIQUE INDEX equipment_items_tag ON equipment_items (asset_tag) WHERE deleted = 0;
CREATE INDEX equipment_items_room ON equipment_items (room_id);
CREATE INDEX equipment_items_category ON equipment_items (category_id);
CREATE INDEX equipment_items_hw ON equipment_items (hw_uuid) WHERE hw_uuid IS NOT NULL;

-- Photos of an item; the image travels as a blob (sha256).
CREATE TABLE equipment_photos (
    /*SYNC_COLUMNS*/
    item_id TEXT NOT NULL REFERENCES equipment_items (id),
    sha256 TEXT NOT NULL,
    mime TEXT,
    caption TEXT
);
CREATE INDEX equipment_photos_item ON equipment_photos (item_id);

-- An item's history, append-only: every move, assignment, loan, return, repair, scrapping,
-- status change and stocktake fix. The item row holds the current state for fast lists; these
-- rows are what happened.
CREATE TABLE equipment_movements (
    /*SYNC_COLUMNS*/
    item_id TEXT NOT NULL REFERENCES equipment_items (id),
    kind TEXT NOT NULL CHECK (kind IN ('register', 'move', 'assign', 'lend', 'return', 'repair',
                                       'repaired', 'scrap', 'lost', 'found', 'status')),
    at TEXT NOT NULL,
    room_id TEXT REFERENCES rooms (id),
    custodian_id TEXT REFERENCES staff (id),
    borrower TEXT,
    due_on TEXT,
    status TEXT,
    actor TEXT,
    note TEXT
);
CREATE INDEX equipment_movements_item ON equipment_movements (item_id, at);

-- The school timetable's periods, for bookings.
CREATE TABLE timetable_periods (
    /*SYNC_COLUMNS*/
    number INTEGER NOT NULL CHECK (number > 0),
    name TEXT,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL
);

-- A reservation of a shared item (a laptop cart, a projector) or a room (the computer lab)
-- for periods of one day.
CREATE TABLE equipment_bookings (
    /*SYNC_COLUMNS*/
    item_id TEXT REFERENCES equipment_items (id),
    room_id TEXT REFERENCES rooms (id),
    booked_on TEXT NOT NULL,
    period_from INTEGER NOT NULL,
    period_to INTEGER NOT NULL,
    staff_id TEXT REFERENCES staff (id),
    booked_by TEXT NOT NULL,
    purpose TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    CHECK (period_to >= period_from),
    CHECK ((item_id IS NULL) <> (room_id IS NULL))
);
CREATE INDEX equipment_bookings_day ON equipment_bookings (booked_on);

CREATE TABLE equipment_repairs (
    /*SYNC_COLUMNS*/
    item_id TEXT NOT NULL REFERENCES equipment_items (id),
    reported_on TEXT NOT NULL,
    reported_by TEXT,
    fault TEXT NOT NULL,
    vendor TEXT,
    cost_fen INTEGER CHECK (cost_fen IS NULL OR cost_fen >= 0),
    resolution TEXT,
    resolved_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done'))
);
CREATE INDEX equipment_repairs_item ON equipment_repairs (item_id);

-- Recurring maintenance (a projector lamp every N months) of one item or every item of a
-- category.
CREATE TABLE equipment_maintenance_plans (
    /*SYNC_COLUMNS*/
    item_id TEXT REFERENCES equipment_items (id),
    category_id TEXT REFERENCES equipment_categories (id),
    task TEXT NOT NULL,
    every_months INTEGER NOT NULL CHECK (every_months > 0),
    starts_on TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Done maintenance, append-only.
CREATE TABLE equipment_maintenance_done (
    /*SYNC_COLUMNS*/
    plan_id TEXT NOT NULL REFERENCES equipment_maintenance_plans (id),
    item_id TEXT NOT NULL REFERENCES equipment_items (id),
    done_on TEXT NOT NULL,
    done_by TEXT,
    note TEXT
);
CREATE INDEX equipment_maintenance_done_plan ON equipment_maintenance_done (plan_id, item_id);

-- A stocktake (盘点) session over some rooms (JSON array of room ids; empty: the whole school).
CREATE TABLE equipment_stocktakes (
    /*SYNC_COLUMNS*/
    name TEXT NOT NULL,
    room_ids TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'finished')),
    started_by TEXT
);

-- Each scan of a stocktake, append-only (two clerks may scan on two PCs).
CREATE TABLE equipment_stocktake_scans (
    /*SYNC_COLUMNS*/
    stocktake_id TEXT NOT NULL REFERENCES equipment_stocktakes (id),
    tag TEXT NOT NULL,
    item_id TEXT REFERENCES equipment_items (id),
    room_id TEXT REFERENCES rooms (id),
    scanned_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'scanner' CHECK (source IN ('scanner', 'batch', 'manual'))
);
CREATE INDEX equipment_stocktake_scans_session ON equipment_stocktake_scans (stocktake_id);

-- A scrapping (报废) request: asked by a clerk, approved or refused by the principal.
CREATE TABLE equipment_scrap_requests (
    /*SYNC_COLUMNS*/
    item_id TEXT NOT NULL REFERENCES equipment_items (id),
    reason TEXT NOT NULL,
    requested_by TEXT,
    requested_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by TEXT,
    decided_on TEXT,
    decision_note TEXT,
    disposal TEXT
);
CREATE INDEX equipment_scrap_requests_item ON equipment_scrap_requests (item_id);
