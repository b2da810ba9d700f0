-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7 on PostgreSQL: accounts and access, enforced by the server whatever client
-- connects. Three group roles (cluster-wide, so created only when missing):
--   qingfeng_bureau       the county bureau's staff: every row, read and write
--   qingfeng_city         the city level: reads everything but tip-off reporters
--   qingfeng_institution  an institution's staff: its own reports, filings and ledgers;
--                         the registry and campaign to read; nothing of tip-offs
-- A login role is mapped to its institution in account; qf_my_institution() looks the
-- session's login up there, and the policies compare every row's institution with it.
-- A later step that adds a table grants it and, if it holds an institution's rows,
-- enables row-level security on it, as this step does for the tables so far.

DO $$
BEGIN
    CREATE ROLE qingfeng_bureau NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END;
$$;

DO $$
BEGIN
    CREATE ROLE qingfeng_city NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END;
$$;

DO $$
BEGIN
    CREATE ROLE qingfeng_institution NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END;
$$;

CREATE TABLE account (
    role_name       TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('bureau', 'city', 'institution')),
    institution_id  INTEGER REFERENCES institution(id) ON DELETE CASCADE,
    CHECK ((kind = 'institution') = (institution_id IS NOT NULL))
);

-- Runs as the owner: institutions may not read the account table itself.
CREATE FUNCTION qf_my_institution() RETURNS INTEGER LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT institution_id FROM account WHERE role_name = session_user AND kind = 'institution'
$$;

GRANT USAGE ON SCHEMA public TO qingfeng_bureau, qingfeng_city, qingfeng_institution;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO qingfeng_bureau;
REVOKE INSERT, UPDATE, DELETE ON audit_log, schema_version, account FROM qingfeng_bureau;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO qingfeng_city;
REVOKE SELECT ON tipoff_reporter, account FROM qingfeng_city;
GRANT SELECT ON institution, campaign, office, phase, deadline, period_lock, schema_version,
    inspection, supplier_blacklist TO qingfeng_institution;
GRANT SELECT, INSERT, UPDATE, DELETE ON report, figure, submission, submission_file, problem, problem_step,
    problem_evidence, case_record, supplier_interview, figure_override TO qingfeng_institution;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO qingfeng_bureau, qingfeng_institution;

-- Row-level security: the bureau and the city see every row; an institution its own.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['report', 'figure', 'submission', 'submission_file', 'problem', 'problem_step',
                             'problem_evidence', 'case_record', 'supplier_interview', 'inspection',
                             'supplier_blacklist', 'figure_override', 'tipoff', 'tipoff_step', 'tipoff_reporter'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY bureau_all ON %I TO qingfeng_bureau USING (true) WITH CHECK (true)', t);
        IF t <> 'tipoff_reporter' THEN
            EXECUTE format('CREATE POLICY city_read ON %I FOR SELECT TO qingfeng_city USING (true)', t);
        END IF;
    END LOOP;
END;
$$;

CREATE POLICY own_rows ON report TO qingfeng_institution
    USING (institution_id = qf_my_institution()) WITH CHECK (institution_id = qf_my_institution());
CREATE POLICY own_rows ON figure TO qingfeng_institution
    USING (EXISTS (SELECT 1 FROM report r WHERE r.id = figure.report_id AND r.institution_id = qf_my_institution()))
    WITH CHECK (EXISTS (SELECT 1 FROM report r WHERE r.id = figure.report_id AND r.institution_id = qf_my_institution()));
CREATE POLICY own_rows ON submission TO qingfeng_institution
    USING (institution_id = qf_my_institution()) WITH CHECK (institution_id = qf_my_institution());
CREATE POLICY own_rows ON submission_file TO qingfeng_institution
    USING (EXISTS (SELECT 1 FROM submission s WHERE s.id = submission_file.submission_id AND s.institution_id = qf_my_institution()))
    WITH CHECK (EXISTS (SELECT 1 FROM submission s WHERE s.id = submission_file.submission_id AND s.institution_id = qf_my_institution()));
CREATE POLICY own_rows ON problem TO qingfeng_institution
    USING (institution_id = qf_my_institution()) WITH CHECK (institution_id = qf_my_institution());
CREATE POLICY own_rows ON problem_step TO qingfeng_institution
    USING (EXISTS (SELECT 1 FROM problem p WHERE p.id = problem_step.problem_id AND p.institution_id = qf_my_institution()))
    WITH CHECK (EXISTS (SELECT 1 FROM problem p WHERE p.id = problem_step.problem_id AND p.institution_id = qf_my_institution()));
CREATE POLICY own_rows ON problem_evidence TO qingfeng_institution
    USING (EXISTS (SELECT 1 FROM problem p WHERE p.id = problem_evidence.problem_id AND p.institution_id = qf_my_institution()))
    WITH CHECK (EXISTS (SELECT 1 FROM problem p WHERE p.id = problem_evidence.problem_id AND p.institution_id = qf_my_institution()));
CREATE POLICY own_rows ON case_record TO qingfeng_institution
    USING (institution_id = qf_my_institution()) WITH CHECK (institution_id = qf_my_institution());
CREATE POLICY own_rows ON supplier_interview TO qingfeng_institution
    USING (institution_id = qf_my_institution()) WITH CHECK (institution_id = qf_my_institution());
CREATE POLICY own_rows ON figure_override TO qingfeng_institution
    USING (unit_key = 'I' || qf_my_institution()) WITH CHECK (unit_key = 'I' || qf_my_institution());
CREATE POLICY own_read ON inspection FOR SELECT TO qingfeng_institution USING (institution_id = qf_my_institution());
CREATE POLICY all_read ON supplier_blacklist FOR SELECT TO qingfeng_institution USING (true);
