# sources of equipment/maintenance: repair tickets, maintenance plans and the due list
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceservice.h ${CMAKE_CURRENT_LIST_DIR}/maintenanceservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceplans.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plandemo.h ${CMAKE_CURRENT_LIST_DIR}/plandemo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancemodels.h ${CMAKE_CURRENT_LIST_DIR}/maintenancemodels.cpp)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancetab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancetab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenanceplanstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancedialogs.h ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancedialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancedue.h ${CMAKE_CURRENT_LIST_DIR}/../ui/maintenancedue.cpp)
