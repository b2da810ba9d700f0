// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of Word document the program writes, opened by another word processor:
// LibreOffice converts each to PDF, and the PDF must have a plausible number of pages and
// read the document's own words. A file Word or WPS cannot open would pass every test that
// only reads it back with python-docx; LibreOffice's importer is a second, stricter reader.
// In the window's library's tests because the summaries carry their charts, drawn as the
// window and qingfeng-cli draw them.
#include "PdfProbe.h"
#include "TestSupport.h"

#include "SummaryChartDrawing.h"
#include "actions/ExportSpotCheckPapers.h"
#include "actions/SpotCheckActions.h"
#include "analysis/SpotCheckDraw.h"
#include "campaign/CampaignTemplate.h"
#include "print/NoticeDocument.h"
#include "print/NoticeDocx.h"
#include "print/NoticePainter.h"
#include "storage/CampaignRepository.h"
#include "summary/SummaryExport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace qf;

namespace {

// One written document: its .docx, the page count the program's own PDF of it has, and
// words the converted PDF must read (spaces and line breaks removed).
struct Written
{
    QString docx;
    int ownPages = 0;
    QStringList words;
};

// Without spaces and line breaks, the full-width space of a caption among them, so that
// words wrapped over two lines still read as one.
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.remove(QChar(0x3000));
    return s;
}

QString pdfText(const QString &pdf)
{
    QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    return squeezed(text);
}

Campaign campaignOf(const CampaignTemplate &t)
{
    CampaignParameters p;
    p.county = QStringLiteral(u"象州县");
    p.city = QStringLiteral(u"来宾市");
    p.year = 2024;
    Campaign c;
    const Status s = t.instantiate(p, &c);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    return c;
}

// Each template's notice with its 工作方案, as 打印 → 通知 and `print notice` write it.
void writeNotices(const QDir &dir, QList<Written> *out)
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        const Campaign c = campaignOf(t);
        WorkPlan plan;
        REQUIRE(t.workPlan(c, &plan).isOk());
        const NoticeDocument d = NoticeDocument::fromCampaign(c, plan);
        Written w{dir.filePath(QStringLiteral("notice-%1.docx").arg(t.key())), 0, {squeezed(d.title), d.signature}};
        REQUIRE(NoticeDocx::write(d, w.docx).isOk());
        REQUIRE(NoticePainter(d).writePdf(dir.filePath(QStringLiteral("own-notice-%1.pdf").arg(t.key())), &w.ownPages).isOk());
        for (const DocumentBlock &b : d.plan)
            if (b.role == DocumentBlock::Role::Heading) {
                w.words << squeezed(b.text);
                break;
            }
        *out << w;
    }
}

// The county's and one institution's 工作总结 with their charts; the words include a
// figure the text states.
void writeSummaries(test::DemoDatabase &demo, const QDir &dir, QList<Written> *out)
{
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    for (const QString &unit : {QString(), QStringLiteral(u"鹿寨县人民医院")}) {
        SummaryRequest request{*campaign, YearMonth(2021, 11), unit, QDate(2021, 12, 20), QString()};
        REQUIRE(charts::SummaryChartDrawing::draw(demo.db(), &request).isOk());
        REQUIRE(request.charts.size() == 2);
        Written w;
        w.docx = dir.filePath(unit.isEmpty() ? QStringLiteral("summary-county.docx") : QStringLiteral("summary-unit.docx"));
        request.path = w.docx;
        SummaryDocument drafted;
        REQUIRE(SummaryExport::run(demo.db(), request, &drafted).isOk());
        request.path = dir.filePath(QFileInfo(w.docx).completeBaseName() + QStringLiteral("-own.pdf"));
        REQUIRE(SummaryExport::run(demo.db(), request, nullptr, &w.ownPages).isOk());
        const auto due = QRegularExpression(QStringLiteral(u"应报统计表\\d+份")).match(drafted.text());
        REQUIRE(due.hasMatch());
        w.words = {squeezed(drafted.title), due.captured(0), squeezed(drafted.charts.first().caption)};
        *out << w;
    }
}

