-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13: the database itself holds what the program checks, so that a row written by
-- other means (a script, sqlite3, a shared server's account with SQL of its own) cannot
-- hold what no form, import or screen would have let in.
-- * A figure is a value of one of its form's columns: a count (a whole number from 0
--   below 10^9), an amount in 万元 (from 0 below 10^9, two decimals) or a text, as
--   FigureLimits says; form_column lists the forms' columns (a test compares it with
--   the form descriptions).
-- * No text field holds more than TextLimits::kMaxChars (4000) characters: a row cannot
--   put megabytes into the audit trail, which keeps every old and new value for good.
-- * A lock row is history: it is never deleted, its month and unit never change, and the
--   one change it takes is lifting an active lock, with a reason, once.

CREATE TABLE form_column (
    form            INTEGER NOT NULL CHECK (form IN (1, 2, 3)),
    column_no       INTEGER NOT NULL CHECK (column_no >= 1),
    kind            TEXT NOT NULL CHECK (kind IN ('count', 'amount', 'text')),
    PRIMARY KEY (form, column_no)
);
INSERT INTO form_column (form, column_no, kind) VALUES
    (1, 1, 'count'), (1, 2, 'count'), (1, 3, 'count'), (1, 4, 'count'), (1, 5, 'count'), (1, 6, 'count'),
    (1, 7, 'count'), (1, 8, 'count'), (1, 9, 'count'), (1, 10, 'count'), (1, 11, 'count'),
    (2, 1, 'count'), (2, 2, 'count'), (2, 3, 'count'), (2, 4, 'count'), (2, 5, 'count'), (2, 6, 'count'),
    (2, 7, 'count'), (2, 8, 'count'), (2, 9, 'count'), (2, 10, 'count'), (2, 11, 'amount'), (2, 12, 'amount'),
    (2, 13, 'amount'), (2, 14, 'amount'), (2, 15, 'count'), (2, 16, 'count'), (2, 17, 'count'), (2, 18, 'text'),
    (3, 1, 'count'), (3, 2, 'count'), (3, 3, 'count'), (3, 4, 'count'), (3, 5, 'count'), (3, 6, 'count'),
    (3, 7, 'count'), (3, 8, 'count'), (3, 9, 'count'), (3, 10, 'amount'), (3, 11, 'count'), (3, 12, 'count'),
    (3, 13, 'amount'), (3, 14, 'text');

-- Amounts are stored as binary fractions (0.29 is 0.28999…), so "two decimals" allows
-- for that rounding and no more. Text goes only into a text column (备注); a number there
-- is held to the bounds alone, as databases made before this step may have one.
CREATE TRIGGER figure_fits_insert BEFORE INSERT ON figure
WHEN NOT EXISTS (SELECT 1 FROM report r JOIN form_column c ON c.form = r.form AND c.column_no = NEW.column_no
                 WHERE r.id = NEW.report_id
                   AND (NEW.number IS NULL OR (typeof(NEW.number) IN ('integer', 'real')
                        AND NEW.number >= 0 AND NEW.number < 1e9 AND abs(NEW.number * 100 - round(NEW.number * 100)) < 1e-6
                        AND (c.kind <> 'count' OR NEW.number = round(NEW.number))))
                   AND (NEW.text IS NULL OR (c.kind = 'text' AND length(NEW.text) <= 4000)))
BEGIN
    SELECT RAISE(ABORT, 'figure out of range');
END;

CREATE TRIGGER figure_fits_update BEFORE UPDATE ON figure
WHEN NOT EXISTS (SELECT 1 FROM report r JOIN form_column c ON c.form = r.form AND c.column_no = NEW.column_no
                 WHERE r.id = NEW.report_id
                   AND (NEW.number IS NULL OR (typeof(NEW.number) IN ('integer', 'real')
                        AND NEW.number >= 0 AND NEW.number < 1e9 AND abs(NEW.number * 100 - round(NEW.number * 100)) < 1e-6
                        AND (c.kind <> 'count' OR NEW.number = round(NEW.number))))
                   AND (NEW.text IS NULL OR (c.kind = 'text' AND length(NEW.text) <= 4000)))
BEGIN
    SELECT RAISE(ABORT, 'figure out of range');
END;

CREATE TRIGGER period_lock_kept BEFORE DELETE ON period_lock
BEGIN
    SELECT RAISE(ABORT, 'locks are history');
END;

