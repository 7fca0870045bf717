-- Bookings (docs/user-guide: equipment-bookings): which items teachers may book. NULL follows the
-- default rule (laptops, and projectors not fixed in a classroom or office); 1 or 0 is the
-- clerk's choice for this item.
ALTER TABLE equipment_items ADD COLUMN bookable INTEGER CHECK (bookable IS NULL OR bookable IN (0, 1));

-- The calendar reads the bookings of one item or room in a week.
CREATE INDEX equipment_bookings_item ON equipment_bookings (item_id, booked_on) WHERE item_id IS NOT NULL;
CREATE INDEX equipment_bookings_room ON equipment_bookings (room_id, booked_on) WHERE room_id IS NOT NULL;
