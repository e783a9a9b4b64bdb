#!/usr/bin/env bash
# Builds the DEB from this build tree, unpacks it into a scratch root (dpkg -x, no installation)
# and runs the packaged program from there, as an analyst's machine would; checks the package's
# desktop entry, AppStream data and lintian's verdict.
# usage: package_smoke.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb="$work/out/portrait_${version}_amd64.deb"
[ -f "$deb" ] || { echo "no $deb"; ls "$work/out"; exit 1; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
binary="$root/usr/bin/portrait"

# The shipped binary carries no debug information.
if readelf -S "$binary" | grep -q '\.debug_info'; then
    echo "FAIL: $binary has debug sections"; exit 1
fi

out=$(QT_QPA_PLATFORM=offscreen "$binary" --version)
[ "$out" = "portrait $version" ] || { echo "FAIL: --version printed '$out'"; exit 1; }

QT_QPA_PLATFORM=offscreen "$binary" sample --out "$work/demo.portrait" 2> "$work/sample.log" \
    || { cat "$work/sample.log"; exit 1; }
info=$("$binary" info --project "$work/demo.portrait")
echo "$info" | grep -q "5000\|5,000" || { echo "FAIL: the demo project from the package: $info"; exit 1; }

for f in usr/share/applications/io.github.portrait_workbench.Portrait.desktop \
         usr/share/metainfo/io.github.portrait_workbench.Portrait.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/io.github.portrait_workbench.Portrait.png \
         usr/share/icons/hicolor/scalable/apps/io.github.portrait_workbench.Portrait.svg \
         usr/share/man/man1/portrait.1.gz usr/share/doc/portrait/copyright usr/share/doc/portrait/changelog.gz; do
    [ -s "$root/$f" ] || { echo "FAIL: the package lacks $f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/io.github.portrait_workbench.Portrait.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.portrait_workbench.Portrait.metainfo.xml"
# lintian refuses to judge as root only by warning; errors and warnings fail the test.
lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'root privileges' || true
lintian --fail-on error,warning "$deb" > /dev/null 2>&1 || { echo "FAIL: lintian"; exit 1; }
echo "package_smoke: $(basename "$deb") OK"
