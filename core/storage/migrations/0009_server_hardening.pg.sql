-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9 on PostgreSQL: the access rules and the audit trail hold against an account
-- that writes its own SQL, not only against the program.
-- * Functions that run as the schema's owner (SECURITY DEFINER) have an empty search path
--   and name every object with its schema: otherwise a temporary table of the caller's
--   (pg_temp is searched first for tables) stands in for account or audit_log.
-- * No function may be run by PUBLIC, and qf_audit() by nobody but its owner. Triggers
--   fire whatever EXECUTE says, so this only stops calls and new triggers.
-- * The audit function refuses to run but as the audit trigger of a real table.
-- * Every audit row records the session's login, which a client cannot choose; the name
--   a client declares (qingfeng.actor) stands beside it.
-- * An institution's reports and filings carry its own unit key; the policy checks it
--   before any unique constraint can tell whether another unit has filed.
-- * 销号 (closing a problem or a tip-off) is the bureau's review: only the bureau, or the
--   schema's owner, may close one or undo it.

-- Nobody creates objects in the shared schema but its owner (the default since
-- PostgreSQL 15; older servers granted it to everyone).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

ALTER TABLE public.audit_log ADD COLUMN login TEXT;

CREATE OR REPLACE FUNCTION public.qf_my_institution() RETURNS INTEGER LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = '' AS $$
    SELECT a.institution_id FROM public.account a WHERE a.role_name = SESSION_USER AND a.kind = 'institution'
$$;

CREATE OR REPLACE FUNCTION public.qf_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    key_columns TEXT[] := pg_catalog.string_to_array(TG_ARGV[0], ',');
    logged TEXT[] := pg_catalog.string_to_array(TG_ARGV[2], ',');
    compared TEXT[] := pg_catalog.string_to_array(TG_ARGV[3], ',');
    o JSONB;
    n JSONB;
    old_values JSONB;
    new_values JSONB;
    source JSONB;
    key TEXT;
BEGIN
    -- Only an AFTER ROW trigger that the owner put on a permanent table of the schema may
    -- write here: a caller's temporary table with a trigger of its own cannot.
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW' OR TG_TABLE_SCHEMA <> 'public' OR NOT EXISTS (
           SELECT 1 FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            WHERE t.tgrelid = TG_RELID AND t.tgname = TG_NAME AND c.relpersistence = 'p'
              AND c.relnamespace = 'public'::pg_catalog.regnamespace
              AND t.tgfoid = 'public.qf_audit()'::pg_catalog.regprocedure) THEN
        RAISE EXCEPTION 'qf_audit runs only as the audit trigger of a table of the schema';
    END IF;
    IF TG_OP <> 'INSERT' THEN
        o := pg_catalog.to_jsonb(OLD);
        old_values := (SELECT pg_catalog.jsonb_object_agg(c, o -> c) FROM pg_catalog.unnest(logged) AS c);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := pg_catalog.to_jsonb(NEW);
        new_values := (SELECT pg_catalog.jsonb_object_agg(c, n -> c) FROM pg_catalog.unnest(logged) AS c);
    END IF;
    IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(compared) AS c WHERE o -> c IS DISTINCT FROM n -> c) THEN
        RETURN NULL;
    END IF;
    source := coalesce(n, o);
    key := (SELECT pg_catalog.string_agg(source ->> c, TG_ARGV[1] ORDER BY i)
            FROM pg_catalog.unnest(key_columns) WITH ORDINALITY AS k(c, i));
    INSERT INTO public.audit_log (actor, login, table_name, row_key, action, old_values, new_values)
    VALUES (coalesce(nullif(pg_catalog.current_setting('qingfeng.actor', true), ''), SESSION_USER), SESSION_USER,
            TG_TABLE_NAME, key, pg_catalog.lower(TG_OP), old_values::TEXT, new_values::TEXT);
    RETURN NULL;
END;
$$;

-- 销号 and its undoing. Arguments: the state columns of the table.
CREATE FUNCTION public.qf_closing_needs_bureau() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    columns TEXT[] := TG_ARGV[0]::TEXT[];
    o JSONB;
    n JSONB;
    c TEXT;
    touches BOOLEAN := false;
BEGIN
    IF TG_OP <> 'INSERT' THEN o := pg_catalog.to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := pg_catalog.to_jsonb(NEW); END IF;
    FOREACH c IN ARRAY columns LOOP
        IF TG_OP = 'UPDATE' AND (o ->> c) IS NOT DISTINCT FROM (n ->> c) THEN CONTINUE; END IF;
        IF (o ->> c) = 'closed' OR (n ->> c) = 'closed' THEN touches := true; END IF;
    END LOOP;
    IF touches AND NOT pg_catalog.pg_has_role(SESSION_USER, 'qingfeng_bureau', 'MEMBER')
       AND NOT pg_catalog.pg_has_role(SESSION_USER, (SELECT k.relowner FROM pg_catalog.pg_class k WHERE k.oid = TG_RELID), 'MEMBER') THEN
        RAISE EXCEPTION 'closing needs the bureau';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER problem_closing BEFORE INSERT OR UPDATE OR DELETE ON public.problem
    FOR EACH ROW EXECUTE FUNCTION public.qf_closing_needs_bureau('{state}');
CREATE TRIGGER problem_step_closing BEFORE INSERT OR UPDATE OR DELETE ON public.problem_step
    FOR EACH ROW EXECUTE FUNCTION public.qf_closing_needs_bureau('{from_state,to_state}');
CREATE TRIGGER tipoff_closing BEFORE INSERT OR UPDATE OR DELETE ON public.tipoff
    FOR EACH ROW EXECUTE FUNCTION public.qf_closing_needs_bureau('{state}');
CREATE TRIGGER tipoff_step_closing BEFORE INSERT OR UPDATE OR DELETE ON public.tipoff_step
    FOR EACH ROW EXECUTE FUNCTION public.qf_closing_needs_bureau('{from_state,to_state}');

-- An institution files under its own unit key only.
DROP POLICY own_rows ON public.report;
CREATE POLICY own_rows ON public.report TO qingfeng_institution
    USING (institution_id = public.qf_my_institution() AND unit_key = 'I' || public.qf_my_institution())
    WITH CHECK (institution_id = public.qf_my_institution() AND unit_key = 'I' || public.qf_my_institution());
DROP POLICY own_rows ON public.submission;
CREATE POLICY own_rows ON public.submission TO qingfeng_institution
    USING (institution_id = public.qf_my_institution() AND unit_key = 'I' || public.qf_my_institution())
    WITH CHECK (institution_id = public.qf_my_institution() AND unit_key = 'I' || public.qf_my_institution());

-- Functions: none for PUBLIC (any other login of the cluster), now or later. The group
-- roles may call them: the policies, checks and lock triggers call them as the caller, and
-- those that run as the caller can do no more than the caller could. The one that runs as
-- the owner and writes, qf_audit(), nobody may use in a trigger of their own.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO qingfeng_bureau, qingfeng_city, qingfeng_institution;
REVOKE EXECUTE ON FUNCTION public.qf_audit() FROM qingfeng_bureau, qingfeng_city, qingfeng_institution;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO qingfeng_bureau, qingfeng_city, qingfeng_institution;

-- Only the audit function numbers audit rows: nobody else may draw from its sequence.
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON SEQUENCE %s FROM qingfeng_bureau, qingfeng_city, qingfeng_institution',
                              pg_catalog.pg_get_serial_sequence('public.audit_log', 'id'));
END;
$$;
