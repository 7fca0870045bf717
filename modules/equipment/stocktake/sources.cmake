# sources of equipment/stocktake: sessions, the in-memory counting, batch files, the PDF report
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stocktake.h
    ${CMAKE_CURRENT_LIST_DIR}/stocktakeservice.h
    ${CMAKE_CURRENT_LIST_DIR}/stocktakeservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakecounter.h
    ${CMAKE_CURRENT_LIST_DIR}/stocktakecounter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakebatch.h
    ${CMAKE_CURRENT_LIST_DIR}/stocktakebatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakereport.h
    ${CMAKE_CURRENT_LIST_DIR}/stocktakereport.cpp)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketab.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketabactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakemodels.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakemodels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakedialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakedialogs.cpp)
