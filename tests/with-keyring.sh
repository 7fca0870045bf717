#!/usr/bin/env bash
# Runs a test against a private, unlocked gnome-keyring, headless and without any prompt.
#
#   dbus-run-session -- tests/with-keyring.sh <test executable> [arguments...]
#
# The test gets its own empty HOME and XDG folders in a temporary folder (removed at exit), so it
# never sees nor touches the keychain of the person running it. The exit code is the test's.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: dbus-run-session -- $0 <executable> [arguments...]" >&2
    exit 2
fi
if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    echo "$0: no session bus; run me under dbus-run-session" >&2
    exit 2
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/schoolsuite-keyring.XXXXXX")
keyring_pid=
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    if [[ -n $keyring_pid ]]; then
        kill "$keyring_pid" 2>/dev/null || true
        wait "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$root"
}
trap cleanup EXIT
# ctest kills a test that runs too long: take the keyring down with it.
trap 'exit 143' TERM
trap 'exit 130' INT

export HOME=$root/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CONFIG_HOME=$HOME/.config
export XDG_CACHE_HOME=$HOME/.cache
export XDG_STATE_HOME=$HOME/.local/state
export XDG_RUNTIME_DIR=$root/run
keyrings=$XDG_DATA_HOME/keyrings
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR" "$keyrings"
chmod 700 "$XDG_RUNTIME_DIR" "$keyrings"

# libsecret stores into the collection behind the "default" alias. A "login" keyring created by
# `--unlock` with an empty password does not exist yet when the first item comes, and the daemon
# then asks the (absent) prompter to create one. A keyring without a password is a plain file that
# is always unlocked, so we lay it down ourselves and make it the default.
cat >"$keyrings/login.keyring" <<'EOF'
[keyring]
display-name=Login
ctime=0
mtime=0
lock-on-idle=false
lock-after=false
EOF
printf 'login' >"$keyrings/default"
chmod 600 "$keyrings/login.keyring" "$keyrings/default"

# --foreground keeps the daemon our child, so we can stop it when the test is done.
gnome-keyring-daemon --foreground --unlock --components=secrets </dev/null \
    >"$root/keyring.env" 2>"$root/keyring.log" &
keyring_pid=$!

has_secrets_service() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
for _ in $(seq 100); do
    has_secrets_service && break
    if ! kill -0 "$keyring_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if ! has_secrets_service; then
    echo "$0: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
    cat "$root/keyring.log" >&2
    exit 1
fi

# Export what the daemon announces (GNOME_KEYRING_CONTROL, ...), when it announces anything.
while IFS= read -r line; do
    if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
        export "${line?}"
    fi
done <"$root/keyring.env"
if [[ -z ${GNOME_KEYRING_CONTROL:-} && -S $XDG_RUNTIME_DIR/keyring/control ]]; then
    export GNOME_KEYRING_CONTROL=$XDG_RUNTIME_DIR/keyring
fi

# Not exec: the trap must still remove the folder and stop the daemon afterwards.
status=0
"$@" || status=$?
exit "$status"
