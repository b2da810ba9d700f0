-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: the audit trail and period locks.

-- Every change to the registry, campaigns, figures and filings, written by triggers so
-- that no code path can forget it. The actor is filled in when the transaction commits
-- (see Transaction::commit); the log itself accepts nothing but that.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor       TEXT,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values  TEXT,
    new_values  TEXT
);
CREATE INDEX audit_by_row ON audit_log (table_name, row_key, id);
-- Rows waiting for their actor: only the current transaction's, so this stays tiny and
-- the commit does not scan the whole log.
CREATE INDEX audit_unattributed ON audit_log (id) WHERE actor IS NULL;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
WHEN OLD.actor IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.table_name IS NOT OLD.table_name
  OR NEW.row_key IS NOT OLD.row_key OR NEW.action IS NOT OLD.action OR NEW.old_values IS NOT OLD.old_values
  OR NEW.new_values IS NOT OLD.new_values
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

-- A locked month: a unit's filing accepted (unit_key set) or the whole month of a form
-- signed by the bureau (unit_key '*'). Unlocking keeps the row with who, when and why.
CREATE TABLE period_lock (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    form            INTEGER NOT NULL CHECK (form IN (1, 2, 3)),
    unit_key        TEXT NOT NULL,
    period          TEXT NOT NULL,
    locked_at       TEXT NOT NULL,
    locked_by       TEXT NOT NULL DEFAULT '',
    unlocked_at     TEXT,
    unlocked_by     TEXT NOT NULL DEFAULT '',
    unlock_reason   TEXT NOT NULL DEFAULT '',
    CHECK (unlocked_at IS NULL OR length(trim(unlock_reason)) > 0)
);
CREATE INDEX period_lock_active ON period_lock (campaign_id, form, period) WHERE unlocked_at IS NULL;

-- Locked figures cannot change, whatever writes them.
CREATE TRIGGER report_locked_update BEFORE UPDATE ON report
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form = OLD.form AND l.period = OLD.period AND l.unit_key IN ('*', OLD.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER report_locked_insert BEFORE INSERT ON report
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form = NEW.form AND l.period = NEW.period AND l.unit_key IN ('*', NEW.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER report_locked_delete BEFORE DELETE ON report
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form = OLD.form AND l.period = OLD.period AND l.unit_key IN ('*', OLD.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_locked_write BEFORE INSERT ON figure
WHEN EXISTS (SELECT 1 FROM report r JOIN period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
             AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = NEW.report_id AND l.unlocked_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_locked_update BEFORE UPDATE ON figure
WHEN EXISTS (SELECT 1 FROM report r JOIN period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
             AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = OLD.report_id AND l.unlocked_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_locked_delete BEFORE DELETE ON figure
WHEN EXISTS (SELECT 1 FROM report r JOIN period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
             AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = OLD.report_id AND l.unlocked_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

-- Audit triggers, one set per audited table: old and new values as JSON.

CREATE TRIGGER audit_institution_insert AFTER INSERT ON institution
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('institution', NEW.id, 'insert', json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until));
END;

CREATE TRIGGER audit_institution_update AFTER UPDATE ON institution
WHEN json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until) IS NOT json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('institution', NEW.id, 'update', json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until), json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until));
END;

CREATE TRIGGER audit_institution_delete AFTER DELETE ON institution
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('institution', OLD.id, 'delete', json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until));
END;

CREATE TRIGGER audit_campaign_insert AFTER INSERT ON campaign
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('campaign', NEW.id, 'insert', json_object('title', NEW.title, 'doc_number', NEW.doc_number, 'issuing_body', NEW.issuing_body, 'county', NEW.county, 'city', NEW.city, 'year', NEW.year, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'notice_date', NEW.notice_date, 'addressees', NEW.addressees, 'notice_body', NEW.notice_body, 'bureau_phone', NEW.bureau_phone, 'bureau_email', NEW.bureau_email, 'city_phone', NEW.city_phone, 'city_email', NEW.city_email, 'template_name', NEW.template_name));
END;

CREATE TRIGGER audit_campaign_update AFTER UPDATE ON campaign
WHEN json_object('title', OLD.title, 'doc_number', OLD.doc_number, 'issuing_body', OLD.issuing_body, 'county', OLD.county, 'city', OLD.city, 'year', OLD.year, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'notice_date', OLD.notice_date, 'addressees', OLD.addressees, 'notice_body', OLD.notice_body, 'bureau_phone', OLD.bureau_phone, 'bureau_email', OLD.bureau_email, 'city_phone', OLD.city_phone, 'city_email', OLD.city_email, 'template_name', OLD.template_name) IS NOT json_object('title', NEW.title, 'doc_number', NEW.doc_number, 'issuing_body', NEW.issuing_body, 'county', NEW.county, 'city', NEW.city, 'year', NEW.year, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'notice_date', NEW.notice_date, 'addressees', NEW.addressees, 'notice_body', NEW.notice_body, 'bureau_phone', NEW.bureau_phone, 'bureau_email', NEW.bureau_email, 'city_phone', NEW.city_phone, 'city_email', NEW.city_email, 'template_name', NEW.template_name)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('campaign', NEW.id, 'update', json_object('title', OLD.title, 'doc_number', OLD.doc_number, 'issuing_body', OLD.issuing_body, 'county', OLD.county, 'city', OLD.city, 'year', OLD.year, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'notice_date', OLD.notice_date, 'addressees', OLD.addressees, 'notice_body', OLD.notice_body, 'bureau_phone', OLD.bureau_phone, 'bureau_email', OLD.bureau_email, 'city_phone', OLD.city_phone, 'city_email', OLD.city_email, 'template_name', OLD.template_name), json_object('title', NEW.title, 'doc_number', NEW.doc_number, 'issuing_body', NEW.issuing_body, 'county', NEW.county, 'city', NEW.city, 'year', NEW.year, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'notice_date', NEW.notice_date, 'addressees', NEW.addressees, 'notice_body', NEW.notice_body, 'bureau_phone', NEW.bureau_phone, 'bureau_email', NEW.bureau_email, 'city_phone', NEW.city_phone, 'city_email', NEW.city_email, 'template_name', NEW.template_name));
END;

CREATE TRIGGER audit_campaign_delete AFTER DELETE ON campaign
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('campaign', OLD.id, 'delete', json_object('title', OLD.title, 'doc_number', OLD.doc_number, 'issuing_body', OLD.issuing_body, 'county', OLD.county, 'city', OLD.city, 'year', OLD.year, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'notice_date', OLD.notice_date, 'addressees', OLD.addressees, 'notice_body', OLD.notice_body, 'bureau_phone', OLD.bureau_phone, 'bureau_email', OLD.bureau_email, 'city_phone', OLD.city_phone, 'city_email', OLD.city_email, 'template_name', OLD.template_name));
END;

CREATE TRIGGER audit_office_insert AFTER INSERT ON office
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('office', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'email', NEW.email, 'phone', NEW.phone));
END;

