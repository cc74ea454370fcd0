# The PostgreSQL tests run against one throwaway PostgreSQL server per ctest run: the fixture
# pg_server starts it (tests/pg/pgserver.sh: initdb in /tmp, a free loopback port) before the
# first test labelled pg and stops it after the last one. A test joins with
#   entente_add_pg_test(NAME COMMAND [ARGS...])
# and finds the server's URL in ENTENTE_TEST_PG_URL (postgresql://postgres@127.0.0.1:PORT/
# entente_test). Without the PostgreSQL server binaries every one of them skips with the reason.
# `make test-pg` runs only these (ctest -L pg).

# One folder per build tree, in /tmp (the user postgres must reach it when the tests run as
# root): the dev and asan trees run servers of their own at once, on ports picked free, and a
# server left by a killed run of this tree is stopped when the next run starts.
string(MD5 _entente_pg_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_entente_pg_hash}" 0 12 _entente_pg_hash)
set(ENTENTE_PG_DIR "/tmp/entente-pg-${_entente_pg_hash}")
set(ENTENTE_PG_SERVER "${CMAKE_CURRENT_LIST_DIR}/pgserver.sh")
set(ENTENTE_PG_RUN "${CMAKE_CURRENT_LIST_DIR}/pgrun.sh")

add_test(NAME pg_server_start COMMAND ${ENTENTE_PG_SERVER} start ${ENTENTE_PG_DIR} auto)
set_tests_properties(pg_server_start PROPERTIES
    FIXTURES_SETUP pg_server LABELS pg SKIP_RETURN_CODE 77 TIMEOUT 120)
add_test(NAME pg_server_stop COMMAND ${ENTENTE_PG_SERVER} stop ${ENTENTE_PG_DIR})
set_tests_properties(pg_server_stop PROPERTIES
    FIXTURES_CLEANUP pg_server LABELS pg SKIP_RETURN_CODE 77 TIMEOUT 120)

# entente_add_pg_test(NAME COMMAND [ARGS...] [LABELS extra...])
function(entente_add_pg_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "LABELS")
    add_test(NAME ${name} COMMAND ${ENTENTE_PG_RUN} ${ENTENTE_PG_DIR} ${arg_UNPARSED_ARGUMENTS})
    set_tests_properties(${name} PROPERTIES
        FIXTURES_REQUIRED pg_server
        LABELS "pg;${arg_LABELS}"
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ENTENTE_NO_DIALOGS=1;LC_ALL=C.UTF-8;LANGUAGE=")
endfunction()
