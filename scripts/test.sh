#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test (CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} bash scripts/build.sh -DSCHOOLSUITE_WERROR=ON
cd "${BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel 2 --timeout 600
