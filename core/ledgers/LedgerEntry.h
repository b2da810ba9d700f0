// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerKind.h"
#include "LedgerSnapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace qf {

/// One record's part in one column of a form: from which day it counts (and, for a
/// state that was later undone, until which day), how much, and — for counts of
/// institutions (家) — the key under which it counts only once.
struct LedgerEntry
{
    LedgerKind ledger = LedgerKind::Problems;
    qint64 recordId = 0;
    qint64 institutionId = 0;
    int form = 0;
    int column = 0;
    QDate from;
    QDate until;              ///< exclusive; invalid: counts from `from` on
    double amount = 1;
    QString distinctKey;      ///< non-empty: counted once per key in a cell
    QString text;             ///< what the record is, for the drill-down

    bool countsOn(const QDate &day) const { return from.isValid() && from <= day && (!until.isValid() || day < until); }
};

/// Turns ledger records into entries of the forms' columns (see LedgerColumnRules).
namespace LedgerEntries {
QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, int form);
/// Per coverage group, the institutions that have at least one record of it.
QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &ledgers);
}

} // namespace qf
