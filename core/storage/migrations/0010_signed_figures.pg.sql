-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10 on PostgreSQL: a signed month's figures as they were shown when it was signed
-- (see 0010_signed_figures.sql for what a snapshot holds). The same rules as on SQLite, and
-- the access rules of the lock table: the bureau signs and so writes snapshots; the city
-- reads them; an institution reads its own unit's rows only (a signed form's total rows
-- hold other institutions' figures). Functions run with an empty search path.

ALTER TABLE public.period_lock ADD COLUMN frozen_at TEXT;

CREATE TABLE public.signed_figure (
    lock_id     INTEGER NOT NULL REFERENCES public.period_lock(id) ON DELETE CASCADE,
    row_key     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    column_no   INTEGER NOT NULL,
    value       TEXT,
    increase    TEXT,
    marks       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (lock_id, row_key, column_no)
);

CREATE FUNCTION public.qf_signed_figure_frozen() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       OR (TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM public.period_lock l WHERE l.id = NEW.lock_id
                                             AND l.unlocked_at IS NULL AND l.frozen_at IS NULL))
       OR (TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM public.period_lock l WHERE l.id = OLD.lock_id
                                         AND l.unlocked_at IS NULL)) THEN
        RAISE EXCEPTION 'locked period: signed figures are frozen';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER signed_figure_frozen BEFORE INSERT OR UPDATE OR DELETE ON public.signed_figure
    FOR EACH ROW EXECUTE FUNCTION public.qf_signed_figure_frozen();

CREATE FUNCTION public.qf_period_lock_frozen() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF OLD.frozen_at IS NOT NULL
       AND (NEW.frozen_at IS DISTINCT FROM OLD.frozen_at OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
            OR NEW.form IS DISTINCT FROM OLD.form OR NEW.unit_key IS DISTINCT FROM OLD.unit_key
            OR NEW.period IS DISTINCT FROM OLD.period OR (OLD.unlocked_at IS NOT NULL AND NEW.unlocked_at IS NULL)) THEN
        RAISE EXCEPTION 'locked period: signed figures are frozen';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER period_lock_frozen BEFORE UPDATE ON public.period_lock
    FOR EACH ROW EXECUTE FUNCTION public.qf_period_lock_frozen();

-- The audit trail shows when a lock was frozen.
DROP TRIGGER audit_period_lock ON public.period_lock;
CREATE TRIGGER audit_period_lock AFTER INSERT OR UPDATE OR DELETE ON public.period_lock
    FOR EACH ROW EXECUTE FUNCTION public.qf_audit('id', '', 'campaign_id,form,unit_key,period,locked_at,locked_by,unlocked_at,unlocked_by,unlock_reason,frozen_at', 'campaign_id,form,unit_key,period,locked_at,locked_by,unlocked_at,unlocked_by,unlock_reason,frozen_at');

GRANT SELECT, INSERT ON public.signed_figure TO qingfeng_bureau;
GRANT SELECT ON public.signed_figure TO qingfeng_city, qingfeng_institution;
ALTER TABLE public.signed_figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY bureau_all ON public.signed_figure TO qingfeng_bureau USING (true) WITH CHECK (true);
CREATE POLICY city_read ON public.signed_figure FOR SELECT TO qingfeng_city USING (true);
CREATE POLICY own_read ON public.signed_figure FOR SELECT TO qingfeng_institution
    USING (row_key = 'I' || public.qf_my_institution());
