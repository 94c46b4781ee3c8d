# cmake -DLUPDATE=<lupdate> -DLUPDATE_ARGS=<list> -DTS_FILE=<.ts> -DWORK_FILE=<copy> -DSTAMP=<file>
#       -P CheckTranslations.cmake
# Runs lupdate into a copy of TS_FILE, so strings that are in the sources but not yet in the
# .ts are seen as well, and fails listing every message whose translation is unfinished or
# empty. Obsolete and vanished entries are history for translators, not gaps.
file(COPY_FILE "${TS_FILE}" "${WORK_FILE}")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none ${LUPDATE_ARGS} -ts "${WORK_FILE}"
    RESULT_VARIABLE _result
    ERROR_VARIABLE _errors)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_result}):\n${_errors}")
endif()
if(_errors)
    # A tr() that lupdate cannot read never reaches the catalogue: treat it as a gap too.
    message(FATAL_ERROR "lupdate cannot read some tr() calls:\n${_errors}")
endif()

file(READ "${WORK_FILE}" _xml)
# CMake lists split on ';', which XML entities contain: park them first.
string(REPLACE ";" "<semicolon>" _xml "${_xml}")
string(REPLACE "</message>" ";" _chunks "${_xml}")
set(_context "")
set(_missing "")
set(_count 0)
foreach(_chunk IN LISTS _chunks)
    string(FIND "${_chunk}" "<message" _start REVERSE)
    if(_start EQUAL -1)
        continue()
    endif()
    string(SUBSTRING "${_chunk}" 0 ${_start} _before)
    if(_before MATCHES "<name>([^<]*)</name>")
        set(_context "${CMAKE_MATCH_1}")
    endif()
    string(SUBSTRING "${_chunk}" ${_start} -1 _message)
    if(_message MATCHES "type=\"(vanished|obsolete)\"")
        continue()
    endif()
    math(EXPR _count "${_count} + 1")
    if(_message MATCHES "type=\"unfinished\""
       OR _message MATCHES "<translation( [^>]*)?/>"
       OR _message MATCHES "<translation( [^>]*)?></translation>"
       OR _message MATCHES "<numerusform( [^>]*)?/>"
       OR _message MATCHES "<numerusform( [^>]*)?></numerusform>")
        set(_source "")
        if(_message MATCHES "<source>([^<]*)</source>")
            set(_source "${CMAKE_MATCH_1}")
        endif()
        string(REPLACE "<semicolon>" ";" _source "${_source}")
        string(APPEND _missing "  ${_context}: \"${_source}\"\n")
    endif()
endforeach()

if(_missing)
    message(FATAL_ERROR
        "${TS_FILE} has untranslated or unfinished messages:\n${_missing}"
        "Run `cmake --build <build dir> --target update_translations`, translate them "
        "(Qt Linguist or the XML) and build again.")
endif()
message(STATUS "${TS_FILE}: all ${_count} messages translated")
file(TOUCH "${STAMP}")
