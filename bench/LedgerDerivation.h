// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Report.h"

#include <QList>
#include <QString>

namespace qf {
class Database;
}

namespace qf::bench {

struct SyntheticData;

/// Copies the generated database and writes a year of ledgers into the copy (see
/// generateLedgers), printing the counts; `keptAs`, when not empty, receives a copy too.
QString writeLedgerDatabase(const QString &from, const QString &to, const SyntheticData &data, const QString &keptAs);

/// What the program does to get the forms' ledger-made figures (as CampaignForms does):
/// read the registry and every ledger of the campaign, and derive each form's figures
/// for the months. `reports`, when given, receives them.
QString deriveLedgerFigures(Database &db, const Campaign &campaign, const QList<YearMonth> &months,
                            QList<Report> *reports = nullptr);

/// Checks that the SQL limit computes the figures the program derives: every cell of the
/// product's derived reports against the limit's, and every non-zero cell of the limit
/// against the product's. Returns an empty string when they agree, else how they differ.
QString checkLedgerLimit(const QString &dbPath, const Campaign &campaign, const QList<YearMonth> &months,
                         int *cellsCompared);

} // namespace qf::bench
