# The desktop layer talks to the engine through one door: every file under ui/ includes only
# Qt, the standard library, ui's own headers (ipc/ui/...), core's value types
# (ipc/core/primitives/...) and the devnet facade headers listed here. Anything else (the
# Hierarchy, persistence, the scheduler, core's storage/, encoding/, ipc/, crypto/, chain/, evm/,
# devnet's engine_access.h / query_answers.h) fails the check, naming file and header.
# Run: cmake -DUI_DIR=<dir> -P facade_includes.cmake
if(NOT UI_DIR)
  message(FATAL_ERROR "UI_DIR not set")
endif()

# The facade: what the desktop may name. Each is plain values or the Devnet/Wallet interface.
set(FACADE_HEADERS
  ipc/devnet/devnet.h          # the Devnet facade: ask(query), commands, events, view
  ipc/devnet/queries.h         # the typed queries and commands ask() answers
  ipc/devnet/search.h          # the search query and its answer
  ipc/devnet/views.h           # hierarchy, subnet, checkpoint views
  ipc/devnet/block_view.h      # the one view of a block (pages, details, BlockProduced)
  ipc/devnet/explorer_views.h  # explorer page views (blocks, transactions, checkpoints, ...)
  ipc/devnet/transfer.h        # transfer plans, records and progress (values)
  ipc/devnet/engine_values.h   # subnet status, trace entry, snapshot info, new-subnet spec
  ipc/devnet/events.h          # the typed engine events
  ipc/devnet/topology.h        # the topology a hierarchy starts from (values, templates)
  ipc/devnet/wallet.h          # the wallet's accounts and passwords (thread-safe interface)
  ipc/devnet/workspaces.h      # the workspace files (names, paths, quickstart)
  ipc/devnet/rpc/server.h      # the JSON-RPC endpoints' options and URLs
  ipc/devnet/session.h         # workspace -> devnet -> JSON-RPC start-up, shared with the CLI
  ipc/devnet/subnet_calls.h    # a subnet-actor action (join, stake, ...) as value and call data
  ipc/devnet/version.h         # the version string (generated)
)

# Exceptions, (file relative to UI_DIR)|(header), each with its reason: none.
set(ALLOWED_EXCEPTIONS "")

file(GLOB_RECURSE files RELATIVE ${UI_DIR} ${UI_DIR}/*.h ${UI_DIR}/*.cpp)
set(violations "")
foreach(f ${files})
  file(STRINGS ${UI_DIR}/${f} lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line ${lines})
    if(NOT line MATCHES "#[ \t]*include[ \t]*[\"<]([^\">]+)[\">]")
      continue()
    endif()
    set(header ${CMAKE_MATCH_1})
    if(NOT header MATCHES "^ipc/")
      continue()  # Qt, the standard library, a generated moc file
    endif()
    if(header MATCHES "^ipc/ui/" OR header MATCHES "^ipc/core/primitives/")
      continue()
    endif()
    list(FIND FACADE_HEADERS ${header} facade)
    if(NOT facade EQUAL -1)
      continue()
    endif()
    list(FIND ALLOWED_EXCEPTIONS "${f}|${header}" allowed)
    if(NOT allowed EQUAL -1)
      continue()
    endif()
    string(APPEND violations "  ${f} includes ${header}\n")
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "ui/ reaches past the devnet facade:\n${violations}"
                      "Ask the engine through Devnet::ask (ipc/devnet/queries.h) instead.")
endif()
list(LENGTH files count)
message(STATUS "${count} files under ${UI_DIR} include only facade headers")
