# sources of library/catalog: titles, copies, ISBN, call numbers, demo catalog, search
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/bibrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/isbn.h ${CMAKE_CURRENT_LIST_DIR}/isbn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/callnumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarykeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/libraryservice.h ${CMAKE_CURRENT_LIST_DIR}/libraryservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarycopies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogwriter.cpp)
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/librarydemo.h ${CMAKE_CURRENT_LIST_DIR}/librarydemo.cpp)
# --- catalog search (helper "libui"): its files and migration are listed in search.cmake ---
include(${CMAKE_CURRENT_LIST_DIR}/search.cmake)
list(APPEND LIBRARY_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0006_copy_checks.sql)
