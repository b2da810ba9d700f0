// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/CampaignActions.h"
#include "actions/WorkPlanActions.h"
#include "campaign/CampaignTemplate.h"
#include "print/NoticeDocument.h"
#include "print/NoticeDocx.h"
#include "print/NoticePainter.h"
#include "print/WorkPlanBlocks.h"

#include <QTemporaryDir>

using namespace qf;

namespace {

// What each template's source document says, read from the seeds: how many top-level
// sections (一、二、…) its 工作方案 has, the first one's heading, words its opening
// paragraph must keep and the 附件 (附表) it lists.
struct SeedPlan
{
    const char *key;
    int sections;
    const char16_t *firstHeading;
    const char16_t *preambleWords;
    QStringList attachments;
};

const QList<SeedPlan> &seedPlans()
{
    static const QList<SeedPlan> list{
        {"luzhai-2021", 5, u"成立深入整治群众身边腐败和作风问题工作领导小组及办公室成员", u"认真抓好中央第二巡视组巡视广西反馈意见整改落实",
         {QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）"),
          QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（二）"),
          QStringLiteral(u"2024年深入整治医疗领域腐败和作风问题工作情况统计表（三）"), QStringLiteral(u"公告参考内容")}},
        {"three-stage-consolidate", 5, u"整治目标", u"进一步巩固20__年不合理医疗检查专项治理效果", {}},
        {"monthly-statistics", 4, u"目标任务", u"针对近年来医疗物资(指药品、医疗设备、医疗器械、检验试剂、医用卫生材料等医疗产品)采购暴露出来的突出问题", {}},
        {"four-stage-numbered", 5, u"成立领导组织", u"为了规范我市医疗市场服务秩序,严厉打击非法行医行为", {}},
        {"four-stage-review", 4, u"目标任务", u"现就在系统各医疗构开展整治群众身边腐败和作风问题专项治理行动", {}},
        {"three-stage-self-check", 5, u"总体要求", u"进一步加强医德医风行风建设,结合党史学习教育", {}},
        {"joint-inspection", 6, u"整治目标", u"认真排查整治医疗机构及医疗服务中存在的违法违规问题、行业乱点乱象及欺诈骗保行为", {}},
        {"putuo-2020", 4, u"工作目标", u"区卫生健康委决定在本系统开展为期6个月的医疗卫生行风整治专项行动", {}},
        {"shanghai-quarterly", 6, u"行动目标", u"为守护医疗质量安全底线,进一步规范医疗秩序",
         {QStringLiteral(u"医疗乱象专项整治行动工作量化统计表")}},
    };
    return list;
}

Campaign open(const CampaignTemplate &t)
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

QStringList texts(const QList<DocumentBlock> &blocks)
{
    QStringList result;
    for (const DocumentBlock &b : blocks)
        if (b.role != DocumentBlock::Role::NewPage)
            result << b.prefix + b.text;
    return result;
}

} // namespace

TEST_CASE("template plans: every built-in template carries its seed's 工作方案, section by section")
{
    const QList<CampaignTemplate> templates = CampaignTemplate::builtIn();
    // A template added without its seed's plan fails here until it is described above.
    REQUIRE(templates.size() == seedPlans().size());
    for (const SeedPlan &seed : seedPlans()) {
        INFO(seed.key);
        const auto t = CampaignTemplate::find(QString::fromLatin1(seed.key));
        REQUIRE(t.has_value());
        const Campaign c = open(*t);
        WorkPlan plan;
        REQUIRE(t->workPlan(c, &plan).isOk());
        REQUIRE_FALSE(plan.preamble.isEmpty());
        CHECK(plan.preamble.join(QString()).contains(QString::fromUtf16(seed.preambleWords)));
        CHECK(plan.sections.size() >= seed.sections);
        REQUIRE_FALSE(plan.sections.isEmpty());
        CHECK(plan.sections.first().heading == QString::fromUtf16(seed.firstHeading));
        CHECK(plan.attachments == seed.attachments);
        for (const WorkPlan::Section &s : plan.sections) {
            INFO(s.heading.toStdString());
            // Every section says something: the steps at least through the campaign's phases.
            CHECK((!s.paragraphs.isEmpty() || !s.items.isEmpty() || !s.members.isEmpty() || s.kind == WorkPlan::Kind::Steps));
        }
        // Filled for this county and year: no placeholder is left for the printer.
        const QString all = texts(WorkPlanBlocks::of(plan, c)).join(QLatin1Char('\n'));
        for (const char *placeholder : {"{county}", "{city}", "{year}", "{start}", "{end}", "{startDate}", "{endDate}", "{endMonth}", "{phaseCount}"})
            CHECK_FALSE(all.contains(QLatin1String(placeholder)));
        // The seeds were copied from web pages: their sites' marks are not the plan's words.
        CHECK_FALSE(all.contains(QLatin1String("www."), Qt::CaseInsensitive));
        CHECK_FALSE(all.contains(QStringLiteral(u"出处")));
    }
}

