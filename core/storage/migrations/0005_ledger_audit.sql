-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: the audit trail of the ledgers (audit_log is version 3's).
--
-- The same shape as the other audit triggers: old and new values as JSON, the actor
-- filled in when the transaction commits. Deliberately left out: the reporter of a
-- tip-off (only that a reporter record changed, and whether it is anonymous, is logged,
-- since the audit trail is shown in lists) and the content of evidence files (their
-- name, size and SHA-256 identify them).

CREATE TRIGGER audit_problem_insert AFTER INSERT ON problem
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('problem', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'source', NEW.source, 'found_on', NEW.found_on, 'found_by', NEW.found_by, 'description', NEW.description, 'responsible', NEW.responsible, 'deadline', NEW.deadline, 'measures', NEW.measures, 'state', NEW.state, 'note', NEW.note));
END;

CREATE TRIGGER audit_problem_update AFTER UPDATE ON problem
WHEN json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'source', OLD.source, 'found_on', OLD.found_on, 'found_by', OLD.found_by, 'description', OLD.description, 'responsible', OLD.responsible, 'deadline', OLD.deadline, 'measures', OLD.measures, 'state', OLD.state, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'source', NEW.source, 'found_on', NEW.found_on, 'found_by', NEW.found_by, 'description', NEW.description, 'responsible', NEW.responsible, 'deadline', NEW.deadline, 'measures', NEW.measures, 'state', NEW.state, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('problem', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'source', OLD.source, 'found_on', OLD.found_on, 'found_by', OLD.found_by, 'description', OLD.description, 'responsible', OLD.responsible, 'deadline', OLD.deadline, 'measures', OLD.measures, 'state', OLD.state, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'source', NEW.source, 'found_on', NEW.found_on, 'found_by', NEW.found_by, 'description', NEW.description, 'responsible', NEW.responsible, 'deadline', NEW.deadline, 'measures', NEW.measures, 'state', NEW.state, 'note', NEW.note));
END;

CREATE TRIGGER audit_problem_delete AFTER DELETE ON problem
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('problem', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'source', OLD.source, 'found_on', OLD.found_on, 'found_by', OLD.found_by, 'description', OLD.description, 'responsible', OLD.responsible, 'deadline', OLD.deadline, 'measures', OLD.measures, 'state', OLD.state, 'note', OLD.note));
END;

CREATE TRIGGER audit_problem_step_insert AFTER INSERT ON problem_step
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('problem_step', NEW.id, 'insert', json_object('problem_id', NEW.problem_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note));
END;

CREATE TRIGGER audit_problem_step_update AFTER UPDATE ON problem_step
WHEN json_object('problem_id', OLD.problem_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note) IS NOT json_object('problem_id', NEW.problem_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('problem_step', NEW.id, 'update', json_object('problem_id', OLD.problem_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note), json_object('problem_id', NEW.problem_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note));
END;

CREATE TRIGGER audit_problem_step_delete AFTER DELETE ON problem_step
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('problem_step', OLD.id, 'delete', json_object('problem_id', OLD.problem_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note));
END;

CREATE TRIGGER audit_problem_evidence_insert AFTER INSERT ON problem_evidence
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('problem_evidence', NEW.id, 'insert', json_object('problem_id', NEW.problem_id, 'stage', NEW.stage, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256, 'added_by', NEW.added_by));
END;

CREATE TRIGGER audit_problem_evidence_update AFTER UPDATE ON problem_evidence
WHEN json_object('problem_id', OLD.problem_id, 'stage', OLD.stage, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256, 'added_by', OLD.added_by) IS NOT json_object('problem_id', NEW.problem_id, 'stage', NEW.stage, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256, 'added_by', NEW.added_by)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('problem_evidence', NEW.id, 'update', json_object('problem_id', OLD.problem_id, 'stage', OLD.stage, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256, 'added_by', OLD.added_by), json_object('problem_id', NEW.problem_id, 'stage', NEW.stage, 'file_name', NEW.file_name, 'size', NEW.size, 'sha256', NEW.sha256, 'added_by', NEW.added_by));
END;

CREATE TRIGGER audit_problem_evidence_delete AFTER DELETE ON problem_evidence
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('problem_evidence', OLD.id, 'delete', json_object('problem_id', OLD.problem_id, 'stage', OLD.stage, 'file_name', OLD.file_name, 'size', OLD.size, 'sha256', OLD.sha256, 'added_by', OLD.added_by));
END;

CREATE TRIGGER audit_tipoff_insert AFTER INSERT ON tipoff
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('tipoff', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'received_on', NEW.received_on, 'channel', NEW.channel, 'institution_id', NEW.institution_id, 'summary', NEW.summary, 'handler', NEW.handler, 'state', NEW.state, 'conclusion', NEW.conclusion, 'result', NEW.result, 'note', NEW.note));
END;

