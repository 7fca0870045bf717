# The server side of sync (docs/sync-protocol.md §4–§7) and the district database.
list(APPEND SERVER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../platform/serverdb.h ${CMAKE_CURRENT_LIST_DIR}/../platform/serverdb.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogue.h ${CMAKE_CURRENT_LIST_DIR}/catalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rowstate.h ${CMAKE_CURRENT_LIST_DIR}/rowstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncservice.h ${CMAKE_CURRENT_LIST_DIR}/syncservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pushmerge.h ${CMAKE_CURRENT_LIST_DIR}/pushmerge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pushwrite.cpp
    ${CMAKE_CURRENT_LIST_DIR}/districtwrites.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pull.cpp)
# number leases for asset tags (docs/sync-protocol.md §10)
list(APPEND SERVER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/leases.h ${CMAKE_CURRENT_LIST_DIR}/leases.cpp)
