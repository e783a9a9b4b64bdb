#!/usr/bin/env bash
# Installs, builds and starts Portrait on the bundled demo project (generated once, deterministic).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/build.sh"
demo="$root/build/demo.portrait"
if [ ! -f "$demo" ]; then
    "$root/build/app/portrait" sample --out "$demo"
fi
exec "$root/build/app/portrait" "$demo"
