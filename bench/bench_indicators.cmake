# bench_indicators: every indicator of the large demo school, against the goal of 100 ms.
if(TARGET schoolsuite_indicators)
    qt_add_executable(bench_indicators bench_indicators.cpp)
    target_link_libraries(bench_indicators PRIVATE schoolsuite_benchcommon schoolsuite_indicators)
    schoolsuite_set_warnings(bench_indicators)
endif()
