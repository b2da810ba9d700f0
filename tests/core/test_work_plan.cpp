// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"
#include "TestSupport.h"

#include "actions/WorkPlanActions.h"
#include "campaign/CampaignTemplate.h"
#include "campaign/WorkPlan.h"
#include "print/NoticeDocument.h"
#include "print/NoticePainter.h"
#include "print/WorkPlanBlocks.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace qf;

namespace {

QStringList texts(const QList<DocumentBlock> &blocks)
{
    QStringList result;
    for (const DocumentBlock &b : blocks)
        result << b.prefix + b.text;
    return result;
}

int auditRows(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'campaign_work_plan'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// The notice of 鹿卫医〔2021〕22号 as the seed document prints it, paragraph by paragraph.
const QStringList kSeedNotice{
    QStringLiteral(u"关于印发《鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案》的通知"),
    QStringLiteral(u"各乡镇卫生院，县直各医疗卫生单位，各民营医院，局机关各相关股室："),
    QStringLiteral(u"为深入贯彻落实习近平总书记视察广西时的重要讲话和重要指示精神，以及十九届中央纪委五次全会、自治区纪委十一届七次全会、"
                   u"柳州市纪委十二届十次全会精神，认真抓好中央第二巡视组巡视广西反馈意见整改落实，开展好党史学习教育，深入推动“我为群众办实事”"
                   u"实践活动，持续深化群众身边腐败和作风问题治理,根据《自治区卫生健康委关于印发医疗领域深入整治群众身边腐败和作风问题工作方案的通知》"
                   u"《柳州市卫生健康委关于印发医疗领域深入整治群众身边腐败和作风问题工作方案的通知》（柳卫医〔2021〕14号）要求，结合我县实际，"
                   u"制定了《鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案》，现印发给你们，请认真贯彻执行。"),
};

} // namespace

TEST_CASE("work plan: the 鹿寨 template's notice is the seed's, word for word, and prints so")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const NoticeDocument d = NoticeDocument::fromCampaign(campaign);
    CHECK(texts(d.noticeBlocks()) == kSeedNotice);
    CHECK(d.disclosure == QStringLiteral(u"主动公开"));
    CHECK(d.transmission == QStringLiteral(u"网络传输"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    int pages = 0;
    REQUIRE(NoticePainter(d).writePdf(pdf, &pages).isOk());
    QString all;
    for (int p = 1; p <= pages; ++p)
        all += test::pdfPageText(pdf, p);
    // A paragraph running over a page break reads on past the page number.
    all.remove(QRegularExpression(QStringLiteral(u"—\\d+—")));
    for (const QString &paragraph : kSeedNotice) {
        QString words = paragraph;
        words.remove(QRegularExpression(QStringLiteral("\\s")));
        CHECK(all.contains(words));
    }
    CHECK(all.contains(QStringLiteral(u"公开方式：主动公开")));
    CHECK(all.contains(QStringLiteral(u"鹿寨县卫生健康局办公室2021年7月9日印发（网络传输）")));
}

TEST_CASE("work plan: a campaign starts from its template's plan, and its steps follow the phases")
{
    test::DemoDatabase demo;
    Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    REQUIRE(plan.sections.size() == 5);
    CHECK(plan.sections.at(0).kind == WorkPlan::Kind::Leadership);
    CHECK(plan.sections.at(0).members.first().name == QStringLiteral(u"徐文忠"));
    CHECK(plan.sections.at(0).members.first().role == QStringLiteral(u"组长"));
    CHECK(plan.sections.at(0).paragraphs.first().contains(QStringLiteral(u"成立鹿寨县卫生健康局深入整治")));
    CHECK(plan.sections.at(2).items.first().responsible == QStringLiteral(u"党建办牵头，各医疗机构配合"));
    CHECK(plan.attachments.at(2) == QStringLiteral(u"2021年深入整治医疗领域腐败和作风问题工作情况统计表（三）"));

    QStringList text = texts(WorkPlanBlocks::of(plan, campaign));
    CHECK(text.contains(QStringLiteral(u"四、工作步骤")));
    CHECK(text.contains(QStringLiteral(u"专项整治行动时间为通知下发之日起至2021年12月，分3个阶段实施。")));
    CHECK(text.contains(QStringLiteral(u"（一）自查自纠阶段（2021年6-8月）。全县各医疗机构要按照本方案要求开展自查自纠工作，对发现的问题进行全面认真整改。")));
    CHECK(text.contains(QStringLiteral(u"组\u3000长：徐文忠\u3000\u3000县卫健局党组书记、局长")));
    CHECK(text.contains(QStringLiteral(u"电子邮箱：党建办 wjjdjb6811998@126.com，医政体改和中医股 chubb@126.com。")));
    CHECK(text.contains(QStringLiteral(u"附件：1.卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）")));

    // Editing a phase and a mailbox changes the printed plan.
    campaign.phases[1].end = QDate(2021, 10, 31);
    campaign.phases[1].name = QStringLiteral(u"重点整治");
    campaign.offices[0].email = QStringLiteral("djb@example.org");
    text = texts(WorkPlanBlocks::of(plan, campaign));
    CHECK(std::any_of(text.begin(), text.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral(u"（二）重点整治阶段（2021年8-10月）。"));
    }));
    CHECK(std::any_of(text.begin(), text.end(), [](const QString &t) { return t.contains(QStringLiteral("djb@example.org")); }));
}

