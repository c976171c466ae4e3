#!/usr/bin/env bash
# crash-test.sh [KILLS]: the audit log's crash test at full length (default 2000 kills). Builds
# test_crash_safety and crash_appender in build-crash, then runs the test as ctest would (private
# HOME and TMPDIR), with TURNBACK_CRASH_KILLS=KILLS. The suite runs the same test with 200 kills.
# TURNBACK_CRASH_SEED replays delays and payloads; TURNBACK_CRASH_KILLS_PER_LOG (default 250 here)
# is how many kills one log takes before the next starts. Ends with a summary line per test function.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
kills=${1:-2000}
build=${TURNBACK_CRASH_BUILD:-$root/build-crash}
[[ $kills =~ ^[0-9]+$ && $kills -gt 0 ]] || { echo "usage: crash-test.sh [KILLS]" >&2; exit 2; }

if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
if ! cmake --build "$build" --target test_crash_safety crash_appender >"$build/crash-test-build.log" 2>&1; then
  grep -vE '^\[[0-9]+/[0-9]+\] ' "$build/crash-test-build.log" | tail -n 40
  echo "crash-test: the build failed (log $build/crash-test-build.log)"
  exit 1
fi

log=$build/crash-test.log
status=0
TURNBACK_CRASH_KILLS=$kills TURNBACK_CRASH_KILLS_PER_LOG=${TURNBACK_CRASH_KILLS_PER_LOG:-250} \
  QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC \
  "$root/tests/run-test.sh" plain "$build/test-scratch/crash-test" "$build/tests/crash/test_crash_safety" \
  >"$log" 2>&1 || status=$?
grep -E '^(FAIL|XPASS)|Loc: ' "$log" || true
grep -E 'Totals:' "$log" || true
# The summary lines the test prints last (cleanupTestCase), without Qt Test's prefix.
sed -n 's/^QINFO  : TestCrashSafety::cleanupTestCase() //p' "$log"
if ((status != 0)); then
  echo "crash-test: FAILED after $(grep -c '' "$log") lines of output; full log: $log"
  grep -m1 'seed' "$log" || true
fi
exit "$status"
