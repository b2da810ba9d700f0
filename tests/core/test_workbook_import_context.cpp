// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook import reads only the stored months its files need, and finds what it
// found when it read every stored report.
#include "TestSupport.h"

#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <xlsxwriter.h>

using namespace qf;

namespace {

/// Writes the workbook again with every figure cell of the body row raised by `step`
/// (a unit reporting more, or for an earlier month more than it reported later).
void raiseFigures(const QString &from, const QString &to, double step)
{
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(from, &book));
    lxw_workbook *wb = workbook_new(QFile::encodeName(to).constData());
    REQUIRE(wb);
    for (int i = 0; i < book.sheetCount(); ++i) {
        const XlsxSheet &sheet = *book.sheetAt(i);
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.name().toUtf8().constData());
        for (int r = 0; r < sheet.rowCount(); ++r) {
            for (int c = 0; c < sheet.columnCount(); ++c) {
                const XlsxCell cell = sheet.cell(r, c);
                if (cell.type == XlsxCell::Number)
                    worksheet_write_number(ws, r, lxw_col_t(c), r == 6 ? cell.number + step : cell.number, nullptr);
                else if (cell.type == XlsxCell::Text)
                    worksheet_write_string(ws, r, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
            }
        }
    }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

QString describe(const WorkbookFile &f)
{
    QStringList lines{f.fileName, f.institution, f.formsText(), f.period.toString(),
                      f.receivedOn.toString(Qt::ISODate), WorkbookImport::changeText(f.change())};
    lines << f.errors << f.warnings;
    for (int i = 0; i < f.reports.size(); ++i) {
        const Report &r = f.reports.at(i);
        QStringList figures;
        for (auto it = r.numbers.cbegin(); it != r.numbers.cend(); ++it)
            figures << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 17);
        for (auto it = r.texts.cbegin(); it != r.texts.cend(); ++it)
            figures << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(r.form)
                     .arg(r.unitKey, r.period.toString(), r.submittedOn.toString(Qt::ISODate),
                          WorkbookImport::changeText(f.changes.value(i)), figures.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the workbook import reads the stored months its files name and finds what reading every month finds")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const YearMonth november(2021, 11);
    const YearMonth october = november.previous();
    const YearMonth september = october.previous();
    ReportRepository reports(demo.db());
    const QList<Report> everything = reports.all(demo.campaignId());
    REQUIRE(std::any_of(everything.cbegin(), everything.cend(), [&](const Report &r) { return r.period < september; }));

    // Each month's templates come back as handed out, raised, and (for October, below
    // the stored November) raised past November; written before the October report of one
    // unit is removed, so that unit skips a month, and its October file is new.
    QStringList files;
    int n = 0;
    for (const YearMonth &month : {november, october, september}) {
        const QString out = demo.file(QStringLiteral("out-") + month.toString());
        QDir().mkpath(out);
        QStringList written;
        REQUIRE(ReportTemplates::writeAll(demo.db(), *campaign, month, out, &written));
        REQUIRE(written.size() >= 3);
        for (int i = 0; i < written.size(); ++i) {
            const QString to = demo.file(QStringLiteral("back-%1.xlsx").arg(++n));
            if (i % 3 == 0)
                REQUIRE(QFile::copy(written.at(i), to));
            else
                raiseFigures(written.at(i), to, i % 3 == 1 ? 1 : 100000);
            files << to;
        }
    }
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const auto skipper = std::find_if(registry.cbegin(), registry.cend(), [&](const Institution &i) {
        return reports.find(demo.campaignId(), 1, UnitKey::institution(i.id), october).has_value();
    });
    REQUIRE(skipper != registry.cend());
    REQUIRE(reports.remove(demo.campaignId(), 1, UnitKey::institution(skipper->id), october));

    // The old way: every stored report of the campaign.
    WorkbookImport::Context all;
    all.campaign = *campaign;
    all.registry = registry;
    all.stored = reports.all(demo.campaignId());
    all.today = QDate(2021, 12, 10);

    // The new way, noting what it reads.
    WorkbookImport::Context needed = WorkbookImport::contextFor(demo.db(), *campaign, all.today);
    REQUIRE(needed.stored.isEmpty());
    REQUIRE(needed.storedAround);
    QList<YearMonth> asked;
    QHash<QString, QList<Report>> read;   // month → what was read for it
    const auto reader = needed.storedAround;
    needed.storedAround = [&](const YearMonth &m) {
        asked << m;
        const QList<Report> around = reader(m);
        read.insert(m.toString(), around);
        return around;
    };
    needed.lookup.reset();

    const QList<WorkbookFile> before = WorkbookImport::analyseAll(files, all);
    const QList<WorkbookFile> after = WorkbookImport::analyseAll(files, needed);
    REQUIRE(before.size() == files.size());
    REQUIRE(after.size() == files.size());
    QSet<int> kinds;
    for (int i = 0; i < files.size(); ++i) {
        INFO(describe(before.at(i)).toStdString());
        CHECK(describe(after.at(i)) == describe(before.at(i)));
        kinds << int(before.at(i).change());
    }
    // The files exercise new, changed, unchanged and refused (above the later month).
    CHECK(kinds.size() == 4);

    // Each month once, as the files name them, and for each exactly what its files are
    // checked against: every unit's two latest reports up to the month and its first after.
    CHECK(asked == QList<YearMonth>{november, october, september});
    for (const YearMonth &month : asked) {
        QHash<QString, QList<const Report *>> series;   // form|unit → reports, oldest first
        for (const Report &r : all.stored)
            series[QStringLiteral("%1|%2").arg(r.form).arg(r.unitKey)] << &r;
        QSet<qint64> expected;
        for (QList<const Report *> &s : series) {
            std::sort(s.begin(), s.end(), [](const Report *x, const Report *y) { return x->period < y->period; });
            int upTo = 0;
            for (int i = int(s.size()) - 1; i >= 0; --i)
                if (s.at(i)->period <= month && upTo++ < 2)
                    expected << s.at(i)->id;
            const auto later = std::find_if(s.cbegin(), s.cend(), [&](const Report *r) { return r->period > month; });
            if (later != s.cend())
                expected << (*later)->id;
        }
        QSet<qint64> got;
        for (const Report &r : read.value(month.toString()))
            got << r.id;
        INFO(month.toString().toStdString());
        CHECK(got == expected);
        CHECK(got.size() < all.stored.size());
    }
}
