#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests: created in a new temporary directory,
# listening only on a Unix socket inside it (so no port can clash with another server or
# run), trusting local connections, and removed again by `stop`. Members of the group role
# qingfeng_test_password must give their password even on the socket (the keyring tests).
#   eval "$(pg-test-cluster.sh start)"     exports QINGFENG_TEST_PG and QINGFENG_PG_CLUSTER
#   eval "$(pg-test-cluster.sh start --tls)"
#       also listens on 127.0.0.1 (a free port) with TLS only, a certificate for localhost and
#       127.0.0.1 signed by a throwaway root made for the run; exports QINGFENG_TEST_PG_TLS
#       (host:port) and QINGFENG_TEST_PG_ROOT_CERT (the root, for sslmode=verify-full)
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

# A root and a server certificate (localhost, 127.0.0.1) for this cluster only.
make_certificates() {
  local tls=$1
  mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Qingfeng test root" \
    -keyout "$tls/root.key" -out "$tls/root.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tls/san.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" -CAcreateserial \
    -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
  chmod 600 "$tls/server.key"
  chmod 644 "$tls/root.crt"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$tls"; fi
}

case "${1:-}" in
  start)
    tls_wanted=${2:-}
    dir=$(mktemp -d /tmp/qingfeng-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A nonexistent group matches nobody, so the rule costs the other tests nothing.
    hba="local all +qingfeng_test_password scram-sha-256"$'\n'"local all all trust"
    options="-c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if [ "$tls_wanted" = "--tls" ]; then
      make_certificates "$dir/tls"
      # TLS or nothing on the network; the socket stays as it is.
      hba+=$'\n'"hostssl all all 127.0.0.1/32 trust"
      # In the configuration file, not on the command line: a test may turn ssl off for a
      # while (ALTER SYSTEM and a reload) to meet a server without TLS.
      printf "ssl = on\nssl_cert_file = '%s'\nssl_key_file = '%s'\n" "$dir/tls/server.crt" "$dir/tls/server.key" \
        | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
    elif [ -n "$tls_wanted" ]; then
      echo "usage: $0 start [--tls]" >&2; exit 2
    fi
    printf '%s\n' "$hba" | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
    # The socket's name holds the port: any number will do there, but on 127.0.0.1 another
    # server may have it, so a taken port is tried again with another.
    port=5432
    for attempt in 1 2 3 4 5; do
      listen="''"
      if [ "$tls_wanted" = "--tls" ]; then
        port=$((20000 + RANDOM % 40000))
        listen=127.0.0.1
      fi
      if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
           -o "-c listen_addresses=$listen -c port=$port $options" start >/dev/null; then
        started=yes; break
      fi
      started=no
      [ "$tls_wanted" = "--tls" ] || break
    done
    if [ "$started" != yes ]; then cat "$dir/server.log" >&2; exit 1; fi
    echo "export QINGFENG_PG_CLUSTER='$dir'"
    echo "export QINGFENG_TEST_PG='postgresql:///postgres?host=$dir&port=$port&user=postgres'"
    if [ "$tls_wanted" = "--tls" ]; then
      echo "export QINGFENG_TEST_PG_TLS='127.0.0.1:$port'"
      echo "export QINGFENG_TEST_PG_ROOT_CERT='$dir/tls/root.crt'"
    fi
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
    echo "usage: $0 start [--tls] | stop DIR" >&2
    exit 2
    ;;
esac