TEST_CASE("template plans: the plan's steps are the template's phases, each with the seed's own words")
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        INFO(t.key().toStdString());
        const Campaign c = open(t);
        WorkPlan plan;
        REQUIRE(t.workPlan(c, &plan).isOk());
        const bool hasSteps = std::any_of(plan.sections.begin(), plan.sections.end(),
                                          [](const WorkPlan::Section &s) { return s.kind == WorkPlan::Kind::Steps; });
        // The one seed without stages (不分阶段) has no steps section; every other one prints its phases.
        CHECK(hasSteps == (t.key() != QLatin1String("monthly-statistics")));
        if (!hasSteps)
            continue;
        const QStringList blocks = texts(WorkPlanBlocks::of(plan, c));
        for (int n = 0; n < c.phases.size(); ++n) {
            const Phase &p = c.phases.at(n);
            INFO(p.name.toStdString());
            const QString name = p.name.endsWith(QStringLiteral(u"阶段")) ? p.name : p.name + QStringLiteral(u"阶段");
            const QString lead = QStringLiteral(u"（%1）").arg(chineseOrdinal(n + 1)) + name
                                 + QStringLiteral(u"（") + WorkPlanBlocks::phaseMonths(p) + QStringLiteral(u"）。");
            CHECK(std::any_of(blocks.begin(), blocks.end(), [&](const QString &b) { return b.startsWith(lead); }));
            CHECK_FALSE(p.description.isEmpty());
            CHECK_FALSE(blocks.join(QString()).contains(QStringLiteral(u"阶段阶段")));
        }
    }
}

TEST_CASE("template plans: a campaign stored from any template starts from that template's plan", "[engines]")
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        INFO(t.key().toStdString());
        test::TempDatabase db;
        Campaign c = open(t);
        REQUIRE(CampaignActions::save(db.db(), c).isOk());
        REQUIRE(c.id != 0);
        WorkPlan loaded;
        REQUIRE(WorkPlanActions::load(db.db(), c, &loaded).isOk());
        WorkPlan expected;
        REQUIRE(t.workPlan(c, &expected).isOk());
        REQUIRE_FALSE(loaded.isEmpty());
        CHECK(loaded.toJson() == expected.toJson());

        // Saved once, it is the campaign's own: the template no longer speaks for it.
        loaded.preamble.append(QStringLiteral(u"本县补充的一段。"));
        REQUIRE(WorkPlanActions::save(db.db(), c, loaded).isOk());
        WorkPlan back;
        REQUIRE(WorkPlanActions::load(db.db(), c, &back).isOk());
        CHECK(back.preamble.last() == QStringLiteral(u"本县补充的一段。"));
        CHECK(back.toJson() == loaded.toJson());
    }
}

TEST_CASE("template plans: each template's notice with its plan prints as PDF and as Word, every heading on the page")
{
    QTemporaryDir dir;
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        INFO(t.key().toStdString());
        const Campaign c = open(t);
        WorkPlan plan;
        REQUIRE(t.workPlan(c, &plan).isOk());
        const NoticeDocument d = NoticeDocument::fromCampaign(c, plan);
        REQUIRE_FALSE(d.plan.isEmpty());

        const QString pdf = dir.filePath(t.key() + QStringLiteral(".pdf"));
        int pages = 0;
        REQUIRE(NoticePainter(d).writePdf(pdf, &pages).isOk());
        REQUIRE(pages == test::pdfPageCount(pdf));
        CHECK(pages >= 2);
        QString all;
        for (int p = 1; p <= pages; ++p)
            all += test::pdfPageText(pdf, p);
        all.remove(QRegularExpression(QStringLiteral(u"—\\d+—")));
        for (const DocumentBlock &b : d.plan)
            if (b.role == DocumentBlock::Role::Heading || b.role == DocumentBlock::Role::Title) {
                QString words = b.text;
                words.remove(QRegularExpression(QStringLiteral("\\s")));
                CHECK(all.contains(words));
            }

        const QString docx = dir.filePath(t.key() + QStringLiteral(".docx"));
        REQUIRE(NoticeDocx::write(d, docx).isOk());
        const test::DocxReadBack r = test::readDocx(docx);
        const QStringList blocks = texts(d.plan);
        const qsizetype start = r.paragraphs.indexOf(blocks.first());
        REQUIRE(start >= 0);
        CHECK(r.paragraphs.mid(start, blocks.size()) == blocks);
    }
}

TEST_CASE("template plans: a notice lists as 附件 only the statistics forms its campaign asks for")
{
    for (const CampaignTemplate &t : CampaignTemplate::builtIn()) {
        INFO(t.key().toStdString());
        const Campaign c = open(t);
        const bool asksForForms = std::any_of(c.deadlines.begin(), c.deadlines.end(), [](const Deadline &d) {
            return d.deliverable == Deliverable::Form1 || d.deliverable == Deliverable::Form2 || d.deliverable == Deliverable::Form3;
        });
        const NoticeDocument d = NoticeDocument::fromCampaign(c);
        // None of the seeds without the forms names them; their plans list their own 附表.
        if (!asksForForms)
            CHECK(d.attachments.isEmpty());
        for (const QString &a : d.attachments)
            CHECK_FALSE(a.contains(QLatin1Char('{')));
    }
}
