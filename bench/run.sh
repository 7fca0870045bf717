#!/usr/bin/env bash
# Builds the benchmarks (Release) if needed and runs them one after the other.
# Usage: bench/run.sh [BUILD_DIR]   (default: build-bench next to the source tree)
# Every benchmark prints its figures, a ratio against a baseline measured in the same run, and
# one "PASS" or "FAIL" line per goal. A FAIL is information: the script exits 0 unless a
# benchmark could not be built or could not measure at all.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$(dirname "$src")/build-bench}"
jobs="${JOBS:-2}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
          -DSCHOOLSUITE_BUILD_BENCH=ON -DSCHOOLSUITE_BUILD_TESTS=OFF
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt"; then
    echo "warning: $build is not a Release build; the figures mean little" >&2
fi
export QT_QPA_PLATFORM=offscreen
log="$(mktemp)"
trap 'rm -f "$log" "$log.build"' EXIT
status=0
for bench in bench_startup bench_search bench_import; do
    echo "== $bench"
    if ! cmake --build "$build" -j"$jobs" --target "$bench" >"$log.build" 2>&1; then
        tail -n 20 "$log.build"
        echo "$bench: ERROR (build failed)" | tee -a "$log"
        status=1
        continue
    fi
    "$build/bench/$bench" 2>&1 | tee -a "$log" || { echo "$bench: ERROR" | tee -a "$log"; status=1; }
done

echo "== summary"
grep -E '(PASS|FAIL)$|: SKIP |: ERROR' "$log" || true
exit $status
