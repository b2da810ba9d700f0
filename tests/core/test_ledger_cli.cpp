// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "xlsx/ZipArchive.h"

#include <QFile>

using namespace qf;

namespace {

QStringList cli(const test::LedgerFixture &f, QStringList args)
{
    return QStringList{QStringLiteral("--db"), f.path()} + args;
}

// Every XML part of a workbook, as text.
QString workbookText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ZipArchive zip;
    REQUIRE(zip.open(file.readAll(), path).isOk());
    QString all;
    for (const QString &part : {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                                QStringLiteral("docProps/core.xml"), QStringLiteral("docProps/app.xml"),
                                QStringLiteral("xl/workbook.xml")}) {
        QByteArray bytes;
        if (zip.contains(part) && zip.read(part, &bytes).isOk())
            all += QString::fromUtf8(bytes);
    }
    return all;
}

} // namespace

TEST_CASE("cli: ledger import and export, all or nothing, with exit codes")
{
    test::LedgerFixture f;
    f.db().close();
    const QString csv = f.file(QStringLiteral("cases.csv"));
    test::writeFile(csv, QStringLiteral(u"机构,类型,日期,事项,人数\n甲医院,警示教育活动,2021-08-03,观看警示教育片,60\n"
                                        u"乙镇卫生院,培训班,2021-08-05,医保基金使用培训,25\n").toUtf8());
    QString out, err;
    REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("import"), QStringLiteral("cases"), csv}), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"2 条")));

    const QString bad = f.file(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral(u"机构,类型,日期,事项\n甲医院,警示教育活动,2021-08-09,第二次\n甲医院,讲座,2021-08-10,x\n").toUtf8());
    CHECK(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("import"), QStringLiteral("cases"), bad}), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"bad.csv 第3行第2列（类型）")));
    CHECK(err.contains(QStringLiteral(u"未导入任何记录")));
    CHECK(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("list"), QStringLiteral("cases")}), &out, &err) == 0);
    CHECK(out.count(QLatin1Char('\n')) == 3);   // header and the two good records only

    CHECK(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("import"), QStringLiteral("bogus"), csv}), &out, &err) == 2);
    CHECK(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("cases")}), &out, &err) == 2);

    const QString xlsx = f.file(QStringLiteral("cases.xlsx"));
    REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("cases"),
                                 QStringLiteral("--out"), xlsx}), &out, &err) == 0);
    const QString text = workbookText(xlsx);
    CHECK(text.contains(QStringLiteral(u"观看警示教育片")));
    CHECK(text.contains(QStringLiteral(u"以案促改与教育")));
    CHECK_FALSE(QFile::exists(f.file(QStringLiteral(".cases.xlsx.part"))));
    // Ledgers name people: the export is owner-only, and nothing temporary is left beside it.
    CHECK((QFile::permissions(xlsx) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser))
          == QFileDevice::Permissions());
    CHECK(QDir(QFileInfo(xlsx).absolutePath()).entryList({QStringLiteral(".cases.xlsx*"), QStringLiteral(".qingfeng-*")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("confidentiality: no export, list or explanation of any ledger shows the reporter")
{
    test::LedgerFixture f;
    f.writeLedgers();
    f.db().close();
    const QString name = QString::fromUtf16(test::LedgerFixture::kReporterName);
    const QString phone = QString::fromUtf16(test::LedgerFixture::kReporterPhone);
    QString out, err;
    for (const char *kind : {"problems", "tipoffs", "inspections", "cases", "suppliers", "negative-list"}) {
        INFO(kind);
        const QString xlsx = f.file(QStringLiteral("%1.xlsx").arg(QLatin1String(kind)));
        REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("export"), QLatin1String(kind),
                                     QStringLiteral("--out"), xlsx}), &out, &err) == 0);
        const QString text = workbookText(xlsx);
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(name));
        CHECK_FALSE(text.contains(phone));
        CHECK_FALSE(text.contains(QStringLiteral(u"举报人")));
        REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("list"), QLatin1String(kind)}), &out, &err) == 0);
        CHECK_FALSE(out.contains(name));
        CHECK_FALSE(out.contains(phone));
    }
    // The tip-off itself is in the export: the test would pass vacuously otherwise.
    CHECK(workbookText(f.file(QStringLiteral("tipoffs.xlsx"))).contains(QStringLiteral(u"收受红包")));
    REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("explain"), QStringLiteral("--form"), QStringLiteral("3"),
                                 QStringLiteral("--column"), QStringLiteral("5"), QStringLiteral("--month"), QStringLiteral("2021-09")}),
                         &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"收受红包")));
    CHECK_FALSE(out.contains(name));
    CHECK_FALSE(out.contains(phone));
}

TEST_CASE("cli: ledger explain lists the records behind a cell")
{
    test::LedgerFixture f;
    f.writeLedgers();
    f.db().close();
    QString out, err;
    REQUIRE(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("explain"), QStringLiteral("--form"), QStringLiteral("2"),
                                 QStringLiteral("--column"), QStringLiteral("4"), QStringLiteral("--month"), QStringLiteral("2021-08"),
                                 QStringLiteral("--unit"), QStringLiteral(u"公立医院 三级")}),
                         &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"2021年8月：1")));
    CHECK(out.contains(QStringLiteral("2021-07-20")));
    CHECK(out.contains(QStringLiteral(u"（该机构已计）")));
    CHECK(test::runCli(cli(f, {QStringLiteral("ledger"), QStringLiteral("explain"), QStringLiteral("--form"), QStringLiteral("2"),
                               QStringLiteral("--column"), QStringLiteral("1"), QStringLiteral("--month"), QStringLiteral("2021-08")}),
                       &out, &err) == 2);
}
