-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 17 on PostgreSQL: a lock row says what happened, and only that, and a stored file stays the file that was stored (see
-- 0017_integrity.sql for the rules). Here the server also writes who: the account
-- that takes or lifts a lock is the session's, as in the audit trail (0009), whatever
-- name the statement carries.

UPDATE public.period_lock l
   SET unlocked_at = pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       unlocked_by = 'qingfeng',
       unlock_reason = '同一月份已有更早的锁（编号 ' || (SELECT min(o.id) FROM public.period_lock o WHERE o.unlocked_at IS NULL
                         AND o.campaign_id = l.campaign_id AND o.form = l.form AND o.unit_key = l.unit_key
                         AND o.period = l.period) || '），升级时解除这把重复的锁'
 WHERE l.unlocked_at IS NULL
   AND EXISTS (SELECT 1 FROM public.period_lock o WHERE o.unlocked_at IS NULL AND o.id < l.id
               AND o.campaign_id = l.campaign_id AND o.form = l.form AND o.unit_key = l.unit_key AND o.period = l.period);

DROP INDEX public.period_lock_active;
CREATE UNIQUE INDEX period_lock_standing ON public.period_lock (campaign_id, form, unit_key, period) WHERE unlocked_at IS NULL;

-- What the program writes: YYYY-MM-DDTHH:MM:SS, a real moment, optional milliseconds and Z.
CREATE FUNCTION public.qf_is_datetime(v TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF v IS NULL THEN RETURN true; END IF;
    IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{3})?Z?$' THEN RETURN false; END IF;
    RETURN pg_catalog.to_char(pg_catalog.to_timestamp(substr(v, 1, 19), 'YYYY-MM-DD"T"HH24:MI:SS')::TIMESTAMP,
                              'YYYY-MM-DD"T"HH24:MI:SS') = substr(v, 1, 19);
EXCEPTION WHEN others THEN
    RETURN false;
END;
$$;

-- Whether a text shows something: not only spaces, zero-width and bidi marks, fillers.
CREATE FUNCTION public.qf_shows(v TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT v ~ '[^[:space:]\u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0]'
$$;

CREATE FUNCTION public.qf_lock_rules() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    actor TEXT := coalesce(nullif(pg_catalog.current_setting('qingfeng.actor', true), ''), SESSION_USER);
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.frozen_at IS NOT NULL OR NEW.unlocked_at IS NOT NULL OR NOT public.qf_is_datetime(NEW.locked_at)
           OR NEW.locked_at IS NULL THEN
            RAISE EXCEPTION 'invalid lock: a lock is taken standing and unfrozen, at an ISO date-time';
        END IF;
        NEW.locked_by := actor;
        RETURN NEW;
    END IF;
    IF OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL
       AND (NOT public.qf_is_datetime(NEW.frozen_at)
            OR NOT EXISTS (SELECT 1 FROM public.signed_figure s WHERE s.lock_id = NEW.id)) THEN
        RAISE EXCEPTION 'locks are history: a lock is marked frozen at an ISO date-time once the figures it keeps are stored';
    END IF;
    IF OLD.unlocked_at IS NULL AND NEW.unlocked_at IS NOT NULL THEN
        IF NOT public.qf_is_datetime(NEW.unlocked_at) OR NOT coalesce(public.qf_shows(NEW.unlock_reason), false)
           OR (public.qf_is_datetime(OLD.locked_at) AND substr(NEW.unlocked_at, 1, 19) < substr(OLD.locked_at, 1, 19)) THEN
            RAISE EXCEPTION 'locks are history: a lock is lifted at an ISO date-time after it was taken, with a reason that shows';
        END IF;
        NEW.unlocked_by := actor;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER period_lock_rules BEFORE INSERT OR UPDATE ON public.period_lock
    FOR EACH ROW EXECUTE FUNCTION public.qf_lock_rules();

-- Evidence is the file that was stored, and a filing's attachment at most the
-- program's limit (see 0017_integrity.sql). Here the server also computes: the SHA-256 a row names is its content's, and the size its length, so
-- a row cannot hold content other than the one its audit entry describes.
CREATE FUNCTION public.qf_file_kept() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    limit_bytes BIGINT := CASE TG_TABLE_NAME WHEN 'problem_evidence' THEN 20971520 ELSE 52428800 END;
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'problem_evidence' THEN
        IF NEW.content IS DISTINCT FROM OLD.content OR NEW.size IS DISTINCT FROM OLD.size
           OR NEW.sha256 IS DISTINCT FROM OLD.sha256 THEN
            RAISE EXCEPTION 'stored files are kept as stored';
        END IF;
        RETURN NEW;
    END IF;
    IF pg_catalog.length(NEW.content) > limit_bytes THEN
        RAISE EXCEPTION 'stored file too large';
    END IF;
    IF NEW.sha256 IS DISTINCT FROM pg_catalog.encode(pg_catalog.sha256(NEW.content), 'hex')
       OR NEW.size IS DISTINCT FROM pg_catalog.length(NEW.content) THEN
        RAISE EXCEPTION 'stored file: size or SHA-256 is not the content''s';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER problem_evidence_kept BEFORE INSERT OR UPDATE ON public.problem_evidence
    FOR EACH ROW EXECUTE FUNCTION public.qf_file_kept();
CREATE TRIGGER submission_file_kept BEFORE INSERT OR UPDATE ON public.submission_file
    FOR EACH ROW EXECUTE FUNCTION public.qf_file_kept();
