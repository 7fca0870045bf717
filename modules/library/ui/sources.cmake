# sources of library/ui owned by the catalog (helper "libui"): the page and the catalog tab.
# The other areas list their widgets (circulation desk, ISBN look-up, ...) in their own
# sources.cmake.
list(APPEND LIBRARY_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/librarypage.h ${CMAKE_CURRENT_LIST_DIR}/librarypage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogtab.h ${CMAKE_CURRENT_LIST_DIR}/catalogtab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogtitlesmodel.h ${CMAKE_CURRENT_LIST_DIR}/catalogtitlesmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/titledialog.h ${CMAKE_CURRENT_LIST_DIR}/titledialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/copydialogs.h ${CMAKE_CURRENT_LIST_DIR}/copydialogs.cpp)
