-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: a signed month's figures as they were shown when it was signed. Taking a lock
-- stores the rows it covers (the unit's figures for an accepted filing; every unit and
-- every body row, totals included, for a signed form); while the lock stands the month is
-- built from them, so neither a later change of the registry nor a unit's first ledger
-- record can move it. A row key is a unit key or '#n' for body row n; column 0 holds the
-- unit's filing state. A blank cell has no value (NULL), which is not 0.
-- Locks taken before this version are frozen when the program first opens the database.

ALTER TABLE period_lock ADD COLUMN frozen_at TEXT;

CREATE TABLE signed_figure (
    lock_id     INTEGER NOT NULL REFERENCES period_lock(id) ON DELETE CASCADE,
    row_key     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    column_no   INTEGER NOT NULL,
    value       TEXT,
    increase    TEXT,
    marks       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (lock_id, row_key, column_no)
);

-- Rows are written only into a lock that stands and is not frozen yet (the transaction
-- that takes it); a snapshot is never rewritten, and not removed while its lock stands.
CREATE TRIGGER signed_figure_insert BEFORE INSERT ON signed_figure
WHEN NOT EXISTS (SELECT 1 FROM period_lock l WHERE l.id = NEW.lock_id AND l.unlocked_at IS NULL AND l.frozen_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period: signed figures are frozen');
END;

CREATE TRIGGER signed_figure_update BEFORE UPDATE ON signed_figure
BEGIN
    SELECT RAISE(ABORT, 'locked period: signed figures are frozen');
END;

CREATE TRIGGER signed_figure_delete BEFORE DELETE ON signed_figure
WHEN EXISTS (SELECT 1 FROM period_lock l WHERE l.id = OLD.lock_id AND l.unlocked_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'locked period: signed figures are frozen');
END;

-- A frozen lock stays frozen and keeps its month: moved to another month, or lifted and
-- taken again, it would lay its snapshot over figures it never showed.
CREATE TRIGGER period_lock_frozen_update BEFORE UPDATE ON period_lock
WHEN OLD.frozen_at IS NOT NULL
     AND (NEW.frozen_at IS NOT OLD.frozen_at OR NEW.campaign_id IS NOT OLD.campaign_id OR NEW.form IS NOT OLD.form
          OR NEW.unit_key IS NOT OLD.unit_key OR NEW.period IS NOT OLD.period
          OR (OLD.unlocked_at IS NOT NULL AND NEW.unlocked_at IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'locked period: signed figures are frozen');
END;

-- The audit trail shows when a lock was frozen.
DROP TRIGGER audit_period_lock_insert;
DROP TRIGGER audit_period_lock_update;
DROP TRIGGER audit_period_lock_delete;

CREATE TRIGGER audit_period_lock_insert AFTER INSERT ON period_lock
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('period_lock', NEW.id, 'insert', json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason, 'frozen_at', NEW.frozen_at));
END;

CREATE TRIGGER audit_period_lock_update AFTER UPDATE ON period_lock
WHEN json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason, 'frozen_at', OLD.frozen_at) IS NOT json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason, 'frozen_at', NEW.frozen_at)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('period_lock', NEW.id, 'update', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason, 'frozen_at', OLD.frozen_at), json_object('campaign_id', NEW.campaign_id, 'form', NEW.form, 'unit_key', NEW.unit_key, 'period', NEW.period, 'locked_at', NEW.locked_at, 'locked_by', NEW.locked_by, 'unlocked_at', NEW.unlocked_at, 'unlocked_by', NEW.unlocked_by, 'unlock_reason', NEW.unlock_reason, 'frozen_at', NEW.frozen_at));
END;

CREATE TRIGGER audit_period_lock_delete AFTER DELETE ON period_lock
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('period_lock', OLD.id, 'delete', json_object('campaign_id', OLD.campaign_id, 'form', OLD.form, 'unit_key', OLD.unit_key, 'period', OLD.period, 'locked_at', OLD.locked_at, 'locked_by', OLD.locked_by, 'unlocked_at', OLD.unlocked_at, 'unlocked_by', OLD.unlocked_by, 'unlock_reason', OLD.unlock_reason, 'frozen_at', OLD.frozen_at));
END;
