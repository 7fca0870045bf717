# bench_stocktake: 2,000 scans at 10 per second into the stocktake tab over 20,000 assets.
if(TARGET schoolsuite_equipment_ui)
    qt_add_executable(bench_stocktake bench_stocktake.cpp)
    target_link_libraries(bench_stocktake PRIVATE schoolsuite_benchcommon schoolsuite_equipment
                                                  schoolsuite_equipment_ui)
    schoolsuite_set_warnings(bench_stocktake)
endif()
