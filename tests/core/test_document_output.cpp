// SPDX-License-Identifier: GPL-3.0-or-later
// The documents the bureau sends out (notice, 工作总结, forms, posters) as files: which names
// are accepted, which targets are refused, the mode a new file gets and what a failed write says.
#include "TestSupport.h"

#include "io/AtomicFile.h"
#include "io/PrivateFiles.h"
#include "print/DocumentFormat.h"
#include "storage/CampaignRepository.h"
#include "summary/SummaryExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace qf;

namespace {

int cli(test::DemoDatabase &demo, const QStringList &args, QString *err)
{
    QString out;
    return test::runCli(QStringList{QStringLiteral("--db"), demo.path()} + args, &out, err);
}

} // namespace

TEST_CASE("the notice and the 工作总结 are saved only under a .pdf or .docx name, and both commands refuse the same others")
{
    test::DemoDatabase demo;
    for (const QString &command : {QStringLiteral("notice"), QStringLiteral("summary")})
        for (const QString &name : {QStringLiteral("x.doc"), QStringLiteral("x.txt"), QStringLiteral("x"), QStringLiteral("x.pdf.bak")}) {
            INFO(command.toStdString() << " " << name.toStdString());
            const QString path = demo.file(name);
            QString err;
            CHECK(cli(demo, {command, QStringLiteral("--out"), path}, &err) != 0);
            INFO(err.toStdString());
            CHECK(err.contains(QDir::toNativeSeparators(path)));
            CHECK(err.contains(QStringLiteral(".pdf")));
            CHECK(err.contains(QStringLiteral(".docx")));
            CHECK_FALSE(QFile::exists(path));
        }
    // Any case of the two endings is taken.
    for (const QString &name : {QStringLiteral("通知.PDF"), QStringLiteral("通知.Docx")}) {
        QString err;
        CHECK(cli(demo, {QStringLiteral("notice"), QStringLiteral("--out"), demo.file(name)}, &err) == 0);
        CHECK(QFile::exists(demo.file(name)));
    }
    DocumentFormat::Kind kind;
    REQUIRE(DocumentFormat::of(QStringLiteral("a.DOCX"), &kind).isOk());
    CHECK(kind == DocumentFormat::Docx);
}

TEST_CASE("a read-only document is not replaced by the Word or PDF writers, and stays as it was")
{
    test::DemoDatabase demo;
    for (const QString &command : {QStringLiteral("notice"), QStringLiteral("summary")})
        for (const QString &name : {QStringLiteral("ro.pdf"), QStringLiteral("ro.docx")}) {
            INFO(command.toStdString() << " " << name.toStdString());
            const QString path = demo.file(command + name);
            test::writeFile(path, QByteArray("kept"));
            REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QString err;
            CHECK(cli(demo, {command, QStringLiteral("--out"), path}, &err) != 0);
            INFO(err.toStdString());
            CHECK(err.contains(QStringLiteral(u"是只读的")));
            CHECK(err.contains(QDir::toNativeSeparators(path)));
            QFile kept(path);
            REQUIRE(kept.open(QIODevice::ReadOnly));
            CHECK(kept.readAll() == QByteArray("kept"));
            CHECK(PrivateFiles::modeOf(path) == 0444);
        }
}

TEST_CASE("a new document is readable by others, a replaced one keeps its owner's mode, a ledger export stays owner-only")
{
    test::DemoDatabase demo;
    for (const QString &name : {QStringLiteral("n.pdf"), QStringLiteral("n.docx")}) {
        INFO(name.toStdString());
        QString err;
        REQUIRE(cli(demo, {QStringLiteral("notice"), QStringLiteral("--out"), demo.file(name)}, &err) == 0);
        CHECK(PrivateFiles::modeOf(demo.file(name)) == 0644);
        REQUIRE(QFile::setPermissions(demo.file(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        REQUIRE(cli(demo, {QStringLiteral("notice"), QStringLiteral("--out"), demo.file(name)}, &err) == 0);
        CHECK(PrivateFiles::modeOf(demo.file(name)) == 0600);
    }
    QString err;
    REQUIRE(cli(demo, {QStringLiteral("print-form"), QStringLiteral("--form"), QStringLiteral("1"), QStringLiteral("--month"),
                       QStringLiteral("2021-11"), QStringLiteral("--out"), demo.file(QStringLiteral("f.pdf"))},
                &err)
            == 0);
    CHECK(PrivateFiles::modeOf(demo.file(QStringLiteral("f.pdf"))) == 0644);
    REQUIRE(cli(demo, {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"),
                       demo.file(QStringLiteral("c.xlsx"))},
                &err)
            == 0);
    CHECK(PrivateFiles::modeOf(demo.file(QStringLiteral("c.xlsx"))) == 0600);
}

TEST_CASE("any file name the folder takes can be written, however long: the temporary file has a short name of its own")
{
    QTemporaryDir dir;
    // 83 CJK characters are 249 bytes, 253 with ".pdf": a temporary "." + name + ".XXXXXX" would not fit.
    const QString name = QString(83, QChar(0x6e05)) + QStringLiteral(".pdf");
    REQUIRE(QFile::encodeName(name).size() <= 255);
    REQUIRE(QFile::encodeName(name).size() + 8 > 255);
    const QString path = dir.filePath(name);
    const Status s = AtomicFile::write(path, QByteArray("%PDF-1.4"), PrivateFiles::kDocumentMode);
    INFO(s.message().toStdString());
    CHECK(s.isOk());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{name});
    // A name longer than the file system takes is refused in words, not "File name too long".
    const QString tooLong = dir.filePath(QString(90, QChar(0x6e05)) + QStringLiteral(".pdf"));
    const Status refused = AtomicFile::write(tooLong, QByteArray("x"));
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"文件名或路径太长")));
}