-- Two changes are history being written, not rewritten: lifting an active lock once, with
-- a reason (its frozen figures stay as they were), and marking, once, that the figures the
-- lock covers were kept at locking (0010_signed_figures.sql) while it stands.
CREATE TRIGGER period_lock_lift_only BEFORE UPDATE ON period_lock
WHEN NEW.id IS NOT OLD.id OR NEW.campaign_id IS NOT OLD.campaign_id OR NEW.form IS NOT OLD.form
     OR NEW.unit_key IS NOT OLD.unit_key OR NEW.period IS NOT OLD.period OR NEW.locked_at IS NOT OLD.locked_at
     OR NEW.locked_by IS NOT OLD.locked_by OR OLD.unlocked_at IS NOT NULL
     OR NOT ((NEW.unlocked_at IS NOT NULL AND coalesce(length(trim(NEW.unlock_reason)), 0) > 0
              AND NEW.frozen_at IS OLD.frozen_at)
             OR (NEW.unlocked_at IS NULL AND NEW.unlocked_by IS OLD.unlocked_by AND NEW.unlock_reason IS OLD.unlock_reason
                 AND OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'locks are history');
END;

-- The text limit, table by table (SQLite has no statement that covers every column).
CREATE TRIGGER institution_text_length_insert BEFORE INSERT ON institution
WHEN length(NEW.name) > 4000 OR length(NEW.short_name) > 4000 OR length(NEW.ownership) > 4000 OR
     length(NEW.kind) > 4000 OR length(NEW.township) > 4000 OR length(NEW.report_phone) > 4000 OR
     length(NEW.report_email) > 4000 OR length(NEW.contact_person) > 4000 OR length(NEW.active_from) > 4000 OR
     length(NEW.active_until) > 4000 OR length(NEW.contact_phone) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER institution_text_length_update BEFORE UPDATE ON institution
WHEN length(NEW.name) > 4000 OR length(NEW.short_name) > 4000 OR length(NEW.ownership) > 4000 OR
     length(NEW.kind) > 4000 OR length(NEW.township) > 4000 OR length(NEW.report_phone) > 4000 OR
     length(NEW.report_email) > 4000 OR length(NEW.contact_person) > 4000 OR length(NEW.active_from) > 4000 OR
     length(NEW.active_until) > 4000 OR length(NEW.contact_phone) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER campaign_text_length_insert BEFORE INSERT ON campaign
WHEN length(NEW.title) > 4000 OR length(NEW.doc_number) > 4000 OR length(NEW.issuing_body) > 4000 OR
     length(NEW.county) > 4000 OR length(NEW.city) > 4000 OR length(NEW.start_date) > 4000 OR
     length(NEW.end_date) > 4000 OR length(NEW.notice_date) > 4000 OR length(NEW.addressees) > 4000 OR
     length(NEW.notice_body) > 4000 OR length(NEW.bureau_phone) > 4000 OR length(NEW.bureau_email) > 4000 OR
     length(NEW.city_phone) > 4000 OR length(NEW.city_email) > 4000 OR length(NEW.template_name) > 4000 OR
     length(NEW.created_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER campaign_text_length_update BEFORE UPDATE ON campaign
WHEN length(NEW.title) > 4000 OR length(NEW.doc_number) > 4000 OR length(NEW.issuing_body) > 4000 OR
     length(NEW.county) > 4000 OR length(NEW.city) > 4000 OR length(NEW.start_date) > 4000 OR
     length(NEW.end_date) > 4000 OR length(NEW.notice_date) > 4000 OR length(NEW.addressees) > 4000 OR
     length(NEW.notice_body) > 4000 OR length(NEW.bureau_phone) > 4000 OR length(NEW.bureau_email) > 4000 OR
     length(NEW.city_phone) > 4000 OR length(NEW.city_email) > 4000 OR length(NEW.template_name) > 4000 OR
     length(NEW.created_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER office_text_length_insert BEFORE INSERT ON office
WHEN length(NEW.name) > 4000 OR length(NEW.email) > 4000 OR length(NEW.phone) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER office_text_length_update BEFORE UPDATE ON office
WHEN length(NEW.name) > 4000 OR length(NEW.email) > 4000 OR length(NEW.phone) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER phase_text_length_insert BEFORE INSERT ON phase
WHEN length(NEW.name) > 4000 OR length(NEW.start_date) > 4000 OR length(NEW.end_date) > 4000 OR
     length(NEW.description) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER phase_text_length_update BEFORE UPDATE ON phase
WHEN length(NEW.name) > 4000 OR length(NEW.start_date) > 4000 OR length(NEW.end_date) > 4000 OR
     length(NEW.description) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER deadline_text_length_insert BEFORE INSERT ON deadline
WHEN length(NEW.title) > 4000 OR length(NEW.reporter) > 4000 OR length(NEW.reporter_office) > 4000 OR
     length(NEW.recipient_office) > 4000 OR length(NEW.recurrence) > 4000 OR length(NEW.first_period) > 4000 OR
     length(NEW.last_period) > 4000 OR length(NEW.due_date) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER deadline_text_length_update BEFORE UPDATE ON deadline
WHEN length(NEW.title) > 4000 OR length(NEW.reporter) > 4000 OR length(NEW.reporter_office) > 4000 OR
     length(NEW.recipient_office) > 4000 OR length(NEW.recurrence) > 4000 OR length(NEW.first_period) > 4000 OR
     length(NEW.last_period) > 4000 OR length(NEW.due_date) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER report_text_length_insert BEFORE INSERT ON report
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.submitted_on) > 4000 OR
     length(NEW.source) > 4000 OR length(NEW.source_file) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER report_text_length_update BEFORE UPDATE ON report
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.submitted_on) > 4000 OR
     length(NEW.source) > 4000 OR length(NEW.source_file) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER figure_text_length_insert BEFORE INSERT ON figure
WHEN length(NEW.text) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER figure_text_length_update BEFORE UPDATE ON figure
WHEN length(NEW.text) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER submission_text_length_insert BEFORE INSERT ON submission
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.submitted_on) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER submission_text_length_update BEFORE UPDATE ON submission
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.submitted_on) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER submission_file_text_length_insert BEFORE INSERT ON submission_file
WHEN length(NEW.file_name) > 4000 OR length(NEW.sha256) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER submission_file_text_length_update BEFORE UPDATE ON submission_file
WHEN length(NEW.file_name) > 4000 OR length(NEW.sha256) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER period_lock_text_length_insert BEFORE INSERT ON period_lock
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.locked_at) > 4000 OR
     length(NEW.locked_by) > 4000 OR length(NEW.unlocked_at) > 4000 OR length(NEW.unlocked_by) > 4000 OR
     length(NEW.unlock_reason) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER period_lock_text_length_update BEFORE UPDATE ON period_lock
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.locked_at) > 4000 OR
     length(NEW.locked_by) > 4000 OR length(NEW.unlocked_at) > 4000 OR length(NEW.unlocked_by) > 4000 OR
     length(NEW.unlock_reason) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_text_length_insert BEFORE INSERT ON problem
