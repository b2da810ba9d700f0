// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryActions.h"

#include "io/InstitutionImport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QSet>

namespace qf {

std::optional<Institution> RegistryActions::find(Database &db, qint64 id)
{
    return InstitutionRepository(db).find(id);
}

QList<AuditEntry> RegistryActions::history(Database &db, qint64 id)
{
    return AuditLog(db).history(QStringLiteral("institution"), QString::number(id));
}

Status RegistryActions::save(Database &db, Institution &institution)
{
    return InstitutionRepository(db).save(institution);
}

Status RegistryActions::setActive(Database &db, qint64 id, bool active, const QDate &on)
{
    return InstitutionRepository(db).setActive(id, active, on);
}

Status RegistryActions::importFile(Database &db, const QString &path, RegistryImport *result)
{
    InstitutionRepository repo(db);
    // The file is read against the registry it is stored into: one transaction holds both.
    Transaction tx(db);
    const QList<Institution> existing = repo.all();
    QList<Institution> parsed;
    Status s = InstitutionImport::parseFile(path, existing, &parsed);
    if (s)
        s = repo.saveAll(parsed);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    QSet<qint64> known;
    for (const Institution &e : existing)
        known.insert(e.id);
    RegistryImport done;
    done.institutions = parsed;
    for (const Institution &i : parsed)
        (known.contains(i.id) ? done.updated : done.added) += 1;
    if (result)
        *result = done;
    return Status::success();
}

} // namespace qf
