# Runs one golden test; see CMakeLists.txt here. Sample paths are given
# relative to the source tree so the output does not depend on where the
# tree is checked out.
string(REPLACE "|" ";" args "${ARGS}")
file(RELATIVE_PATH input_rel "${CMAKE_CURRENT_LIST_DIR}/../.." "${INPUT}")
execute_process(COMMAND ${VNPLAN} ${args} ${input_rel}
  OUTPUT_FILE ${ACTUAL} ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "vnplan ${args} ${input_rel} exited with ${rc}: ${err}")
endif()
if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
  configure_file(${ACTUAL} ${GOLDEN} COPYONLY)
  message(STATUS "updated ${GOLDEN}")
  return()
endif()
if(NOT EXISTS ${GOLDEN})
  message(FATAL_ERROR "no golden file ${GOLDEN}; create it with UPDATE_GOLDEN=1 and read it")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${GOLDEN} ${ACTUAL} RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  execute_process(COMMAND diff -u ${GOLDEN} ${ACTUAL})
  message(FATAL_ERROR "output differs from ${GOLDEN} (actual output: ${ACTUAL})")
endif()
