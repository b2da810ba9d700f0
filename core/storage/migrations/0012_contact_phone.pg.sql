-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12 on PostgreSQL: the contact phone (联系电话) of 0012_contact_phone.sql. The
-- table-wide grants of 0007 cover the new column; the audit trigger names the columns it
-- logs and compares, so it is made again with the new one.

ALTER TABLE public.institution ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_institution ON public.institution;
CREATE TRIGGER audit_institution AFTER INSERT OR UPDATE OR DELETE ON public.institution
    FOR EACH ROW EXECUTE FUNCTION public.qf_audit('id', '', 'name,short_name,ownership,level,contracted,kind,township,report_phone,report_email,contact_person,active,active_from,active_until,contact_phone',
                                                  'name,short_name,ownership,level,contracted,kind,township,report_phone,report_email,contact_person,active,active_from,active_until,contact_phone');
