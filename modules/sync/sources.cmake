# sources of the sync module: protocol (shared with the server), client engine, pages
list(APPEND SYNC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wire.h ${CMAKE_CURRENT_LIST_DIR}/wire.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncmodule.h ${CMAKE_CURRENT_LIST_DIR}/syncmodule.cpp)
list(APPEND SYNC_MIGRATIONS
    ${CMAKE_CURRENT_LIST_DIR}/migrations/0001_sync.sql)
