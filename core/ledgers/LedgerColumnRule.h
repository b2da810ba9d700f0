// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerKind.h"

#include <QList>
#include <QString>

namespace qf {

/// How a ledger makes one column of a form: which records, grouped how. The group names
/// the records that make a unit "keep" this part of the ledger: a unit's column is derived
/// only once the unit has a record of its group (the bureau's own inspection ledger covers
/// every category as soon as the campaign has one inspection), so a ledger that is not
/// kept never turns typed figures into zeros.
struct LedgerColumnRule
{
    int form = 0;
    int column = 0;
    LedgerKind ledger = LedgerKind::Problems;
    const char *group = "";
    bool campaignScope = false;
    const char *how = "";     ///< QT_TRANSLATE_NOOP("qf::Ledgers", …): how the figure is counted

    QString groupKey() const { return QString::fromLatin1(group); }
    QString description() const;
};

namespace LedgerColumnRules {
const QList<LedgerColumnRule> &all();
/// The rule for a cell, or nullptr when no ledger makes it.
const LedgerColumnRule *find(int form, int column);
QList<LedgerColumnRule> forForm(int form);
}

} // namespace qf
