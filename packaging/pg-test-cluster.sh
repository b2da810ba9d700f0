#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests: created in a new temporary directory,
# listening only on a Unix socket inside it (so no port can clash with another server or
# run), trusting local connections, and removed again by `stop`.
#   eval "$(pg-test-cluster.sh start)"     exports QINGFENG_TEST_PG and QINGFENG_PG_CLUSTER
#   pg-test-cluster.sh stop "$QINGFENG_PG_CLUSTER"
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-test-cluster: PostgreSQL is not installed (bash packaging/install-deps.sh test)" >&2
  exit 1
fi

# initdb refuses to run as root: the cluster then belongs to the postgres system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/qingfeng-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "export QINGFENG_PG_CLUSTER='$dir'"
    echo "export QINGFENG_TEST_PG='postgresql:///postgres?host=$dir&port=5432&user=postgres'"
    ;;
  stop)
    dir=${2:?usage: $0 stop DIR}
    case "$dir" in /tmp/qingfeng-pg.*) ;; *) echo "pg-test-cluster: not a test cluster: $dir" >&2; exit 2 ;; esac
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
