// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/EvidenceFile.h"
#include "ledgers/Inspection.h"
#include "ledgers/Problem.h"
#include "ledgers/Tipoff.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Status.h"
#include "model/Submission.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace qf {

class Database;

/// One institution's filings of one form, month by month (cumulative figures).
using FigureSeries = QMap<YearMonth, QMap<int, double>>;

/// Everything the signals read about a campaign up to a month, loaded once through the
/// repositories so that the checks are plain functions over values (and testable so).
struct AnalysisData
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisData)
public:
    Campaign campaign;
    YearMonth upTo;
    QHash<qint64, Institution> institutions;
    /// form (1 or 3) → institution id → its filings up to upTo.
    QHash<int, QHash<qint64, FigureSeries>> figures;
    QList<Problem> problems;
    QList<Inspection> inspections;
    QList<Tipoff> tipoffs;
    QList<Submission> submissions;
    /// The words of each work summary's file that has any (SummaryText), by submission id.
    QHash<qint64, QString> summaryTexts;
    QList<EvidenceFile> evidence;

    /// upTo invalid: the campaign's last month with a report.
    static Status load(Database &db, qint64 campaignId, const YearMonth &upTo, AnalysisData *out);

    QString nameOf(qint64 institutionId) const;
    /// "公立·二级": the category peers are compared within.
    static QString categoryOf(const Institution &i);
    /// The month's figures less those of the filing before it (the month's own increase).
    static QMap<int, double> increase(const FigureSeries &series, const YearMonth &month);
};

} // namespace qf
