# sources of library/marc: ISO 2709 and MARCXML through YAZ, MARC ↔ BibRecord, import, export
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/marcrecord.h ${CMAKE_CURRENT_LIST_DIR}/marcrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marccharset.h ${CMAKE_CURRENT_LIST_DIR}/marccharset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcreader.h ${CMAKE_CURRENT_LIST_DIR}/marcreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcxmlreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcwriter.h ${CMAKE_CURRENT_LIST_DIR}/marcwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcmapping.h ${CMAKE_CURRENT_LIST_DIR}/marcmapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcmappingwrite.cpp)
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/marcimport.h ${CMAKE_CURRENT_LIST_DIR}/marcimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcimportread.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marcimport_p.h ${CMAKE_CURRENT_LIST_DIR}/marcimportprepare.cpp)
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/marcexport.h ${CMAKE_CURRENT_LIST_DIR}/marcexport.cpp)
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/marcpreviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/marcpreviewmodel.cpp)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/marcimportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/marcimportdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/marcexportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../ui/marcexportdialog.cpp)
