# The `msi` target (cmake -P): authors SchoolSuite's MSI on Linux with wixl, from the staged
# install tree, so CI can inspect its tables (msiinfo). On Windows, CPack's WiX generator builds
# the real package from the same machine.wxs.
#   -DBUILD_DIR= -DSOURCE_DIR=<installer/wix> -DOUTPUT=<.msi> -DVERSION= -DUPGRADE_GUID= -DICON=
cmake_minimum_required(VERSION 3.21)
foreach(var BUILD_DIR SOURCE_DIR OUTPUT VERSION UPGRADE_GUID ICON)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "msi.cmake needs -D${var}=")
    endif()
endforeach()

set(work ${BUILD_DIR}/msi)
set(stage ${work}/stage)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

# The programs as CPack stages them (the default component; the linux one holds Linux-only
# desktop integration), stripped as CPack strips them.
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${stage}
                        --component Unspecified --strip
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Staging the install tree failed (${result})")
endif()

# CPack's ids: CM_DP_<dir>, CM_CP_<file>, CM_FP_<file>, the relative path with '/' as '.'.
# Ids longer than MSI's 72 characters or with other characters get a hash, as CPack does.
function(wix_id prefix relative out)
    string(REPLACE "/" "." id "${relative}")
    string(REGEX REPLACE "[^A-Za-z0-9_.]" "_" id "${id}")
    set(id "${prefix}${id}")
    string(LENGTH "${id}" length)
    if(length GREATER 72)
        string(SHA1 hash "${relative}")
        set(id "${prefix}H${hash}")
    endif()
    set(${out} "${id}" PARENT_SCOPE)
endfunction()

function(emit_directory relative indent out_xml out_components)
    set(xml "")
    set(components "")
    if(relative STREQUAL "")
        set(full ${stage})
    else()
        set(full ${stage}/${relative})
    endif()
    file(GLOB entries LIST_DIRECTORIES true RELATIVE ${full} ${full}/*)
    list(SORT entries)
    foreach(entry ${entries})
        if(relative STREQUAL "")
            set(path ${entry})
        else()
            set(path ${relative}/${entry})
        endif()
        if(IS_DIRECTORY ${stage}/${path})
            wix_id(CM_DP_ "${path}" dir_id)
            emit_directory("${path}" "${indent}  " inner inner_components)
            string(APPEND xml "${indent}<Directory Id=\"${dir_id}\" Name=\"${entry}\">\n${inner}${indent}</Directory>\n")
            list(APPEND components ${inner_components})
        else()
            wix_id(CM_CP_ "${path}" component_id)
            wix_id(CM_FP_ "${path}" file_id)
            set(inside "")
            if(path STREQUAL "bin/schoolsuite")
                set(inside "${indent}    <?include shortcut.wxi?>\n")
            endif()
            string(APPEND xml "${indent}<Component Id=\"${component_id}\" Guid=\"*\" Win64=\"yes\">\n"
                              "${indent}  <File Id=\"${file_id}\" Source=\"stage/${path}\" KeyPath=\"yes\">\n"
                              "${inside}${indent}  </File>\n${indent}</Component>\n")
            list(APPEND components ${component_id})
        endif()
    endforeach()
    set(${out_xml} "${xml}" PARENT_SCOPE)
    set(${out_components} "${components}" PARENT_SCOPE)
endfunction()

emit_directory("" "      " tree components)
set(refs "")
foreach(component ${components})
    string(APPEND refs "      <ComponentRef Id=\"${component}\"/>\n")
endforeach()
file(WRITE ${work}/files.wxs
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
     "<!-- Written by installer/wix/msi.cmake from the staged install tree. -->\n"
     "<Wix xmlns=\"http://schemas.microsoft.com/wix/2006/wi\">\n"
     "  <Fragment>\n    <DirectoryRef Id=\"INSTALL_ROOT\">\n${tree}    </DirectoryRef>\n  </Fragment>\n"
     "  <Fragment>\n    <ComponentGroup Id=\"CPackFiles\">\n${refs}    </ComponentGroup>\n  </Fragment>\n"
     "</Wix>\n")

# wixl takes file sources relative to where it runs (it refuses absolute ones).
file(COPY ${ICON} DESTINATION ${work})
get_filename_component(icon_name ${ICON} NAME)
wix_id(CM_FP_ "bin/schoolsuite" exe_id)
execute_process(
    COMMAND wixl -a x64 -I ${SOURCE_DIR} -o ${OUTPUT}
            -D Version=${VERSION} -D UpgradeGuid=${UPGRADE_GUID}
            -D SchoolSuiteExe=${exe_id} -D SchoolSuiteIcon=${icon_name}
            ${SOURCE_DIR}/schoolsuite.wxs ${SOURCE_DIR}/machine.wxs files.wxs
    WORKING_DIRECTORY ${work}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
# wixl warns about WiX attributes it does not know (RequiredVersion, Secure, ...): not errors.
if(NOT result EQUAL 0 OR NOT EXISTS ${OUTPUT})
    message(FATAL_ERROR "wixl failed (${result}):\n${errors}")
endif()

# wixl does not honour Secure="yes": put the public properties into SecureCustomProperties, as
# WiX does, so values from a transform reach the installation (server) side.
execute_process(COMMAND msiinfo export ${OUTPUT} Property OUTPUT_VARIABLE properties
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "msiinfo cannot read ${OUTPUT}")
endif()
set(secure "")
if(properties MATCHES "\nSecureCustomProperties\t([^\r\n]*)")
    set(secure "${CMAKE_MATCH_1}")
endif()
# (Kept as a string: the value's ';' must not become CMake list separators.)
set(value "${secure}")
foreach(property DISTRICTURL SCHOOLCODE ENROLLMENTKEY ENABLEDMODULES LANGUAGE)
    string(FIND ";${value};" ";${property};" found)
    if(found EQUAL -1)
        if(value STREQUAL "")
            set(value "${property}")
        else()
            string(APPEND value ";${property}")
        endif()
    endif()
endforeach()
if(secure STREQUAL "")
    set(sql "INSERT INTO `Property` (`Property`, `Value`) VALUES ('SecureCustomProperties', '${value}')")
else()
    set(sql "UPDATE `Property` SET `Value` = '${value}' WHERE `Property` = 'SecureCustomProperties'")
endif()
execute_process(COMMAND msibuild ${OUTPUT} -q "${sql}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "msibuild failed (${result}): ${errors}")
endif()
message(STATUS "MSI: ${OUTPUT}")
