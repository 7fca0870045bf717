# sources of library/copycat: copy cataloguing by ISBN (local catalog, the district's union
# catalog, the district's Z39.50/SRU target through YAZ ZOOM) and its dialog.
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/copycatresult.h
    ${CMAKE_CURRENT_LIST_DIR}/librarytargets.h ${CMAKE_CURRENT_LIST_DIR}/librarytargets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unioncatalogclient.h ${CMAKE_CURRENT_LIST_DIR}/unioncatalogclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetsearch.h ${CMAKE_CURRENT_LIST_DIR}/targetsearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/copycataloguing.h ${CMAKE_CURRENT_LIST_DIR}/copycataloguing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/copycatsave.h ${CMAKE_CURRENT_LIST_DIR}/copycatsave.cpp)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/copycatform.h ${CMAKE_CURRENT_LIST_DIR}/../ui/copycatform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/isbnlookupdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/isbnlookupdialog.cpp)
list(APPEND LIBRARY_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0003_copycat.sql)
