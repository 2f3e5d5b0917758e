# Runs RUNNER on CASES and fails unless its standard output equals EXPECTED line for line.
execute_process(COMMAND ${RUNNER} ${CASES} OUTPUT_VARIABLE actual RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${RUNNER} ${CASES} exited with ${result}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}:\n${actual}")
endif()
