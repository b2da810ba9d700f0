// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportLedger.h"

#include "ledgers/LedgerTables.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "xlsx/LedgerXlsxWriter.h"

namespace qf {

LedgerTable ExportLedger::table(Database &db, const Campaign &campaign, LedgerKind kind, const QDate &today)
{
    return LedgerTables::build(kind, LedgerRepository::snapshot(db, campaign.id), InstitutionRepository(db).all(), today,
                               campaign.title);
}

Status ExportLedger::run(Database &db, const Campaign &campaign, LedgerKind kind, const QString &path,
                         const QDate &today, int *rows)
{
    const LedgerTable t = table(db, campaign, kind, today);
    const Status s = LedgerXlsxWriter::write(t, path);
    if (s && rows)
        *rows = int(t.rows.size());
    return s;
}

QString ExportLedger::defaultFileName(LedgerKind kind, const QDate &today)
{
    return QStringLiteral("%1-%2.xlsx").arg(ledgerKinds().name(kind), today.toString(Qt::ISODate));
}

} // namespace qf
