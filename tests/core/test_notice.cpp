// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/WorkPlanActions.h"
#include "print/NoticeDocument.h"
#include "print/NoticePainter.h"
#include "print/PdfUnicodeRepair.h"
#include "storage/CampaignRepository.h"

#include <QFileInfo>

using namespace qf;

namespace {

QStringList texts(const QList<NoticeDocument::Paragraph> &paragraphs)
{
    QStringList result;
    for (const NoticeDocument::Paragraph &p : paragraphs)
        result << p.text;
    return result;
}

} // namespace

TEST_CASE("notice: the parts of the document come from the campaign and its template")
{
    test::DemoDatabase demo;
    const NoticeDocument d = NoticeDocument::fromCampaign(demo.campaign());
    CHECK(d.header == QStringLiteral(u"鹿寨县卫生健康局文件"));
    CHECK(d.docNumber == QStringLiteral(u"鹿卫医〔2021〕22号"));
    CHECK(d.title == QStringLiteral(u"关于印发《鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案》的通知"));
    CHECK(d.addressees == QStringLiteral(u"各乡镇卫生院，县直各医疗卫生单位，各民营医院，局机关各相关股室："));
    REQUIRE(d.body.size() == 1);
    CHECK(d.body.first().text.contains(QStringLiteral(u"制定了《鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案》")));
    // As in the seed, the 附件 are listed at the end of the plan, not under the notice.
    CHECK(d.attachments.isEmpty());
    CHECK(d.transmission == QStringLiteral(u"网络传输"));
    CHECK(d.signature == QStringLiteral(u"鹿寨县卫生健康局"));
    CHECK(d.date == QDate(2021, 7, 9));
    CHECK(d.printedBy == QStringLiteral(u"鹿寨县卫生健康局办公室"));
    CHECK(d.disclosure == QStringLiteral(u"主动公开"));
}

TEST_CASE("notice: a stored body is plain paragraphs or simple HTML with emphasis")
{
    const auto plain = NoticeDocument::parseBody(QStringLiteral(u"\u3000\u3000第一段。\r\n\n  第二段。\n"));
    CHECK(texts(plain) == QStringList({QStringLiteral(u"第一段。"), QStringLiteral(u"第二段。")}));

    const auto html = NoticeDocument::parseBody(
        QStringLiteral(u"<p style=\"font-size:30pt\">请<b>务必</b>按时报送。</p><p></p><p><i>特此通知</i>。</p>"));
    REQUIRE(texts(html) == QStringList({QStringLiteral(u"请务必按时报送。"), QStringLiteral(u"特此通知。")}));
    REQUIRE(html.first().formats.size() == 1);
    CHECK(html.first().formats.first().start == 1);
    CHECK(html.first().formats.first().length == 2);
    CHECK(html.first().formats.first().format.fontWeight() == QFont::Bold);
    // The document standard sets the size, not the HTML.
    CHECK_FALSE(html.first().formats.first().format.hasProperty(QTextFormat::FontPointSize));
    REQUIRE(html.at(1).formats.size() == 1);
    CHECK(html.at(1).formats.first().format.fontItalic());
}

TEST_CASE("notice: the PDF has the red-header layout, page numbers and embedded fonts")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    const NoticeDocument d = NoticeDocument::fromCampaign(campaign, plan);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    int pages = 0;
    const Status s = NoticePainter(d).writePdf(pdf, &pages);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(pages >= 1);
    CHECK(test::pdfPageCount(pdf) == pages);
    CHECK(test::pdfFontsEmbedded(pdf));

    const QString first = test::pdfPageText(pdf, 1);
    CHECK(first.startsWith(QStringLiteral(u"鹿寨县卫生健康局文件鹿卫医〔2021〕22号关于印发《鹿寨县医疗领域")));
    CHECK(first.contains(QStringLiteral(u"各乡镇卫生院，县直各医疗卫生单位，各民营医院，局机关各相关股室：")));
    CHECK(first.contains(QStringLiteral(u"—1—")));
    QString all;
    for (int p = 1; p <= pages; ++p) {
        const QString text = test::pdfPageText(pdf, p);
        // A blank page before the 版记's even page, and the 版记's page after it, go unnumbered.
        if (!text.isEmpty() && !text.contains(QStringLiteral(u"日印发")))
            CHECK(text.contains(QStringLiteral(u"—%1—").arg(p)));
        all += text;
    }
    CHECK(all.contains(QStringLiteral(u"附件：1.卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）")));
    CHECK(all.contains(QStringLiteral(u"4.公告参考内容")));
    CHECK(all.contains(QStringLiteral(u"鹿寨县卫生健康局2021年7月9日")));
    CHECK(all.contains(QStringLiteral(u"公开方式：主动公开")));
    CHECK(all.contains(QStringLiteral(u"鹿寨县卫生健康局办公室")));
    CHECK(all.contains(QStringLiteral(u"2021年7月9日印发")));
}

