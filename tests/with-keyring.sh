#!/usr/bin/env bash
# Inside a dbus-run-session: start gnome-keyring's Secret Service with an unlocked login keyring.
set -euo pipefail
eval "$(echo -n 'turnback-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
