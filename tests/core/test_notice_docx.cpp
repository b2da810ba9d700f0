// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "TestSupport.h"

#include "actions/WorkPlanActions.h"
#include "print/ChineseDate.h"
#include "print/NoticeDocx.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace qf;

namespace {

NoticeDocument demoNotice(test::DemoDatabase &demo)
{
    const Campaign c = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), c, &plan).isOk());
    return NoticeDocument::fromCampaign(c, plan);
}

QStringList texts(const QList<DocumentBlock> &blocks)
{
    QStringList result;
    for (const DocumentBlock &b : blocks)
        if (b.role != DocumentBlock::Role::NewPage)
            result << b.prefix + b.text;
    return result;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("notice docx: Word reads back the notice's and the plan's blocks word for word, in their styles")
{
    test::DemoDatabase demo;
    const NoticeDocument d = demoNotice(demo);
    REQUIRE(!d.plan.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notice.docx"));
    REQUIRE(NoticeDocx::write(d, path).isOk());
    const test::DocxReadBack r = test::readDocx(path);

    // Every block the PDF paints appears as a paragraph of its own, in order.
    const QStringList notice = texts(d.noticeBlocks());
    const QStringList plan = texts(d.plan);
    const qsizetype first = r.paragraphs.indexOf(notice.first());
    REQUIRE(first >= 0);
    CHECK(r.paragraphs.mid(first, notice.size()) == notice);
    const qsizetype planStart = r.paragraphs.indexOf(plan.first(), first + notice.size());
    REQUIRE(planStart > first);
    CHECK(r.paragraphs.mid(planStart, plan.size()) == plan);
    CHECK(r.styles.at(first) == QStringLiteral("Title"));
    // Headings are Word's own heading style (黑体, kept with the next paragraph).
    for (int i = 0; i < d.plan.size(); ++i)
        if (d.plan.at(i).role == DocumentBlock::Role::Heading)
            CHECK(r.styles.at(planStart + i) == QStringLiteral("Heading 1"));

    // 版头, 署名, 成文日期 and 版记 around the blocks.
    CHECK(r.paragraphs.first() == d.header);
    CHECK(r.paragraphs.contains(d.docNumber));
    CHECK(r.paragraphs.contains(d.signature));
    // The 署名 and the space above it stay on one page with the 成文日期.
    const qsizetype signature = r.paragraphs.indexOf(d.signature, first + notice.size());
    REQUIRE(signature > first);
    CHECK(r.paragraphs.at(signature + 1) == chineseDate(d.date));
    for (qsizetype i = signature - 1; i <= signature; ++i) {
        INFO("paragraph " << i << ": " << r.paragraphs.at(i).toStdString());
        CHECK(r.keepNext.at(i));
    }
    CHECK_FALSE(r.keepNext.at(signature + 1));
    CHECK(r.paragraphs.contains(chineseDate(d.date)));
    CHECK(r.paragraphs.contains(QStringLiteral(u"公开方式：") + d.disclosure));
    CHECK(r.paragraphs.last().endsWith(QStringLiteral(u"（%1）").arg(d.transmission)));
}

TEST_CASE("notice docx: a red 版头 over a red rule, the 版记 between rules, 附件 names hanging, bold kept")
{
    test::DemoDatabase demo;
    NoticeDocument d = demoNotice(demo);
    // The 附件 list: the notice's own, or (with a 工作方案) the plan's.
    QList<DocumentBlock> attachments;
    for (const DocumentBlock &b : d.noticeBlocks() + d.plan)
        if (b.role == DocumentBlock::Role::Attachment)
            attachments << b;
    REQUIRE(attachments.size() >= 2);
    REQUIRE(attachments.at(0).prefix.startsWith(QStringLiteral(u"附件：")));
    REQUIRE(!d.body.isEmpty());
    // The clerk made the first two characters of the body bold in the editor.
    QTextLayout::FormatRange bold;
    bold.start = 0;
    bold.length = 2;
    bold.format.setFontWeight(QFont::Bold);
    d.body.first().formats = {bold};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notice.docx"));
    REQUIRE(NoticeDocx::write(d, path).isOk());
    const test::DocxReadBack r = test::readDocx(path);
    const auto format = [&](const QString &text) {
        const qsizetype i = r.paragraphs.indexOf(text);
        INFO(text.toStdString());
        REQUIRE(i >= 0);
        return r.formats.at(i);
    };

    // 发文机关标志 in red; the 发文字号 centred over the red rule.
    CHECK(format(d.header).value(QLatin1String("color")).toString() == QStringLiteral("FF0000"));
    CHECK(format(d.docNumber).value(QLatin1String("borders")).toObject().value(QLatin1String("bottom")).toString()
          == QStringLiteral("FF0000"));
    // The 版记 between two black rules, its date at a tab.
    const QString imprint = d.printedBy + QLatin1Char('\t') + chineseDate(d.date) + QStringLiteral(u"印发");
    const QJsonObject rules = format(imprint).value(QLatin1String("borders")).toObject();
    CHECK(rules.value(QLatin1String("top")).toString() == QStringLiteral("000000"));
    CHECK(rules.value(QLatin1String("bottom")).toString() == QStringLiteral("000000"));
    // 附件：1.name: the first line two characters in, the name continuing under its first
    // character; 2.name starts under the 1.
    const QJsonObject first = format(attachments.at(0).prefix + attachments.at(0).text);
    const QJsonObject second = format(attachments.at(1).prefix + attachments.at(1).text);
    const int firstStart = first.value(QLatin1String("leftTwips")).toInt() + first.value(QLatin1String("firstLineTwips")).toInt();
    const int secondStart = second.value(QLatin1String("leftTwips")).toInt() + second.value(QLatin1String("firstLineTwips")).toInt();
    CHECK(firstStart == 640);
    CHECK(secondStart == 640 + 3 * 320);
    CHECK(first.value(QLatin1String("leftTwips")).toInt() == second.value(QLatin1String("leftTwips")).toInt());
    CHECK(first.value(QLatin1String("leftTwips")).toInt() > secondStart);
    // The bold run survives as a bold run, and nothing else is bold.
    const QJsonArray boldRuns = format(d.body.first().text).value(QLatin1String("bold")).toArray();
    REQUIRE(boldRuns.size() == 1);
    CHECK(boldRuns.first().toString() == d.body.first().text.left(2));
}

TEST_CASE("notice docx: a long issuer's name shrinks to stay on one line, and text XML cannot carry is dropped, not its paragraph")
{
    test::DemoDatabase demo;
    NoticeDocument d = demoNotice(demo);
    d.header = QStringLiteral(u"某某自治区某某市某某县卫生健康局中医药管理局文件");
    d.body.first().text = QStringLiteral(u"第一\u0001句<&>\uFFFE。");
    QTextLayout::FormatRange bold;
    bold.start = 2;
    bold.length = 4;   // "\u0001句<&"
    bold.format.setFontWeight(QFont::Bold);
    d.body.first().formats = {bold};
    const DocxDocument doc = NoticeDocx::of(d);
    REQUIRE(doc.blocks.first().paragraph.style == DocxParagraph::Style::Masthead);
    const double size = doc.blocks.first().paragraph.pointSize;
    CHECK(size > 0);
    CHECK(size < 42);
    // 24 characters of `size` points fit the 156 mm type area.
    CHECK(d.header.size() * size <= 156 / 25.4 * 72);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notice.docx"));
    REQUIRE(NoticeDocx::write(d, path).isOk());
    const test::DocxReadBack r = test::readDocx(path);
    const qsizetype i = r.paragraphs.indexOf(QStringLiteral(u"第一句<&>。"));
    REQUIRE(i >= 0);
    const QJsonArray boldRuns = r.formats.at(i).value(QLatin1String("bold")).toArray();
    REQUIRE(boldRuns.size() == 1);
    CHECK(boldRuns.first().toString() == QStringLiteral(u"句<&"));
}

TEST_CASE("notice docx: the same notice gives the same bytes twice")
{
    test::DemoDatabase demo;
    const NoticeDocument d = demoNotice(demo);
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.docx"));
    const QString b = dir.filePath(QStringLiteral("b.docx"));
    REQUIRE(NoticeDocx::write(d, a).isOk());
    REQUIRE(NoticeDocx::write(d, b).isOk());
    CHECK(bytesOf(a) == bytesOf(b));
}

TEST_CASE("cli: notice --out FILE.docx writes the Word document, FILE.pdf still the PDF")
{
    test::DemoDatabase demo;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("通知.docx"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("notice"), QStringLiteral("--out"), path},
                         &out, &err) == 0);
    CHECK(bytesOf(path).startsWith("PK"));
    const test::DocxReadBack r = test::readDocx(path);
    CHECK(r.paragraphs.contains(demoNotice(demo).title));
    const QString pdf = dir.filePath(QStringLiteral("通知.pdf"));
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("notice"), QStringLiteral("--out"), pdf},
                         &out, &err) == 0);
    CHECK(bytesOf(pdf).startsWith("%PDF"));
}
