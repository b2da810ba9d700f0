// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerRecordActions.h"

#include "storage/CaseRecordRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

namespace qf {

std::optional<Problem> LedgerRecordActions::problem(Database &db, qint64 id)
{
    return ProblemRepository(db).find(id);
}

std::optional<Tipoff> LedgerRecordActions::tipoff(Database &db, qint64 id)
{
    return TipoffRepository(db).find(id);
}

TipoffReporter LedgerRecordActions::reporter(Database &db, qint64 tipoffId)
{
    return TipoffRepository(db).reporter(tipoffId);
}

std::optional<Inspection> LedgerRecordActions::inspection(Database &db, qint64 id)
{
    return InspectionRepository(db).find(id);
}

std::optional<CaseRecord> LedgerRecordActions::caseRecord(Database &db, qint64 id)
{
    return CaseRecordRepository(db).find(id);
}

std::optional<SupplierInterview> LedgerRecordActions::interview(Database &db, qint64 id)
{
    return SupplierRepository(db).findInterview(id);
}

std::optional<NegativeListEntry> LedgerRecordActions::listed(Database &db, qint64 id)
{
    return SupplierRepository(db).findListed(id);
}

Status LedgerRecordActions::save(Database &db, Problem &problem)
{
    return ProblemRepository(db).save(problem);
}

Status LedgerRecordActions::save(Database &db, Tipoff &tipoff, const TipoffReporter &reporter)
{
    Transaction tx(db);
    TipoffRepository repo(db);
    Status s = repo.save(tipoff);
    if (s)
        s = repo.setReporter(tipoff.id, reporter);
    if (!s)
        return s;
    return tx.commit();
}

Status LedgerRecordActions::saveReporter(Database &db, qint64 tipoffId, const TipoffReporter &reporter)
{
    return TipoffRepository(db).setReporter(tipoffId, reporter);
}

Status LedgerRecordActions::save(Database &db, Inspection &inspection)
{
    return InspectionRepository(db).save(inspection);
}

Status LedgerRecordActions::save(Database &db, CaseRecord &record)
{
    return CaseRecordRepository(db).save(record);
}

Status LedgerRecordActions::save(Database &db, SupplierInterview &interview)
{
    return SupplierRepository(db).save(interview);
}

Status LedgerRecordActions::save(Database &db, NegativeListEntry &entry)
{
    return SupplierRepository(db).save(entry);
}

Status LedgerRecordActions::remove(Database &db, LedgerKind kind, qint64 id)
{
    switch (kind) {
    case LedgerKind::Problems: return ProblemRepository(db).remove(id);
    case LedgerKind::Tipoffs: return TipoffRepository(db).remove(id);
    case LedgerKind::Inspections: return InspectionRepository(db).remove(id);
    case LedgerKind::Cases: return CaseRecordRepository(db).remove(id);
    case LedgerKind::Suppliers: return SupplierRepository(db).removeInterview(id);
    case LedgerKind::NegativeList: return SupplierRepository(db).removeListed(id);
    }
    return Status::failure(tr("未知的台账种类。"));
}

} // namespace qf
