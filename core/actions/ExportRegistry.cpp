// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRegistry.h"

#include "io/InstitutionCsvImport.h"
#include "storage/InstitutionRepository.h"
#include "xlsx/LedgerXlsxWriter.h"

namespace qf {

LedgerTable ExportRegistry::table(const QList<Institution> &registry, bool includeClosed, const QDate &today)
{
    using F = InstitutionCsvImport;
    // The import's own header words and the forms' vocabulary, never translated: the
    // file must read back whatever language the window speaks.
    const struct { F::Field field; double width; } fields[] = {
        {F::Name, 30}, {F::ShortName, 14}, {F::Ownership_, 8}, {F::Level_, 11}, {F::Contracted, 9},
        {F::Kind, 20}, {F::Township, 10}, {F::Phone, 14}, {F::Email, 22}, {F::Contact, 10}, {F::ContactPhone, 14},
        {F::OpenedOn, 12},
    };
    LedgerTable t;
    t.title = tr("机构名册");
    for (const auto &f : fields)
        t.columns << LedgerTable::Column{F::fieldHeader(f.field), LedgerTable::CellType::Text, f.width};
    t.columns << LedgerTable::Column{QStringLiteral(u"状态"), LedgerTable::CellType::Text, 8};
    for (const Institution &i : registry) {
        if (!i.active && !includeClosed)
            continue;
        LedgerTable::Row row;
        row.id = i.id;
        row.institutionId = i.id;
        row.stateKey = i.active ? QStringLiteral("open") : QStringLiteral("closed");
        row.cells = {i.name, i.shortName, ownershipLabel(i.ownership), levelLabel(i.level), yesNoLabel(i.contracted),
                     kindLabel(i.kind), i.township, i.reportPhone, i.reportEmail, i.contactPerson, i.contactPhone,
                     i.activeFrom.isValid() ? i.activeFrom.toString(Qt::ISODate) : QString(),
                     i.active ? QStringLiteral(u"在用") : QStringLiteral(u"停用")};
        t.rows << row;
    }
    t.subtitle = tr("截至 %1，共 %2 家").arg(today.toString(Qt::ISODate)).arg(t.rows.size());
    return t;
}

Status ExportRegistry::run(Database &db, const QString &path, bool includeClosed, const QDate &today, int *rows)
{
    const LedgerTable t = table(InstitutionRepository(db).all(), includeClosed, today);
    const Status s = LedgerXlsxWriter::write(t, path);
    if (s && rows)
        *rows = int(t.rows.size());
    return s;
}

QString ExportRegistry::defaultFileName(const QDate &today)
{
    return QStringLiteral("%1-%2.xlsx").arg(tr("机构名册"), today.toString(Qt::ISODate));
}

} // namespace qf