CREATE TRIGGER audit_tipoff_update AFTER UPDATE ON tipoff
WHEN json_object('campaign_id', OLD.campaign_id, 'received_on', OLD.received_on, 'channel', OLD.channel, 'institution_id', OLD.institution_id, 'summary', OLD.summary, 'handler', OLD.handler, 'state', OLD.state, 'conclusion', OLD.conclusion, 'result', OLD.result, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'received_on', NEW.received_on, 'channel', NEW.channel, 'institution_id', NEW.institution_id, 'summary', NEW.summary, 'handler', NEW.handler, 'state', NEW.state, 'conclusion', NEW.conclusion, 'result', NEW.result, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('tipoff', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'received_on', OLD.received_on, 'channel', OLD.channel, 'institution_id', OLD.institution_id, 'summary', OLD.summary, 'handler', OLD.handler, 'state', OLD.state, 'conclusion', OLD.conclusion, 'result', OLD.result, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'received_on', NEW.received_on, 'channel', NEW.channel, 'institution_id', NEW.institution_id, 'summary', NEW.summary, 'handler', NEW.handler, 'state', NEW.state, 'conclusion', NEW.conclusion, 'result', NEW.result, 'note', NEW.note));
END;

CREATE TRIGGER audit_tipoff_delete AFTER DELETE ON tipoff
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('tipoff', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'received_on', OLD.received_on, 'channel', OLD.channel, 'institution_id', OLD.institution_id, 'summary', OLD.summary, 'handler', OLD.handler, 'state', OLD.state, 'conclusion', OLD.conclusion, 'result', OLD.result, 'note', OLD.note));
END;

CREATE TRIGGER audit_tipoff_step_insert AFTER INSERT ON tipoff_step
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('tipoff_step', NEW.id, 'insert', json_object('tipoff_id', NEW.tipoff_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note));
END;

