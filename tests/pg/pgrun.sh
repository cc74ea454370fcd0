#!/usr/bin/env bash
# Runs one PostgreSQL test against the server the ctest fixture pg_server started:
#   pgrun.sh DIR COMMAND [ARGS...]
# exports ENTENTE_TEST_PG_URL (postgresql://postgres@127.0.0.1:PORT/entente_test), and
# ENTENTE_TEST_PG_SERVER (this folder's pgserver.sh, for the tests that start a server of their
# own); skips (77) with the reason when the PostgreSQL server binaries are not installed.
set -euo pipefail
dir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$dir/url" ]; then
    status=0
    reason=$("$here/pgserver.sh" url "$dir" 2>/dev/null) || status=$?
    if [ $status -eq 77 ]; then
        echo "$reason"
        exit 77
    fi
    echo "pgrun.sh: no test server in $dir (the ctest fixture pg_server did not start one)" >&2
    exit 1
fi
export ENTENTE_TEST_PG_URL
ENTENTE_TEST_PG_URL=$(cat "$dir/url")
export ENTENTE_TEST_PG_SERVER="$here/pgserver.sh"
exec "$@"
