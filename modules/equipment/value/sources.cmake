# sources of equipment/value
list(APPEND EQUIPMENT_SOURCES)
list(APPEND EQUIPMENT_UI_SOURCES)
