# sources of equipment/register: categories, models, items, movements, import/export, demo
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/equipmentservice.h
    ${CMAKE_CURRENT_LIST_DIR}/equipmentservice_p.h
    ${CMAKE_CURRENT_LIST_DIR}/equipmentservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentmovements.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/assetkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentfields.h ${CMAKE_CURRENT_LIST_DIR}/equipmentfields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentimport.h ${CMAKE_CURRENT_LIST_DIR}/equipmentimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentitemsmodel.h ${CMAKE_CURRENT_LIST_DIR}/equipmentitemsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentdefaults.h ${CMAKE_CURRENT_LIST_DIR}/equipmentdefaults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentdemo.h ${CMAKE_CURRENT_LIST_DIR}/equipmentdemo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/equipmentsearch.h ${CMAKE_CURRENT_LIST_DIR}/equipmentsearch.cpp)
list(APPEND EQUIPMENT_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0002_register.sql)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registertab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/registertab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/itemdialog.h ${CMAKE_CURRENT_LIST_DIR}/../ui/itemdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registermovementdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registermovementdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registerscandialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registerscandialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registercategoriesdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/registercategoriesdialog.cpp)
