# sources of equipment/stocktake
list(APPEND EQUIPMENT_SOURCES)
list(APPEND EQUIPMENT_UI_SOURCES)
