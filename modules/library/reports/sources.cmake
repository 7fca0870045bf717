# sources of library/reports: the collection by 中图法 main class, books per student, loans per
# class and grade per month, the most borrowed titles; bar charts drawn with QPainter; the
# printable document; the reports tab
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/libraryreports.h ${CMAKE_CURRENT_LIST_DIR}/libraryreports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportmodels.h ${CMAKE_CURRENT_LIST_DIR}/reportmodels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barchart.h ${CMAKE_CURRENT_LIST_DIR}/barchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportsdocument.h ${CMAKE_CURRENT_LIST_DIR}/reportsdocument.cpp)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/reportstab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/reportstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/reportchart.h ${CMAKE_CURRENT_LIST_DIR}/../ui/reportchart.cpp)
