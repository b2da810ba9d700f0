#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throwaway system keyring: a private session bus (dbus-run-session)
# with gnome-keyring's Secret Service, unlocked with a throwaway password, in an empty home
# that is removed afterwards. The keyring tests run inside it, so they never see the user's
# keyring and always find one (CTest starts each of them through this script).
#   with-test-keyring.sh COMMAND [ARG…]
set -eu

# Listing the tests (CTest's discovery at build time) needs no keyring.
case "${2:-}" in --list-test-names-only|--list-reporters) exec "$@" ;; esac
case "${3:-}" in --list-test-names-only|--list-reporters) exec "$@" ;; esac

if [ -z "${QINGFENG_TEST_KEYRING_HOME:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "with-test-keyring: $tool is missing (bash packaging/install-deps.sh test)" >&2
      exit 1
    }
  done
  home=$(mktemp -d /tmp/qingfeng-keyring.XXXXXX)
  mkdir -m 700 "$home/run"
  status=0
  QINGFENG_TEST_KEYRING_HOME=$home HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
    XDG_RUNTIME_DIR=$home/run dbus-run-session -- "$0" "$@" || status=$?
  rm -rf "$home"
  exit "$status"
fi

# Inside the private bus.
eval "$(printf 'qingfeng-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon takes the Secret Service's name a little after --unlock returns.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
  i=$((i + 1))
  if [ "$i" -gt 200 ]; then
    echo "with-test-keyring: gnome-keyring-daemon did not take org.freedesktop.secrets" >&2
    exit 1
  fi
  sleep 0.05
done
exec "$@"
