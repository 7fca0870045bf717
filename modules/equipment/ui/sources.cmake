# sources of equipment/ui: the page that holds the areas' tabs
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/equipmentpage.h ${CMAKE_CURRENT_LIST_DIR}/equipmentpage.cpp)
