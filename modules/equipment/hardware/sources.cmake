# sources of equipment/hardware
list(APPEND EQUIPMENT_SOURCES)
list(APPEND EQUIPMENT_UI_SOURCES)
