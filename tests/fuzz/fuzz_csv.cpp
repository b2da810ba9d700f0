// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader and the three CSV importers on arbitrary bytes. Every
// input must end in records or a refusal, never a crash, a hang or unbounded memory; the
// importers run without a database, on a small fixed registry and campaign.
#include "io/CsvReader.h"
#include "io/FigureCsvImport.h"
#include "io/InstitutionCsvImport.h"
#include "io/LedgerCsvImport.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace qf;

namespace {

QList<Institution> registry()
{
    QList<Institution> list;
    const char16_t *names[] = {u"鹿寨县人民医院", u"鹿寨县中医医院", u"鹿寨县康民大药房"};
    qint64 id = 1;
    for (const char16_t *name : names) {
        Institution i;
        i.id = id;
        i.name = QString::fromUtf16(name);
        i.ownership = Ownership::Public;
        i.level = Level::Secondary;
        i.contracted = true;
        i.kind = id == 3 ? InstitutionKind::Pharmacy : InstitutionKind::Medical;
        list << i;
        ++id;
    }
    return list;
}

Campaign campaign()
{
    Campaign c;
    c.id = 1;
    c.county = QStringLiteral(u"鹿寨县");
    c.year = 2021;
    c.start = QDate(2021, 7, 1);
    c.end = QDate(2021, 12, 31);
    // Monthly forms from July to December, so that 月份 has months to be checked against.
    Deadline monthly;
    monthly.deliverable = Deliverable::Form1;
    monthly.firstPeriod = YearMonth(2021, 7);
    monthly.lastPeriod = YearMonth(2021, 12);
    c.deadlines << monthly;
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_csv";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const QList<Institution> institutions = registry();

    if (qint64(size) > CsvReader::kMaxFileSize)
        return 0;   // readFile() refuses these before reading them
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<CsvRecord> records;
    if (!CsvReader::parseBytes(bytes, QStringLiteral("fuzz.csv"), &records) || records.isEmpty())
        return 0;

    QList<Institution> parsedInstitutions;
    (void)InstitutionCsvImport::parse(QStringLiteral("fuzz.csv"), records,
                                      InstitutionCsvImport::mapHeader(records.first().fields), institutions,
                                      &parsedInstitutions);

    FigureCsvImport::Context figures;
    figures.campaign = campaign();
    figures.registry = institutions;
    figures.today = QDate(2021, 12, 1);
    QList<Report> reports;
    QList<Finding> warnings;
    (void)FigureCsvImport::parse(QStringLiteral("fuzz.csv"), records, figures, &reports, &warnings);

    LedgerCsvImport::Context ledgers;
    ledgers.campaignId = 1;
    ledgers.registry = institutions;
    ledgers.today = QDate(2021, 12, 1);
    for (LedgerKind kind : {LedgerKind::Problems, LedgerKind::Tipoffs, LedgerKind::Inspections, LedgerKind::Cases,
                            LedgerKind::Suppliers, LedgerKind::NegativeList}) {
        LedgerCsvImport::Records out;
        (void)LedgerCsvImport::parse(kind, QStringLiteral("fuzz.csv"), records, ledgers, &out);
    }
    return 0;
}
