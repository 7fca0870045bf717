# sources of core/auth
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/permissions.h ${CMAKE_CURRENT_LIST_DIR}/permissions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session.h ${CMAKE_CURRENT_LIST_DIR}/session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditlog.h ${CMAKE_CURRENT_LIST_DIR}/auditlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accounts.h ${CMAKE_CURRENT_LIST_DIR}/accounts.cpp)
