#!/bin/sh
# Runs a test program inside a session bus of its own with an unlocked GNOME Keyring (the Secret
# Service QtKeychain talks to), as a desktop session would have: dbus-run-session -- with-keyring.sh
# PROGRAM ARGS. Without gnome-keyring-daemon the test cannot run: exit 77 (CTest: skipped), which
# under CI=true is a failure instead.
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no gnome-keyring-daemon or session bus (install gnome-keyring and dbus)" >&2
    if [ "${CI:-}" = true ]; then exit 1; fi
    exit 77
fi
# A throwaway home: the keyring file lives there, never in the user's own.
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
