# sources of core/app
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/module.h ${CMAKE_CURRENT_LIST_DIR}/module.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localstore.h ${CMAKE_CURRENT_LIST_DIR}/localstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storemaintenance.h ${CMAKE_CURRENT_LIST_DIR}/storemaintenance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/translations.h ${CMAKE_CURRENT_LIST_DIR}/translations.cpp)
