// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResultTable.h"
#include "SyntheticCounty.h"

#include <QString>
#include <QStringList>

namespace qf::bench {

/// 收取报表 against the same workbooks imported from a folder: `workbooks` (the filled
/// ones of the import row) are delivered, one per message, with plain messages making up
/// 600, into a fresh folder of the test Dovecot that packaging/mail-test-servers.sh starts;
/// the product fetches and imports them into a copy of `dbPath`, the limit imports the
/// files themselves (read, check, store) into another copy. Both must store the same
/// reports, checked once before timing. Without the servers' environment the row says so
/// and is not run.
void addMailImportRow(const QString &dbPath, const QString &workDir, const SyntheticData &data, const QStringList &workbooks,
                      const QString &scale, int runs, ResultTable *table);

} // namespace qf::bench
