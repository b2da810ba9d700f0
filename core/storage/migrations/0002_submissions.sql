-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: filings recorded by hand (an office's county forms, work summaries, reports),
-- with the attached file kept in the database.

-- One unit's filing of one deliverable for one month. unit_key is 'I<institution id>' for an
-- institution or 'O:<office name>' for an office of the campaign. Deadlines are rewritten
-- whenever a campaign is edited, so a filing is matched by deliverable, unit and month, not
-- by deadline id.
CREATE TABLE submission (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    deliverable     INTEGER NOT NULL CHECK (deliverable IN (1, 2, 3, 10, 11)),
    unit_key        TEXT NOT NULL CHECK (length(unit_key) > 1),
    institution_id  INTEGER REFERENCES institution(id) ON DELETE RESTRICT,
    period          TEXT NOT NULL,
    submitted_on    TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    UNIQUE (campaign_id, deliverable, unit_key, period)
);
CREATE INDEX submission_by_period ON submission (campaign_id, period);

-- The file that came with a filing, copied in: the database is the one file a bureau backs
-- up and moves, so the evidence travels with it.
CREATE TABLE submission_file (
    submission_id   INTEGER PRIMARY KEY REFERENCES submission(id) ON DELETE CASCADE,
    file_name       TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    size            INTEGER NOT NULL CHECK (size >= 0),
    sha256          TEXT NOT NULL,
    content         BLOB NOT NULL
);
