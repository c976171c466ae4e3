#!/usr/bin/env bash
# test.sh: sets up, builds and runs the whole test suite with ctest. Needs no display and no
# D-Bus session: widget tests run offscreen, keychain tests start their own dbus-run-session.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/setup.sh" "$root/build"
cd "$root/build"
ctest --output-on-failure --timeout 600 -j"$(nproc)"
# Then fuzz for a bounded time (tests/fuzz): a clang build of just the fuzz targets and the model
# libraries they link (about 1.5 minutes on 2 cores), then 20 s per target, both at once.
TURNBACK_FUZZ_JOBS=${TURNBACK_FUZZ_JOBS:-2} "$here/fuzz.sh" 20
