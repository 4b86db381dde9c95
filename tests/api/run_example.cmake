# Runs PROGRAM on INPUT and compares its standard output with EXPECTED.
execute_process(COMMAND ${PROGRAM} ${INPUT} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${INPUT} exited ${rc}: ${err}")
endif()
file(READ ${EXPECTED} want)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "output of ${PROGRAM} ${INPUT} differs from ${EXPECTED}:\n${out}")
endif()
