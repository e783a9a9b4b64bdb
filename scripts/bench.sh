#!/usr/bin/env bash
# Runs the benchmarks (label bench) on an existing build; each prints its figures and bars.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/build"
ctest --output-on-failure --label-regex bench --verbose "$@"
