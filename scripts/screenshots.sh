#!/usr/bin/env bash
# Takes the screenshots of the user guide (docs/images/<lang>/<page>.png) from the real
# application, on a demo school, in every language, under a virtual X server.
#
# usage: scripts/screenshots.sh [BUILD_DIR]        (default: ./build)
#
# environment:
#   LANGS="zh_CN en"          languages to shoot
#   PAGES="signin home people classes rooms search import settings district sync equipment
#          bookings maintenance stocktake value labels indicators library whiteboard about"
#   OUT_DIR=<repo>/docs/images
#   SETTLE_SECONDS=4          how long the desktop shot waits for the window to paint
#
# needs: xvfb (xvfb-run), imagemagick (import, identify), fonts-noto-cjk.
#
# The application's screenshot interface (app/gui):
#   schoolsuite --data-dir DIR --lang zh_CN|en [--sign-in USER --password-file FILE]
#               --screenshot-page PAGE --screenshot FILE
# opens PAGE (signin, home, people, classes, rooms, search, import, settings, about), waits until it is
# painted, saves QWidget::grab() of the window to FILE and exits with 0.
# Besides one PNG per page, one full-screen shot per language (desktop.png) is taken with
# ImageMagick's `import -window root`, to show the window as it sits on a 1366x768 desktop.

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
SCREEN="-screen 0 1366x768x24"
SIGN_IN_USER="admin"

die() {
    echo "screenshots: $*" >&2
    exit 1
}
note() {
    echo "screenshots: $*" >&2
}

# --- inner mode: runs inside xvfb-run, one X server per language -------------------------------
# args: __inner LANG APP DATA_DIR PASSWORD_FILE OUT_DIR SIGN_IN_SUPPORTED PAGES...
if [[ "${1:-}" == "__inner" ]]; then
    shift
    lang=$1 app=$2 data=$3 pwfile=$4 out=$5 signin_supported=$6
    shift 6
    failed=0
    for page in "$@"; do
        file="$out/$page.png"
        args=(--data-dir "$data" --lang "$lang")
        if [[ "$page" != signin && "$signin_supported" == 1 ]]; then
            args+=(--sign-in "$SIGN_IN_USER" --password-file "$pwfile")
        fi
        args+=(--screenshot-page "$page" --screenshot "$file")
        rm -f "$file"
        rc=0
        timeout 120 "$app" "${args[@]}" >"$out/.log-$page" 2>&1 || rc=$?
        if [[ $rc -ne 0 ]]; then
            note "$lang/$page: the application failed (exit $rc); its output:"
            sed 's/^/    /' "$out/.log-$page" >&2
            failed=1
        elif [[ ! -s "$file" ]] || ! identify "$file" >/dev/null 2>&1; then
            note "$lang/$page: no valid PNG was written to $file"
            failed=1
        else
            echo "  $lang/$page.png  $(identify -format '%wx%h' "$file")"
        fi
        rm -f "$out/.log-$page"
    done

    # The desktop look: the application left running on the home page (or at the sign-in window
    # when it cannot sign in from the command line), the whole screen captured.
    args=(--data-dir "$data" --lang "$lang")
    if [[ "$signin_supported" == 1 ]]; then
        args+=(--sign-in "$SIGN_IN_USER" --password-file "$pwfile")
    fi
    "$app" "${args[@]}" >/dev/null 2>&1 &
    app_pid=$!
    sleep "${SETTLE_SECONDS:-4}"
    if kill -0 "$app_pid" 2>/dev/null; then
        if import -window root "$out/desktop.png"; then
            echo "  $lang/desktop.png  $(identify -format '%wx%h' "$out/desktop.png")"
        else
            note "$lang/desktop: import -window root failed"
            failed=1
        fi
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    else
        wait "$app_pid" 2>/dev/null || true
        note "$lang/desktop: the application exited before the screen could be captured"
        failed=1
    fi
    exit "$failed"
fi

# --- outer mode ---------------------------------------------------------------------------------
BUILD_DIR=${1:-./build}
[[ $# -le 1 ]] || die "usage: $0 [BUILD_DIR]"
[[ -d "$BUILD_DIR" ]] || die "build directory $BUILD_DIR does not exist; build first (cmake --build $BUILD_DIR)"
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)

APP="$BUILD_DIR/app/gui/schoolsuite"
CLI="$BUILD_DIR/app/cli/schoolsuite-cli"
[[ -x "$CLI" ]] || die "$CLI is missing; build it: cmake --build $BUILD_DIR --target schoolsuite-cli"
[[ -x "$APP" ]] || die "$APP is missing; build it: cmake --build $BUILD_DIR --target schoolsuite"
for tool in xvfb-run import identify timeout; do
    command -v "$tool" >/dev/null || die "$tool not found; install it: sudo apt-get install -y xvfb imagemagick coreutils"
done
fc-list :lang=zh 2>/dev/null | grep -q . || note "warning: no Chinese font found (install fonts-noto-cjk); Chinese text will show as boxes"

read -r -a LANG_LIST <<<"${LANGS:-zh_CN en}"
read -r -a PAGE_LIST <<<"${PAGES:-signin home people classes rooms search import settings district sync equipment bookings maintenance stocktake value labels indicators library whiteboard about}"
OUT_ROOT=${OUT_DIR:-$REPO_DIR/docs/images}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/schoolsuite-shots.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
PWFILE="$WORK/password"
(umask 077 && printf '%s\n' "shots-$RANDOM$RANDOM" >"$PWFILE")

# Keep the machine's policy and the user's preferences out of the pictures, and the pictures'
# preferences out of the user's home.
export SCHOOLSUITE_POLICY_FILE="$WORK/no-policy.conf"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/share" XDG_CACHE_HOME="$WORK/cache"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM

echo "Creating the demo school in $DATA"
"$CLI" --data-dir "$DATA" --lang en demo --size small --password-file "$PWFILE" >/dev/null ||
    die "schoolsuite-cli demo failed"

# --sign-in is how the pages behind the sign-in window are reached; without it every page would
# show the sign-in window, so say so plainly instead of producing misleading pictures.
HELP=$(QT_QPA_PLATFORM=offscreen timeout 30 "$APP" --help 2>&1 || true)
SIGN_IN_SUPPORTED=0
if [[ "$HELP" == *--sign-in* ]]; then
    SIGN_IN_SUPPORTED=1
fi
[[ "$HELP" == *--screenshot* ]] ||
    die "$APP --help does not list --screenshot; this build cannot take screenshots"
[[ "$SIGN_IN_SUPPORTED" == 1 ]] ||
    note "warning: $APP has no --sign-in option; pages other than signin may show the sign-in window"

status=0
for lang in "${LANG_LIST[@]}"; do
    case "$lang" in
    zh_CN | en) ;;
    *) die "unknown language $lang (use zh_CN or en)" ;;
    esac
    out="$OUT_ROOT/$lang"
    mkdir -p "$out"
    echo "Shooting $lang into $out"
    if ! xvfb-run -a -s "$SCREEN" bash "$SELF" __inner "$lang" "$APP" "$DATA" "$PWFILE" "$out" \
        "$SIGN_IN_SUPPORTED" "${PAGE_LIST[@]}"; then
        note "some $lang screenshots failed (see above)"
        status=1
    fi
done

if [[ $status -eq 0 ]]; then
    echo "Done: screenshots in $OUT_ROOT"
else
    note "finished with errors"
fi
exit "$status"
