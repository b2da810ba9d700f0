#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a message as a mail program would (Python's email package, not GMime, so that what
Qingfeng writes is checked by another reader) and prints it as JSON: the decoded headers, the
text body and each attachment's decoded name, type and content (base64)."""
import base64, email, email.policy, json, sys

with open(sys.argv[1], "rb") as f:
    raw = f.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
out = {"from": str(msg["From"]), "to": str(msg["To"]), "subject": str(msg["Subject"]),
       "date": str(msg["Date"]), "message_id": str(msg["Message-ID"]),
       "crlf": b"\n" not in raw.replace(b"\r\n", b""),
       "raw_subject_ascii": all(c < 128 for c in raw.split(b"\r\n\r\n", 1)[0]),
       "body": "", "attachments": []}
body = msg.get_body(preferencelist=("plain",))
if body is not None:
    out["body"] = body.get_content()
    out["body_charset"] = body.get_content_charset()
for part in msg.iter_attachments():
    out["attachments"].append({"name": part.get_filename(), "type": part.get_content_type(),
                               "data": base64.b64encode(part.get_payload(decode=True)).decode()})
json.dump(out, sys.stdout, ensure_ascii=False)
