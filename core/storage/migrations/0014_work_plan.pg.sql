-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14 on PostgreSQL: each campaign's 工作方案 (see 0014_work_plan.sql), with the
-- access of the campaign's other parts: the bureau writes it, the city and the
-- institutions read it.

CREATE TABLE public.campaign_work_plan (
    campaign_id     INTEGER PRIMARY KEY REFERENCES public.campaign(id) ON DELETE CASCADE,
    plan            TEXT NOT NULL CHECK (plan::jsonb IS NOT NULL)
);

CREATE TRIGGER audit_campaign_work_plan AFTER INSERT OR UPDATE OR DELETE ON public.campaign_work_plan
    FOR EACH ROW EXECUTE FUNCTION public.qf_audit('campaign_id', '', 'plan', 'plan');

GRANT SELECT, INSERT, UPDATE, DELETE ON public.campaign_work_plan TO qingfeng_bureau;
GRANT SELECT ON public.campaign_work_plan TO qingfeng_city, qingfeng_institution;