TEST_CASE("notice: a long body runs over as many pages as it needs, numbered, nothing outside the type area")
{
    test::DemoDatabase demo;
    Campaign campaign = demo.campaign();
    QStringList paragraphs;
    for (int n = 1; n <= 40; ++n)
        paragraphs << QStringLiteral(u"第%1段。各医疗机构要对照专项整治工作内容，制定本单位自查自纠工作实施方案，全面排查本单位违规使用医保基金等问题。").arg(n);
    campaign.noticeBody = paragraphs.join(QLatin1Char('\n'));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    int pages = 0;
    REQUIRE(NoticePainter(NoticeDocument::fromCampaign(campaign)).writePdf(pdf, &pages).isOk());
    CHECK(pages >= 5);
    CHECK(test::pdfPageCount(pdf) == pages);

    QString all;
    for (int p = 1; p <= pages; ++p) {
        all += test::pdfPageText(pdf, p);
        // The type area is 28 mm from the left, 156 mm wide, 37 mm from the top and 225 mm
        // high; page numbers sit 7 mm below it.
        QSizeF size;
        for (const QRectF &w : test::pdfWordBoxes(pdf, p, &size)) {
            INFO("page " << p << " word at " << w.x() << "," << w.y());
            CHECK(w.left() >= 28 * 72 / 25.4 - 1);
            CHECK(w.right() <= (28 + 156) * 72 / 25.4 + 1);
            CHECK(w.top() >= 37 * 72 / 25.4 - 3);
            CHECK(w.bottom() <= (37 + 225 + 7) * 72 / 25.4 + 14 * 1.5);
        }
    }
    // Every paragraph is there once, in order.
    int from = 0;
    for (int n = 1; n <= 40; ++n) {
        const int at = int(all.indexOf(QStringLiteral(u"第%1段。").arg(n), from));
        CHECK(at > from - 1);
        from = at;
    }
    CHECK(all.indexOf(QStringLiteral(u"2021年7月9日印发")) > all.indexOf(QStringLiteral(u"第40段。")));
}

TEST_CASE("cli: notice writes the campaign's notice as PDF")
{
    test::DemoDatabase demo;
    const QString pdf = demo.file(QStringLiteral("notice.pdf"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("notice"), QStringLiteral("--out"), pdf}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已生成通知")));
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"鹿寨县卫生健康局文件")));
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("notice")}, &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("notice"), QStringLiteral("--out"), pdf,
                        QStringLiteral("--campaign"), QStringLiteral("x")}, &out, &err) == 2);
    const QString empty = demo.file(QStringLiteral("empty.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("--db"), empty, QStringLiteral("init")}, &out, &err) == 0);
    CHECK(test::runCli({QStringLiteral("--db"), empty, QStringLiteral("notice"), QStringLiteral("--out"), pdf}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"还没有专项整治")));
}

TEST_CASE("pdf text: radicals in ToUnicode maps become the ideographs the glyphs show")
{
    CHECK(PdfUnicodeRepair::ideographFor(0x2F63) == 0x751F);   // ⽣ → 生
    CHECK(PdfUnicodeRepair::ideographFor(0x2F0A) == 0x5165);   // ⼊ → 入
    CHECK(PdfUnicodeRepair::ideographFor(0x2EA0) == 0x6C11);   // ⺠ → 民 (from the font)
    CHECK(PdfUnicodeRepair::ideographFor(0x4E00) == 0);
    // Only destination codes change; glyph numbers and the length stay.
    const QByteArray cmap = QByteArrayLiteral("3 beginbfrange\n<2F63> <2F64> [<2F63> <0041>]\n<0005> <0005> <2EA0>\n<0006> <0007> <2F63>\nendbfrange\n"
                                              "1 beginbfchar\n<2F0A> <2F0A>\nendbfchar\n");
    const QByteArray fixed = PdfUnicodeRepair::repair(cmap);
    CHECK(fixed == QByteArrayLiteral("3 beginbfrange\n<2F63> <2F64> [<751F> <0041>]\n<0005> <0005> <6C11>\n<0006> <0007> <2F63>\nendbfrange\n"
                                     "1 beginbfchar\n<2F0A> <5165>\nendbfchar\n"));
}
