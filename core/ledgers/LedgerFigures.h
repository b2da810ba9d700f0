// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerColumnRule.h"
#include "LedgerEntry.h"
#include "LedgerSnapshot.h"
#include "forms/ReportingUnit.h"
#include "model/Institution.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace qf {

struct FormTable;

/// The records behind one cell of a form: the figure, how it is counted, and each record
/// that makes it (a record that counts an institution already counted is listed, marked).
struct LedgerCell
{
    int form = 0;
    int column = 0;
    YearMonth period;
    bool covered = false;          ///< some unit of the cell keeps the ledger that makes it
    double value = 0;
    QString how;
    struct Item
    {
        LedgerEntry entry;
        QString institutionName;
        bool counted = true;       ///< false: the institution was already counted in this cell
    };
    QList<Item> items;
};

/// Derives forms' figures from the ledgers: for each cell a ledger makes, the month's
/// cumulative figure is computed from the records up to the month's end, per institution
/// (附件1, 附件3) or per category of contracted institutions (附件2). These derived
/// reports join the typed ones in FormTableBuilder.
class LedgerFigures
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFigures)
public:
    LedgerFigures(const LedgerSnapshot &ledgers, const QList<Institution> &registry, qint64 campaignId);

    /// One report (source Derived) per unit and month for every unit that keeps a ledger
    /// making some of the form's columns; it holds exactly those columns, zeros included.
    QList<Report> derive(int form, const QList<YearMonth> &periods) const;
    /// The columns of the form the ledgers make for a unit.
    QList<int> coveredColumns(int form, const ReportingUnit &unit) const;
    /// Which records make a cell, for the units given (one unit, or all units of a row).
    LedgerCell explain(int form, int column, const YearMonth &period, const QStringList &unitKeys) const;
    /// The unit keys a row of a built form sums (its own unit, or every unit it selects).
    static QStringList unitsOfRow(const FormTable &table, int row);

private:
    QList<ReportingUnit> unitsFor(int form, const YearMonth &period) const;
    bool belongs(const LedgerEntry &e, const ReportingUnit &unit) const;
    bool covers(const LedgerColumnRule &rule, const ReportingUnit &unit) const;
    const ReportingUnit *findUnit(int form, const QString &key, const YearMonth &period, QList<ReportingUnit> &scratch) const;

    QList<Institution> m_registry;
    QHash<qint64, int> m_institutionIndex;
    qint64 m_campaignId = 0;
    QHash<int, QList<LedgerEntry>> m_entries;          ///< by form
    QHash<QString, QSet<qint64>> m_keepers;
};

} // namespace qf
