# sources of library/circulation: the desk's rules and calendar, loans, returns, renewals and
# holds as facts, the overdue and clearance lists, the demo loans; the desk widget and reports
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/circulationrules.h ${CMAKE_CURRENT_LIST_DIR}/circulationrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulation.h ${CMAKE_CURRENT_LIST_DIR}/circulation_p.h
    ${CMAKE_CURRENT_LIST_DIR}/circulation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulationholds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulationlists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulationmodels.h ${CMAKE_CURRENT_LIST_DIR}/circulationmodels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulationreport.h ${CMAKE_CURRENT_LIST_DIR}/circulationreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circulationdemo.h ${CMAKE_CURRENT_LIST_DIR}/circulationdemo.cpp)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/circulationdesk.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/circulationdesk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/circulationdeskpanels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/circulationlistsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/circulationlistsdialog.cpp)
list(APPEND LIBRARY_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0002_circulation.sql)
