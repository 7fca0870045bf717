# sources of library/stocktake (馆藏清点): sessions by shelves or call-number ranges, the
# counting (on shelf, on loan, missing, misshelved by shelf and by call-number order), the report;
# the stocktake tab
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stocktake.h ${CMAKE_CURRENT_LIST_DIR}/stocktake.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakeservice.h ${CMAKE_CURRENT_LIST_DIR}/stocktakeservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakecounter.h ${CMAKE_CURRENT_LIST_DIR}/stocktakecounter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocktakereport.h ${CMAKE_CURRENT_LIST_DIR}/stocktakereport.cpp)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketabui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktaketabactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakemodels.h ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakemodels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakedialog.h ${CMAKE_CURRENT_LIST_DIR}/../ui/stocktakedialog.cpp)
