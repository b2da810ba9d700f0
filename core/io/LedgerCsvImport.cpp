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
    parsed.fileName = fileName;
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

namespace {

// Each record in a savepoint of its own within the one transaction, so that the record the
// database refuses (a month signed by the bureau) is named by its line; one refusal still
// stores nothing.
template<typename T, typename Save>
Status saveEach(Database &db, QList<T> &list, const LedgerCsvImport::Records &r, Save save)
{
    Transaction tx(db);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QList<T> one{list.at(i)};
        const Status s = save(one, i);
        if (!s)
            return Status::failure(LedgerCsvImport::tr("%1 第%2行：%3").arg(r.fileName).arg(r.lines.value(i)).arg(s.message()));
        list[i] = one.first();
    }
    return tx.commit();
}

} // namespace

Status LedgerCsvImport::save(Database &db, LedgerKind kind, Records &r)
{
    switch (kind) {
    case LedgerKind::Problems:
        return saveEach(db, r.problems, r, [&](QList<Problem> &one, qsizetype) { return ProblemRepository(db).saveAll(one); });
    case LedgerKind::Tipoffs:
        return saveEach(db, r.tipoffs, r, [&](QList<Tipoff> &one, qsizetype i) {
            QList<TipoffReporter> reporter{r.reporters.value(i)};
            return TipoffRepository(db).saveAll(one, reporter);
        });
    case LedgerKind::Inspections:
        return saveEach(db, r.inspections, r, [&](QList<Inspection> &one, qsizetype) { return InspectionRepository(db).saveAll(one); });
    case LedgerKind::Cases:
        return saveEach(db, r.cases, r, [&](QList<CaseRecord> &one, qsizetype) { return CaseRecordRepository(db).saveAll(one); });
    case LedgerKind::Suppliers:
        return saveEach(db, r.interviews, r, [&](QList<SupplierInterview> &one, qsizetype) { return SupplierRepository(db).saveAll(one); });
    case LedgerKind::NegativeList:
        return saveEach(db, r.negativeList, r, [&](QList<NegativeListEntry> &one, qsizetype) { return SupplierRepository(db).saveAll(one); });
    }
    return Status::success();
}

} // namespace qf
