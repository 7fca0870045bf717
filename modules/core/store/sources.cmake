# sources of core/store
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../error.h
    ${CMAKE_CURRENT_LIST_DIR}/database.h ${CMAKE_CURRENT_LIST_DIR}/database.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statement.h ${CMAKE_CURRENT_LIST_DIR}/statement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uuid.h ${CMAKE_CURRENT_LIST_DIR}/uuid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hlc.h ${CMAKE_CURRENT_LIST_DIR}/hlc.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncschema.h ${CMAKE_CURRENT_LIST_DIR}/syncschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/migrator.h ${CMAKE_CURRENT_LIST_DIR}/migrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outbox.h ${CMAKE_CURRENT_LIST_DIR}/outbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulkcapture.h ${CMAKE_CURRENT_LIST_DIR}/bulkcapture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asyncreader.h ${CMAKE_CURRENT_LIST_DIR}/asyncreader.cpp)
list(APPEND CORE_MIGRATIONS
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0001_store.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0002_accounts.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0003_people.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0005_search_dependencies.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0006_sync_base.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0007_district_accounts.sql
    ${CMAKE_CURRENT_LIST_DIR}/../migrations/0008_outbox_op_check.sql)
