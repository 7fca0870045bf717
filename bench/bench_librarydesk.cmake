# bench_librarydesk: checkout scans into the circulation desk over the large demo library.
if(TARGET schoolsuite_library_ui)
    qt_add_executable(bench_librarydesk bench_librarydesk.cpp)
    target_link_libraries(bench_librarydesk PRIVATE schoolsuite_benchcommon schoolsuite_library
                                                    schoolsuite_library_ui)
    schoolsuite_set_warnings(bench_librarydesk)
endif()
