-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13 on PostgreSQL: the server holds what the program checks, against an account
-- that writes its own SQL (see 0013_server_checks.sql for the rules both engines share:
-- the forms' columns and figure bounds, text lengths, lock rows as history). Here also:
-- * A report's version is the server's: 1 when filed, one more with every change.
-- * An institution files only the months and forms a deadline of the campaign asks of
--   institutions, never moves a report to another month, form or unit, never marks one
--   as derived, and dates its filing the day it files (a day either side, for time zones).
-- * Overrides of a ledger check are the bureau's decision: an institution reads them only.
-- * An institution's problems: it records its own findings (source 'self') and works on
--   every open one (responsible, measures, note, the state short of 销号); a finding of
--   the bureau's or an inspection keeps what was found, a closed problem keeps
--   everything, and no problem changes its source. Steps are history: an institution
--   adds its own and changes or deletes none (so it deletes no problem that has one).
-- * Large objects (lo_create and kin) are revoked from PUBLIC where the session may do
--   so; only their owner, the superuser, can (server init says so when it could not).

CREATE TABLE form_column (
    form            INTEGER NOT NULL CHECK (form IN (1, 2, 3)),
    column_no       INTEGER NOT NULL CHECK (column_no >= 1),
    kind            TEXT NOT NULL CHECK (kind IN ('count', 'amount', 'text')),
    PRIMARY KEY (form, column_no)
);
INSERT INTO form_column (form, column_no, kind) VALUES
    (1, 1, 'count'), (1, 2, 'count'), (1, 3, 'count'), (1, 4, 'count'), (1, 5, 'count'), (1, 6, 'count'),
    (1, 7, 'count'), (1, 8, 'count'), (1, 9, 'count'), (1, 10, 'count'), (1, 11, 'count'),
    (2, 1, 'count'), (2, 2, 'count'), (2, 3, 'count'), (2, 4, 'count'), (2, 5, 'count'), (2, 6, 'count'),
    (2, 7, 'count'), (2, 8, 'count'), (2, 9, 'count'), (2, 10, 'count'), (2, 11, 'amount'), (2, 12, 'amount'),
    (2, 13, 'amount'), (2, 14, 'amount'), (2, 15, 'count'), (2, 16, 'count'), (2, 17, 'count'), (2, 18, 'text'),
    (3, 1, 'count'), (3, 2, 'count'), (3, 3, 'count'), (3, 4, 'count'), (3, 5, 'count'), (3, 6, 'count'),
    (3, 7, 'count'), (3, 8, 'count'), (3, 9, 'count'), (3, 10, 'amount'), (3, 11, 'count'), (3, 12, 'count'),
    (3, 13, 'amount'), (3, 14, 'text');
GRANT SELECT ON public.form_column TO qingfeng_bureau, qingfeng_city, qingfeng_institution;

-- Bounds on the row itself. NaN sorts above every number in PostgreSQL, so "< 1e9" also
-- refuses it and +Infinity; ">= 0" refuses -Infinity.
ALTER TABLE public.figure ADD CONSTRAINT figure_number_bounds CHECK (number IS NULL OR (
    number >= 0 AND number < 1e9 AND abs(number * 100 - round(number * 100)) < 1e-6));

-- What the row cannot say alone: which column of which form it is, and so whether it is a
-- count (whole) or takes text (see 0013_server_checks.sql on numbers in a text column).
CREATE FUNCTION public.qf_figure_fits() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    k TEXT;
BEGIN
    SELECT c.kind INTO k FROM public.report r JOIN public.form_column c ON c.form = r.form AND c.column_no = NEW.column_no
     WHERE r.id = NEW.report_id;
    IF k IS NULL OR (k = 'count' AND NEW.number <> pg_catalog.round(NEW.number))
       OR (NEW.text IS NOT NULL AND k <> 'text') THEN
        RAISE EXCEPTION 'figure out of range: column % of report %', NEW.column_no, NEW.report_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER figure_fits BEFORE INSERT OR UPDATE ON public.figure
    FOR EACH ROW EXECUTE FUNCTION public.qf_figure_fits();

-- Every text column of every table but the audit trail's own (which holds the rows' old
-- and new values, each within these limits) and the schema's bookkeeping.
DO $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT k.table_name, k.column_name FROM information_schema.columns k
               JOIN information_schema.tables t ON t.table_schema = k.table_schema AND t.table_name = k.table_name
              WHERE k.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND k.data_type = 'text'
                AND k.table_name NOT IN ('audit_log', 'schema_version', 'account')
              ORDER BY 1, 2 LOOP
        EXECUTE pg_catalog.format('ALTER TABLE public.%I ADD CONSTRAINT %I CHECK (pg_catalog.length(%I) <= 4000)',
                                  c.table_name, c.table_name || '_' || c.column_name || '_length', c.column_name);
    END LOOP;
