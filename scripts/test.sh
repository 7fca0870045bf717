#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test (CTest).
# The tests get a private PostgreSQL cluster (scripts/postgres-test.sh) in SCHOOLSUITE_TEST_POSTGRES.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} bash scripts/build.sh -DSCHOOLSUITE_WERROR=ON

pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/schoolsuite-pg.XXXXXX")
scripts_dir=$PWD/scripts
# shellcheck disable=SC2317  # called by the trap
stop_postgres() {
    bash "$scripts_dir/postgres-test.sh" stop "$pg_dir" || true
    rm -rf "$pg_dir"
}
trap stop_postgres EXIT
SCHOOLSUITE_TEST_POSTGRES=$(bash scripts/postgres-test.sh start "$pg_dir")
export SCHOOLSUITE_TEST_POSTGRES

cd "${BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
status=0
ctest --output-on-failure --parallel 2 --timeout 600 || status=$?
exit "$status"
