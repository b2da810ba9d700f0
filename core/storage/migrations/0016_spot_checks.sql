-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 16: the pool of bureau staff who carry out 抽查 (双随机) and the draws made from it.
--
-- A draw keeps its seed, every input it was computed from (the candidates with their
-- strata and weights, the pool, who may not inspect whom) and its result as JSON, so that
-- anyone can run it again and compare; the audit trail logs all of it. Each drawn
-- institution is a pick, which links to the inspection-ledger entry its evaluation was
-- recorded as. An inspector who belongs to an institution names it (never sent there).

CREATE TABLE inspector (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    office          TEXT NOT NULL DEFAULT '',
    institution_id  INTEGER REFERENCES institution(id) ON DELETE RESTRICT
);
CREATE TABLE spot_check_draw (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    drawn_at        TEXT NOT NULL,
    drawn_by        TEXT NOT NULL DEFAULT '',
    seed            TEXT NOT NULL,
    inputs          TEXT NOT NULL,
    result          TEXT NOT NULL
);
CREATE TABLE spot_check_pick (
    id              INTEGER PRIMARY KEY,
    draw_id         INTEGER NOT NULL REFERENCES spot_check_draw(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    institution_id  INTEGER NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
    inspector_ids   TEXT NOT NULL DEFAULT '',
    inspectors      TEXT NOT NULL DEFAULT '',
    inspection_id   INTEGER REFERENCES inspection(id) ON DELETE SET NULL,
    UNIQUE (draw_id, position)
);
CREATE INDEX spot_check_pick_institution ON spot_check_pick(institution_id);

CREATE TRIGGER audit_inspector_insert AFTER INSERT ON inspector
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('inspector', NEW.id, 'insert', json_object('name', NEW.name, 'office', NEW.office, 'institution_id', NEW.institution_id));
END;

CREATE TRIGGER audit_inspector_update AFTER UPDATE ON inspector
WHEN json_object('name', OLD.name, 'office', OLD.office, 'institution_id', OLD.institution_id) IS NOT json_object('name', NEW.name, 'office', NEW.office, 'institution_id', NEW.institution_id)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('inspector', NEW.id, 'update', json_object('name', OLD.name, 'office', OLD.office, 'institution_id', OLD.institution_id), json_object('name', NEW.name, 'office', NEW.office, 'institution_id', NEW.institution_id));
END;

CREATE TRIGGER audit_inspector_delete AFTER DELETE ON inspector
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('inspector', OLD.id, 'delete', json_object('name', OLD.name, 'office', OLD.office, 'institution_id', OLD.institution_id));
END;

CREATE TRIGGER audit_spot_check_draw_insert AFTER INSERT ON spot_check_draw
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('spot_check_draw', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'drawn_at', NEW.drawn_at, 'drawn_by', NEW.drawn_by, 'seed', NEW.seed, 'inputs', NEW.inputs, 'result', NEW.result));
END;

CREATE TRIGGER audit_spot_check_draw_update AFTER UPDATE ON spot_check_draw
WHEN json_object('campaign_id', OLD.campaign_id, 'drawn_at', OLD.drawn_at, 'drawn_by', OLD.drawn_by, 'seed', OLD.seed, 'inputs', OLD.inputs, 'result', OLD.result) IS NOT json_object('campaign_id', NEW.campaign_id, 'drawn_at', NEW.drawn_at, 'drawn_by', NEW.drawn_by, 'seed', NEW.seed, 'inputs', NEW.inputs, 'result', NEW.result)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('spot_check_draw', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'drawn_at', OLD.drawn_at, 'drawn_by', OLD.drawn_by, 'seed', OLD.seed, 'inputs', OLD.inputs, 'result', OLD.result), json_object('campaign_id', NEW.campaign_id, 'drawn_at', NEW.drawn_at, 'drawn_by', NEW.drawn_by, 'seed', NEW.seed, 'inputs', NEW.inputs, 'result', NEW.result));
END;

CREATE TRIGGER audit_spot_check_draw_delete AFTER DELETE ON spot_check_draw
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('spot_check_draw', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'drawn_at', OLD.drawn_at, 'drawn_by', OLD.drawn_by, 'seed', OLD.seed, 'inputs', OLD.inputs, 'result', OLD.result));
END;

CREATE TRIGGER audit_spot_check_pick_insert AFTER INSERT ON spot_check_pick
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('spot_check_pick', NEW.id, 'insert', json_object('draw_id', NEW.draw_id, 'position', NEW.position, 'institution_id', NEW.institution_id, 'inspector_ids', NEW.inspector_ids, 'inspectors', NEW.inspectors, 'inspection_id', NEW.inspection_id));
END;

CREATE TRIGGER audit_spot_check_pick_update AFTER UPDATE ON spot_check_pick
WHEN json_object('draw_id', OLD.draw_id, 'position', OLD.position, 'institution_id', OLD.institution_id, 'inspector_ids', OLD.inspector_ids, 'inspectors', OLD.inspectors, 'inspection_id', OLD.inspection_id) IS NOT json_object('draw_id', NEW.draw_id, 'position', NEW.position, 'institution_id', NEW.institution_id, 'inspector_ids', NEW.inspector_ids, 'inspectors', NEW.inspectors, 'inspection_id', NEW.inspection_id)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('spot_check_pick', NEW.id, 'update', json_object('draw_id', OLD.draw_id, 'position', OLD.position, 'institution_id', OLD.institution_id, 'inspector_ids', OLD.inspector_ids, 'inspectors', OLD.inspectors, 'inspection_id', OLD.inspection_id), json_object('draw_id', NEW.draw_id, 'position', NEW.position, 'institution_id', NEW.institution_id, 'inspector_ids', NEW.inspector_ids, 'inspectors', NEW.inspectors, 'inspection_id', NEW.inspection_id));
END;

CREATE TRIGGER audit_spot_check_pick_delete AFTER DELETE ON spot_check_pick
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('spot_check_pick', OLD.id, 'delete', json_object('draw_id', OLD.draw_id, 'position', OLD.position, 'institution_id', OLD.institution_id, 'inspector_ids', OLD.inspector_ids, 'inspectors', OLD.inspectors, 'inspection_id', OLD.inspection_id));
END;
