// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"
#include "model/Status.h"

#include <QDate>
#include <QString>

namespace qf {

class Database;

/// 导入台账（CSV）: one ledger's records from a file, for the 台账 page and
/// `qingfeng-cli ledger import` alike. The file is read against the registry and the
/// ledgers as stored now (so a row that repeats a stored record is refused), and a file
/// with any bad row imports nothing.
class ImportLedgerCsv
{
public:
    /// `imported` gets the number of records stored.
    static Status run(Database &db, qint64 campaignId, LedgerKind kind, const QString &path, const QDate &today,
                      int *imported = nullptr);
};

} // namespace qf
