-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1: registry, campaigns with offices, phases and deadlines, monthly reports and their figures.

CREATE TABLE institution (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name      TEXT NOT NULL DEFAULT '',
    ownership       TEXT NOT NULL CHECK (ownership IN ('public', 'private')),
    level           INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    contracted      INTEGER NOT NULL DEFAULT 0 CHECK (contracted IN (0, 1)),
    kind            TEXT NOT NULL DEFAULT 'medical' CHECK (kind IN ('medical', 'pharmacy')),
    township        TEXT NOT NULL DEFAULT '',
    report_phone    TEXT NOT NULL DEFAULT '',
    report_email    TEXT NOT NULL DEFAULT '',
    contact_person  TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    active_from     TEXT,
    active_until    TEXT,
    demo            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE campaign (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    doc_number      TEXT NOT NULL DEFAULT '',
    issuing_body    TEXT NOT NULL DEFAULT '',
    county          TEXT NOT NULL,
    city            TEXT NOT NULL DEFAULT '',
    year            INTEGER NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    notice_date     TEXT,
    addressees      TEXT NOT NULL DEFAULT '',
    notice_body     TEXT NOT NULL DEFAULT '',
    bureau_phone    TEXT NOT NULL DEFAULT '',
    bureau_email    TEXT NOT NULL DEFAULT '',
    city_phone      TEXT NOT NULL DEFAULT '',
    city_email      TEXT NOT NULL DEFAULT '',
    template_name   TEXT NOT NULL DEFAULT '',
    demo            INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    CHECK (end_date >= start_date)
);

CREATE TABLE office (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    name            TEXT NOT NULL,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, name)
);

CREATE TABLE phase (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    name            TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);

CREATE TABLE deadline (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    title           TEXT NOT NULL,
    deliverable     INTEGER NOT NULL,
    reporter        TEXT NOT NULL CHECK (reporter IN ('institutions', 'office')),
    reporter_office TEXT NOT NULL DEFAULT '',
    recipient_office TEXT NOT NULL DEFAULT '',
    recurrence      TEXT NOT NULL CHECK (recurrence IN ('monthly', 'once')),
    day_of_month    INTEGER,
    first_period    TEXT,
    last_period     TEXT,
    due_date        TEXT
);

-- One unit's filing of one form for one month. unit_key is 'I<institution id>' for an
-- institution or 'C:<category>' for a 附件2 category row.
CREATE TABLE report (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    form            INTEGER NOT NULL CHECK (form IN (1, 2, 3)),
    unit_key        TEXT NOT NULL,
    institution_id  INTEGER REFERENCES institution(id) ON DELETE RESTRICT,
    period          TEXT NOT NULL,
    submitted_on    TEXT,
    source          TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'imported', 'derived')),
    source_file     TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    UNIQUE (campaign_id, form, unit_key, period)
);
CREATE INDEX report_by_period ON report (campaign_id, form, period);

-- Cumulative figures of a report, by the form's column number.
CREATE TABLE figure (
    report_id       INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    column_no       INTEGER NOT NULL CHECK (column_no >= 1),
    number          REAL,
    text            TEXT,
    PRIMARY KEY (report_id, column_no)
) WITHOUT ROWID;
