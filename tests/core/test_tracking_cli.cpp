// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingFixture.h"

#include "actions/ExportReminders.h"
#include "storage/SubmissionRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <QFile>

using namespace qf;
using test::d;

namespace {

QStringList args(const test::TrackingFixture &f, std::initializer_list<const char *> words)
{
    QStringList a{QStringLiteral("--db"), f.db()};
    for (const char *w : words)
        a << QString::fromUtf8(w);
    return a;
}

} // namespace

TEST_CASE("cli: tracking exits 1 only when something is overdue in the month")
{
    test::TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 8), d(2021, 9, 12));
    f.report(f.hospital, 3, YearMonth(2021, 8), d(2021, 9, 13));
    QString out, err;

    // On the due date nothing is overdue yet.
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-08", "--today", "2021-09-12"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"月份：2021年8月")));
    CHECK(out.contains(QStringLiteral(u"按时报送\t甲县人民医院\t附件1 统计表（一）（2021年8月）\t党建办\t2021-09-12（周日）\t2021-09-12")));

    // The day after, the clinics' reports are overdue.
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-08", "--today", "2021-09-13"}), &out, &err) == 1);
    CHECK(out.contains(QStringLiteral(u"逾期补报\t甲县人民医院\t附件3 统计表（三）（2021年8月）")));
    CHECK(out.contains(QStringLiteral(u"逾期未报\t甲县长盛村卫生室")));
    CHECK(out.contains(QStringLiteral("13877201111")));
    CHECK(out.contains(QStringLiteral(u"完整率 25.0%")));
    CHECK(out.contains(QStringLiteral(u"有 4 项逾期未报")));
    // Overdue rows come first.
    CHECK(out.indexOf(QStringLiteral(u"逾期未报\t")) < out.indexOf(QStringLiteral(u"按时报送\t")));

    // The closed clinic is not listed for October.
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-10", "--today", "2021-10-01"}), &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral(u"甲县长盛村卫生室")));
    CHECK(out.contains(QStringLiteral(u"甲县新开诊所")));
}

TEST_CASE("cli: tracking takes --campaign and defaults to the most recent campaign")
{
    test::TrackingFixture f;
    QString out, err;
    CHECK(test::runCli(args(f, {"tracking", "--campaign", "999"}), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"找不到专项整治“999”")));
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-13"}), &out, &err) == 2);
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-03"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(u"2021-07")));

    REQUIRE(test::runCli(args(f, {"campaign", "create", "--template", "putuo-2020", "--county", "甲县", "--year", "2020"}),
                         &out, &err) == 0);
    // Now the 2020 plan is the most recent: its only filing is the 15 November self-check report.
    CHECK(test::runCli(args(f, {"tracking", "--today", "2020-11-15"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"年甲县医疗行业作风建设工作专项行动实施方案")));
    CHECK(out.contains(QStringLiteral(u"2020-11-15（周日）")));
    CHECK(test::runCli(args(f, {"tracking", "--today", "2020-11-16"}), &out, &err) == 1);
    // The first campaign is still reachable by id.
    const QString first = QString::number(f.campaign.id);
    CHECK(test::runCli(args(f, {"tracking", "--month", "2021-07", "--today", "2021-08-01", "--campaign"}) << first, &out,
                       &err) == 0);
    CHECK(out.contains(QStringLiteral(u"甲县医疗领域深入整治群众身边腐败和作风问题工作方案")));
}

TEST_CASE("cli: tracking record stores an office filing and a summary with its file")
{
    test::TrackingFixture f;
    QString out, err;
    const QString file = f.t.file(QStringLiteral(u"总结.docx"));
    test::writeFile(file, QByteArray("PK\x03\x04 a summary", 14));

    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "党建办", "--deliverable", "form1", "--month", "2021-08",
                                "--date", "2021-09-15"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"逾期补报")));
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "甲县人民医院", "--deliverable", "summary", "--date",
                                "2021-11-30", "--file"}) << file, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"按时报送")));
    CHECK(out.contains(QStringLiteral(u"总结.docx")));

    SubmissionRepository repo(f.t.db());
    const auto stored = repo.find(f.campaign.id, Deliverable::Summary, UnitKey::institution(f.hospital.id), YearMonth(2021, 12));
    REQUIRE(stored.has_value());
    CHECK(stored->submittedOn == d(2021, 11, 30));
    CHECK(repo.fileContent(stored->id) == QByteArray("PK\x03\x04 a summary", 14));

    // Institutions' statistics forms are recorded by entering them, not here.
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "甲县人民医院", "--deliverable", "form1", "--month",
                                "2021-08", "--date", "2021-09-10"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(u"录入或导入")));
    // A unit that owes nothing of the kind.
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "甲县大药房", "--deliverable", "summary", "--date",
                                "2021-11-30"}), &out, &err) == 1);
    // Several months: --month is needed.
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "党建办", "--deliverable", "form1", "--date",
                                "2021-09-15"}), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--month")));
}

TEST_CASE("cli: tracking record refuses an attachment that is a device or over the limit, before reading it")
{
    // Before, /dev/zero ran until std::bad_alloc and a 300 MB file was read whole before
    // its 50 MB limit was checked.
    test::TrackingFixture f;
    QString out, err;
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "甲县人民医院", "--deliverable", "summary", "--date",
                                "2021-11-30", "--file", "/dev/zero"}), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"不是普通文件")));
    const QString big = f.t.file(QStringLiteral(u"总结.pdf"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(SubmissionRepository::kMaxFileSize * 6));
    }
    CHECK(test::runCli(args(f, {"tracking", "record", "--unit", "甲县人民医院", "--deliverable", "summary", "--date",
                                "2021-11-30", "--file"}) << big, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"上限")));
    CHECK_FALSE(SubmissionRepository(f.t.db())
                    .find(f.campaign.id, Deliverable::Summary, UnitKey::institution(f.hospital.id), YearMonth(2021, 12))
                    .has_value());
}

