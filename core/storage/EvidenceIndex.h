// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/EvidenceFile.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace qf {

class Database;

/// Every evidence file of a campaign's problems without content, read in one query: what the
/// analysis needs (which problems have after-evidence, which files recur) without one
/// EvidenceRepository::list per problem.
namespace EvidenceIndex {
QList<EvidenceFile> forCampaign(Database &db, qint64 campaignId);

/// The problem_evidence columns (of table alias `alias`, if any) that every read of evidence
/// files selects first, in the order fromRow() reads them; shared with EvidenceRepository
/// so that a file reads the same whichever query found it.
QString columns(const QString &alias = QString());
/// The evidence file described by the current row of a query selecting columns() first.
EvidenceFile fromRow(const QSqlQuery &q);
} // namespace EvidenceIndex

} // namespace qf
