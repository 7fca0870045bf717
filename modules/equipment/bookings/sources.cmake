# sources of equipment/bookings: the timetable's periods, bookings and their calendar models
list(APPEND EQUIPMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/timetable.h ${CMAKE_CURRENT_LIST_DIR}/timetable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bookingservice.h ${CMAKE_CURRENT_LIST_DIR}/bookingservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bookingqueries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bookingmodels.h ${CMAKE_CURRENT_LIST_DIR}/bookingmodels.cpp)
list(APPEND EQUIPMENT_MIGRATIONS ${CMAKE_CURRENT_LIST_DIR}/../migrations/0003_bookings.sql)
list(APPEND EQUIPMENT_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingstab.h ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingstab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingcalendar.h ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingcalendar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingitemsdialog.h ${CMAKE_CURRENT_LIST_DIR}/../ui/bookingitemsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ui/timetabledialog.h ${CMAKE_CURRENT_LIST_DIR}/../ui/timetabledialog.cpp)
