// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportLedger.h"

#include "ledgers/LedgerTables.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "xlsx/LedgerXlsxWriter.h"

namespace qf {

Status ExportLedger::table(Database &db, const Campaign &campaign, LedgerKind kind, const QDate &today, LedgerTable *out)
{
    Status read;
    const LedgerSnapshot ledgers = LedgerRepository::snapshot(db, campaign.id, &read);
    const QList<Institution> registry = InstitutionRepository(db).all(&read);
    if (!read)
        return read;
    *out = LedgerTables::build(kind, ledgers, registry, today, campaign.title);
    return Status::success();
}

Status ExportLedger::run(Database &db, const Campaign &campaign, LedgerKind kind, const QString &path,
                         const QDate &today, int *rows)
{
    LedgerTable t;
    if (Status read = table(db, campaign, kind, today, &t); !read)
        return read;
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