CREATE TRIGGER audit_office_update AFTER UPDATE ON office
WHEN json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'email', OLD.email, 'phone', OLD.phone) IS NOT json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'email', NEW.email, 'phone', NEW.phone)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('office', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'email', OLD.email, 'phone', OLD.phone), json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'email', NEW.email, 'phone', NEW.phone));
END;

CREATE TRIGGER audit_office_delete AFTER DELETE ON office
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('office', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'email', OLD.email, 'phone', OLD.phone));
END;

CREATE TRIGGER audit_phase_insert AFTER INSERT ON phase
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('phase', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'description', NEW.description));
END;

CREATE TRIGGER audit_phase_update AFTER UPDATE ON phase
WHEN json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'description', OLD.description) IS NOT json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'description', NEW.description)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('phase', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'description', OLD.description), json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'name', NEW.name, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'description', NEW.description));
END;

CREATE TRIGGER audit_phase_delete AFTER DELETE ON phase
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('phase', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'name', OLD.name, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'description', OLD.description));
END;

CREATE TRIGGER audit_deadline_insert AFTER INSERT ON deadline
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('deadline', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'title', NEW.title, 'deliverable', NEW.deliverable, 'reporter', NEW.reporter, 'reporter_office', NEW.reporter_office, 'recipient_office', NEW.recipient_office, 'recurrence', NEW.recurrence, 'day_of_month', NEW.day_of_month, 'first_period', NEW.first_period, 'last_period', NEW.last_period, 'due_date', NEW.due_date));
END;

CREATE TRIGGER audit_deadline_update AFTER UPDATE ON deadline
WHEN json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'title', OLD.title, 'deliverable', OLD.deliverable, 'reporter', OLD.reporter, 'reporter_office', OLD.reporter_office, 'recipient_office', OLD.recipient_office, 'recurrence', OLD.recurrence, 'day_of_month', OLD.day_of_month, 'first_period', OLD.first_period, 'last_period', OLD.last_period, 'due_date', OLD.due_date) IS NOT json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'title', NEW.title, 'deliverable', NEW.deliverable, 'reporter', NEW.reporter, 'reporter_office', NEW.reporter_office, 'recipient_office', NEW.recipient_office, 'recurrence', NEW.recurrence, 'day_of_month', NEW.day_of_month, 'first_period', NEW.first_period, 'last_period', NEW.last_period, 'due_date', NEW.due_date)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('deadline', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'title', OLD.title, 'deliverable', OLD.deliverable, 'reporter', OLD.reporter, 'reporter_office', OLD.reporter_office, 'recipient_office', OLD.recipient_office, 'recurrence', OLD.recurrence, 'day_of_month', OLD.day_of_month, 'first_period', OLD.first_period, 'last_period', OLD.last_period, 'due_date', OLD.due_date), json_object('campaign_id', NEW.campaign_id, 'seq', NEW.seq, 'title', NEW.title, 'deliverable', NEW.deliverable, 'reporter', NEW.reporter, 'reporter_office', NEW.reporter_office, 'recipient_office', NEW.recipient_office, 'recurrence', NEW.recurrence, 'day_of_month', NEW.day_of_month, 'first_period', NEW.first_period, 'last_period', NEW.last_period, 'due_date', NEW.due_date));
END;

