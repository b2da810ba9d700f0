// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"
#include "ledgers/LedgerTable.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

class Database;

/// 导出台账: one ledger of a campaign as a workbook, for the 台账 page and
/// `qingfeng-cli ledger export` alike. The table is the one the list shows (LedgerTables),
/// so it holds no tip-off's reporter; the file appears whole or not at all.
class ExportLedger
{
    Q_DECLARE_TR_FUNCTIONS(ExportLedger)
public:
    /// The ledger as stored now; `today` judges the problems' deadline flags. Fails, naming
    /// what could not be read, rather than giving an empty ledger for one the database
    /// did not hand over.
    static Status table(Database &db, const Campaign &campaign, LedgerKind kind, const QDate &today, LedgerTable *out);
    /// Writes table(…) to `path`; `rows` gets the number of records written.
    static Status run(Database &db, const Campaign &campaign, LedgerKind kind, const QString &path,
                      const QDate &today, int *rows = nullptr);
    /// "问题清单-2021-11-10.xlsx".
    static QString defaultFileName(LedgerKind kind, const QDate &today);
};

} // namespace qf
