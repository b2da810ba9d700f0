-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11 on PostgreSQL: the reporter's audit trigger compares the note too, as SQLite's
-- does; as before only whether the tip-off is anonymous is logged, never who reported it.
-- (The audit coverage test compares every audited table's columns with its triggers.)

DROP TRIGGER audit_tipoff_reporter ON public.tipoff_reporter;
CREATE TRIGGER audit_tipoff_reporter AFTER INSERT OR UPDATE OR DELETE ON public.tipoff_reporter
    FOR EACH ROW EXECUTE FUNCTION public.qf_audit('tipoff_id', '', 'tipoff_id,anonymous', 'anonymous,name,contact,note');