TEST_CASE("work plan: saving stores it whole and audited, a plan with an unnamed member stores nothing", "[engines]")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    plan.sections[0].members[0].name = QStringLiteral(u"李明");
    plan.sections[1].items << WorkPlan::Item{QString(), QStringLiteral(u"违规收费问题。"), QStringLiteral(u"医政股")};
    const int before = auditRows(demo.db());
    REQUIRE(WorkPlanActions::save(demo.db(), campaign, plan).isOk());
    CHECK(auditRows(demo.db()) == before + 1);

    WorkPlan back;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &back).isOk());
    CHECK(back.toJson() == plan.toJson());

    WorkPlan bad = back;
    bad.sections[0].members[1].name.clear();
    const Status s = WorkPlanActions::save(demo.db(), campaign, bad);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"第2位成员缺少姓名")));
    WorkPlan after;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &after).isOk());
    CHECK(after.toJson() == plan.toJson());
    CHECK(auditRows(demo.db()) == before + 1);
}

TEST_CASE("work plan: the notice PDF prints the plan after it, 版头 once, 版记 on the last even page")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    int pages = 0;
    REQUIRE(NoticePainter(NoticeDocument::fromCampaign(campaign, plan)).writePdf(pdf, &pages).isOk());
    REQUIRE(pages == test::pdfPageCount(pdf));
    CHECK(pages % 2 == 0);
    int planPage = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString text = test::pdfPageText(pdf, p);
        CHECK(text.contains(QStringLiteral(u"卫生健康局文件")) == (p == 1));
        CHECK(text.contains(QStringLiteral(u"日印发")) == (p == pages));
        if (text.startsWith(QStringLiteral(u"鹿寨县医疗领域深入整治群众身边腐败和作风问题工作方案")))
            planPage = p;
    }
    // The plan starts on a page of its own after the notice's signature.
    REQUIRE(planPage > 1);
    CHECK(test::pdfPageText(pdf, planPage - 1).contains(QStringLiteral(u"公开方式：主动公开")));
    CHECK(test::pdfPageText(pdf, planPage).contains(QStringLiteral(u"一、成立深入整治群众身边腐败和作风问题工作领导小组及办公室成员")));
}

TEST_CASE("cli: campaign plan show writes the plan as JSON and campaign plan set reads it back")
{
    test::DemoDatabase demo;
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("campaign"), QStringLiteral("plan"),
                          QStringLiteral("show")}, &out, &err) == 0);
    QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    REQUIRE(json.value(QLatin1String("sections")).toArray().size() == 5);
    json.insert(QStringLiteral("attachments"), QJsonArray{QStringLiteral(u"公告参考内容")});
    const QString file = demo.file(QStringLiteral("plan.json"));
    test::writeFile(file, QJsonDocument(json).toJson());
    REQUIRE(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("campaign"), QStringLiteral("plan"),
                          QStringLiteral("set"), QStringLiteral("--file"), file}, &out, &err) == 0);
    WorkPlan back;
    REQUIRE(WorkPlanActions::load(demo.db(), demo.campaign(), &back).isOk());
    CHECK(back.attachments == QStringList{QStringLiteral(u"公告参考内容")});

    test::writeFile(file, QByteArrayLiteral("{\"sections\": [{\"kind\": \"tables\", \"heading\": \"x\"}]}"));
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("campaign"), QStringLiteral("plan"),
                        QStringLiteral("set"), QStringLiteral("--file"), file}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"类型“tables”无效")));
    REQUIRE(WorkPlanActions::load(demo.db(), demo.campaign(), &back).isOk());
    CHECK(back.attachments == QStringList{QStringLiteral(u"公告参考内容")});
}

