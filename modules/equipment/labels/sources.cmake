# sources of equipment/labels: asset labels (QR / Code 128 through zxing-cpp) on A4 sheets and
# label printers, as PDF and print
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/labellayout.h ${CMAKE_CURRENT_LIST_DIR}/labellayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barcodematrix.h ${CMAKE_CURRENT_LIST_DIR}/barcodematrix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelpainter.h ${CMAKE_CURRENT_LIST_DIR}/labelpainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelsource.h ${CMAKE_CURRENT_LIST_DIR}/labelsource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelitemsmodel.h ${CMAKE_CURRENT_LIST_DIR}/labelitemsmodel.cpp)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/labellayoutwidget.h ${CMAKE_CURRENT_LIST_DIR}/../ui/labellayoutwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/labelstab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/labelstab.cpp)
