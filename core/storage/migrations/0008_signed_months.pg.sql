-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8 on PostgreSQL: signed months stay signed (see 0008_signed_months.sql for the
-- rule). Every function here runs with an empty search path and names every object with
-- its schema, so a temporary table or function of the caller's cannot stand in for the
-- lock table (pg_temp is searched first otherwise). Version 3's lock functions are
-- replaced in the same way, and now judge an update by the row as it becomes as well.

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

-- A tip-off counts only through its steps: moving it to another institution or campaign,
-- or deleting it, changes every month from its first step on.
CREATE FUNCTION public.qf_tipoff_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    first_step TEXT;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.campaign_id IS NOT DISTINCT FROM NEW.campaign_id
       AND OLD.institution_id IS NOT DISTINCT FROM NEW.institution_id THEN
        RETURN NEW;
    END IF;
    SELECT min(s.done_on) INTO first_step FROM public.tipoff_step s WHERE s.tipoff_id = OLD.id;
    IF public.qf_month_locked(OLD.campaign_id, ARRAY[3], OLD.institution_id, first_step, false)
       OR (TG_OP = 'UPDATE' AND public.qf_month_locked(NEW.campaign_id, ARRAY[3], NEW.institution_id, first_step, false)) THEN
        RAISE EXCEPTION 'locked period';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER tipoff_locked BEFORE UPDATE OR DELETE ON public.tipoff
    FOR EACH ROW EXECUTE FUNCTION public.qf_tipoff_locked();

-- Reports and overrides: the month's own rows, judged as they were and as they become.
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
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER figure_override_locked BEFORE INSERT OR UPDATE OR DELETE ON public.figure_override
    FOR EACH ROW EXECUTE FUNCTION public.qf_report_locked();

CREATE OR REPLACE FUNCTION public.qf_figure_locked() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND EXISTS (
            SELECT 1 FROM public.report r JOIN public.period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
               AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = OLD.report_id AND l.unlocked_at IS NULL))
       OR (TG_OP <> 'DELETE' AND EXISTS (
            SELECT 1 FROM public.report r JOIN public.period_lock l ON l.campaign_id = r.campaign_id AND l.form = r.form
               AND l.period = r.period AND l.unit_key IN ('*', r.unit_key)
             WHERE r.id = NEW.report_id AND l.unlocked_at IS NULL)) THEN
        RAISE EXCEPTION 'locked period';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;