// A 抽查 draw's 名单 and its 检查通知.
void writeSpotCheck(test::DemoDatabase &demo, const QDir &dir, QList<Written> *out)
{
    for (int k = 0; k < 6; ++k) {
        Inspector i;
        i.name = QStringLiteral(u"检查员%1").arg(QChar(u'甲' + k));
        i.office = QStringLiteral(u"医政股");
        REQUIRE(SpotCheckActions::addInspector(demo.db(), i).isOk());
    }
    SpotCheckRequest r;
    r.campaignId = demo.campaignId();
    r.count = 4;
    r.seed = 20211215;
    r.day = QDate(2021, 12, 15);
    SpotCheckRecord record;
    REQUIRE(SpotCheckActions::draw(demo.db(), r, QStringLiteral(u"医政股"), &record).isOk());
    QList<SpotCheckPick> picks;
    REQUIRE(SpotCheckDraw::picksOf(record.inputs, record.result, &picks).isOk());
    REQUIRE_FALSE(picks.isEmpty());
    SpotCheckPaperOptions options;
    options.date = QDate(2021, 12, 16);
    options.inspectOn = QDate(2021, 12, 22);
    using Paper = ExportSpotCheckPapers::Paper;
    for (const Paper paper : {Paper::List, Paper::Notices}) {
        const QString name = paper == Paper::List ? QStringLiteral("spotcheck-list") : QStringLiteral("spotcheck-notices");
        Written w{dir.filePath(name + QStringLiteral(".docx")), 0, {}};
        REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, paper, options, w.docx).isOk());
        REQUIRE(ExportSpotCheckPapers::write(demo.db(), record.id, paper, options, dir.filePath(name + QStringLiteral("-own.pdf")),
                                             &w.ownPages)
                    .isOk());
        for (const SpotCheckPick &p : picks)
            w.words << squeezed(p.institution.name);
        if (paper == Paper::List)
            w.words << QString::number(record.seed);
        else
            w.words << QStringLiteral(u"2021年12月22日");
        *out << w;
    }
}

} // namespace

TEST_CASE("LibreOffice opens every kind of Word document the program writes and converts it to PDF with its words", "[documents]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        // A declared test dependency (packaging/install-deps.sh test): missing, it fails, unless
        // the one running the tests by hand said to do without it.
        if (qEnvironmentVariable("QINGFENG_TEST_WITHOUT_SOFFICE") == QLatin1String("1")) {
            WARN("soffice is not installed and QINGFENG_TEST_WITHOUT_SOFFICE=1: the LibreOffice conversion test is skipped.");
            return;
        }
        FAIL("soffice is not installed (libreoffice-writer-nogui, see packaging/install-deps.sh test); "
             "set QINGFENG_TEST_WITHOUT_SOFFICE=1 to skip this test on a machine without it.");
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir docs(dir.filePath(QStringLiteral("docs")));
    REQUIRE(QDir().mkpath(docs.path()));
    QList<Written> written;
    writeNotices(docs, &written);
    test::DemoDatabase demo;
    writeSummaries(demo, docs, &written);
    writeSpotCheck(demo, docs, &written);
    REQUIRE(written.size() == CampaignTemplate::builtIn().size() + 4);

    // One run for every file: LibreOffice's start-up is most of its time. Its own profile in
    // the temporary folder, so neither the user's settings nor a running instance is touched.
    const QString converted = dir.filePath(QStringLiteral("pdf"));
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--norestore"),
                     QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                     QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), converted};
    for (const Written &w : written)
        args << w.docx;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(soffice, args);
    REQUIRE(p.waitForStarted(10000));
    const bool finished = p.waitForFinished(180000);
    const QString log = QString::fromUtf8(p.readAll());
    INFO(log.toStdString());
    if (!finished)
        p.kill();
    REQUIRE(finished);
    REQUIRE(p.exitCode() == 0);

    for (const Written &w : written) {
        INFO(QFileInfo(w.docx).fileName().toStdString());
        const QString pdf = QDir(converted).filePath(QFileInfo(w.docx).completeBaseName() + QStringLiteral(".pdf"));
        REQUIRE(QFileInfo::exists(pdf));
        // Another program's fonts and line breaking may move a page break, not halve or
        // double the document.
        const int pages = test::pdfPageCount(pdf);
        INFO("LibreOffice: " << pages << " pages, the program's own PDF: " << w.ownPages);
        CHECK(w.ownPages > 0);
        CHECK(pages >= w.ownPages - qMax(1, w.ownPages / 4));
        CHECK(pages <= w.ownPages + qMax(1, w.ownPages / 4));
        const QString text = pdfText(pdf);
        for (const QString &word : w.words) {
            INFO(word.toStdString());
            CHECK(text.contains(word));
        }
    }
}
