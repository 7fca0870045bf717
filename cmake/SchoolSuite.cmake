# Helpers shared by every target of the suite.

function(schoolsuite_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(SCHOOLSUITE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra)
        if(SCHOOLSUITE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
                                                 QT_NO_FOREACH)
endfunction()

# schoolsuite_add_module(<name>
#     SOURCES <domain sources...>        -> static library schoolsuite_<name> (QtCore/Sql/Gui)
#     UI_SOURCES <widget sources...>     -> static library schoolsuite_<name>_ui (adds QtWidgets)
#     MIGRATIONS <sql files...>          -> embedded under :/migrations/<name>/
#     DEPENDS <domain targets...>
#     UI_DEPENDS <ui targets...>)
function(schoolsuite_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;UI_SOURCES;MIGRATIONS;DEPENDS;UI_DEPENDS" ${ARGN})
    set(domain schoolsuite_${name})
    qt_add_library(${domain} STATIC ${ARG_SOURCES})
    target_include_directories(${domain} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${domain} PUBLIC Qt6::Core Qt6::Sql Qt6::Gui ${ARG_DEPENDS})
    schoolsuite_set_warnings(${domain})
    if(ARG_MIGRATIONS)
        foreach(file ${ARG_MIGRATIONS})
            get_filename_component(alias "${file}" NAME)
            set_source_files_properties("${file}" PROPERTIES QT_RESOURCE_ALIAS "${alias}")
        endforeach()
        qt_add_resources(${domain} "${name}_migrations" PREFIX "/migrations/${name}"
                         FILES ${ARG_MIGRATIONS})
    endif()
    if(ARG_UI_SOURCES)
        set(ui ${domain}_ui)
        qt_add_library(${ui} STATIC ${ARG_UI_SOURCES})
        target_link_libraries(${ui} PUBLIC ${domain} Qt6::Widgets ${ARG_UI_DEPENDS})
        schoolsuite_set_warnings(${ui})
    endif()
endfunction()

# schoolsuite_add_test(<name> SOURCES <files...> LIBS <targets...> [DBUS] [LABELS ...])
#   Builds tst_<name>, registers it with CTest, runs it with the offscreen platform.
#   DBUS: run inside dbus-run-session with an unlocked gnome-keyring (keychain tests).
function(schoolsuite_add_test name)
    cmake_parse_arguments(ARG "DBUS" "" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    schoolsuite_set_warnings(${target})
    if(ARG_DBUS)
        add_test(NAME ${name}
                 COMMAND dbus-run-session -- ${CMAKE_SOURCE_DIR}/tests/with-keyring.sh
                         $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${name} COMMAND ${target})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;SCHOOLSUITE_POLICY_FILE=${CMAKE_CURRENT_BINARY_DIR}/no-policy.conf"
        LABELS "${ARG_LABELS}"
        TIMEOUT 600)
endfunction()

# schoolsuite_install_program(<target>): installs a program into bin/ and, on Windows, Qt's
# libraries and plugins beside it (windeployqt through Qt's deploy script) for the MSI.
function(schoolsuite_install_program target)
    install(TARGETS ${target} RUNTIME DESTINATION bin)
    if(WIN32)
        if(Qt6_VERSION VERSION_LESS 6.5) # OUTPUT_SCRIPT arrived in Qt 6.5
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${deploy_script})
    endif()
endfunction()
