#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Entente needs, and does
# nothing when all of them are there already. Run as root, or with sudo available.
set -euo pipefail

packages=(
    cmake ninja-build g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev
    libsqlite3-dev libsqlitecpp-dev libigraph-dev libsimdjson-dev libcsv-dev
    # HTML articles (entente extract) and zipped event files (GDELT, UCDP)
    libgumbo-dev libzip-dev
    # the import's keys of sources (XXH3, compiled in from its header)
    libxxhash-dev
    # the shared timeline on PostgreSQL (libpq; the Debian package then depends on libpq5)
    libpq-dev
    xvfb xauth fonts-dejavu-core fonts-noto-core
    poppler-utils
    # the shared timeline's tests run a throwaway PostgreSQL 15 server (tests/pg/pgserver.sh)
    postgresql-15
    # the libFuzzer harnesses in fuzz/ (.ci/fuzz)
    clang libclang-rt-14-dev
    # make package (dpkg-shlibdeps) and tst_package (desktop-file-validate, appstreamcli)
    dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
