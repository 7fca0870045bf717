# sources of equipment/bookings
list(APPEND EQUIPMENT_SOURCES)
list(APPEND EQUIPMENT_UI_SOURCES)
