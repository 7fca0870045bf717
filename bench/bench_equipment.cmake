# The asset register list (issue 4): 20,000 items open and filter as the user types.
if(TARGET schoolsuite_equipment AND TARGET schoolsuite_core_ui)
    qt_add_executable(bench_equipment bench_equipment.cpp)
    target_link_libraries(bench_equipment PRIVATE
        schoolsuite_benchcommon schoolsuite_equipment schoolsuite_core_ui)
    schoolsuite_set_warnings(bench_equipment)
endif()
