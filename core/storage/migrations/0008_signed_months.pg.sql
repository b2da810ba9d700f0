-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8 on PostgreSQL: signed months stay signed, and dates and months are written one
-- way only (see 0008_signed_months.sql for the rules). Every function here runs with an empty search path and names every object with
-- its schema, so a temporary table or function of the caller's cannot stand in for the
-- lock table (pg_temp is searched first otherwise). Version 3's lock functions are
-- replaced in the same way, and now judge an update by the row as it becomes as well.

-- Dates are YYYY-MM-DD and months YYYY-MM, exactly: the lock rules compare them as text.
CREATE FUNCTION public.qf_is_date(v TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF v IS NULL THEN RETURN true; END IF;
    IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN false; END IF;
    RETURN pg_catalog.to_char(pg_catalog.make_date(substr(v, 1, 4)::INTEGER, substr(v, 6, 2)::INTEGER,
                                                   substr(v, 9, 2)::INTEGER), 'YYYY-MM-DD') = v;
EXCEPTION WHEN others THEN
    RETURN false;
END;
$$;

CREATE FUNCTION public.qf_is_month(v TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT v IS NULL OR v ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
$$;

ALTER TABLE public.problem ADD CONSTRAINT problem_dates CHECK (public.qf_is_date(found_on) AND public.qf_is_date(deadline));
ALTER TABLE public.problem_step ADD CONSTRAINT problem_step_dates CHECK (public.qf_is_date(done_on));
ALTER TABLE public.tipoff ADD CONSTRAINT tipoff_dates CHECK (public.qf_is_date(received_on));
ALTER TABLE public.tipoff_step ADD CONSTRAINT tipoff_step_dates CHECK (public.qf_is_date(done_on));
ALTER TABLE public.inspection ADD CONSTRAINT inspection_dates CHECK (public.qf_is_date(inspected_on));
ALTER TABLE public.case_record ADD CONSTRAINT case_record_dates CHECK (public.qf_is_date(held_on) AND public.qf_is_date(answered_on));
ALTER TABLE public.supplier_interview ADD CONSTRAINT supplier_interview_dates CHECK (public.qf_is_date(held_on));
ALTER TABLE public.supplier_blacklist ADD CONSTRAINT supplier_blacklist_dates CHECK (public.qf_is_date(listed_on));
ALTER TABLE public.report ADD CONSTRAINT report_dates CHECK (public.qf_is_date(submitted_on) AND public.qf_is_month(period));
ALTER TABLE public.figure_override ADD CONSTRAINT figure_override_month CHECK (public.qf_is_month(period));
ALTER TABLE public.period_lock ADD CONSTRAINT period_lock_month CHECK (public.qf_is_month(period));

-- Whether a record of the campaign dated p_date, counted in forms p_forms for institution
-- p_institution (or, for 附件2, for its category), falls in or before a locked month.
CREATE FUNCTION public.qf_month_locked(p_campaign INTEGER, p_forms INTEGER[], p_institution INTEGER,
                                       p_date TEXT, p_category BOOLEAN)
RETURNS BOOLEAN LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT p_date IS NOT NULL AND EXISTS (
        SELECT 1 FROM public.period_lock l
        WHERE l.unlocked_at IS NULL AND l.campaign_id = p_campaign AND l.form = ANY (p_forms)
          AND l.period >= substr(p_date, 1, 7)
          AND (l.unit_key = '*'
               OR (p_category AND l.unit_key LIKE 'C:%')
               OR (NOT p_category AND l.unit_key = 'I' || p_institution::TEXT)))
$$;

-- A ledger record's trigger. Arguments: the forms it counts in, its date column, the
-- further columns whose change changes a figure, and whether it counts by category.
CREATE FUNCTION public.qf_record_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    forms INTEGER[] := TG_ARGV[0]::INTEGER[];
    date_column TEXT := TG_ARGV[1];
    watched TEXT[] := TG_ARGV[2]::TEXT[] || ARRAY['campaign_id', 'institution_id', TG_ARGV[1]];
    by_category BOOLEAN := TG_ARGV[3]::BOOLEAN;
    o JSONB;
    n JSONB;
    c TEXT;
    changed BOOLEAN := TG_OP <> 'UPDATE';
BEGIN
    IF TG_OP <> 'INSERT' THEN o := pg_catalog.to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := pg_catalog.to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' THEN
        FOREACH c IN ARRAY watched LOOP
            IF (o -> c) IS DISTINCT FROM (n -> c) THEN changed := true; END IF;
        END LOOP;
    END IF;
    IF changed AND ((o IS NOT NULL AND public.qf_month_locked((o ->> 'campaign_id')::INTEGER, forms,
                                                              (o ->> 'institution_id')::INTEGER, o ->> date_column, by_category))
                    OR (n IS NOT NULL AND public.qf_month_locked((n ->> 'campaign_id')::INTEGER, forms,
                                                                 (n ->> 'institution_id')::INTEGER, n ->> date_column, by_category))) THEN
        RAISE EXCEPTION 'locked period';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER problem_locked BEFORE INSERT OR UPDATE OR DELETE ON public.problem
    FOR EACH ROW EXECUTE FUNCTION public.qf_record_locked('{1}', 'found_on', '{}', 'false');
CREATE TRIGGER inspection_locked BEFORE INSERT OR UPDATE OR DELETE ON public.inspection
    FOR EACH ROW EXECUTE FUNCTION public.qf_record_locked('{2}', 'inspected_on',
        '{interview,criticism,rectify_order,clues_transferred,funds_recovered,fined,other_measure,refund_yuan,recovered_yuan,fine_yuan,suspended_persons,revoked_persons,prosecuted_persons}',
        'true');
CREATE TRIGGER case_record_locked BEFORE INSERT OR UPDATE OR DELETE ON public.case_record
    FOR EACH ROW EXECUTE FUNCTION public.qf_record_locked('{1,3}', 'held_on', '{kind,persons,amount_yuan,answered_on}', 'false');
CREATE TRIGGER supplier_interview_locked BEFORE INSERT OR UPDATE OR DELETE ON public.supplier_interview
    FOR EACH ROW EXECUTE FUNCTION public.qf_record_locked('{3}', 'held_on', '{}', 'false');

-- A step of a problem (附件1) or a tip-off (附件3) counts from its own date.
CREATE FUNCTION public.qf_step_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o JSONB;
    n JSONB;
    r JSONB;
    parent INTEGER;
    campaign INTEGER;
    institution INTEGER;
    form INTEGER;
BEGIN
    IF TG_OP <> 'INSERT' THEN o := pg_catalog.to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := pg_catalog.to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND (o - 'id' - 'note' - 'done_by' - 'recorded_at') = (n - 'id' - 'note' - 'done_by' - 'recorded_at') THEN
        RETURN NEW;
    END IF;
    FOREACH r IN ARRAY ARRAY[o, n] LOOP
        CONTINUE WHEN r IS NULL;
        IF TG_TABLE_NAME = 'problem_step' THEN
            parent := (r ->> 'problem_id')::INTEGER;
            SELECT p.campaign_id, p.institution_id INTO campaign, institution FROM public.problem p WHERE p.id = parent;
            form := 1;
        ELSE
            parent := (r ->> 'tipoff_id')::INTEGER;
            SELECT t.campaign_id, t.institution_id INTO campaign, institution FROM public.tipoff t WHERE t.id = parent;
            form := 3;
        END IF;
        IF campaign IS NOT NULL AND public.qf_month_locked(campaign, ARRAY[form], institution, r ->> 'done_on', false) THEN
            RAISE EXCEPTION 'locked period';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER problem_step_locked BEFORE INSERT OR UPDATE OR DELETE ON public.problem_step
    FOR EACH ROW EXECUTE FUNCTION public.qf_step_locked();
CREATE TRIGGER tipoff_step_locked BEFORE INSERT OR UPDATE OR DELETE ON public.tipoff_step
    FOR EACH ROW EXECUTE FUNCTION public.qf_step_locked();

-- A tip-off makes its unit keep the tip-off ledger from the day it was received, and counts
-- through its steps, which are never earlier: its received date is the one to judge by.
CREATE TRIGGER tipoff_locked BEFORE INSERT OR UPDATE OR DELETE ON public.tipoff
    FOR EACH ROW EXECUTE FUNCTION public.qf_record_locked('{3}', 'received_on', '{}', 'false');

-- Reports and overrides: the month's own rows, judged as they were and as they become. A
-- locked month also shows, for a unit without a report of its own, the unit's last report
-- before it (carried forward): that report is part of the locked month too.
CREATE FUNCTION public.qf_report_carried(p_campaign INTEGER, p_form INTEGER, p_unit TEXT, p_period TEXT)
RETURNS BOOLEAN LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.period_lock l
        WHERE l.unlocked_at IS NULL AND l.campaign_id = p_campaign AND l.form = p_form
          AND l.unit_key IN ('*', p_unit) AND l.period > p_period
          AND NOT EXISTS (SELECT 1 FROM public.report n WHERE n.campaign_id = p_campaign AND n.form = p_form
                          AND n.unit_key = p_unit AND n.period > p_period AND n.period <= l.period))
$$;

CREATE OR REPLACE FUNCTION public.qf_report_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND EXISTS (
            SELECT 1 FROM public.period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = OLD.campaign_id
               AND l.form = OLD.form AND l.period = OLD.period AND l.unit_key IN ('*', OLD.unit_key)))
       OR (TG_OP <> 'DELETE' AND EXISTS (
            SELECT 1 FROM public.period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = NEW.campaign_id
               AND l.form = NEW.form AND l.period = NEW.period AND l.unit_key IN ('*', NEW.unit_key))) THEN
        RAISE EXCEPTION 'locked period';
    END IF;
    -- Overrides have no carried-forward month: an override belongs to its own month only.
    IF TG_TABLE_NAME = 'report'
       AND ((TG_OP <> 'INSERT' AND public.qf_report_carried(OLD.campaign_id, OLD.form, OLD.unit_key, OLD.period))
            OR (TG_OP <> 'DELETE' AND public.qf_report_carried(NEW.campaign_id, NEW.form, NEW.unit_key, NEW.period))) THEN
        RAISE EXCEPTION 'locked period: carried forward';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER figure_override_locked BEFORE INSERT OR UPDATE OR DELETE ON public.figure_override
    FOR EACH ROW EXECUTE FUNCTION public.qf_report_locked();

CREATE OR REPLACE FUNCTION public.qf_figure_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    r RECORD;
    k INTEGER;
    reports INTEGER[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' THEN reports := reports || OLD.report_id; END IF;
    IF TG_OP <> 'DELETE' THEN reports := reports || NEW.report_id; END IF;
    FOREACH k IN ARRAY reports LOOP
        SELECT campaign_id, form, unit_key, period INTO r FROM public.report WHERE id = k;
        CONTINUE WHEN NOT FOUND;
        IF EXISTS (SELECT 1 FROM public.period_lock l WHERE l.unlocked_at IS NULL AND l.campaign_id = r.campaign_id
                   AND l.form = r.form AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)) THEN
            RAISE EXCEPTION 'locked period';
        END IF;
        IF public.qf_report_carried(r.campaign_id, r.form, r.unit_key, r.period) THEN
            RAISE EXCEPTION 'locked period: carried forward';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;
