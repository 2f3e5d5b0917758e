# Runs ipc-devnet as a user would and checks exit codes and output.
function(expect_run expected_rc expected_out)
  execute_process(COMMAND ${IPC_DEVNET} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL expected_rc)
    message(FATAL_ERROR "ipc-devnet ${ARGN}: exit ${rc}, expected ${expected_rc}\n${out}\n${err}")
  endif()
  string(FIND "${out}${err}" "${expected_out}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "ipc-devnet ${ARGN}: output lacks '${expected_out}':\n${out}\n${err}")
  endif()
  string(FIND "${err}" "terminate called" crashed)
  if(NOT crashed EQUAL -1)
    message(FATAL_ERROR "ipc-devnet ${ARGN} crashed:\n${err}")
  endif()
endfunction()

expect_run(0 "0.1" --version)
