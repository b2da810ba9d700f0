// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseRecord.h"
#include "Inspection.h"
#include "Problem.h"
#include "SupplierInterview.h"
#include "Tipoff.h"

#include <QList>

namespace qf {

/// Every ledger record of a campaign, as the derivation of figures and the exports read
/// them. Holds no reporter and no evidence content.
struct LedgerSnapshot
{
    QList<Problem> problems;
    QList<Tipoff> tipoffs;
    QList<Inspection> inspections;
    QList<CaseRecord> cases;
    QList<SupplierInterview> interviews;
    QList<NegativeListEntry> negativeList;
};

} // namespace qf