TEST_CASE("a PDF that cannot be written whole says why, and leaves no file behind")
{
    test::DemoDatabase demo;
    const QString path = demo.file(QStringLiteral("big.pdf"));
    // A file-size limit stands in for a full disk: the write stops part-way with an errno.
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit saved = {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    struct rlimit small = saved;
    small.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    QString err;
    const int code = cli(demo, {QStringLiteral("notice"), QStringLiteral("--out"), path}, &err);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, SIG_DFL);
    INFO(err.toStdString());
    CHECK(code != 0);
    CHECK(err.contains(QStringLiteral(u"文件超过了允许的大小")));
    CHECK_FALSE(err.contains(QStringLiteral(u"未知错误")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(demo.dir()).entryList({QStringLiteral(".qingfeng-*")}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(AtomicFile::reason(ENOSPC) == QStringLiteral(u"磁盘空间不足"));
}

TEST_CASE("the 工作总结 refuses a month outside the campaign, and states no rate where nothing was due")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const YearMonth first = YearMonth::fromDate(campaign.start), last = YearMonth::fromDate(campaign.end);
    for (const YearMonth &month : {YearMonth(2020, 1), YearMonth(2099, 12), YearMonth(last.year() + 1, 1)}) {
        INFO(month.toString().toStdString());
        REQUIRE((month.monthsUntil(first) > 0 || last.monthsUntil(month) > 0));
        const QString docx = demo.file(QStringLiteral("out.docx"));
        const Status s = SummaryExport::run(demo.db(), {campaign, month, QString(), campaign.end, docx});
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(month.toChinese()));
        CHECK(s.message().contains(first.toChinese()));
        CHECK(s.message().contains(last.toChinese()));
        CHECK_FALSE(QFile::exists(docx));
    }
    // The CLI says the same.
    QString err;
    CHECK(cli(demo, {QStringLiteral("summary"), QStringLiteral("--month"), QStringLiteral("2020-01"), QStringLiteral("--out"),
                     demo.file(QStringLiteral("s.docx"))},
              &err)
          != 0);
    CHECK(err.contains(QStringLiteral(u"2020年1月")));

    // On the campaign's first day no report was due yet: no "0.0%" and no "应报统计表0份".
    for (const QString &unit : {QString(), QStringLiteral(u"鹿寨县人民医院")}) {
        INFO(unit.toStdString());
        SummaryDocument document;
        const Status s = SummaryExport::draft(demo.db(), {campaign, first, unit, campaign.start, QString()}, &document);
        INFO(s.message().toStdString());
        REQUIRE(s.isOk());
        CHECK_FALSE(document.text().contains(QStringLiteral("0.0%")));
        CHECK_FALSE(document.text().contains(QStringLiteral(u"应报统计表0份")));
        CHECK_FALSE(document.text().contains(QStringLiteral(u"按时报送率")));
    }
}

TEST_CASE("a PDF saved under a symbolic link's name replaces the link, as every atomic writer does, never the file it names")
{
    test::DemoDatabase demo;
    const QString elsewhere = demo.file(QStringLiteral("elsewhere.pdf"));
    test::writeFile(elsewhere, QByteArray("someone else's"));
    const QString link = demo.file(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(elsewhere, link));
    QString err;
    REQUIRE(cli(demo, {QStringLiteral("notice"), QStringLiteral("--out"), link}, &err) == 0);
    QFile other(elsewhere);
    REQUIRE(other.open(QIODevice::ReadOnly));
    CHECK(other.readAll() == QByteArray("someone else's"));
    CHECK_FALSE(QFileInfo(link).isSymLink());
    QFile written(link);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
}
