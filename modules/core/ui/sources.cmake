# widget sources of core
list(APPEND CORE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/lockedfield.h ${CMAKE_CURRENT_LIST_DIR}/lockedfield.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp)
# reusable page parts (peopleui)
list(APPEND CORE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/listfilterproxy.h ${CMAKE_CURRENT_LIST_DIR}/listfilterproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/listpage.h ${CMAKE_CURRENT_LIST_DIR}/listpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/detailpane.h ${CMAKE_CURRENT_LIST_DIR}/detailpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importwizard.h ${CMAKE_CURRENT_LIST_DIR}/importwizard_p.h
    ${CMAKE_CURRENT_LIST_DIR}/importwizard.cpp ${CMAKE_CURRENT_LIST_DIR}/importwizardpages.cpp)
# people directory pages (peopleui)
list(APPEND CORE_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/peoplepage.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/peoplepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/studentstab.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/studentstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/stafftab.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/stafftab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/personeditdialog.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/personeditdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/recorddialog.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/recorddialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/classestab.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/classestab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/roomstab.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/roomstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../people/ui/schoolyearstab.h ${CMAKE_CURRENT_LIST_DIR}/../people/ui/schoolyearstab.cpp)
