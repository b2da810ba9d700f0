// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerRepository.h"

#include "CaseRecordRepository.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "ProblemRepository.h"
#include "SupplierRepository.h"
#include "TipoffRepository.h"

namespace qf::LedgerRepository {

LedgerSnapshot snapshot(Database &db, qint64 campaignId)
{
    LedgerSnapshot s;
    s.problems = ProblemRepository(db).list(campaignId);
    s.tipoffs = TipoffRepository(db).list(campaignId);
    s.inspections = InspectionRepository(db).list(campaignId);
    s.cases = CaseRecordRepository(db).list(campaignId);
    SupplierRepository suppliers(db);
    s.interviews = suppliers.interviews(campaignId);
    s.negativeList = suppliers.negativeList(campaignId);
    return s;
}

} // namespace qf::LedgerRepository
