#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside throwaway mail servers (packaging/mail-test-servers.sh) unless the
# caller has started them already (packaging/run-tests.sh does, once for the whole run).
#   with-mail-servers.sh COMMAND [ARG…]
set -eu
case "${2:-}" in --list-test-names-only|--list-reporters) exec "$@" ;; esac
case "${3:-}" in --list-test-names-only|--list-reporters) exec "$@" ;; esac
if [ -n "${QINGFENG_TEST_IMAP:-}" ]; then exec "$@"; fi
here=$(cd "$(dirname "$0")" && pwd)
eval "$(bash "$here/../../packaging/mail-test-servers.sh" start)"
status=0
"$@" || status=$?
bash "$here/../../packaging/mail-test-servers.sh" stop "$QINGFENG_TEST_MAIL"
exit "$status"
