#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP relay that drops the connection mid-transfer: it forwards between a client and the
given server and closes both sides once CUT bytes have come from the server (over all its
connections together). It prints the port it listens on, then serves until killed."""
import socket, sys, threading

def main():
    target_host, target_port = sys.argv[1].rsplit(":", 1)
    cut = int(sys.argv[2])
    sent = [0]
    lock = threading.Lock()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    print(listener.getsockname()[1], flush=True)

    def pump(src, dst, counted, pair):
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                if counted:
                    with lock:
                        room = cut - sent[0]
                        sent[0] += len(data)
                    if room <= 0:
                        break
                    if len(data) > room:
                        dst.sendall(data[:room])
                        break
                dst.sendall(data)
        except OSError:
            pass
        for s in pair:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    while True:
        client, _ = listener.accept()
        server = socket.create_connection((target_host, int(target_port)))
        pair = (client, server)
        threading.Thread(target=pump, args=(client, server, False, pair), daemon=True).start()
        threading.Thread(target=pump, args=(server, client, True, pair), daemon=True).start()

if __name__ == "__main__":
    main()
