-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 19: the sending log of 催报 (reminders) and 回执 (receipts). A row is written and
-- committed as 'sending' before its message goes to the SMTP server, and set to 'sent' once
-- the server accepted it, so a send killed or cut off half way leaves the row that says it
-- may have gone: it is never sent again by itself, and nothing that went is forgotten. A
-- reminder is sent once per (campaign, unit, deliverable, month); a receipt once per
-- received attachment. 'failed' means the server surely never had the message (refused the
-- login, could not be reached): the next run may claim it again. Rows are never removed, and
-- only their state moves on; the audit triggers are generated (core/storage/AuditedTables.cpp),
-- so every claim and outcome is in the audit trail.

CREATE TABLE mail_sent (
    id               INTEGER PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaign(id),
    unit_key         TEXT NOT NULL CHECK (length(unit_key) > 0),
    deliverable      INTEGER NOT NULL,
    period           TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('reminder', 'receipt')),
    about_attachment INTEGER REFERENCES mail_attachment(id),
    account_id       INTEGER NOT NULL REFERENCES mail_account(id),
    recipient        TEXT NOT NULL CHECK (recipient LIKE '%_@_%'),
    subject          TEXT NOT NULL,
    message_id       TEXT NOT NULL CHECK (length(message_id) > 0),
    state            TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'uncertain')),
    detail           TEXT NOT NULL DEFAULT '',
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    sent_by          TEXT NOT NULL,
    CHECK ((kind = 'receipt') = (about_attachment IS NOT NULL))
);
CREATE UNIQUE INDEX mail_sent_reminder_once ON mail_sent(campaign_id, unit_key, deliverable, period, kind)
    WHERE kind = 'reminder';
CREATE UNIQUE INDEX mail_sent_receipt_once ON mail_sent(about_attachment) WHERE kind = 'receipt';
CREATE INDEX mail_sent_message_id ON mail_sent(message_id);

CREATE TRIGGER mail_sent_history_delete BEFORE DELETE ON mail_sent
BEGIN
    SELECT RAISE(ABORT, 'the sending log is history');
END;
-- What was claimed never changes; only its state moves: a claim to its outcome, a failure
-- (never delivered) to a new claim under the new message's id.
CREATE TRIGGER mail_sent_history_update BEFORE UPDATE ON mail_sent
WHEN NEW.campaign_id IS NOT OLD.campaign_id OR NEW.unit_key IS NOT OLD.unit_key
     OR NEW.deliverable IS NOT OLD.deliverable OR NEW.period IS NOT OLD.period OR NEW.kind IS NOT OLD.kind
     OR NEW.about_attachment IS NOT OLD.about_attachment
     OR (NEW.message_id IS NOT OLD.message_id AND OLD.state <> 'failed')
     OR NOT ((OLD.state = 'sending' AND NEW.state IN ('sent', 'failed', 'uncertain'))
             OR (OLD.state = 'failed' AND NEW.state = 'sending'))
BEGIN
    SELECT RAISE(ABORT, 'the sending log is history');
END;
