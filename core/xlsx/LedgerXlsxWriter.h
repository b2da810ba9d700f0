// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerTable.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

/// Writes a ledger as a plain, well-formatted workbook: a title, the campaign and date,
/// a bordered table with a frozen, filterable header, dates as dates and 万元 with two
/// decimals, laid out landscape on A4 with the header repeated on every page. The file
/// appears whole or not at all (written beside the target, then renamed over it).
class LedgerXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerXlsxWriter)
public:
    static Status write(const LedgerTable &table, const QString &path);
};

} // namespace qf
