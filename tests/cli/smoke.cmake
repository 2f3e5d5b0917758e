# Runs ipc-devnet as a user would: the protocol's vectors through the util commands, bad input
# giving one clear line and exit code 2, and a short headless run of a template.
function(expect_run expected_rc expected_text)
  execute_process(COMMAND ${IPC_DEVNET} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err WORKING_DIRECTORY ${WORK_DIR})
  if(NOT rc EQUAL expected_rc)
    message(FATAL_ERROR "ipc-devnet ${ARGN}: exit ${rc}, expected ${expected_rc}\n${out}\n${err}")
  endif()
  string(FIND "${out}${err}" "${expected_text}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "ipc-devnet ${ARGN}: output lacks '${expected_text}':\n${out}\n${err}")
  endif()
  foreach(crash "terminate called" "Segmentation" "what():")
    string(FIND "${err}" "${crash}" bad)
    if(NOT bad EQUAL -1)
      message(FATAL_ERROR "ipc-devnet ${ARGN} crashed:\n${err}")
    endif()
  endforeach()
  if(NOT expected_rc EQUAL 0)
    # Bad input: exactly one line on stderr, starting with "error:".
    string(REGEX MATCHALL "\n" lines "${err}")
    list(LENGTH lines n)
    if(NOT n EQUAL 1 OR NOT err MATCHES "^error: ")
      message(FATAL_ERROR "ipc-devnet ${ARGN}: expected one 'error:' line, got:\n${err}")
    endif()
  endif()
endfunction()

expect_run(0 "0.1" --version)

# IPC_PROTOCOL.md section 1 vectors.
expect_run(0 "t410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"
           util eth-to-f4-addr 0x2e714a3c385ea88a09998ed74db265dae9853667)
expect_run(0 "f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq"
           --network mainnet util eth-to-f4-addr 0x2e714a3c385ea88a09998ed74db265dae9853667)
expect_run(0 "f410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji"
           --network mainnet util eth-to-f4-addr 0x0000000000000000000000000000000000000000)
expect_run(0 "0x2E714A3C385ea88a09998Ed74db265DAe9853667"
           util f4-to-eth-addr f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrq)
expect_run(0 "0x0000000000000000000000000000000000000000"
           util f4-to-eth-addr t410faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaonc6iji)
expect_run(0 "1011873294913613" util chain-id /r123/f01001)
expect_run(0 "2833157499179602" util chain-id /r314159/t410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4laa)
expect_run(0 "1436801752233864" util chain-id /r314159/f410ff7zdb3ytj4zso5boanhpvyiuupqatwjuply4laa)
expect_run(0 "314159" util chain-id /r314159)
expect_run(0 "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" util mnemonic-address)
expect_run(0 "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" util mnemonic-address --index 1)
expect_run(0 "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"
           util mnemonic-address --mnemonic "test test test test test test test test test test test junk" --index 9)
expect_run(0 "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
           util derive-public-key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80)

# Bad input: one clear line, exit code 2, never a crash.
expect_run(2 "checksum" util f4-to-eth-addr f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsra)
expect_run(2 "error:" util f4-to-eth-addr f410ffzyuupbyl2uiucmzr3lu3mtf3luyknthaz4xsrr)
expect_run(2 "40 hex digits" util eth-to-f4-addr 0x1234)
expect_run(2 "EIP-55" util eth-to-f4-addr 0x2E714A3C385ea88a09998Ed74db265DAe9853668)
expect_run(2 "hex" util eth-to-f4-addr 0xzz714a3c385ea88a09998ed74db265dae9853667)
expect_run(2 "moon" --network moon util chain-id /r1)
expect_run(2 "subnet id" util chain-id r314159)
expect_run(2 "subnet id" util chain-id /r314159/t410fnotanaddress)
expect_run(2 "12x" util chain-id /r12x)
expect_run(2 "32 bytes" util derive-public-key 0x1234)
expect_run(2 "error:" util derive-public-key 0x0000000000000000000000000000000000000000000000000000000000000000)
expect_run(2 "mnemonic" util mnemonic-address --mnemonic "test test nope")
expect_run(2 "error:" util no-such-command)
expect_run(2 "template" up --template no-such-template --fast --stop-at-height 1)
expect_run(2 "--stop-at-height" up --template single --fast)

# A short headless run with a summary.
# A linked project (Hardhat artifacts), and one whose artifact does not parse.
expect_run(0 "Linked 4 contracts from" up --template single --fast --stop-at-height 3
           --link ${FIXTURES_DIR}/artifacts/hardhat)
expect_run(2 "Bad.json" up --template single --fast --stop-at-height 3
           --link ${FIXTURES_DIR}/artifacts/broken)
expect_run(0 "All invariants hold" up --template three-level --fast --stop-at-height 200
           --summary-json ${WORK_DIR}/summary.json)
file(READ ${WORK_DIR}/summary.json summary)
string(JSON ok GET "${summary}" invariants ok)
string(JSON count LENGTH "${summary}" subnets)
string(JSON accepted GET "${summary}" subnets 6 checkpointsAccepted)
if(NOT ok OR NOT count EQUAL 7 OR accepted LESS 15)
  message(FATAL_ERROR "unexpected summary: ${summary}")
endif()
