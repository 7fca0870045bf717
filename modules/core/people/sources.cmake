# sources of core/people
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/people.h ${CMAKE_CURRENT_LIST_DIR}/people.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validators.h ${CMAKE_CURRENT_LIST_DIR}/validators.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peoplefields.h ${CMAKE_CURRENT_LIST_DIR}/peoplefields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peopleservice.h ${CMAKE_CURRENT_LIST_DIR}/peopleservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peopleimport.h ${CMAKE_CURRENT_LIST_DIR}/peopleimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peoplesearch.h ${CMAKE_CURRENT_LIST_DIR}/peoplesearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peoplemodule.h ${CMAKE_CURRENT_LIST_DIR}/peoplemodule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demoschool.h ${CMAKE_CURRENT_LIST_DIR}/demoschool.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/models.cmake)