CREATE TRIGGER audit_tipoff_step_update AFTER UPDATE ON tipoff_step
WHEN json_object('tipoff_id', OLD.tipoff_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note) IS NOT json_object('tipoff_id', NEW.tipoff_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('tipoff_step', NEW.id, 'update', json_object('tipoff_id', OLD.tipoff_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note), json_object('tipoff_id', NEW.tipoff_id, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'note', NEW.note));
END;

CREATE TRIGGER audit_tipoff_step_delete AFTER DELETE ON tipoff_step
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('tipoff_step', OLD.id, 'delete', json_object('tipoff_id', OLD.tipoff_id, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'note', OLD.note));
END;

CREATE TRIGGER audit_tipoff_reporter_insert AFTER INSERT ON tipoff_reporter
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('tipoff_reporter', NEW.tipoff_id, 'insert', json_object('tipoff_id', NEW.tipoff_id, 'anonymous', NEW.anonymous));
END;

CREATE TRIGGER audit_tipoff_reporter_update AFTER UPDATE ON tipoff_reporter
WHEN OLD.anonymous IS NOT NEW.anonymous OR OLD.name IS NOT NEW.name OR OLD.contact IS NOT NEW.contact
  OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('tipoff_reporter', NEW.tipoff_id, 'update', json_object('tipoff_id', OLD.tipoff_id, 'anonymous', OLD.anonymous), json_object('tipoff_id', NEW.tipoff_id, 'anonymous', NEW.anonymous));
END;

CREATE TRIGGER audit_tipoff_reporter_delete AFTER DELETE ON tipoff_reporter
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('tipoff_reporter', OLD.tipoff_id, 'delete', json_object('tipoff_id', OLD.tipoff_id, 'anonymous', OLD.anonymous));
END;

CREATE TRIGGER audit_inspection_insert AFTER INSERT ON inspection
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('inspection', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'inspected_on', NEW.inspected_on, 'method', NEW.method, 'inspectors', NEW.inspectors, 'findings', NEW.findings, 'interview', NEW.interview, 'criticism', NEW.criticism, 'rectify_order', NEW.rectify_order, 'clues_transferred', NEW.clues_transferred, 'funds_recovered', NEW.funds_recovered, 'fined', NEW.fined, 'other_measure', NEW.other_measure, 'refund_yuan', NEW.refund_yuan, 'recovered_yuan', NEW.recovered_yuan, 'fine_yuan', NEW.fine_yuan, 'suspended_persons', NEW.suspended_persons, 'revoked_persons', NEW.revoked_persons, 'prosecuted_persons', NEW.prosecuted_persons, 'note', NEW.note));
END;

CREATE TRIGGER audit_inspection_update AFTER UPDATE ON inspection
WHEN json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'inspected_on', OLD.inspected_on, 'method', OLD.method, 'inspectors', OLD.inspectors, 'findings', OLD.findings, 'interview', OLD.interview, 'criticism', OLD.criticism, 'rectify_order', OLD.rectify_order, 'clues_transferred', OLD.clues_transferred, 'funds_recovered', OLD.funds_recovered, 'fined', OLD.fined, 'other_measure', OLD.other_measure, 'refund_yuan', OLD.refund_yuan, 'recovered_yuan', OLD.recovered_yuan, 'fine_yuan', OLD.fine_yuan, 'suspended_persons', OLD.suspended_persons, 'revoked_persons', OLD.revoked_persons, 'prosecuted_persons', OLD.prosecuted_persons, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'inspected_on', NEW.inspected_on, 'method', NEW.method, 'inspectors', NEW.inspectors, 'findings', NEW.findings, 'interview', NEW.interview, 'criticism', NEW.criticism, 'rectify_order', NEW.rectify_order, 'clues_transferred', NEW.clues_transferred, 'funds_recovered', NEW.funds_recovered, 'fined', NEW.fined, 'other_measure', NEW.other_measure, 'refund_yuan', NEW.refund_yuan, 'recovered_yuan', NEW.recovered_yuan, 'fine_yuan', NEW.fine_yuan, 'suspended_persons', NEW.suspended_persons, 'revoked_persons', NEW.revoked_persons, 'prosecuted_persons', NEW.prosecuted_persons, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('inspection', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'inspected_on', OLD.inspected_on, 'method', OLD.method, 'inspectors', OLD.inspectors, 'findings', OLD.findings, 'interview', OLD.interview, 'criticism', OLD.criticism, 'rectify_order', OLD.rectify_order, 'clues_transferred', OLD.clues_transferred, 'funds_recovered', OLD.funds_recovered, 'fined', OLD.fined, 'other_measure', OLD.other_measure, 'refund_yuan', OLD.refund_yuan, 'recovered_yuan', OLD.recovered_yuan, 'fine_yuan', OLD.fine_yuan, 'suspended_persons', OLD.suspended_persons, 'revoked_persons', OLD.revoked_persons, 'prosecuted_persons', OLD.prosecuted_persons, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'inspected_on', NEW.inspected_on, 'method', NEW.method, 'inspectors', NEW.inspectors, 'findings', NEW.findings, 'interview', NEW.interview, 'criticism', NEW.criticism, 'rectify_order', NEW.rectify_order, 'clues_transferred', NEW.clues_transferred, 'funds_recovered', NEW.funds_recovered, 'fined', NEW.fined, 'other_measure', NEW.other_measure, 'refund_yuan', NEW.refund_yuan, 'recovered_yuan', NEW.recovered_yuan, 'fine_yuan', NEW.fine_yuan, 'suspended_persons', NEW.suspended_persons, 'revoked_persons', NEW.revoked_persons, 'prosecuted_persons', NEW.prosecuted_persons, 'note', NEW.note));
END;

