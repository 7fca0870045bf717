# sources of equipment/hardware: "this computer" (hardware facts, identity, registration)
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/hardwareidentity.h ${CMAKE_CURRENT_LIST_DIR}/hardwareidentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hardwareprobe.h ${CMAKE_CURRENT_LIST_DIR}/hardwareprobe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/thiscomputer.h ${CMAKE_CURRENT_LIST_DIR}/thiscomputer.cpp)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/thiscomputerdialog.h ${CMAKE_CURRENT_LIST_DIR}/../ui/thiscomputerdialog.cpp)
