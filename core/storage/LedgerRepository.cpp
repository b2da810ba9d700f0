// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerRepository.h"

#include "CaseRecordRepository.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "ProblemRepository.h"
#include "SupplierRepository.h"
#include "TipoffRepository.h"

namespace qf::LedgerRepository {

LedgerSnapshot snapshot(Database &db, qint64 campaignId, Status *status)
{
    LedgerSnapshot s;
    s.problems = ProblemRepository(db).list(campaignId, status);
    s.tipoffs = TipoffRepository(db).list(campaignId, status);
    s.inspections = InspectionRepository(db).list(campaignId, status);
    s.cases = CaseRecordRepository(db).list(campaignId, status);
    SupplierRepository suppliers(db);
    s.interviews = suppliers.interviews(campaignId, status);
    s.negativeList = suppliers.negativeList(campaignId, status);
    return s;
}

} // namespace qf::LedgerRepository
