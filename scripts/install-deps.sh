#!/usr/bin/env bash
# Installs every Debian package needed to build Portrait, run it and run its tests.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libeigen3-dev libminizip-dev libxlsxwriter-dev zlib1g-dev libsqlite3-dev sqlite3
    xz-utils fonts-noto-cjk xvfb xauth time
    dpkg-dev file librsvg2-bin lintian appstream desktop-file-utils
    python3-sklearn
    libboost-math-dev libnlopt-cxx-dev
    postgresql mariadb-server libqt6sql6-psql libqt6sql6-mysql libmariadb-dev qtkeychain-qt6-dev
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

if ! dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -qv '^install ok installed$' \
    && [ "$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | wc -l)" -eq "${#packages[@]}" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
