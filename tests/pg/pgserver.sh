#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data directory, a loopback port and a
# private socket directory, nothing shared with a system cluster.
#
#   pgserver.sh start DIR [PORT|auto]   initdb DIR/data, start it, create the database
#                                       entente_test; prints its URL, and keeps it in DIR/url
#   pgserver.sh stop DIR                pg_ctl stop -m fast (immediate after 5 s: the shutdown
#                                       checkpoint after the load test takes 20 s, and nothing
#                                       is kept), then removes DIR
#   pgserver.sh kill DIR                pg_ctl stop -m immediate (a crash), DIR kept
#   pgserver.sh restart DIR             starts the server of DIR again on the same port
#   pgserver.sh url DIR                 prints DIR's URL
#
# Exit status 77 (ctest's skip code for the PostgreSQL tests) with a one-line reason when the
# PostgreSQL server binaries are not installed. initdb refuses to run as root: as root the server
# runs as the user `postgres`, which then owns DIR.
# Authentication: trust on loopback, except the role entente_pw_test, which must give a password
# (scram-sha-256), so the password prompt can be tested.
set -euo pipefail

skip=77
die() { echo "pgserver.sh: $*" >&2; exit 1; }

find_bindir() {
    local d
    # ENTENTE_PG_BINDIR names the one folder to use (and, naming an empty one, tries the skip).
    if [ -n "${ENTENTE_PG_BINDIR:-}" ]; then
        [ -x "$ENTENTE_PG_BINDIR/initdb" ] && [ -x "$ENTENTE_PG_BINDIR/pg_ctl" ] || return 1
        echo "$ENTENTE_PG_BINDIR"; return 0
    fi
    for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(readlink -f "$(command -v initdb)")"; return 0
    fi
    return 1
}

# Runs a server program as the user owning the data directory.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_server() { # DIR PORT -> 0 started, 1 failed
    local dir=$1 port=$2
    as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c full_page_writes=off" \
        start >/dev/null 2>&1 || return 1
    local i
    for i in $(seq 1 100); do
        "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && return 0
        sleep 0.1
    done
    return 1
}

stop_server() { # DIR MODE [SECONDS]
    local dir=$1 mode=$2 wait=${3:-60}
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m "$mode" -w -t "$wait" stop >/dev/null 2>&1 || true
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: pgserver.sh start|stop|kill|restart|url DIR [PORT|auto]"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

if ! BIN=$(find_bindir); then
    echo "skipped: the PostgreSQL server (initdb, pg_ctl) is not installed; packaging/install-deps.sh installs postgresql-15"
    exit $skip
fi

case "$cmd" in
start)
    want=${3:-auto}
    # A server left by a killed run in the same directory goes first.
    stop_server "$dir" immediate
    rm -rf "$dir"
    mkdir -p "$dir/data" "$dir/sock"
    chmod 700 "$dir/data"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
    as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    {
        echo "local all all trust"
        echo "host all entente_pw_test 127.0.0.1/32 scram-sha-256"
        echo "host all all 127.0.0.1/32 trust"
    } >"$dir/data/pg_hba.conf"
    started=""
    for attempt in $(seq 1 20); do
        if [ "$want" = auto ] || [ "$want" = 0 ]; then
            port=$((20000 + (RANDOM * 32768 + RANDOM + $$) % 40000))
            port_in_use "$port" && continue
        else
            port=$want
        fi
        if start_server "$dir" "$port"; then started=1; break; fi
        stop_server "$dir" immediate
        [ "$want" = auto ] || [ "$want" = 0 ] || break
    done
    [ -n "$started" ] || { cat "$dir/log" >&2 2>/dev/null || true; die "the server did not start"; }
    "$BIN/psql" -q -X -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE DATABASE entente_test" >/dev/null || die "could not create the database entente_test"
    echo "$port" >"$dir/port"
    echo "$BIN" >"$dir/bindir"
    url="postgresql://postgres@127.0.0.1:$port/entente_test"
    echo "$url" >"$dir/url"
    echo "$url"
    ;;
stop)
    stop_server "$dir" fast 5
    stop_server "$dir" immediate
    rm -rf "$dir"
    ;;
kill)
    stop_server "$dir" immediate
    ;;
restart)
    [ -f "$dir/port" ] || die "$dir has no server"
    stop_server "$dir" immediate
    start_server "$dir" "$(cat "$dir/port")" || die "the server did not start again"
    ;;
url)
    cat "$dir/url"
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
