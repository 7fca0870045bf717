# The district platform: HTTP adapter, options, admin commands, enrollment, sign-in, blobs.
# serverdb.cpp is listed by server/sync/sources.cmake.
list(APPEND SERVER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/apierror.h ${CMAKE_CURRENT_LIST_DIR}/principal.h
    ${CMAKE_CURRENT_LIST_DIR}/httpserver.h ${CMAKE_CURRENT_LIST_DIR}/httpserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/router.h ${CMAKE_CURRENT_LIST_DIR}/router.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverlog.h ${CMAKE_CURRENT_LIST_DIR}/serverlog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secrets.h ${CMAKE_CURRENT_LIST_DIR}/secrets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directory.h ${CMAKE_CURRENT_LIST_DIR}/directory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auth.h ${CMAKE_CURRENT_LIST_DIR}/auth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/blobstore.h ${CMAKE_CURRENT_LIST_DIR}/blobstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/platform.h ${CMAKE_CURRENT_LIST_DIR}/platform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apiroutes.h ${CMAKE_CURRENT_LIST_DIR}/apiroutes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unioncatalog.h ${CMAKE_CURRENT_LIST_DIR}/unioncatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serveroptions.h ${CMAKE_CURRENT_LIST_DIR}/serveroptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/admincommands.h ${CMAKE_CURRENT_LIST_DIR}/admincommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/admindata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serverapp.h ${CMAKE_CURRENT_LIST_DIR}/serverapp.cpp)
