#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Throwaway mail servers for the mailbox tests, on loopback only: Dovecot (IMAP over TLS) with
# a passwd-file and maildirs that the tests fill, and an SMTP server (aiosmtpd) that keeps every
# message it receives as a file. Both use a certificate for localhost and 127.0.0.1 signed by a
# root made for the run; everything lives in one new temporary directory that `stop` removes.
#   eval "$(mail-test-servers.sh start)"   exports QINGFENG_TEST_MAIL (the directory),
#       QINGFENG_TEST_IMAP, QINGFENG_TEST_SMTP (SMTPS) and QINGFENG_TEST_SMTP_STARTTLS (127.0.0.1:port),
#       QINGFENG_TEST_MAIL_ROOT_CERT,
#       QINGFENG_TEST_MAIL_USERS (user:password pairs, space separated; user U's maildir is
#       $QINGFENG_TEST_MAIL/home/U/Maildir) and QINGFENG_TEST_SMTP_OUT (one .eml per message)
#   mail-test-servers.sh stop "$QINGFENG_TEST_MAIL"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_for_port() {
  local port=$1 log=$2
  for _ in $(seq 1 100); do
    if /usr/bin/python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$port),0.2)" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "mail-test-servers: nothing listens on 127.0.0.1:$port" >&2
  cat "$log" >&2 || true
  return 1
}

case "${1:-}" in
  start)
    if ! command -v dovecot >/dev/null || ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
      echo "mail-test-servers: dovecot-imapd and python3-aiosmtpd are needed (bash packaging/install-deps.sh test)" >&2
      exit 1
    fi
    dir=$(mktemp -d /tmp/qingfeng-mail.XXXXXX)
    chmod 755 "$dir"
    tls=$dir/tls
    mkdir -p "$tls" "$dir/run" "$dir/state" "$dir/home" "$dir/smtp-out"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Qingfeng mail test root" \
      -keyout "$tls/root.key" -out "$tls/root.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
      -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tls/san.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" -CAcreateserial \
      -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/server.key"

    # Two office mailboxes, as the seed has (附件1 to 党建办, 附件3 to 医政体改和中医股).
    users="djb:djb-secret yz:yz-secret"
    : >"$dir/passwd"
    for pair in $users; do
      u=${pair%%:*}; p=${pair#*:}
      printf '%s:{PLAIN}%s::::::\n' "$u" "$p" >>"$dir/passwd"
      mkdir -p "$dir/home/$u/Maildir/cur" "$dir/home/$u/Maildir/new" "$dir/home/$u/Maildir/tmp"
    done
    # The mail processes run as whoever started the servers, so the tests can fill the maildirs;
    # Dovecot never reads mail as root, so under root they run as nobody, in maildirs open to both.
    uid=$(id -u); gid=$(id -g)
    if [ "$uid" -eq 0 ]; then
      uid=$(id -u nobody); gid=$(id -g nobody)
      chown -R "$uid:$gid" "$dir/home"
      find "$dir/home" -type d -exec chmod 777 {} +
    fi
    imap_port=$(free_port)
    cat >"$dir/dovecot.conf" <<CONF
instance_name = qingfeng-test-$(basename "$dir")
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = required
ssl_cert = <$tls/server.crt
ssl_key = <$tls/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/home/%n
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imap_port
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
    dovecot -c "$dir/dovecot.conf" >"$dir/dovecot.out" 2>&1 || { cat "$dir/dovecot.out" "$dir/dovecot.log" >&2 2>/dev/null; exit 1; }
    wait_for_port "$imap_port" "$dir/dovecot.log"

    smtp_port=$(free_port)
    starttls_port=$(free_port)
    /usr/bin/python3 "$here/../tests/tools/smtp_sink.py" --port "$smtp_port" --starttls-port "$starttls_port" \
      --cert "$tls/server.crt" --key "$tls/server.key" --out "$dir/smtp-out" --users "$users" >"$dir/smtp.log" 2>&1 &
    echo $! >"$dir/smtp.pid"
    wait_for_port "$smtp_port" "$dir/smtp.log"
    wait_for_port "$starttls_port" "$dir/smtp.log"

    echo "export QINGFENG_TEST_MAIL='$dir'"
    echo "export QINGFENG_TEST_IMAP='127.0.0.1:$imap_port'"
    echo "export QINGFENG_TEST_SMTP='127.0.0.1:$smtp_port'"
    echo "export QINGFENG_TEST_SMTP_STARTTLS='127.0.0.1:$starttls_port'"
    echo "export QINGFENG_TEST_MAIL_ROOT_CERT='$tls/root.crt'"
    echo "export QINGFENG_TEST_MAIL_USERS='$users'"
    echo "export QINGFENG_TEST_SMTP_OUT='$dir/smtp-out'"
    ;;
  stop)
    dir=${2:?usage: $0 stop DIR}
    case "$dir" in /tmp/qingfeng-mail.*) ;; *) echo "mail-test-servers: not a test directory: $dir" >&2; exit 2 ;; esac
    # Nothing of these servers is worth a clean shutdown: the directory goes with them.
    if [ -f "$dir/run/master.pid" ]; then pkill -KILL -P "$(cat "$dir/run/master.pid")" 2>/dev/null || true; kill -KILL "$(cat "$dir/run/master.pid")" 2>/dev/null || true; fi
    if [ -f "$dir/smtp.pid" ]; then kill -KILL "$(cat "$dir/smtp.pid")" 2>/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
