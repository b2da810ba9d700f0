// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerSnapshot.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Report.h"

#include <QHash>

namespace qf::DemoLedgerSeries {

/// What the demo's ledgers are generated from: the registry, the figures already typed
/// (so that records reproduce them), and the day the demo stands on.
struct Source
{
    const Campaign &campaign;
    const QList<Institution> &registry;
    QHash<QString, Report> typed;      ///< "form|unit|period" → report
    QDate asOf;
    QHash<QString, QDate> listedSince; ///< suppliers on the negative list, and since when

    const Report *report(int form, const QString &unit, const YearMonth &m) const;
    /// The typed increase of a column in a month (0 when nothing was typed).
    int increase(int form, const QString &unit, const YearMonth &m, int column) const;
    const Institution *byName(const QString &name) const;
    QList<YearMonth> months() const { return campaign.reportingPeriods(); }
};

/// A day of the month, kept inside it.
QDate dayIn(const YearMonth &m, int day);

/// Warning education, training and case materials reproducing every institution's typed
/// 附件3 columns 1–4, plus November's for institutions that have not filed it yet.
void education(const Source &s, QList<CaseRecord> &out);
/// Supplier interviews reproducing every institution's typed 附件3 column 7.
void interviews(const Source &s, QList<SupplierInterview> &out);
/// Problem lists of a few institutions reproducing their 附件1 columns (1) and (2), in
/// every state from 发现 to 已销号. Fails when the workflow refuses one of the seed's steps.
Status problems(const Source &s, QList<Problem> &out);
/// The bureau's inspections, category by category in the pace of the typed 附件2.
void inspections(const Source &s, QList<Inspection> &out);

} // namespace qf::DemoLedgerSeries
