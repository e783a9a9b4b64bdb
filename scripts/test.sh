#!/usr/bin/env bash
# Installs, builds (warnings are errors) and runs every test except the benchmarks.
# Tests on the real data sets in ../shared/data run when that folder exists (label realdata).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh" -DPORTRAIT_WERROR=ON
cd "$root/build"
ctest --output-on-failure --label-exclude bench --parallel 2 --timeout 600
