#!/usr/bin/env bash
# Installs, builds (warnings are errors) and runs every test except the benchmarks.
# Tests on the real data sets in ../shared/data run when that folder exists (label realdata).
# The database tests (label db) talk to a throw-away PostgreSQL and MariaDB that
# scripts/dbservers.sh starts in a temporary folder; they are stopped however the tests end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh" -DPORTRAIT_WERROR=ON

dbdir=$(mktemp -d "${TMPDIR:-/tmp}/portrait-db.XXXXXX")
stop_servers() {
    bash "$root/scripts/dbservers.sh" stop "$dbdir" || true
    rm -rf "$dbdir"
}
trap stop_servers EXIT
trap 'exit 130' INT TERM
bash "$root/scripts/dbservers.sh" start "$dbdir"
# shellcheck source=/dev/null
source "$dbdir/env"

cd "$root/build"
ctest --output-on-failure --label-exclude bench --parallel 2 --timeout 600
