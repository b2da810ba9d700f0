// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCsvImport.h"

#include "LedgerCsvParsers.h"
#include "storage/CaseRecordRepository.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/TipoffRepository.h"

#include <QFileInfo>

namespace qf {

int LedgerCsvImport::Records::size() const
{
    return int(problems.size() + tipoffs.size() + inspections.size() + cases.size() + interviews.size()
               + negativeList.size());
}

QList<LedgerCsvField> LedgerCsvImport::fields(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Problems: return LedgerCsvParsers::problemFields();
    case LedgerKind::Tipoffs: return LedgerCsvParsers::tipoffFields();
    case LedgerKind::Inspections: return LedgerCsvParsers::inspectionFields();
    case LedgerKind::Cases: return LedgerCsvParsers::caseFields();
    case LedgerKind::Suppliers: return LedgerCsvParsers::interviewFields();
    case LedgerKind::NegativeList: return LedgerCsvParsers::negativeListFields();
    }
    return {};
}

QString LedgerCsvImport::headerLine(LedgerKind kind)
{
    QStringList required, optional;
    for (const LedgerCsvField &f : fields(kind))
        (f.required ? required : optional) << f.header;
    return (required + optional).join(QLatin1Char(','));
}

Status LedgerCsvImport::parse(LedgerKind kind, const QString &fileName, const QList<CsvRecord> &records,
                              const Context &ctx, Records *out)
{
    const LedgerCsvSheet sheet(fileName, records, fields(kind));
    Status status = sheet.checkHeader();
    if (!status)
        return status;
    if (records.size() < 2)
        return Status::failure(tr("%1：除表头外没有任何记录。").arg(fileName));
    LedgerCsvParsers::Names names;
    for (const Institution &i : ctx.registry) {
        names.insert(LedgerCsvRow::nameKey(i.name), &i);
        if (!i.shortName.isEmpty() && !names.contains(LedgerCsvRow::nameKey(i.shortName)))
            names.insert(LedgerCsvRow::nameKey(i.shortName), &i);
    }
    Records parsed;
    switch (kind) {
    case LedgerKind::Problems: LedgerCsvParsers::problems(sheet, records, ctx, names, &status, &parsed); break;
    case LedgerKind::Tipoffs: LedgerCsvParsers::tipoffs(sheet, records, ctx, names, &status, &parsed); break;
    case LedgerKind::Inspections: LedgerCsvParsers::inspections(sheet, records, ctx, names, &status, &parsed); break;
    case LedgerKind::Cases: LedgerCsvParsers::cases(sheet, records, ctx, names, &status, &parsed); break;
    case LedgerKind::Suppliers: LedgerCsvParsers::interviews(sheet, records, ctx, names, &status, &parsed); break;
    case LedgerKind::NegativeList: LedgerCsvParsers::negativeList(sheet, records, ctx, names, &status, &parsed); break;
    }
    if (!status)
        return status;
    *out = parsed;
    return status;
}

Status LedgerCsvImport::parseFile(LedgerKind kind, const QString &path, const Context &ctx, Records *out)
{
    QList<CsvRecord> records;
    Status s = CsvReader::readFile(path, &records);
    if (!s)
        return s;
    return parse(kind, QFileInfo(path).fileName(), records, ctx, out);
}

Status LedgerCsvImport::save(Database &db, LedgerKind kind, Records &r)
{
    switch (kind) {
    case LedgerKind::Problems: return ProblemRepository(db).saveAll(r.problems);
    case LedgerKind::Tipoffs: return TipoffRepository(db).saveAll(r.tipoffs, r.reporters);
    case LedgerKind::Inspections: return InspectionRepository(db).saveAll(r.inspections);
    case LedgerKind::Cases: return CaseRecordRepository(db).saveAll(r.cases);
    case LedgerKind::Suppliers: return SupplierRepository(db).saveAll(r.interviews);
    case LedgerKind::NegativeList: return SupplierRepository(db).saveAll(r.negativeList);
    }
    return Status::success();
}

} // namespace qf
