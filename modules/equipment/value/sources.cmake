# sources of equipment/value: scrapping requests, depreciation, the value report, replacement
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/reportdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/reportdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/depreciation.h
    ${CMAKE_CURRENT_LIST_DIR}/depreciation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scrapservice.h
    ${CMAKE_CURRENT_LIST_DIR}/scrapservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/valuereport.h
    ${CMAKE_CURRENT_LIST_DIR}/valuereport.cpp)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/valuetab.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/valuetab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/valuemodels.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/valuemodels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/scrapwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/scrapwidget.cpp)
