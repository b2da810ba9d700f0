-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14: each campaign's 工作方案 (the plan its notice issues) as the bureau wrote it:
-- one JSON document a campaign (sections, 领导小组, items with their 责任单位, 附件). The
-- steps and contacts are not stored: they are written from the campaign's phases and
-- offices when the plan is shown or printed. A campaign without a row reads its
-- template's plan. Changes are audited like the campaign's other parts.

CREATE TABLE campaign_work_plan (
    campaign_id     INTEGER PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
    plan            TEXT NOT NULL CHECK (json_valid(plan))
);

CREATE TRIGGER audit_campaign_work_plan_insert AFTER INSERT ON campaign_work_plan
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, new_values)
    VALUES ('campaign_work_plan', NEW.campaign_id, 'insert', json_object('plan', NEW.plan));
END;

CREATE TRIGGER audit_campaign_work_plan_update AFTER UPDATE ON campaign_work_plan
WHEN OLD.plan IS NOT NEW.plan
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values, new_values)
    VALUES ('campaign_work_plan', NEW.campaign_id, 'update', json_object('plan', OLD.plan), json_object('plan', NEW.plan));
END;

CREATE TRIGGER audit_campaign_work_plan_delete AFTER DELETE ON campaign_work_plan
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, old_values)
    VALUES ('campaign_work_plan', OLD.campaign_id, 'delete', json_object('plan', OLD.plan));
END;
