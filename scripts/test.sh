#!/usr/bin/env bash
# test.sh: sets up, builds and runs the whole test suite with ctest. Needs no display and no
# D-Bus session: widget tests run offscreen, keychain tests start their own dbus-run-session.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/setup.sh" "$root/build"
cd "$root/build"
ctest --output-on-failure --timeout 600 -j"$(nproc)"
