#!/bin/sh
# Copies the Breeze icons named in breeze-icons.txt from the installed theme
# (Debian package breeze-icon-theme) into breeze/, with a matching index.theme.
# Symlinks are resolved so the subset is self-contained.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${BREEZE_DIR:-/usr/share/icons/breeze}
dst="$here/breeze"
contexts="actions status places devices mimetypes apps categories preferences emblems"

rm -rf "$dst"
mkdir -p "$dst"
missing=0
for name in $(grep -v '^#' "$here/breeze-icons.txt"); do
    found=""
    for ctx in $contexts; do
        for size in 16 22 32; do
            if [ -e "$src/$ctx/$size/$name.svg" ]; then
                mkdir -p "$dst/$ctx/$size"
                cp -L "$src/$ctx/$size/$name.svg" "$dst/$ctx/$size/"
                found=yes
            fi
        done
        if [ -z "$found" ]; then
            # Some icons exist only in large sizes; one scalable copy is enough.
            for size in 48 64; do
                if [ -z "$found" ] && [ -e "$src/$ctx/$size/$name.svg" ]; then
                    mkdir -p "$dst/$ctx/$size"
                    cp -L "$src/$ctx/$size/$name.svg" "$dst/$ctx/$size/"
                    found=yes
                fi
            done
        fi
        [ -n "$found" ] && break
    done
    if [ -z "$found" ]; then
        echo "missing: $name" >&2
        missing=1
    fi
done

# The Debian copyright file refers to /usr/share/common-licenses, which Windows lacks,
# so the full licence texts travel with it (LGPL-3 is a set of permissions on top of GPL-3).
cp /usr/share/doc/breeze-icon-theme/copyright "$dst/COPYING"
cp /usr/share/common-licenses/LGPL-3 "$dst/COPYING.LGPL-3"
cp /usr/share/common-licenses/GPL-3 "$dst/COPYING.GPL-3"

dirs=$(cd "$dst" && find . -mindepth 2 -maxdepth 2 -type d | sed 's|^\./||' | sort)
{
    echo "[Icon Theme]"
    echo "Name=Breeze"
    echo "Comment=Subset of KDE Breeze bundled with SchoolSuite (LGPL-3.0, see COPYING)"
    echo "Inherits=hicolor"
    echo "Directories=$(echo $dirs | tr ' ' ',')"
    for d in $dirs; do
        ctx=${d%/*}
        size=${d#*/}
        echo
        echo "[$d]"
        echo "Size=$size"
        echo "Context=$(echo "$ctx" | sed 's/^./\U&/')"
        # Fixed, so Qt picks the nearest drawn size; the SVGs still scale cleanly.
        echo "Type=Fixed"
    done
} >"$dst/index.theme"
exit $missing
