// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/EvidenceFile.h"

#include <QList>

namespace qf {

class Database;

/// Every evidence file of a campaign's problems without content, read in one query: what the
/// analysis needs (which problems have after-evidence, which files recur) without one
/// EvidenceRepository::list per problem.
namespace EvidenceIndex {
QList<EvidenceFile> forCampaign(Database &db, qint64 campaignId);
}

} // namespace qf
