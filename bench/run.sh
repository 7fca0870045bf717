#!/usr/bin/env bash
# Builds the benchmarks (Release) if needed and runs them one after the other.
# Usage: bench/run.sh [BUILD_DIR] [BENCH...]   (default: build-bench next to the source tree,
#        every benchmark; e.g. `bench/run.sh ../build-bench bench_sync bench_sync_load`)
# The sync benchmarks run the real schoolsuite-district: bench_sync under its own session bus
# and gnome-keyring (tests/with-keyring.sh); for bench_sync_load's PostgreSQL rows the script
# starts a throw-away cluster (scripts/postgres-test.sh) unless SCHOOLSUITE_TEST_POSTGRES is set.
# Every benchmark prints its figures, a ratio against a baseline measured in the same run, and
# one "PASS" or "FAIL" line per goal. A FAIL is information: the script exits 0 unless a
# benchmark could not be built or could not measure at all.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$(dirname "$src")/build-bench}"
shift || true
jobs="${JOBS:-2}"
benches=("$@")
if [[ ${#benches[@]} -eq 0 ]]; then
    benches=(bench_startup bench_search bench_import bench_sync bench_sync_load
             bench_equipment bench_stocktake bench_indicators bench_librarydesk
             bench_librarycatalog bench_librarymarc)
fi

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
          -DSCHOOLSUITE_BUILD_BENCH=ON -DSCHOOLSUITE_BUILD_TESTS=OFF
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt"; then
    echo "warning: $build is not a Release build; the figures mean little" >&2
fi
export QT_QPA_PLATFORM=offscreen
log="$(mktemp)"
pgdir=
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    if [[ -n $pgdir ]]; then
        "$src/scripts/postgres-test.sh" stop "$pgdir" >/dev/null 2>&1 || true
        rm -rf "$pgdir"
    fi
    rm -f "$log" "$log.build"
}
trap cleanup EXIT

# A PostgreSQL cluster for the PostgreSQL rows, started once when first needed.
start_postgres() {
    [[ -n ${SCHOOLSUITE_TEST_POSTGRES:-} || -n $pgdir ]] && return 0
    pgdir="$(mktemp -d "${TMPDIR:-/tmp}/schoolsuite-bench-pg.XXXXXX")"
    local url
    if url="$("$src/scripts/postgres-test.sh" start "$pgdir")"; then
        export SCHOOLSUITE_TEST_POSTGRES="$url"
    else
        echo "warning: no PostgreSQL cluster; the PostgreSQL rows print SKIP" >&2
    fi
}

status=0
for bench in "${benches[@]}"; do
    echo "== $bench"
    if ! cmake --build "$build" -j"$jobs" --target "$bench" >"$log.build" 2>&1; then
        tail -n 20 "$log.build"
        echo "$bench: ERROR (build failed)" | tee -a "$log"
        status=1
        continue
    fi
    cmd=("$build/bench/$bench")
    case $bench in
    bench_sync) cmd=(dbus-run-session -- "$src/tests/with-keyring.sh" "${cmd[@]}") ;;
    bench_sync_load) start_postgres ;;
    esac
    "${cmd[@]}" 2>&1 | tee -a "$log" || { echo "$bench: ERROR" | tee -a "$log"; status=1; }
done

echo "== summary"
grep -E '(PASS|FAIL)$|: SKIP |: ERROR' "$log" || true
exit $status
