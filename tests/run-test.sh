#!/usr/bin/env bash
# run-test.sh plain|keyring SCRATCH_DIR COMMAND [ARGS...]
# Gives a test a fresh private HOME, XDG folders and runtime dir, then runs it. In keyring mode the
# test runs inside its own D-Bus session with gnome-keyring's Secret Service unlocked, which ends
# with the session: nothing is left running.
set -euo pipefail
mode=$1 scratch=$2; shift 2
# A test that died while it had write-protected a file (chattr +i) must not block the next run.
[[ -d $scratch ]] && chattr -R -i "$scratch" 2>/dev/null || true
rm -rf "$scratch"
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/tmp"
mkdir -m 0700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/run" TMPDIR="$scratch/tmp" TURNBACK_TEST_SCRATCH="$scratch"
# Never the developer's own session bus or display: a test must not reach the real login keyring.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
case $mode in
  plain) exec "$@" ;;
  keyring) exec dbus-run-session -- "$(dirname "$0")/with-keyring.sh" "$@" ;;
  *) echo "run-test.sh: unknown mode $mode" >&2; exit 2 ;;
esac
