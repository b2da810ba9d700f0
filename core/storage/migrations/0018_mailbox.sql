-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 18: the offices' mailboxes. An account says where a mailbox is and who logs in
-- (never the password: the mailbox's 授权码 stays in the system keyring or is asked each
-- time). Every message fetched is recorded once, by the mailbox's UIDVALIDITY and UID and by
-- its Message-ID, so nothing is ever imported twice; its arrival time on the server decides
-- on time or late. Each attachment is kept with its SHA-256 (the workbooks with their
-- content) as the evidence of what the unit sent. Messages are history: never changed or
-- removed; an attachment's outcome is written once it is imported or refused. The account
-- settings' audit triggers are generated (core/storage/AuditedTables.cpp), as every table's
-- are since version 15.

CREATE TABLE mail_account (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    office      TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL CHECK (address LIKE '%_@_%'),
    imap_host   TEXT NOT NULL CHECK (length(imap_host) > 0),
    imap_port   INTEGER NOT NULL CHECK (imap_port BETWEEN 1 AND 65535),
    imap_tls    TEXT NOT NULL CHECK (imap_tls IN ('implicit', 'starttls')),
    smtp_host   TEXT NOT NULL DEFAULT '',
    smtp_port   INTEGER NOT NULL DEFAULT 465 CHECK (smtp_port BETWEEN 1 AND 65535),
    smtp_tls    TEXT NOT NULL DEFAULT 'implicit' CHECK (smtp_tls IN ('implicit', 'starttls')),
    user_name   TEXT NOT NULL CHECK (length(user_name) > 0),
    mailbox     TEXT NOT NULL DEFAULT 'INBOX',
    ca_file     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE mail_message (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES mail_account(id),
    mailbox       TEXT NOT NULL,
    uid_validity  INTEGER NOT NULL CHECK (uid_validity > 0),
    uid           INTEGER NOT NULL CHECK (uid > 0),
    message_id    TEXT NOT NULL DEFAULT '',
    from_address  TEXT NOT NULL DEFAULT '',
    from_name     TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    arrived_at    TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    fetched_at    TEXT NOT NULL,
    fetched_by    TEXT NOT NULL,
    duplicate_of  INTEGER REFERENCES mail_message(id),
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, mailbox, uid_validity, uid)
);
CREATE INDEX mail_message_message_id ON mail_message(message_id);

CREATE TABLE mail_attachment (
    id            INTEGER PRIMARY KEY,
    message_row   INTEGER NOT NULL REFERENCES mail_message(id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL CHECK (size >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    content       BLOB,
    outcome       TEXT NOT NULL DEFAULT 'pending'
                  CHECK (outcome IN ('pending', 'imported', 'unchanged', 'refused', 'not-workbook')),
    detail        TEXT NOT NULL DEFAULT '',
    decided_at    TEXT,
    UNIQUE (message_row, seq)
);

CREATE TRIGGER mail_message_history_update BEFORE UPDATE ON mail_message
BEGIN
    SELECT RAISE(ABORT, 'mail messages are history');
END;
CREATE TRIGGER mail_message_history_delete BEFORE DELETE ON mail_message
BEGIN
    SELECT RAISE(ABORT, 'mail messages are history');
END;
CREATE TRIGGER mail_attachment_kept_delete BEFORE DELETE ON mail_attachment
BEGIN
    SELECT RAISE(ABORT, 'mail messages are history');
END;
-- What was received never changes; its outcome is decided once.
CREATE TRIGGER mail_attachment_kept_update BEFORE UPDATE ON mail_attachment
WHEN NEW.message_row IS NOT OLD.message_row OR NEW.seq IS NOT OLD.seq OR NEW.file_name IS NOT OLD.file_name
     OR NEW.content_type IS NOT OLD.content_type OR NEW.size IS NOT OLD.size OR NEW.sha256 IS NOT OLD.sha256
     OR NEW.content IS NOT OLD.content OR OLD.outcome <> 'pending'
BEGIN
    SELECT RAISE(ABORT, 'mail messages are history');
END;

