# item models of core/people (domain side: QtCore/QtGui only)
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/peoplemodels.h ${CMAKE_CURRENT_LIST_DIR}/peoplemodels.cpp)
# writes of PeopleService beyond field edits (peopleedit)
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/peopleserviceedit.cpp)
