# CPack: the Debian package (cpack -G DEB) on Linux, the MSI (cpack -G WIX) on Windows, and the
# `msi` target that authors the same MSI with wixl on Linux (installer/wix/msi.cmake).

set(CPACK_PACKAGE_NAME SchoolSuite)
set(CPACK_PACKAGE_VENDOR "SchoolSuite")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "School management suite for district schools")
set(CPACK_PACKAGE_DESCRIPTION
    "SchoolSuite manages a school's equipment and rooms, library, whiteboard boards, students and\n"
    "staff, and the district's yearly indicators. It keeps the school's records on the computer,\n"
    "works offline and syncs with the district platform (schoolsuite-district, included).")
set(CPACK_PACKAGE_CONTACT "SchoolSuite team <schoolsuite@edu.example.cn>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY SchoolSuite)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")

# --- Debian ------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME schoolsuite)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # schoolsuite_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link come from dpkg-shlibdeps; what Qt and GStreamer load at run
# time (plugins) must be named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, libqt6svg6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, qt6-translations-l10n, qt6-image-formats-plugins, gstreamer1.0-libav, gnome-keyring, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, nginx, fcitx5-frontend-qt6")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/postrm
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# gzip: fast to build in CI, read by every dpkg. Release builds may choose xz.
if(NOT DEFINED CPACK_DEBIAN_COMPRESSION_TYPE)
    set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
endif()

# --- Windows (WiX Toolset 3, cpack -G WIX) -------------------------------------------------------
set(CPACK_WIX_UPGRADE_GUID ${SCHOOLSUITE_UPGRADE_GUID})
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/app/schoolsuite.ico)
set(CPACK_WIX_INSTALL_SCOPE perMachine)
if(CMAKE_VERSION VERSION_LESS 3.29)
    set(CPACK_WIX_PROPERTY_ALLUSERS 1) # CPACK_WIX_INSTALL_SCOPE does this from CMake 3.29
endif()
set(CPACK_PACKAGE_FILE_NAME_WIX SchoolSuite-${PROJECT_VERSION}-win64)
# The machine part shared with the wixl build (installer/wix): machine.wxs as an extra source,
# and a patch, written here from machine.wxi and shortcut.wxi, that puts the properties into
# CPack's Product, the components into its feature and the Start menu entry into the program's
# File element.
set(CPACK_WIX_EXTRA_SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/wix/machine.wxs)
function(schoolsuite_wxi_body file out)
    file(READ ${file} text)
    string(REGEX REPLACE ".*<Include>(.*)</Include>.*" "\\1" body "${text}")
    set(${out} "${body}" PARENT_SCOPE)
endfunction()
schoolsuite_wxi_body(${CMAKE_CURRENT_SOURCE_DIR}/wix/machine.wxi machine_body)
schoolsuite_wxi_body(${CMAKE_CURRENT_SOURCE_DIR}/wix/shortcut.wxi shortcut_body)
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_BINARY_DIR}/cpack-wix-patch.xml)
file(WRITE ${CPACK_WIX_PATCH_FILE}
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
     "<!-- Written by installer/packaging.cmake from installer/wix/machine.wxi and shortcut.wxi. -->\n"
     "<CPackWiXPatch>\n"
     "  <CPackWiXFragment Id=\"#PRODUCT\">${machine_body}  </CPackWiXFragment>\n"
     "  <CPackWiXFragment Id=\"#PRODUCTFEATURE\">\n"
     "    <ComponentGroupRef Id=\"SchoolSuiteMachine\"/>\n"
     "  </CPackWiXFragment>\n"
     "  <CPackWiXFragment Id=\"CM_FP_bin.schoolsuite.exe\">${shortcut_body}  </CPackWiXFragment>\n"
     "</CPackWiXPatch>\n")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${CMAKE_CURRENT_SOURCE_DIR}/wix/machine.wxi ${CMAKE_CURRENT_SOURCE_DIR}/wix/shortcut.wxi)
# A list: CPack passes each element to candle as one argument.
set(CPACK_WIX_CANDLE_EXTRA_FLAGS
    -dSchoolSuiteExe=CM_FP_bin.schoolsuite.exe
    -dSchoolSuiteIcon=${PROJECT_SOURCE_DIR}/resources/app/schoolsuite.ico)

if(WIN32)
    set(CPACK_GENERATOR WIX)
    set(CPACK_PACKAGE_FILE_NAME SchoolSuite-${PROJECT_VERSION}-win64)
else()
    set(CPACK_GENERATOR DEB)
endif()
if(WIN32)
    # The MSVC runtime beside the programs (the MSI installs no redistributable).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()
include(CPack)

# --- The MSI's authoring, built with wixl on Linux ---------------------------------------------
find_program(WIXL_PROGRAM wixl)
find_program(MSIBUILD_PROGRAM msibuild)
if(UNIX AND WIXL_PROGRAM AND MSIBUILD_PROGRAM)
    set(SCHOOLSUITE_MSI ${CMAKE_BINARY_DIR}/SchoolSuite-${PROJECT_VERSION}-wixl.msi)
    set(msi_command
        ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR}
        -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/wix -DOUTPUT=${SCHOOLSUITE_MSI}
        -DVERSION=${PROJECT_VERSION} -DUPGRADE_GUID=${SCHOOLSUITE_UPGRADE_GUID}
        -DICON=${PROJECT_SOURCE_DIR}/resources/app/schoolsuite.ico
        -P ${CMAKE_CURRENT_SOURCE_DIR}/wix/msi.cmake)
    add_custom_target(msi COMMAND ${msi_command} VERBATIM USES_TERMINAL
                      COMMENT "Authoring ${SCHOOLSUITE_MSI} with wixl")
    set(SCHOOLSUITE_MSI_COMMAND ${msi_command} CACHE INTERNAL "")
    set(SCHOOLSUITE_MSI_FILE ${SCHOOLSUITE_MSI} CACHE INTERNAL "")
endif()
