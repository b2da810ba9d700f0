-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: signed months stay signed. A month's figures come from the reports and from the
-- ledgers (problems, tip-offs, inspections, cases, supplier interviews, overrides): every
-- record counts from its date on, cumulatively. So a record dated in or before a month that
-- is accepted (验收, one unit's form) or signed (签发, unit '*') would change that month and
-- every later one. Whatever writes it, the database refuses such a write until the month is
-- unlocked with a reason; writes that change no figure (notes, descriptions) go through.
-- A step of a problem or tip-off counts from its own date; a 附件2 figure belongs to the
-- inspected institution's category, so any 附件2 row of the month being locked protects it.

CREATE TRIGGER problem_locked_insert BEFORE INSERT ON problem
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.found_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER problem_locked_update BEFORE UPDATE ON problem
WHEN (OLD.campaign_id IS NOT NEW.campaign_id OR OLD.institution_id IS NOT NEW.institution_id OR OLD.found_on IS NOT NEW.found_on)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.found_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.found_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER problem_locked_delete BEFORE DELETE ON problem
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.found_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER problem_step_locked_insert BEFORE INSERT ON problem_step
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM problem p WHERE p.id = NEW.problem_id)
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM problem p WHERE p.id = NEW.problem_id)) AND l.period >= substr(NEW.done_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER problem_step_locked_update BEFORE UPDATE ON problem_step
WHEN (OLD.problem_id IS NOT NEW.problem_id OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state OR OLD.done_on IS NOT NEW.done_on)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM problem p WHERE p.id = NEW.problem_id)
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM problem p WHERE p.id = NEW.problem_id)) AND l.period >= substr(NEW.done_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM problem p WHERE p.id = OLD.problem_id)
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM problem p WHERE p.id = OLD.problem_id)) AND l.period >= substr(OLD.done_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER problem_step_locked_delete BEFORE DELETE ON problem_step
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM problem p WHERE p.id = OLD.problem_id)
             AND l.form IN (1) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM problem p WHERE p.id = OLD.problem_id)) AND l.period >= substr(OLD.done_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER tipoff_step_locked_insert BEFORE INSERT ON tipoff_step
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM tipoff p WHERE p.id = NEW.tipoff_id)
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM tipoff p WHERE p.id = NEW.tipoff_id)) AND l.period >= substr(NEW.done_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER tipoff_step_locked_update BEFORE UPDATE ON tipoff_step
WHEN (OLD.tipoff_id IS NOT NEW.tipoff_id OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state OR OLD.done_on IS NOT NEW.done_on)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM tipoff p WHERE p.id = NEW.tipoff_id)
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM tipoff p WHERE p.id = NEW.tipoff_id)) AND l.period >= substr(NEW.done_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM tipoff p WHERE p.id = OLD.tipoff_id)
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM tipoff p WHERE p.id = OLD.tipoff_id)) AND l.period >= substr(OLD.done_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER tipoff_step_locked_delete BEFORE DELETE ON tipoff_step
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = (SELECT p.campaign_id FROM tipoff p WHERE p.id = OLD.tipoff_id)
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || (SELECT p.institution_id FROM tipoff p WHERE p.id = OLD.tipoff_id)) AND l.period >= substr(OLD.done_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER tipoff_locked_update BEFORE UPDATE ON tipoff
WHEN (OLD.campaign_id IS NOT NEW.campaign_id OR OLD.institution_id IS NOT NEW.institution_id)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr((SELECT min(s.done_on) FROM tipoff_step s WHERE s.tipoff_id = OLD.id), 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr((SELECT min(s.done_on) FROM tipoff_step s WHERE s.tipoff_id = OLD.id), 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER tipoff_locked_delete BEFORE DELETE ON tipoff
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr((SELECT min(s.done_on) FROM tipoff_step s WHERE s.tipoff_id = OLD.id), 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER inspection_locked_insert BEFORE INSERT ON inspection
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (2) AND (l.unit_key = '*' OR l.unit_key LIKE 'C:%') AND l.period >= substr(NEW.inspected_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER inspection_locked_update BEFORE UPDATE ON inspection
WHEN (OLD.campaign_id IS NOT NEW.campaign_id OR OLD.institution_id IS NOT NEW.institution_id OR OLD.inspected_on IS NOT NEW.inspected_on OR OLD.interview IS NOT NEW.interview OR OLD.criticism IS NOT NEW.criticism OR OLD.rectify_order IS NOT NEW.rectify_order OR OLD.clues_transferred IS NOT NEW.clues_transferred OR OLD.funds_recovered IS NOT NEW.funds_recovered OR OLD.fined IS NOT NEW.fined OR OLD.other_measure IS NOT NEW.other_measure OR OLD.refund_yuan IS NOT NEW.refund_yuan OR OLD.recovered_yuan IS NOT NEW.recovered_yuan OR OLD.fine_yuan IS NOT NEW.fine_yuan OR OLD.suspended_persons IS NOT NEW.suspended_persons OR OLD.revoked_persons IS NOT NEW.revoked_persons OR OLD.prosecuted_persons IS NOT NEW.prosecuted_persons)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (2) AND (l.unit_key = '*' OR l.unit_key LIKE 'C:%') AND l.period >= substr(NEW.inspected_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (2) AND (l.unit_key = '*' OR l.unit_key LIKE 'C:%') AND l.period >= substr(OLD.inspected_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER inspection_locked_delete BEFORE DELETE ON inspection
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (2) AND (l.unit_key = '*' OR l.unit_key LIKE 'C:%') AND l.period >= substr(OLD.inspected_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER case_record_locked_insert BEFORE INSERT ON case_record
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (1, 3) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.held_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER case_record_locked_update BEFORE UPDATE ON case_record
WHEN (OLD.campaign_id IS NOT NEW.campaign_id OR OLD.institution_id IS NOT NEW.institution_id OR OLD.held_on IS NOT NEW.held_on OR OLD.kind IS NOT NEW.kind OR OLD.persons IS NOT NEW.persons OR OLD.amount_yuan IS NOT NEW.amount_yuan OR OLD.answered_on IS NOT NEW.answered_on)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (1, 3) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.held_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (1, 3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.held_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER case_record_locked_delete BEFORE DELETE ON case_record
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (1, 3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.held_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER supplier_interview_locked_insert BEFORE INSERT ON supplier_interview
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.held_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER supplier_interview_locked_update BEFORE UPDATE ON supplier_interview
WHEN (OLD.campaign_id IS NOT NEW.campaign_id OR OLD.institution_id IS NOT NEW.institution_id OR OLD.held_on IS NOT NEW.held_on)
     AND (EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || NEW.institution_id) AND l.period >= substr(NEW.held_on, 1, 7))
          OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.held_on, 1, 7)))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER supplier_interview_locked_delete BEFORE DELETE ON supplier_interview
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form IN (3) AND l.unit_key IN ('*', 'I' || OLD.institution_id) AND l.period >= substr(OLD.held_on, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_override_locked_insert BEFORE INSERT ON figure_override
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form = NEW.form AND l.period = NEW.period AND l.unit_key IN ('*', NEW.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_override_locked_update BEFORE UPDATE ON figure_override
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form = NEW.form AND l.period = NEW.period AND l.unit_key IN ('*', NEW.unit_key))
     OR EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form = OLD.form AND l.period = OLD.period AND l.unit_key IN ('*', OLD.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_override_locked_delete BEFORE DELETE ON figure_override
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
             AND l.form = OLD.form AND l.period = OLD.period AND l.unit_key IN ('*', OLD.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

-- Version 3's triggers judge an update by the row as it was; moving a report or a figure
-- into a locked month is refused as well.
CREATE TRIGGER report_locked_update_target BEFORE UPDATE ON report
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
             AND l.form = NEW.form AND l.period = NEW.period AND l.unit_key IN ('*', NEW.unit_key))
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;

CREATE TRIGGER figure_locked_update_target BEFORE UPDATE ON figure
WHEN EXISTS (SELECT 1 FROM report r JOIN period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
             AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = NEW.report_id AND l.unlocked_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period');
END;