TEST_CASE("cli: the matrix, the reminder list and campaign show")
{
    test::TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 7), d(2021, 8, 11));
    f.report(f.hospital, 3, YearMonth(2021, 7), d(2021, 8, 11));
    QString out, err;
    REQUIRE(test::runCli(args(f, {"tracking", "matrix", "--today", "2021-08-20"}), &out, &err) == 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);   // header, 3 institutions, 2 offices, totals
    CHECK(lines[0].startsWith(QStringLiteral(u"单位\t2021-07\t2021-08")));
    CHECK(lines[1].startsWith(QStringLiteral(u"甲县人民医院\t按时 2/2\t待报 0/2")));
    CHECK(lines[2].contains(QStringLiteral(u"—")));   // the closed clinic after September
    CHECK(lines[3].startsWith(QStringLiteral(u"甲县新开诊所\t—")));

    REQUIRE(test::runCli(args(f, {"tracking", "remind", "--month", "2021-07", "--today", "2021-08-13"}), &out, &err) == 0);
    CHECK(out.startsWith(QStringLiteral(u"催报名单（2021年7月报送事项，截至2021-08-13）")));
    CHECK(out.contains(QStringLiteral(u"甲县长盛村卫生室　联系人：黎玉珍　联系电话：13877201111")));
    CHECK_FALSE(out.contains(QStringLiteral(u"甲县人民医院")));

    REQUIRE(test::runCli(args(f, {"campaign", "show", "--today", "2021-09-13"}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"2021-09-12（周日）")));
    CHECK(out.contains(QStringLiteral(u"处于“集中整治”阶段")));
    CHECK(out.contains(QStringLiteral(u"逾期未报")));
}

TEST_CASE("cli: a campaign opens from every template for another county and year, and tracks")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("templates.sqlite"));
    QString out, err;
    // A county's registry to report (the demo county, its own campaign aside).
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}, &out, &err) == 0);
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("templates")}, &out, &err) == 0);
    QStringList keys;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        keys << line.section(QLatin1Char('\t'), 0, 0);
    REQUIRE(keys.size() >= 9);
    for (const QString &key : keys) {
        INFO(key.toStdString());
        REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("create"),
                              QStringLiteral("--template"), key, QStringLiteral("--county"), QStringLiteral(u"象州县"),
                              QStringLiteral("--year"), QStringLiteral("2024")}, &out, &err) == 0);
        // The new campaign is the most recent: show and tracking pick it without --campaign.
        CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("show"),
                            QStringLiteral("--today"), QStringLiteral("2024-01-15")}, &out, &err) == 0);
        CHECK(out.contains(QStringLiteral(u"象州县")));
        CHECK(out.contains(QStringLiteral(u"专项整治将于 2024-")));
        // Before it starts nothing is overdue; long after it ended, with no filings, everything is.
        CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("tracking"), QStringLiteral("--all"),
                            QStringLiteral("--today"), QStringLiteral("2024-01-15")}, &out, &err) == 0);
        CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("tracking"), QStringLiteral("--all"),
                            QStringLiteral("--today"), QStringLiteral("2026-01-15")}, &out, &err) == 1);
        CHECK(out.contains(QStringLiteral(u"逾期未报")));
    }
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("campaign"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.count(QLatin1Char('\n')) == keys.size() + 1);
}

TEST_CASE("cli: tracking remind --out writes the reminder list as a workbook, with the contact phone")
{
    test::TrackingFixture f;
    f.report(f.hospital, 1, YearMonth(2021, 7), d(2021, 8, 11));
    const QString path = f.t.file(QStringLiteral(u"催报名单.xlsx"));
    QString out, err;
    REQUIRE(test::runCli(args(f, {"tracking", "remind", "--month", "2021-07", "--today", "2021-08-13"})
                             + QStringList{QStringLiteral("--out"), path},
                         &out, &err)
            == 0);
    CHECK(out.contains(QStringLiteral(u"已导出催报名单")));
    const ReminderList list = ReminderList::build(f.tracker().track(YearMonth(2021, 7), d(2021, 8, 13)), d(2021, 8, 13));
    const LedgerTable expected = ExportReminders::table(list, QString());
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book).isOk());
    const XlsxSheet &sheet = *book.sheetAt(0);
    int header = -1;
    for (int r = 0; r < sheet.rowCount() && header < 0; ++r)
        if (sheet.cell(r, 0).text == QStringLiteral(u"序号"))
            header = r;
    REQUIRE(header >= 0);
    CHECK(sheet.cell(header, 3).text == QStringLiteral(u"联系电话"));
    REQUIRE(expected.rows.size() > 1);
    for (int r = 0; r < expected.rows.size(); ++r)
        for (int c = 0; c < expected.columns.size(); ++c)
            CHECK(sheet.cell(header + 1 + r, c + 1).displayText() == expected.text(r, c));
    bool clinic = false;
    for (int r = 0; r < expected.rows.size(); ++r)
        clinic = clinic || (expected.text(r, 0) == f.closedClinic.name && expected.text(r, 2) == QStringLiteral("13877201111"));
    CHECK(clinic);

    // A folder that does not exist: nothing written, the reason said.
    CHECK(test::runCli(args(f, {"tracking", "remind", "--month", "2021-07", "--today", "2021-08-13"})
                           + QStringList{QStringLiteral("--out"), f.t.file(QStringLiteral("no/such.xlsx"))},
                       &out, &err)
          == 1);
    CHECK(err.contains(QStringLiteral("such.xlsx")));
}
