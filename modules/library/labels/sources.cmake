# sources of library/labels: spine labels (书标, call-number lines) and barcode labels (Code 128 and
# the title, drawn by equipment/labels' LabelPainter) on the equipment's A4 sheets and label
# printer sizes; the print queue of this PC; the labels tab
list(APPEND LIBRARY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/spinelabel.h ${CMAKE_CURRENT_LIST_DIR}/spinelabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelqueue.h ${CMAKE_CURRENT_LIST_DIR}/labelqueue.cpp)
list(APPEND LIBRARY_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0005_labels.sql)
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/labelstab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/labelstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/labelqueuemodel.h ${CMAKE_CURRENT_LIST_DIR}/../ui/labelqueuemodel.cpp)
