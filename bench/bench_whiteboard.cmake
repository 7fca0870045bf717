# bench_whiteboard: a 10-page, 20,000-stroke Xournal++ document exported to PDF, against
# `xournalpp --create-pdf` on the same file (issue 6).
if(TARGET schoolsuite_whiteboard_ui)
    qt_add_executable(bench_whiteboard bench_whiteboard.cpp
        ${CMAKE_SOURCE_DIR}/tests/whiteboard/handwriting.h
        ${CMAKE_SOURCE_DIR}/tests/whiteboard/handwriting.cpp)
    target_include_directories(bench_whiteboard PRIVATE ${CMAKE_SOURCE_DIR}/tests/whiteboard)
    target_link_libraries(bench_whiteboard PRIVATE schoolsuite_benchcommon schoolsuite_whiteboard_ui
                                                   ZLIB::ZLIB)
    schoolsuite_set_warnings(bench_whiteboard)
    if(TARGET schoolsuite-cli)
        add_dependencies(bench_whiteboard schoolsuite-cli)
        target_compile_definitions(bench_whiteboard PRIVATE
            SCHOOLSUITE_CLI_PATH="$<TARGET_FILE:schoolsuite-cli>")
    endif()
endif()
