# sources of core/io: reading and writing the CSV and XLSX files of imports and exports
list(APPEND CORE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/table.h
    ${CMAKE_CURRENT_LIST_DIR}/table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textdecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/textdecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zipreader.h
    ${CMAKE_CURRENT_LIST_DIR}/zipreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zipwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/zipwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tabularreader.h
    ${CMAKE_CURRENT_LIST_DIR}/tabularreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tabularwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/tabularwriter.cpp)
