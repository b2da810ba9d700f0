-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: each institution has a contact phone (联系电话), the office line a clerk calls
-- to chase a report, apart from the public 举报电话 printed on posters. The audit triggers
-- list their columns, so they are made again with the new one: a changed contact phone is
-- part of the registry's history like every other field.

ALTER TABLE institution ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_institution_insert;
DROP TRIGGER audit_institution_update;
DROP TRIGGER audit_institution_delete;

CREATE TRIGGER audit_institution_insert AFTER INSERT ON institution
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('institution', NEW.id, 'insert', json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until, 'contact_phone', NEW.contact_phone));
END;

CREATE TRIGGER audit_institution_update AFTER UPDATE ON institution
WHEN json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until, 'contact_phone', OLD.contact_phone) IS NOT json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until, 'contact_phone', NEW.contact_phone)
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('institution', NEW.id, 'update', json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until, 'contact_phone', OLD.contact_phone), json_object('name', NEW.name, 'short_name', NEW.short_name, 'ownership', NEW.ownership, 'level', NEW.level, 'contracted', NEW.contracted, 'kind', NEW.kind, 'township', NEW.township, 'report_phone', NEW.report_phone, 'report_email', NEW.report_email, 'contact_person', NEW.contact_person, 'active', NEW.active, 'active_from', NEW.active_from, 'active_until', NEW.active_until, 'contact_phone', NEW.contact_phone));
END;

CREATE TRIGGER audit_institution_delete AFTER DELETE ON institution
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('institution', OLD.id, 'delete', json_object('name', OLD.name, 'short_name', OLD.short_name, 'ownership', OLD.ownership, 'level', OLD.level, 'contracted', OLD.contracted, 'kind', OLD.kind, 'township', OLD.township, 'report_phone', OLD.report_phone, 'report_email', OLD.report_email, 'contact_person', OLD.contact_person, 'active', OLD.active, 'active_from', OLD.active_from, 'active_until', OLD.active_until, 'contact_phone', OLD.contact_phone));
END;
