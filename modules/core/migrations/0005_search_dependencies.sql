-- Search entries show data of other rows (a student's class, a class's homeroom teacher):
-- when those change, the dependent rows are queued for the search index too.
CREATE TRIGGER classes_search_students AFTER UPDATE OF grade, name ON classes BEGIN
  INSERT INTO search_dirty (tbl, row_id)
    SELECT 'students', id FROM students WHERE class_id = NEW.id
    ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER staff_search_classes AFTER UPDATE OF name ON staff BEGIN
  INSERT INTO search_dirty (tbl, row_id)
    SELECT 'classes', id FROM classes WHERE homeroom_staff_id = NEW.id
    ON CONFLICT DO NOTHING;
END;
