// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerKind.h"
#include "LedgerSnapshot.h"
#include "LedgerTable.h"
#include "model/Institution.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

/// Lays out each ledger as a LedgerTable for the list and the export.
class LedgerTables
{
    Q_DECLARE_TR_FUNCTIONS(LedgerTables)
public:
    /// today: for the red/amber/green deadline flags of problems.
    static LedgerTable build(LedgerKind kind, const LedgerSnapshot &ledgers, const QList<Institution> &registry,
                             const QDate &today, const QString &campaignTitle = QString());
};

} // namespace qf