CREATE TRIGGER audit_deadline_delete AFTER DELETE ON deadline
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('deadline', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'seq', OLD.seq, 'title', OLD.title, 'deliverable', OLD.deliverable, 'reporter', OLD.reporter, 'reporter_office', OLD.reporter_office, 'recipient_office', OLD.recipient_office, 'recurrence', OLD.recurrence, 'day_of_month', OLD.day_of_month, 'first_period', OLD.first_period, 'last_period', OLD.last_period, 'due_date', OLD.due_date));
END;

CREATE TRIGGER audit_report_insert AFTER INSERT ON report
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('report', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'source', NEW.source, 'source_file', NEW.source_file));
END;

CREATE TRIGGER audit_report_update AFTER UPDATE ON report
WHEN json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'source', OLD.source, 'source_file', OLD.source_file) IS NOT json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'source', NEW.source, 'source_file', NEW.source_file)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('report', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'source', OLD.source, 'source_file', OLD.source_file), json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'source', NEW.source, 'source_file', NEW.source_file));
END;

CREATE TRIGGER audit_report_delete AFTER DELETE ON report
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('report', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'source', OLD.source, 'source_file', OLD.source_file));
END;

CREATE TRIGGER audit_figure_insert AFTER INSERT ON figure
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('figure', NEW.report_id || ':' || NEW.column_no, 'insert', json_object('report_id', NEW.report_id, 'column_no', NEW.column_no, 'number', NEW.number, 'text', NEW.text));
END;

CREATE TRIGGER audit_figure_update AFTER UPDATE ON figure
WHEN json_object('report_id', OLD.report_id, 'column_no', OLD.column_no, 'number', OLD.number, 'text', OLD.text) IS NOT json_object('report_id', NEW.report_id, 'column_no', NEW.column_no, 'number', NEW.number, 'text', NEW.text)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('figure', NEW.report_id || ':' || NEW.column_no, 'update', json_object('report_id', OLD.report_id, 'column_no', OLD.column_no, 'number', OLD.number, 'text', OLD.text), json_object('report_id', NEW.report_id, 'column_no', NEW.column_no, 'number', NEW.number, 'text', NEW.text));
END;

CREATE TRIGGER audit_figure_delete AFTER DELETE ON figure
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('figure', OLD.report_id || ':' || OLD.column_no, 'delete', json_object('report_id', OLD.report_id, 'column_no', OLD.column_no, 'number', OLD.number, 'text', OLD.text));
END;

CREATE TRIGGER audit_submission_insert AFTER INSERT ON submission
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('submission', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'deliverable', NEW.deliverable, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'note', NEW.note));
END;

CREATE TRIGGER audit_submission_update AFTER UPDATE ON submission
WHEN json_object('campaign_id', OLD.campaign_id, 'deliverable', OLD.deliverable, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'deliverable', NEW.deliverable, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('submission', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'deliverable', OLD.deliverable, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'deliverable', NEW.deliverable, 'unit_key', NEW.unit_key, 'period', NEW.period, 'submitted_on', NEW.submitted_on, 'note', NEW.note));
END;

CREATE TRIGGER audit_submission_delete AFTER DELETE ON submission
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('submission', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'deliverable', OLD.deliverable, 'unit_key', OLD.unit_key, 'period', OLD.period, 'submitted_on', OLD.submitted_on, 'note', OLD.note));
END;

CREATE TRIGGER audit_submission_file_insert AFTER INSERT ON submission_file
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('submission_file', NEW.submission_id, 'insert', json_object('submission_id', NEW.submission_id, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256));
END;

CREATE TRIGGER audit_submission_file_update AFTER UPDATE ON submission_file
WHEN json_object('submission_id', OLD.submission_id, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256) IS NOT json_object('submission_id', NEW.submission_id, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('submission_file', NEW.submission_id, 'update', json_object('submission_id', OLD.submission_id, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256), json_object('submission_id', NEW.submission_id, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256));
END;

CREATE TRIGGER audit_submission_file_delete AFTER DELETE ON submission_file
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('submission_file', OLD.submission_id, 'delete', json_object('submission_id', OLD.submission_id, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256));
END;

CREATE TRIGGER audit_period_lock_insert AFTER INSERT ON period_lock
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('period_lock', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason));
END;

CREATE TRIGGER audit_period_lock_update AFTER UPDATE ON period_lock
WHEN json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason) IS NOT json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('period_lock', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason), json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason));
END;

CREATE TRIGGER audit_period_lock_delete AFTER DELETE ON period_lock
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('period_lock', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason));
END;