WHEN length(NEW.source) > 4000 OR length(NEW.found_on) > 4000 OR length(NEW.found_by) > 4000 OR
     length(NEW.description) > 4000 OR length(NEW.responsible) > 4000 OR length(NEW.deadline) > 4000 OR
     length(NEW.measures) > 4000 OR length(NEW.state) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_text_length_update BEFORE UPDATE ON problem
WHEN length(NEW.source) > 4000 OR length(NEW.found_on) > 4000 OR length(NEW.found_by) > 4000 OR
     length(NEW.description) > 4000 OR length(NEW.responsible) > 4000 OR length(NEW.deadline) > 4000 OR
     length(NEW.measures) > 4000 OR length(NEW.state) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_step_text_length_insert BEFORE INSERT ON problem_step
WHEN length(NEW.from_state) > 4000 OR length(NEW.to_state) > 4000 OR length(NEW.done_on) > 4000 OR
     length(NEW.done_by) > 4000 OR length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_step_text_length_update BEFORE UPDATE ON problem_step
WHEN length(NEW.from_state) > 4000 OR length(NEW.to_state) > 4000 OR length(NEW.done_on) > 4000 OR
     length(NEW.done_by) > 4000 OR length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_evidence_text_length_insert BEFORE INSERT ON problem_evidence
WHEN length(NEW.stage) > 4000 OR length(NEW.file_name) > 4000 OR length(NEW.sha256) > 4000 OR
     length(NEW.added_at) > 4000 OR length(NEW.added_by) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER problem_evidence_text_length_update BEFORE UPDATE ON problem_evidence
WHEN length(NEW.stage) > 4000 OR length(NEW.file_name) > 4000 OR length(NEW.sha256) > 4000 OR
     length(NEW.added_at) > 4000 OR length(NEW.added_by) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_text_length_insert BEFORE INSERT ON tipoff
