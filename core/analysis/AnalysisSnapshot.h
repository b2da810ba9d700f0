// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisData.h"
#include "AnalysisSeries.h"
#include "campaign/TrackingMatrix.h"
#include "forms/FormTable.h"
#include "model/Status.h"

#include <QDate>
#include <QList>

namespace qf {

class Database;

/// The series together with what they were computed from, read once: a chart draws the
/// series, and a click on one of its bars lists the units or records behind that bar from
/// these very inputs, so the list and the bar cannot disagree.
struct AnalysisSnapshot
{
    AnalysisData data;
    TrackingMatrix tracking;
    QList<FormTable> forms;         ///< the built forms of every month up to data.upTo
    AnalysisSeries series;

    /// The built form of a month; null when there is none.
    const FormTable *form(int number, const YearMonth &month) const;

    /// See AnalysisSeries::load: the same reads, kept.
    static Status load(Database &db, qint64 campaignId, const YearMonth &upTo, const QDate &asOf, AnalysisSnapshot *out);
};

} // namespace qf
