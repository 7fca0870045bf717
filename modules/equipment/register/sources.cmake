# sources of equipment/register
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/equipmentservice.h
    ${CMAKE_CURRENT_LIST_DIR}/equipmentdefaults.h
    ${CMAKE_CURRENT_LIST_DIR}/equipmentdemo.h
    ${CMAKE_CURRENT_LIST_DIR}/equipmentsearch.h
    ${CMAKE_CURRENT_LIST_DIR}/placeholder.cpp)
list(APPEND EQUIPMENT_UI_SOURCES)
