// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QList>
#include <QString>

namespace qf {

/// What a drill-down opens: a report's figures or a ledger record.
struct SignalEvidence
{
    enum class Kind { Report, Problem, Inspection, Tipoff, Submission };
    Kind kind = Kind::Report;
    qint64 id = 0;          ///< the record's id (for a report: the form number)
    YearMonth month;        ///< for a report
};

/// One 走过场 signal raised at one institution, with what it rests on.
struct SignalFinding
{
    qint64 institutionId = 0;
    QString institution;     ///< its display name
    QString signalId;
    QString signalName;
    int weight = 0;
    QList<YearMonth> months;
    QString evidence;        ///< the rule's sentence, filled in
    QList<SignalEvidence> records;

    QString monthsText() const;
};

/// An institution's findings and their summed weight, to rank institutions.
struct SignalScore
{
    qint64 institutionId = 0;
    QString institution;
    int score = 0;
    QList<SignalFinding> findings;
};

} // namespace qf
