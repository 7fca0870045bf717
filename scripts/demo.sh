#!/usr/bin/env bash
# Installs what is missing, builds, creates a demo school on first use and starts SchoolSuite
# on it. Sign in as "admin" with the password "schoolsuite".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
data_dir=${SCHOOLSUITE_DEMO_DIR:-$HOME/.local/share/SchoolSuite/demo}
if [[ ! -f "$data_dir/schoolsuite.db" ]]; then
    ./build/app/cli/schoolsuite-cli --data-dir "$data_dir" demo --size small
fi
echo "Demo school in $data_dir — sign in as admin, password: schoolsuite"
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    exec ./build/app/gui/schoolsuite --data-dir "$data_dir" "$@"
fi
echo "No display found: starting SchoolSuite on a virtual display (Xvfb) and saving a picture"
echo "of its first screen to schoolsuite-demo.png."
echo schoolsuite > "$data_dir/.demo-password"
xvfb-run -a -s "-screen 0 1366x768x24" \
    ./build/app/gui/schoolsuite --data-dir "$data_dir" --sign-in admin \
    --password-file "$data_dir/.demo-password" --screenshot schoolsuite-demo.png --screenshot-page home "$@"
echo "Saved schoolsuite-demo.png"
