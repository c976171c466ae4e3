#!/usr/bin/env bash
# tests/bench/newcomer-first-decision.sh [BUILD_DIR]
#
# Time from launch to the first recorded decision for a newcomer who follows the README with the
# keyboard only, on a fresh audit log. Launches build/app/turnback --db FRESH under a private X
# server (Xvfb), types the keys the README names, and reads the instant of the first
# DecisionRecorded row from the SQLite file. Prints one line:
#   bench_newcomer: first decision 14.2 s after launch (38 keys, 6 pauses of 1.0 s, typing 120 ms/key)
#
# The keys (README, "Using it"): the start screen's Ctrl+N; the title, Tab, the service, Return
# (name and role are filled in); Alt+2 jumps to the P1 count row, Space four times records four P1s,
# which is Stop, owned by the incident commander (the newcomer's role); Ctrl+D, then Return records
# "carry out" for what is owed next. A newcomer reads before each step: PAUSE_S (default 1.0 s) is
# waited before each of the six steps; TYPE_MS (default 120 ms) between keys. Without a window
# manager, a window that appears gets the keyboard from Qt; the script gives it back to the main
# window after a dialog closes, as a window manager would.
#
# Needs: Xvfb, xdotool, sqlite3. Leaves nothing behind.
set -euo pipefail
build=${1:-$(cd "$(dirname "$0")/../.." && pwd)/build}
gui=$build/app/turnback
pause=${PAUSE_S:-1.0}
type_ms=${TYPE_MS:-120}
for tool in Xvfb xdotool sqlite3; do
  command -v $tool >/dev/null || { echo "newcomer-first-decision: $tool is missing" >&2; exit 2; }
done
[[ -x $gui ]] || { echo "newcomer-first-decision: no $gui (build first)" >&2; exit 2; }

scratch=$(mktemp -d)
display=$(( (RANDOM % 400) + 500 ))
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb :$display -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
export DISPLAY=:$display QT_QPA_PLATFORM=xcb
export HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_RUNTIME_DIR=$scratch/run USER=newcomer
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS # no keychain: the first launch a newcomer on a bare machine meets
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
db=$scratch/first.sqlite

keys=0
# BENCH_TRACE=1: when each step began, in seconds since launch, on stderr.
trace() { [[ -n ${BENCH_TRACE:-} ]] && printf '  %6.2f s  %s\n' "$(echo "$(date +%s.%N) - $launched" | bc -l)" "$1" >&2 || true; }
step() { sleep "$pause"; }
key() { xdotool key --delay "$type_ms" "$@"; keys=$((keys + $#)); }
type_text() { xdotool type --delay "$type_ms" "$1"; keys=$((keys + ${#1})); }
focus() { # the window named $1, once it is on screen, gets the keyboard
  local id
  id=$(xdotool search --sync --onlyvisible --name "$1" | head -1)
  xdotool windowfocus --sync "$id"
}

launched=$(date +%s.%N)
"$gui" --db "$db" >"$scratch/gui.log" 2>&1 &
app=$!
focus '^Turnback|— Turnback$'
trace "window shown"

step; key ctrl+n
focus '^Start a reversal$'
trace "start dialog shown"
step; type_text "Roll back checkout v2.14"; key Tab; type_text "checkout"
step; key Return
focus 'Turnback$'
trace "live console shown"
step; key alt+2 space space space space
step; key ctrl+d
focus '^Record a decision$'
trace "decision dialog shown"
step; key Return
trace "decision keyed"

decided=
for _ in $(seq 100); do
  decided=$(sqlite3 "file:$db?mode=ro" \
    "SELECT at_utc FROM audit_log WHERE kind = 'DecisionRecorded' ORDER BY seq LIMIT 1" 2>/dev/null || true)
  [[ -n $decided ]] && break
  sleep 0.1
done
[[ -n $decided ]] || { echo "newcomer-first-decision: no decision was recorded" >&2; cat "$scratch/gui.log" >&2; exit 1; }
decided_s=$(date -d "$decided" +%s.%N)
seconds=$(echo "$decided_s - $launched" | bc -l)
printf 'bench_newcomer: first decision %.1f s after launch (%d keys, 6 pauses of %s s, typing %s ms/key)\n' \
  "$seconds" "$keys" "$pause" "$type_ms"
