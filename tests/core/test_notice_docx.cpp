// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "TestSupport.h"

#include "actions/WorkPlanActions.h"
#include "print/ChineseDate.h"
#include "print/NoticeDocx.h"
#include "storage/CampaignRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace qf;

namespace {

NoticeDocument demoNotice(test::DemoDatabase &demo)
{
    const auto c = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(c);
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), *c, &plan).isOk());
    return NoticeDocument::fromCampaign(*c, plan);
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
