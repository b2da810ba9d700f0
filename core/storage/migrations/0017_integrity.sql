-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 17: a lock row says what happened, and only that, and a stored file stays the file that was stored.
-- * At most one lock stands for a campaign, form, unit and month. Two clerks signing at
--   once, or a second lock laid over a signed month with a snapshot of its own, would
--   otherwise leave the month with two sets of frozen figures, and which one shows would
--   be chance. A database that already holds such twins keeps the oldest standing; each
--   later twin is lifted here with a reason naming the one kept (nothing is deleted, and
--   the lift is in the audit trail like any other).
-- * A lock is taken unfrozen at a real date-time, and is marked frozen only once the rows
--   it keeps are there: a lock inserted as frozen would block edits while its month
--   was still built from live figures.
-- * Lifting happens at a real date-time no earlier than the lock, with a reason that shows
--   something: spaces, zero-width and bidi marks alone are no reason.

UPDATE period_lock
   SET unlocked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), unlocked_by = 'qingfeng',
       unlock_reason = '同一月份已有更早的锁（编号 ' || (SELECT min(o.id) FROM period_lock o WHERE o.unlocked_at IS NULL
                         AND o.campaign_id = period_lock.campaign_id AND o.form = period_lock.form
                         AND o.unit_key = period_lock.unit_key AND o.period = period_lock.period) || '），升级时解除这把重复的锁'
 WHERE unlocked_at IS NULL
   AND EXISTS (SELECT 1 FROM period_lock o WHERE o.unlocked_at IS NULL AND o.id < period_lock.id
               AND o.campaign_id = period_lock.campaign_id AND o.form = period_lock.form
               AND o.unit_key = period_lock.unit_key AND o.period = period_lock.period);

DROP INDEX period_lock_active;
CREATE UNIQUE INDEX period_lock_standing ON period_lock (campaign_id, form, unit_key, period) WHERE unlocked_at IS NULL;

-- YYYY-MM-DDTHH:MM:SS, a real moment, then optional milliseconds and Z (what the program
-- writes: UTC, ISO 8601).
CREATE TRIGGER period_lock_taken BEFORE INSERT ON period_lock
WHEN NEW.frozen_at IS NOT NULL OR NEW.unlocked_at IS NOT NULL
     OR NOT (NEW.locked_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'
             AND strftime('%Y-%m-%dT%H:%M:%S', julianday(substr(NEW.locked_at, 1, 19))) IS substr(NEW.locked_at, 1, 19)
             AND (substr(NEW.locked_at, 20) IN ('', 'Z') OR substr(NEW.locked_at, 20) GLOB '.[0-9][0-9][0-9]'
                  OR substr(NEW.locked_at, 20) GLOB '.[0-9][0-9][0-9]Z'))
BEGIN
    SELECT RAISE(ABORT, 'invalid lock: a lock is taken standing and unfrozen, at an ISO date-time');
END;

CREATE TRIGGER period_lock_frozen_kept BEFORE UPDATE OF frozen_at ON period_lock
WHEN OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL
     AND (NOT EXISTS (SELECT 1 FROM signed_figure s WHERE s.lock_id = NEW.id)
          OR NOT (NEW.frozen_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'
                  AND strftime('%Y-%m-%dT%H:%M:%S', julianday(substr(NEW.frozen_at, 1, 19))) IS substr(NEW.frozen_at, 1, 19)
                  AND (substr(NEW.frozen_at, 20) IN ('', 'Z') OR substr(NEW.frozen_at, 20) GLOB '.[0-9][0-9][0-9]'
                       OR substr(NEW.frozen_at, 20) GLOB '.[0-9][0-9][0-9]Z')))
BEGIN
    SELECT RAISE(ABORT, 'locks are history: a lock is marked frozen at an ISO date-time once the figures it keeps are stored');
END;

-- The message begins like 0013's rule for lock rows: both say the same thing to the caller.
CREATE TRIGGER period_lock_lifted BEFORE UPDATE OF unlocked_at ON period_lock
WHEN OLD.unlocked_at IS NULL AND NEW.unlocked_at IS NOT NULL
     AND (length(trim(NEW.unlock_reason, char(9, 10, 11, 12, 13, 32, 133, 160, 173, 847, 1564, 4447, 4448, 6068, 6069, 6155, 6156, 6157, 6158, 6159, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8203, 8204, 8205, 8206, 8207, 8232, 8233, 8234, 8235, 8236, 8237, 8238, 8239, 8287, 8288, 8289, 8290, 8291, 8292, 8293, 8294, 8295, 8296, 8297, 8298, 8299, 8300, 8301, 8302, 8303, 12288, 12644, 65024, 65025, 65026, 65027, 65028, 65029, 65030, 65031, 65032, 65033, 65034, 65035, 65036, 65037, 65038, 65039, 65279, 65440))) = 0
          OR NOT (NEW.unlocked_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'
                  AND strftime('%Y-%m-%dT%H:%M:%S', julianday(substr(NEW.unlocked_at, 1, 19))) IS substr(NEW.unlocked_at, 1, 19)
                  AND (substr(NEW.unlocked_at, 20) IN ('', 'Z') OR substr(NEW.unlocked_at, 20) GLOB '.[0-9][0-9][0-9]'
                       OR substr(NEW.unlocked_at, 20) GLOB '.[0-9][0-9][0-9]Z'))
          OR datetime(substr(NEW.unlocked_at, 1, 19)) < datetime(substr(OLD.locked_at, 1, 19)))
BEGIN
    SELECT RAISE(ABORT, 'locks are history: a lock is lifted at an ISO date-time after it was taken, with a reason that shows');
END;

-- Evidence of a problem is the file that was stored: its content, size and SHA-256 are
-- written once (the audit trail logs size and SHA-256, not the content, so a changed
-- content would leave no trace). Who may delete the row is as before; other evidence is a
-- new row with its own audit entry. A filing's attachment is replaced when the filing is
-- sent again, and then its size and SHA-256 change with it, in the trail. Either is at most
-- the program's own limit (EvidenceFile::kMaxSize, SubmissionRepository::kMaxFileSize).
CREATE TRIGGER problem_evidence_kept BEFORE UPDATE ON problem_evidence
WHEN NEW.content IS NOT OLD.content OR NEW.size IS NOT OLD.size OR NEW.sha256 IS NOT OLD.sha256
BEGIN
    SELECT RAISE(ABORT, 'stored files are kept as stored');
END;

CREATE TRIGGER problem_evidence_size BEFORE INSERT ON problem_evidence
WHEN length(NEW.content) > 20971520
BEGIN
    SELECT RAISE(ABORT, 'stored file too large');
END;

CREATE TRIGGER submission_file_size BEFORE INSERT ON submission_file
WHEN length(NEW.content) > 52428800
BEGIN
    SELECT RAISE(ABORT, 'stored file too large');
END;

CREATE TRIGGER submission_file_size_update BEFORE UPDATE ON submission_file
WHEN length(NEW.content) > 52428800
BEGIN
    SELECT RAISE(ABORT, 'stored file too large');
END;