CREATE TRIGGER audit_inspection_delete AFTER DELETE ON inspection
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('inspection', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'inspected_on', OLD.inspected_on, 'method', OLD.method, 'inspectors', OLD.inspectors, 'findings', OLD.findings, 'interview', OLD.interview, 'criticism', OLD.criticism, 'rectify_order', OLD.rectify_order, 'clues_transferred', OLD.clues_transferred, 'funds_recovered', OLD.funds_recovered, 'fined', OLD.fined, 'other_measure', OLD.other_measure, 'refund_yuan', OLD.refund_yuan, 'recovered_yuan', OLD.recovered_yuan, 'fine_yuan', OLD.fine_yuan, 'suspended_persons', OLD.suspended_persons, 'revoked_persons', OLD.revoked_persons, 'prosecuted_persons', OLD.prosecuted_persons, 'note', OLD.note));
END;

CREATE TRIGGER audit_case_record_insert AFTER INSERT ON case_record
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('case_record', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'title', NEW.title, 'persons', NEW.persons, 'amount_yuan', NEW.amount_yuan, 'reference', NEW.reference, 'answered_on', NEW.answered_on, 'note', NEW.note));
END;

CREATE TRIGGER audit_case_record_update AFTER UPDATE ON case_record
WHEN json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'title', OLD.title, 'persons', OLD.persons, 'amount_yuan', OLD.amount_yuan, 'reference', OLD.reference, 'answered_on', OLD.answered_on, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'title', NEW.title, 'persons', NEW.persons, 'amount_yuan', NEW.amount_yuan, 'reference', NEW.reference, 'answered_on', NEW.answered_on, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('case_record', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'title', OLD.title, 'persons', OLD.persons, 'amount_yuan', OLD.amount_yuan, 'reference', OLD.reference, 'answered_on', OLD.answered_on, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'title', NEW.title, 'persons', NEW.persons, 'amount_yuan', NEW.amount_yuan, 'reference', NEW.reference, 'answered_on', NEW.answered_on, 'note', NEW.note));
END;

CREATE TRIGGER audit_case_record_delete AFTER DELETE ON case_record
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('case_record', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'title', OLD.title, 'persons', OLD.persons, 'amount_yuan', OLD.amount_yuan, 'reference', OLD.reference, 'answered_on', OLD.answered_on, 'note', OLD.note));
END;

CREATE TRIGGER audit_supplier_interview_insert AFTER INSERT ON supplier_interview
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('supplier_interview', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'supplier', NEW.supplier, 'held_on', NEW.held_on, 'pledge_signed', NEW.pledge_signed, 'interviewer', NEW.interviewer, 'note', NEW.note));
END;

