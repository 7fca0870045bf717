# sources of equipment/maintenance
list(APPEND EQUIPMENT_SOURCES)
list(APPEND EQUIPMENT_UI_SOURCES)
