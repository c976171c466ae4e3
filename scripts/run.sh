#!/usr/bin/env bash
# run.sh [turnback options]: sets up, builds, and opens the GUI on the bundled baseline kit.
# With no display (a bare server), runs it under a private X server and saves a screenshot instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/setup.sh" "$root/build"
app="$root/build/app/turnback"
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec "$app" "$@"
fi
shot="$root/build/turnback-screenshot.png"
echo "run: no display here; starting Turnback under Xvfb and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c "'$app' $* & pid=\$!; sleep 3; import -window root '$shot'; kill \$pid"
echo "run: saved $shot (open it to see the console; run this on a desktop for the live window)"
