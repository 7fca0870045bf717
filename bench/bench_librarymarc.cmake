# bench_librarymarc: 100,000 CNMARC records in GBK imported, against yaz-marcdump on the same file.
if(TARGET schoolsuite_library)
    qt_add_executable(bench_librarymarc bench_librarymarc.cpp)
    target_link_libraries(bench_librarymarc PRIVATE schoolsuite_benchcommon schoolsuite_library)
    schoolsuite_set_warnings(bench_librarymarc)
endif()
