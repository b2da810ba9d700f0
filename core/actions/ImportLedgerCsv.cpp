// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLedgerCsv.h"

#include "io/LedgerCsvImport.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"

namespace qf {

Status ImportLedgerCsv::run(Database &db, qint64 campaignId, LedgerKind kind, const QString &path, const QDate &today,
                            int *imported)
{
    LedgerCsvImport::Context in;
    in.campaignId = campaignId;
    in.registry = InstitutionRepository(db).all();
    in.existing = LedgerRepository::snapshot(db, campaignId);
    in.today = today;
    LedgerCsvImport::Records records;
    Status s = LedgerCsvImport::parseFile(kind, path, in, &records);
    if (s)
        s = LedgerCsvImport::save(db, kind, records);
    if (s && imported)
        *imported = records.size();
    return s;
}

} // namespace qf
