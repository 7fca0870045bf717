# The library catalog (issue 5): 200,000 titles searched keystroke by keystroke in the catalog tab.
if(TARGET schoolsuite_library_ui)
    qt_add_executable(bench_librarycatalog bench_librarycatalog.cpp)
    target_link_libraries(bench_librarycatalog PRIVATE
        schoolsuite_benchcommon schoolsuite_library_ui)
    schoolsuite_set_warnings(bench_librarycatalog)
endif()
