# sources of core/settings: machine policy and user preferences
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/settingkey.h ${CMAKE_CURRENT_LIST_DIR}/settingkey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/policy.h ${CMAKE_CURRENT_LIST_DIR}/policy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settings.h ${CMAKE_CURRENT_LIST_DIR}/settings.cpp)