END;
$$;

-- Who acts for the bureau on a table: a member of qingfeng_bureau, or of the role that
-- owns the table (the schema's administrator).
CREATE FUNCTION public.qf_acts_for_bureau(relation OID) RETURNS BOOLEAN LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT pg_catalog.pg_has_role(SESSION_USER, 'qingfeng_bureau', 'MEMBER')
        OR pg_catalog.pg_has_role(SESSION_USER, (SELECT k.relowner FROM pg_catalog.pg_class k WHERE k.oid = relation), 'MEMBER')
$$;

CREATE FUNCTION public.qf_lock_history() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    -- Lifting an active lock once, with a reason (its frozen figures stay as they were).
    IF TG_OP = 'UPDATE' AND OLD.unlocked_at IS NULL AND NEW.unlocked_at IS NOT NULL
       AND pg_catalog.length(pg_catalog.btrim(NEW.unlock_reason)) > 0
       AND NEW.frozen_at IS NOT DISTINCT FROM OLD.frozen_at
       AND (NEW.id, NEW.campaign_id, NEW.form, NEW.unit_key, NEW.period, NEW.locked_at, NEW.locked_by)
           IS NOT DISTINCT FROM (OLD.id, OLD.campaign_id, OLD.form, OLD.unit_key, OLD.period, OLD.locked_at, OLD.locked_by) THEN
        RETURN NEW;
    END IF;
    -- Marking, once and while it stands, that the figures it covers were kept at locking
    -- (0010_signed_figures.pg.sql).
    IF TG_OP = 'UPDATE' AND OLD.unlocked_at IS NULL AND NEW.unlocked_at IS NULL
       AND OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL
       AND (NEW.id, NEW.campaign_id, NEW.form, NEW.unit_key, NEW.period, NEW.locked_at, NEW.locked_by,
            NEW.unlocked_by, NEW.unlock_reason)
           IS NOT DISTINCT FROM (OLD.id, OLD.campaign_id, OLD.form, OLD.unit_key, OLD.period, OLD.locked_at, OLD.locked_by,
                                 OLD.unlocked_by, OLD.unlock_reason) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'locks are history: a lock is lifted once, with a reason, and never deleted or moved';
END;
$$;
CREATE TRIGGER period_lock_history BEFORE UPDATE OR DELETE ON public.period_lock
    FOR EACH ROW EXECUTE FUNCTION public.qf_lock_history();
CREATE TRIGGER period_lock_no_truncate BEFORE TRUNCATE ON public.period_lock
    FOR EACH STATEMENT EXECUTE FUNCTION public.qf_lock_history();

CREATE FUNCTION public.qf_report_rules() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    today DATE := (pg_catalog.now() AT TIME ZONE 'UTC')::DATE;
    previous TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN NEW.version := 1; ELSE NEW.version := OLD.version + 1; END IF;
    IF public.qf_acts_for_bureau(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.campaign_id, NEW.form, NEW.unit_key, NEW.institution_id, NEW.period)
           IS DISTINCT FROM (OLD.campaign_id, OLD.form, OLD.unit_key, OLD.institution_id, OLD.period) THEN
        RAISE EXCEPTION 'report is the bureau''s to move: a report keeps its campaign, form, unit and month';
    END IF;
    IF TG_OP = 'INSERT' AND NOT EXISTS (
           SELECT 1 FROM public.deadline d
            WHERE d.campaign_id = NEW.campaign_id AND d.deliverable = NEW.form AND d.reporter = 'institutions'
              AND d.recurrence = 'monthly' AND NEW.period BETWEEN d.first_period AND d.last_period) THEN
        RAISE EXCEPTION 'report is the bureau''s to add: the campaign asks no institution for form % of %', NEW.form, NEW.period;
    END IF;
    IF NEW.source = 'derived' THEN
        RAISE EXCEPTION 'report is the bureau''s to derive';
    END IF;
    -- An upsert is first seen as an insert: the date it keeps is the stored report's.
    IF TG_OP = 'UPDATE' THEN
        previous := OLD.submitted_on;
    ELSE
        SELECT r.submitted_on INTO previous FROM public.report r
         WHERE r.campaign_id = NEW.campaign_id AND r.form = NEW.form AND r.unit_key = NEW.unit_key AND r.period = NEW.period;
    END IF;
    IF NEW.submitted_on IS NOT NULL AND NEW.submitted_on IS DISTINCT FROM previous
       AND NOT (public.qf_is_date(NEW.submitted_on)
                AND NEW.submitted_on::DATE BETWEEN today - 1 AND today + 1) THEN
        RAISE EXCEPTION 'report is the bureau''s to date: an institution''s filing is dated the day it is made';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER report_rules BEFORE INSERT OR UPDATE ON public.report
    FOR EACH ROW EXECUTE FUNCTION public.qf_report_rules();

REVOKE INSERT, UPDATE, DELETE ON public.figure_override FROM qingfeng_institution;

CREATE FUNCTION public.qf_problem_rules() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF public.qf_acts_for_bureau(TG_RELID) THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.source <> 'self' THEN
            RAISE EXCEPTION 'problem is the bureau''s: an institution records only what it found itself';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state = 'closed' THEN
        RAISE EXCEPTION 'problem is the bureau''s: a closed problem is kept as it was closed';
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.source <> 'self' THEN
            RAISE EXCEPTION 'problem is the bureau''s: a finding of the bureau''s is closed, never deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF (NEW.campaign_id, NEW.institution_id, NEW.source, NEW.created_at)
           IS DISTINCT FROM (OLD.campaign_id, OLD.institution_id, OLD.source, OLD.created_at)
       OR (OLD.source <> 'self' AND (NEW.found_on, NEW.found_by, NEW.description, NEW.deadline)
           IS DISTINCT FROM (OLD.found_on, OLD.found_by, OLD.description, OLD.deadline)) THEN
        RAISE EXCEPTION 'problem is the bureau''s: what the bureau found and its source stay as recorded';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER problem_rules BEFORE INSERT OR UPDATE OR DELETE ON public.problem
    FOR EACH ROW EXECUTE FUNCTION public.qf_problem_rules();

CREATE FUNCTION public.qf_step_history() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF NOT public.qf_acts_for_bureau(TG_RELID) THEN
        RAISE EXCEPTION 'steps are history: an institution adds steps and changes none';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER problem_step_history BEFORE UPDATE OR DELETE ON public.problem_step
    FOR EACH ROW EXECUTE FUNCTION public.qf_step_history();

-- Large objects: anyone who may log in could otherwise fill the server's disk with them.
-- The functions belong to the superuser, so only a superuser's session revokes them (for
-- anyone else REVOKE does nothing but warn); server init reports what is left open.
-- lo_import reads the server's files and is the superuser's already.
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER) THEN
        REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(OID), pg_catalog.lo_creat(INTEGER),
            pg_catalog.lo_from_bytea(OID, BYTEA) FROM PUBLIC;
    END IF;
END;
$$;

-- As 0009 did for the functions then: none for PUBLIC, the new ones for the group roles.
REVOKE EXECUTE ON FUNCTION public.qf_figure_fits(), public.qf_acts_for_bureau(OID), public.qf_lock_history(),
    public.qf_report_rules(), public.qf_problem_rules(), public.qf_step_history() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.qf_figure_fits(), public.qf_acts_for_bureau(OID), public.qf_lock_history(),
    public.qf_report_rules(), public.qf_problem_rules(), public.qf_step_history()
    TO qingfeng_bureau, qingfeng_city, qingfeng_institution;