TEST_CASE("work plan: closing paragraphs follow a section's items, before its contacts, and survive a round trip")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    WorkPlan::Section &requirements = plan.sections[4];
    REQUIRE(requirements.kind == WorkPlan::Kind::Requirements);
    requirements.closing = QStringList{QStringLiteral(u"各单位每月{year}年__日前报送工作开展情况。")};

    WorkPlan back;
    REQUIRE(WorkPlan::fromJson(plan.toJson(), &back).isOk());
    CHECK(back.sections.at(4).closing == requirements.closing);
    CHECK(back.filled(campaign.county, campaign.city, 2021).sections.at(4).closing
          == QStringList{QStringLiteral(u"各单位每月2021年__日前报送工作开展情况。")});

    const QStringList text = texts(WorkPlanBlocks::of(back.filled(campaign.county, campaign.city, 2021), campaign));
    const qsizetype closing = text.indexOf(QStringLiteral(u"各单位每月2021年__日前报送工作开展情况。"));
    REQUIRE(closing > 0);
    CHECK(text.at(closing - 1).startsWith(QStringLiteral(u"2.从7月起")));
    CHECK(text.at(closing + 1).startsWith(QStringLiteral(u"联系电话：")));

    QJsonObject json = plan.toJson();
    QJsonArray sections = json.value(QLatin1String("sections")).toArray();
    QJsonObject last = sections.at(4).toObject();
    last.insert(QStringLiteral("closing"), 3);
    sections[4] = last;
    json.insert(QStringLiteral("sections"), sections);
    const Status s = WorkPlan::fromJson(json, &back);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"工作方案第五部分的“closing”应为文字或文字列表")));
}

TEST_CASE("work plan: a stage named 第一阶段 is not called a stage twice, a blank member has no gap after the name")
{
    test::DemoDatabase demo;
    Campaign campaign = demo.campaign();
    campaign.phases[0].name = QStringLiteral(u"第一阶段");
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    plan.sections[0].members = {WorkPlan::Member{QStringLiteral(u"组长"), QStringLiteral(u"____"), QString()},
                                WorkPlan::Member{QStringLiteral(u"组员"), QStringLiteral(u"____"), QString()}};
    const QStringList text = texts(WorkPlanBlocks::of(plan, campaign));
    CHECK(text.contains(QStringLiteral(u"（一）第一阶段（2021年6-8月）。全县各医疗机构要按照本方案要求开展自查自纠工作，对发现的问题进行全面认真整改。")));
    CHECK(text.contains(QStringLiteral(u"（二）集中整治阶段（2021年8-11月）。我局将结合专项整治工作进展、群众投诉举报线索等情况，适时组建监督检查组开展监督检查工作，对各医疗机构开展整治工作的情况进行现场检查。")));
    CHECK(text.contains(QStringLiteral(u"组\u3000长：____")));
    CHECK(text.contains(QStringLiteral(u"组\u3000员：____")));
}

TEST_CASE("work plan: the steps fill a 范本's blank dates from the campaign's start and end")
{
    test::DemoDatabase demo;
    Campaign campaign = demo.campaign();
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(demo.db(), campaign, &plan).isOk());
    REQUIRE(plan.sections.at(3).kind == WorkPlan::Kind::Steps);
    plan.sections[3].paragraphs = QStringList{QStringLiteral(u"本次专项治理工作从{startDate}开始,到{endDate}结束。"),
                                              QStringLiteral(u"专项治理行动时间从{start}至{endMonth},分四个阶段:")};
    campaign.end = QDate(2021, 11, 30);
    const QStringList text = texts(WorkPlanBlocks::of(plan, campaign));
    CHECK(text.contains(QStringLiteral(u"本次专项治理工作从2021年6月1日开始,到2021年11月30日结束。")));
    CHECK(text.contains(QStringLiteral(u"专项治理行动时间从2021年6月至11月,分四个阶段:")));
}

TEST_CASE("work plan: a bidi override in any of its texts is refused, naming the text")
{
    WorkPlan plan;
    WorkPlan::Section s;
    s.heading = QStringLiteral(u"整治重点");
    s.items << WorkPlan::Item{QStringLiteral(u"收受回扣"), QStringLiteral(u"重点整治\u202E收受回扣问题。"), QStringLiteral(u"医政股")};
    plan.sections << s;
    WorkPlan read;
    Status st = WorkPlan::fromJson(plan.toJson(), &read);
    CHECK_FALSE(st.isOk());
    CHECK(st.message().contains(QStringLiteral("U+202E")));
    CHECK(st.message().contains(QStringLiteral(u"重点整治收受回扣问题")));
    CHECK(read.sections.isEmpty());   // nothing read half

    plan.sections[0].items[0].text = QStringLiteral(u"重点整治收受回扣问题。");
    plan.sections[0].members << WorkPlan::Member{QStringLiteral(u"组长"), QStringLiteral(u"张\u2067三"), QString()};
    st = WorkPlan::fromJson(plan.toJson(), &read);
    CHECK_FALSE(st.isOk());
    plan.sections[0].members.clear();
    REQUIRE(WorkPlan::fromJson(plan.toJson(), &read).isOk());
    CHECK(read.sections.size() == 1);
}
