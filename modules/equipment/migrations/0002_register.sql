-- Funding sources the district adds to the built-in list (财政专项资金, 学校公用经费, 上级项目资金,
-- 社会捐赠): district data, read-only in schools, written by `schoolsuite-district admin
-- add-funding-source`. Items keep the source's name.
CREATE TABLE district_funding_sources (
    /*SYNC_COLUMNS*/
    name TEXT NOT NULL,
    note TEXT
);

-- Search entries of items show their room and model (EquipmentSearch): renaming either queues
-- the items for the search index.
CREATE TRIGGER rooms_search_equipment_items AFTER UPDATE OF name ON rooms BEGIN
  INSERT INTO search_dirty (tbl, row_id)
    SELECT 'equipment_items', id FROM equipment_items WHERE room_id = NEW.id
    ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER equipment_models_search_items AFTER UPDATE OF maker, model ON equipment_models BEGIN
  INSERT INTO search_dirty (tbl, row_id)
    SELECT 'equipment_items', id FROM equipment_items WHERE model_id = NEW.id
    ON CONFLICT DO NOTHING;
END;