WHEN length(NEW.received_on) > 4000 OR length(NEW.channel) > 4000 OR length(NEW.summary) > 4000 OR
     length(NEW.handler) > 4000 OR length(NEW.state) > 4000 OR length(NEW.conclusion) > 4000 OR
     length(NEW.result) > 4000 OR length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR
     length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_text_length_update BEFORE UPDATE ON tipoff
WHEN length(NEW.received_on) > 4000 OR length(NEW.channel) > 4000 OR length(NEW.summary) > 4000 OR
     length(NEW.handler) > 4000 OR length(NEW.state) > 4000 OR length(NEW.conclusion) > 4000 OR
     length(NEW.result) > 4000 OR length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR
     length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_step_text_length_insert BEFORE INSERT ON tipoff_step
WHEN length(NEW.from_state) > 4000 OR length(NEW.to_state) > 4000 OR length(NEW.done_on) > 4000 OR
     length(NEW.done_by) > 4000 OR length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_step_text_length_update BEFORE UPDATE ON tipoff_step
WHEN length(NEW.from_state) > 4000 OR length(NEW.to_state) > 4000 OR length(NEW.done_on) > 4000 OR
     length(NEW.done_by) > 4000 OR length(NEW.note) > 4000 OR length(NEW.recorded_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_reporter_text_length_insert BEFORE INSERT ON tipoff_reporter
WHEN length(NEW.name) > 4000 OR length(NEW.contact) > 4000 OR length(NEW.note) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER tipoff_reporter_text_length_update BEFORE UPDATE ON tipoff_reporter
WHEN length(NEW.name) > 4000 OR length(NEW.contact) > 4000 OR length(NEW.note) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER inspection_text_length_insert BEFORE INSERT ON inspection
WHEN length(NEW.inspected_on) > 4000 OR length(NEW.method) > 4000 OR length(NEW.inspectors) > 4000 OR
     length(NEW.findings) > 4000 OR length(NEW.other_measure) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER inspection_text_length_update BEFORE UPDATE ON inspection
WHEN length(NEW.inspected_on) > 4000 OR length(NEW.method) > 4000 OR length(NEW.inspectors) > 4000 OR
     length(NEW.findings) > 4000 OR length(NEW.other_measure) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER case_record_text_length_insert BEFORE INSERT ON case_record
WHEN length(NEW.kind) > 4000 OR length(NEW.held_on) > 4000 OR length(NEW.title) > 4000 OR
     length(NEW.reference) > 4000 OR length(NEW.answered_on) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER case_record_text_length_update BEFORE UPDATE ON case_record
WHEN length(NEW.kind) > 4000 OR length(NEW.held_on) > 4000 OR length(NEW.title) > 4000 OR
     length(NEW.reference) > 4000 OR length(NEW.answered_on) > 4000 OR length(NEW.note) > 4000 OR
     length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER supplier_interview_text_length_insert BEFORE INSERT ON supplier_interview
WHEN length(NEW.supplier) > 4000 OR length(NEW.held_on) > 4000 OR length(NEW.interviewer) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER supplier_interview_text_length_update BEFORE UPDATE ON supplier_interview
WHEN length(NEW.supplier) > 4000 OR length(NEW.held_on) > 4000 OR length(NEW.interviewer) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER supplier_blacklist_text_length_insert BEFORE INSERT ON supplier_blacklist
WHEN length(NEW.supplier) > 4000 OR length(NEW.listed_on) > 4000 OR length(NEW.reason) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER supplier_blacklist_text_length_update BEFORE UPDATE ON supplier_blacklist
WHEN length(NEW.supplier) > 4000 OR length(NEW.listed_on) > 4000 OR length(NEW.reason) > 4000 OR
     length(NEW.note) > 4000 OR length(NEW.created_at) > 4000 OR length(NEW.updated_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER figure_override_text_length_insert BEFORE INSERT ON figure_override
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.reason) > 4000 OR
     length(NEW.created_by) > 4000 OR length(NEW.created_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

CREATE TRIGGER figure_override_text_length_update BEFORE UPDATE ON figure_override
WHEN length(NEW.unit_key) > 4000 OR length(NEW.period) > 4000 OR length(NEW.reason) > 4000 OR
     length(NEW.created_by) > 4000 OR length(NEW.created_at) > 4000
BEGIN
    SELECT RAISE(ABORT, 'text too long');
END;

