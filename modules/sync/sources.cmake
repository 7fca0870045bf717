# sources of the sync module: protocol (shared with the server), client engine, pages
list(APPEND SYNC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wire.h ${CMAKE_CURRENT_LIST_DIR}/wire.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncmodule.h ${CMAKE_CURRENT_LIST_DIR}/syncmodule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/districtdata.h ${CMAKE_CURRENT_LIST_DIR}/districtdata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/blobclient.h ${CMAKE_CURRENT_LIST_DIR}/blobclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storeblobs.h ${CMAKE_CURRENT_LIST_DIR}/storeblobs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/districtauth.h ${CMAKE_CURRENT_LIST_DIR}/districtauth.cpp)
list(APPEND SYNC_MIGRATIONS
    ${CMAKE_CURRENT_LIST_DIR}/migrations/0001_sync.sql)
list(APPEND SYNC_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ui/noticedialog.h ${CMAKE_CURRENT_LIST_DIR}/ui/noticedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ui/syncpage.h ${CMAKE_CURRENT_LIST_DIR}/ui/syncpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ui/enrollmentwidget.h ${CMAKE_CURRENT_LIST_DIR}/ui/enrollmentwidget.cpp)
list(APPEND SYNC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/credentialstore.h ${CMAKE_CURRENT_LIST_DIR}/credentialstore.cpp)
# the client sync engine (docs/sync-protocol.md)
list(APPEND SYNC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/syncresult.h ${CMAKE_CURRENT_LIST_DIR}/syncresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncmeta.h
    ${CMAKE_CURRENT_LIST_DIR}/synctables.h ${CMAKE_CURRENT_LIST_DIR}/synctables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/synctransport.h ${CMAKE_CURRENT_LIST_DIR}/synctransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pullapplier.h ${CMAKE_CURRENT_LIST_DIR}/pullapplier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncclient.h ${CMAKE_CURRENT_LIST_DIR}/syncclient_p.h
    ${CMAKE_CURRENT_LIST_DIR}/syncclient.cpp ${CMAKE_CURRENT_LIST_DIR}/syncpush.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncpull.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncenroll.cpp
    ${CMAKE_CURRENT_LIST_DIR}/conflicts.h ${CMAKE_CURRENT_LIST_DIR}/conflicts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/conflictsmodel.h ${CMAKE_CURRENT_LIST_DIR}/conflictsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/synchistorymodel.h ${CMAKE_CURRENT_LIST_DIR}/synchistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/synccontroller.h ${CMAKE_CURRENT_LIST_DIR}/synccontroller_p.h
    ${CMAKE_CURRENT_LIST_DIR}/synccontroller.cpp)
list(APPEND SYNC_MIGRATIONS
    ${CMAKE_CURRENT_LIST_DIR}/migrations/0002_sync_problems.sql
    ${CMAKE_CURRENT_LIST_DIR}/migrations/0003_outbox_sent.sql)
# blocks of numbers (asset tags) leased from the district (docs/sync-protocol.md §10)
list(APPEND SYNC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/numberleases.h ${CMAKE_CURRENT_LIST_DIR}/numberleases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncleases.cpp)
list(APPEND SYNC_MIGRATIONS
    ${CMAKE_CURRENT_LIST_DIR}/migrations/0004_number_leases.sql)
# the blobs synced rows refer to (docs/sync-protocol.md §8)
list(APPEND SYNC_SOURCES ${CMAKE_CURRENT_LIST_DIR}/syncblobs.cpp)
list(APPEND SYNC_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/migrations/0005_blob_uploads.sql)