CREATE TRIGGER audit_supplier_interview_update AFTER UPDATE ON supplier_interview
WHEN json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'supplier', OLD.supplier, 'held_on', OLD.held_on, 'pledge_signed', OLD.pledge_signed, 'interviewer', OLD.interviewer, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'supplier', NEW.supplier, 'held_on', NEW.held_on, 'pledge_signed', NEW.pledge_signed, 'interviewer', NEW.interviewer, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('supplier_interview', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'supplier', OLD.supplier, 'held_on', OLD.held_on, 'pledge_signed', OLD.pledge_signed, 'interviewer', OLD.interviewer, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'institution_id', NEW.institution_id, 'supplier', NEW.supplier, 'held_on', NEW.held_on, 'pledge_signed', NEW.pledge_signed, 'interviewer', NEW.interviewer, 'note', NEW.note));
END;

CREATE TRIGGER audit_supplier_interview_delete AFTER DELETE ON supplier_interview
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('supplier_interview', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'institution_id', OLD.institution_id, 'supplier', OLD.supplier, 'held_on', OLD.held_on, 'pledge_signed', OLD.pledge_signed, 'interviewer', OLD.interviewer, 'note', OLD.note));
END;

CREATE TRIGGER audit_supplier_blacklist_insert AFTER INSERT ON supplier_blacklist
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('supplier_blacklist', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'supplier', NEW.supplier, 'listed_on', NEW.listed_on, 'reason', NEW.reason, 'institution_id', NEW.institution_id, 'note', NEW.note));
END;

CREATE TRIGGER audit_supplier_blacklist_update AFTER UPDATE ON supplier_blacklist
WHEN json_object('campaign_id', OLD.campaign_id, 'supplier', OLD.supplier, 'listed_on', OLD.listed_on, 'reason', OLD.reason, 'institution_id', OLD.institution_id, 'note', OLD.note) IS NOT json_object('campaign_id', NEW.campaign_id, 'supplier', NEW.supplier, 'listed_on', NEW.listed_on, 'reason', NEW.reason, 'institution_id', NEW.institution_id, 'note', NEW.note)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('supplier_blacklist', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'supplier', OLD.supplier, 'listed_on', OLD.listed_on, 'reason', OLD.reason, 'institution_id', OLD.institution_id, 'note', OLD.note), json_object('campaign_id', NEW.campaign_id, 'supplier', NEW.supplier, 'listed_on', NEW.listed_on, 'reason', NEW.reason, 'institution_id', NEW.institution_id, 'note', NEW.note));
END;

CREATE TRIGGER audit_supplier_blacklist_delete AFTER DELETE ON supplier_blacklist
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('supplier_blacklist', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'supplier', OLD.supplier, 'listed_on', OLD.listed_on, 'reason', OLD.reason, 'institution_id', OLD.institution_id, 'note', OLD.note));
END;

CREATE TRIGGER audit_figure_override_insert AFTER INSERT ON figure_override
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('figure_override', NEW.campaign_id || '|' || NEW.form || '|' || NEW.unit_key || '|' || NEW.period || '|' || NEW.column_no, 'insert', json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'column_no', NEW.column_no, 'reason', NEW.reason, 'created_by', NEW.created_by));
END;

CREATE TRIGGER audit_figure_override_update AFTER UPDATE ON figure_override
WHEN json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'column_no', OLD.column_no, 'reason', OLD.reason, 'created_by', OLD.created_by) IS NOT json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'column_no', NEW.column_no, 'reason', NEW.reason, 'created_by', NEW.created_by)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('figure_override', NEW.campaign_id || '|' || NEW.form || '|' || NEW.unit_key || '|' || NEW.period || '|' || NEW.column_no, 'update', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'column_no', OLD.column_no, 'reason', OLD.reason, 'created_by', OLD.created_by), json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'column_no', NEW.column_no, 'reason', NEW.reason, 'created_by', NEW.created_by));
END;

CREATE TRIGGER audit_figure_override_delete AFTER DELETE ON figure_override
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('figure_override', OLD.campaign_id || '|' || OLD.form || '|' || OLD.unit_key || '|' || OLD.period || '|' || OLD.column_no, 'delete', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'column_no', OLD.column_no, 'reason', OLD.reason, 'created_by', OLD.created_by));
END;
