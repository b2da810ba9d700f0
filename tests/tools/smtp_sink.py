#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An SMTP server for the mailbox tests: SMTPS (TLS from the first byte) on 127.0.0.1 and, with
--starttls-port, a second listener that requires STARTTLS before AUTH (as port 587 does); AUTH
PLAIN/LOGIN against the given user:password pairs, and every message accepted kept as one
.eml file (in arrival order: 000001.eml, ...) with the envelope in a .json beside it.

A message to a recipient whose address starts with "drop-after-data" is kept, and then the
connection is cut before the server's answer: the server has the message, the client never
hears so (the worst moment for a connection to break)."""
import argparse, asyncio, json, os, ssl, signal, threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keep:
    def __init__(self, out):
        self.out = out
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.out, f"{self.count:06d}")
        tmp = name + ".tmp"
        with open(tmp, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(name + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "user": session.auth_data.decode("utf-8", "replace") if isinstance(session.auth_data, bytes) else None}, f)
        os.rename(tmp, name + ".eml")
        if any(r.lower().startswith("drop-after-data") for r in envelope.rcpt_tos):
            server.transport.abort()
            return "421 dropped"
        return "250 OK"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--users", default="")
    ap.add_argument("--starttls-port", type=int, default=0)
    a = ap.parse_args()
    users = dict(p.split(":", 1) for p in a.users.split() if ":" in p)

    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if users.get(user) == password:
                return AuthResult(success=True, auth_data=auth_data.login)
        return AuthResult(success=False, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(a.cert, a.key)
    # SMTPS: TLS wraps the connection, so AUTH may be offered without STARTTLS.
    keep = Keep(a.out)  # one numbering for both listeners
    controller = Controller(keep, hostname="127.0.0.1", port=a.port, ssl_context=context,
                            authenticator=authenticate, auth_require_tls=False, auth_required=True)
    controller.start()
    plain = None
    if a.starttls_port:
        # Starts in the clear; AUTH is offered only after STARTTLS, and mail only after AUTH.
        plain = Controller(keep, hostname="127.0.0.1", port=a.starttls_port, tls_context=context,
                           require_starttls=True, authenticator=authenticate, auth_require_tls=True, auth_required=True)
        plain.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    if plain:
        plain.stop()


if __name__ == "__main__":
    main()
