#!/usr/bin/env bash
# Installs what SchoolSuite needs to build, run and test on Debian 12 (run as root).
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build ccache pkg-config git bzip2
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n libgl-dev
    qt6-pdf-dev qt6-multimedia-dev zlib1g-dev
    # the touch-screen tests report contact sizes through Qt's platform interface (qpa)
    qt6-base-private-dev
    # clips played on the board: Qt Multimedia's GStreamer backend and its decoders and outputs
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    # libsqlite3-dev: bulk writes bind through SQLite's own API (modules/core/store/statement.h)
    libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libqt6svg6 qt6-image-formats-plugins
    qtkeychain-qt6-dev libminizip-dev libxlsxwriter-dev libssl-dev libzxing-dev libyaz-dev yaz
    unicode-data breeze-icon-theme
    # the whiteboard benchmark's baseline (xournalpp --create-pdf)
    xournalpp
    # run and test: Chinese fonts, a virtual display, screenshots, the keychain
    fonts-noto-cjk xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
    # the district server's database in the tests (scripts/postgres-test.sh runs its own cluster)
    postgresql
    # packaging (installer/) and its checks: the .deb (dpkg-shlibdeps), the MSI authored with
    # wixl and read with msiinfo, the desktop entry, AppStream, man pages, the systemd unit
    dpkg-dev wixl msitools desktop-file-utils appstream man-db groff-base systemd
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # The package starts a system cluster on port 5432. The tests run their own cluster
    # (scripts/postgres-test.sh), so we leave no system service running that we started.
    if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_lsclusters >/dev/null; then
        pg_lsclusters --no-header | while read -r version cluster _ status _; do
            if [[ $status == online ]]; then
                pg_ctlcluster "$version" "$cluster" stop || true
            fi
        done
    fi
fi
