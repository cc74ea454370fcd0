#!/usr/bin/env bash
# The test server the fixture started answers on ENTENTE_TEST_PG_URL, is PostgreSQL 15 or newer,
# and can create the unaccent extension (trusted in 15) that the full-text search needs.
set -euo pipefail
: "${ENTENTE_TEST_PG_URL:?}"
bindir=$(dirname "$(readlink -f "$(command -v psql)")")
psql="psql -X -q -t -A -v ON_ERROR_STOP=1"
version=$($psql "$ENTENTE_TEST_PG_URL" -c 'SHOW server_version_num')
[ "$version" -ge 150000 ] || { echo "server version $version is older than 15"; exit 1; }
$psql "$ENTENTE_TEST_PG_URL" -c 'CREATE DATABASE entente_harness_check'
db=${ENTENTE_TEST_PG_URL%/*}/entente_harness_check
out=$($psql "$db" -c "CREATE EXTENSION unaccent" -c "SELECT unaccent('Türkiye')")
$psql "$ENTENTE_TEST_PG_URL" -c 'DROP DATABASE entente_harness_check'
[ "$out" = Turkiye ] || { echo "unaccent gave '$out'"; exit 1; }
echo "PostgreSQL $version at $ENTENTE_TEST_PG_URL (psql in $bindir): unaccent works"
