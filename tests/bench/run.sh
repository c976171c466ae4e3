#!/usr/bin/env bash
# tests/bench/run.sh [BUILD_DIR]: every benchmark at full length; prints one summary line each.
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/../.." && pwd)/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/run TMPDIR=$scratch
mkdir -m 0700 "$XDG_RUNTIME_DIR"
for bench in "$build"/tests/bench/bench_*; do
  [[ -f $bench && -x $bench && $(basename "$bench") != bench_empty_window ]] || continue
  "$bench" >"$scratch/out" || { echo "$(basename "$bench"): FAILED" >&2; cat "$scratch/out" >&2; exit 1; }
  grep -E '^bench_' "$scratch/out"
done
