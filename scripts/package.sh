#!/usr/bin/env bash
# Installs what it needs, makes a Release build (no debug information) in ./build-release and
# writes dist/portrait_VERSION_amd64.deb, checked with lintian, desktop-file-validate and appstreamcli.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTRAIT_BUILD_TESTS=OFF "$@"
cmake --build "$root/build-release" --parallel 2
mkdir -p "$root/dist"
cpack --config "$root/build-release/CPackConfig.cmake" -G DEB -B "$root/build-release/cpack"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$root/build-release/CPackConfig.cmake")
deb="portrait_${version}_amd64.deb"
cp "$root/build-release/cpack/$deb" "$root/dist/$deb"
desktop-file-validate "$root/installer/linux/io.github.portrait_workbench.Portrait.desktop"
appstreamcli validate --no-net "$root/installer/linux/io.github.portrait_workbench.Portrait.metainfo.xml"
lintian --fail-on error "$root/dist/$deb"
echo "Wrote dist/$deb"
