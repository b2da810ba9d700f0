-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the ledgers behind the figures (问题清单, 线索台账, 监督检查, 以案促改与教育,
-- 约谈供应商, 负面名单) and the reasons for typed figures that override a ledger's.
-- Every ledger belongs to a campaign; dates are ISO text, money is whole 元.

-- 问题清单 / 整改台账: one problem of one institution, found by itself or by an inspection.
CREATE TABLE problem (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    institution_id  INTEGER NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
    source          TEXT NOT NULL CHECK (source IN ('self', 'inspection')),
    found_on        TEXT NOT NULL,
    found_by        TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL CHECK (length(trim(description)) > 0),
    responsible     TEXT NOT NULL DEFAULT '',
    deadline        TEXT,
    measures        TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'found' CHECK (state IN ('found', 'rectifying', 'rectified', 'closed')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (deadline IS NULL OR deadline >= found_on)
);
CREATE INDEX problem_by_institution ON problem (campaign_id, institution_id);

-- Each change of a problem's state with who and when; 销号 (closed) names the reviewer.
CREATE TABLE problem_step (
    id              INTEGER PRIMARY KEY,
    problem_id      INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    from_state      TEXT NOT NULL CHECK (from_state IN ('found', 'rectifying', 'rectified', 'closed')),
    to_state        TEXT NOT NULL CHECK (to_state IN ('found', 'rectifying', 'rectified', 'closed')),
    done_on         TEXT NOT NULL,
    done_by         TEXT NOT NULL CHECK (length(trim(done_by)) > 0),
    note            TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL
);
CREATE INDEX problem_step_by_problem ON problem_step (problem_id, id);

-- Evidence of a problem before and after rectification, kept in the database so that a
-- backup carries it.
CREATE TABLE problem_evidence (
    id              INTEGER PRIMARY KEY,
    problem_id      INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    stage           TEXT NOT NULL CHECK (stage IN ('before', 'after')),
    file_name       TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    size            INTEGER NOT NULL CHECK (size >= 0),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    content         BLOB NOT NULL,
    added_at        TEXT NOT NULL,
    added_by        TEXT NOT NULL DEFAULT '',
    CHECK (length(content) = size)
);
CREATE INDEX problem_evidence_by_problem ON problem_evidence (problem_id, id);

-- 线索台账: a tip-off and its handling through 办结 to 销号. Who reported it is kept in
-- tipoff_reporter, so that no query over this table can show it.
CREATE TABLE tipoff (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    received_on     TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('letter', 'visit', 'online', 'phone', 'assigned', 'transferred',
                                                     'subordinate', 'tour', 'discipline', 'special', 'other')),
    institution_id  INTEGER REFERENCES institution(id) ON DELETE RESTRICT,
    summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    handler         TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'registered'
                    CHECK (state IN ('registered', 'verifying', 'concluded', 'closed')),
    conclusion      TEXT NOT NULL DEFAULT '' CHECK (conclusion IN ('', 'substantiated', 'partly', 'unsubstantiated')),
    result          TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX tipoff_by_campaign ON tipoff (campaign_id, received_on);

CREATE TABLE tipoff_step (
    id              INTEGER PRIMARY KEY,
    tipoff_id       INTEGER NOT NULL REFERENCES tipoff(id) ON DELETE CASCADE,
    from_state      TEXT NOT NULL CHECK (from_state IN ('registered', 'verifying', 'concluded', 'closed')),
    to_state        TEXT NOT NULL CHECK (to_state IN ('registered', 'verifying', 'concluded', 'closed')),
    done_on         TEXT NOT NULL,
    done_by         TEXT NOT NULL CHECK (length(trim(done_by)) > 0),
    note            TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL
);
CREATE INDEX tipoff_step_by_tipoff ON tipoff_step (tipoff_id, id);

-- The reporter of a tip-off: confidential, read only by the tip-off's own record.
CREATE TABLE tipoff_reporter (
    tipoff_id       INTEGER PRIMARY KEY REFERENCES tipoff(id) ON DELETE CASCADE,
    anonymous       INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    name            TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    CHECK (anonymous = 0 OR (name = '' AND contact = ''))
);

-- 监督检查: one inspection of one institution and what was done about it (附件2).
CREATE TABLE inspection (
    id                  INTEGER PRIMARY KEY,
    campaign_id         INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    institution_id      INTEGER NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
    inspected_on        TEXT NOT NULL,
    method              TEXT NOT NULL DEFAULT '',
    inspectors          TEXT NOT NULL DEFAULT '',
    findings            TEXT NOT NULL DEFAULT '',
    interview           INTEGER NOT NULL DEFAULT 0 CHECK (interview IN (0, 1)),
    criticism           INTEGER NOT NULL DEFAULT 0 CHECK (criticism IN (0, 1)),
    rectify_order       INTEGER NOT NULL DEFAULT 0 CHECK (rectify_order IN (0, 1)),
    clues_transferred   INTEGER NOT NULL DEFAULT 0 CHECK (clues_transferred >= 0),
    funds_recovered     INTEGER NOT NULL DEFAULT 0 CHECK (funds_recovered IN (0, 1)),
    fined               INTEGER NOT NULL DEFAULT 0 CHECK (fined IN (0, 1)),
    other_measure       TEXT NOT NULL DEFAULT '',
    refund_yuan         INTEGER NOT NULL DEFAULT 0 CHECK (refund_yuan >= 0),
    recovered_yuan      INTEGER NOT NULL DEFAULT 0 CHECK (recovered_yuan >= 0),
    fine_yuan           INTEGER NOT NULL DEFAULT 0 CHECK (fine_yuan >= 0),
    suspended_persons   INTEGER NOT NULL DEFAULT 0 CHECK (suspended_persons >= 0),
    revoked_persons     INTEGER NOT NULL DEFAULT 0 CHECK (revoked_persons >= 0),
    prosecuted_persons  INTEGER NOT NULL DEFAULT 0 CHECK (prosecuted_persons >= 0),
    note                TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX inspection_by_campaign ON inspection (campaign_id, inspected_on);

-- 以案促改与教育: first-form measures, supervision recommendations, meetings, warning
-- education, training, cases (附件1, 附件3). One record is one event, document or case.
CREATE TABLE case_record (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    institution_id  INTEGER NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
    kind            TEXT NOT NULL CHECK (kind IN ('admonition', 'criticism', 'first-form-other', 'recommendation',
                                                  'life-meeting', 'warning-education', 'system', 'public-issue',
                                                  'training', 'case-material', 'confession', 'kickback', 'gift')),
    held_on         TEXT NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    persons         INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
    amount_yuan     INTEGER NOT NULL DEFAULT 0 CHECK (amount_yuan >= 0),
    reference       TEXT NOT NULL DEFAULT '',
    answered_on     TEXT,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (answered_on IS NULL OR (kind = 'recommendation' AND answered_on >= held_on))
);
CREATE INDEX case_record_by_institution ON case_record (campaign_id, institution_id, kind);

-- 约谈供应商: one interview of a supplier (经销商) by an institution.
CREATE TABLE supplier_interview (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    institution_id  INTEGER NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
    supplier        TEXT NOT NULL CHECK (length(trim(supplier)) > 0),
    held_on         TEXT NOT NULL,
    pledge_signed   INTEGER NOT NULL DEFAULT 0 CHECK (pledge_signed IN (0, 1)),
    interviewer     TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX supplier_interview_by_institution ON supplier_interview (campaign_id, institution_id);

-- 负面名单: suppliers that bribed or paid kickbacks lose their right to supply.
-- institution_id names the institution that listed it; NULL when the bureau did.
CREATE TABLE supplier_blacklist (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    supplier        TEXT NOT NULL CHECK (length(trim(supplier)) > 0),
    listed_on       TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    institution_id  INTEGER REFERENCES institution(id) ON DELETE RESTRICT,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (campaign_id, supplier)
);

-- A typed figure that stands against the ledger's: the cell, and why the ledger's count
-- is not the right one (records incomplete, another office's figures …).
CREATE TABLE figure_override (
    campaign_id     INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    form            INTEGER NOT NULL CHECK (form IN (1, 2, 3)),
    unit_key        TEXT NOT NULL,
    period          TEXT NOT NULL,
    column_no       INTEGER NOT NULL CHECK (column_no >= 1),
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    PRIMARY KEY (campaign_id, form, unit_key, period, column_no)
) WITHOUT ROWID;
