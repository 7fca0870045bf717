# sources of core/search
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/pinyin.h ${CMAKE_CURRENT_LIST_DIR}/pinyin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pinyintable_p.h)
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/searchprovider.h ${CMAKE_CURRENT_LIST_DIR}/documentquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/searchtokens_p.h ${CMAKE_CURRENT_LIST_DIR}/searchtokens.cpp
    ${CMAKE_CURRENT_LIST_DIR}/searchindex.h ${CMAKE_CURRENT_LIST_DIR}/searchindex.cpp)
list(APPEND CORE_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0004_search.sql)
