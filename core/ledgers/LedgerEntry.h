// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerColumnRule.h"
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
    QString measure;          ///< the LedgerMeasure key; its rule gives form and column
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
/// The entries of a built-in form.
QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, int form);
/// The entries the rules given make (those of one form): each measured record lands in
/// the column its measure's rule names.
QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, const QList<LedgerColumnRule> &rules);
/// Per coverage group, the institutions that have at least one record of it; a record
/// belongs to the groups of the rules whose measures count it.
QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &ledgers);
QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &ledgers, const QList<LedgerColumnRule> &rules);
}

} // namespace qf
