# The catalog's search (helper "libui"): its own index for the catalog tab, and the provider of
# the global Ctrl+K search.
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/catalogsearch.h ${CMAKE_CURRENT_LIST_DIR}/catalogsearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogsearchkeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/librarysearch.h ${CMAKE_CURRENT_LIST_DIR}/librarysearch.cpp)
list(APPEND LIBRARY_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0004_catalog_search.sql)
