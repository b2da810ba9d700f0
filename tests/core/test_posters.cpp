// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"
#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "print/PosterBatch.h"
#include "print/PosterPainter.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QFileInfo>

#include <algorithm>

using namespace qf;

namespace {

QStringList namesOf(const QList<Institution> &list)
{
    QStringList names;
    for (const Institution &i : list)
        names << i.name;
    return names;
}

Institution named(test::DemoDatabase &demo, const QString &name)
{
    const auto i = InstitutionRepository(demo.db()).findByName(name);
    REQUIRE(i);
    return *i;
}

} // namespace

TEST_CASE("posters: the selection takes every active institution, a township, a kind or named ones")
{
    test::DemoDatabase demo;
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();

    const QList<Institution> all = PosterBatch::select(registry, {});
    // Every active one, counted from the registry as stored (not a number the test knows).
    const auto active = std::count_if(registry.begin(), registry.end(), [](const Institution &i) { return i.active; });
    REQUIRE(active < registry.size());
    CHECK(all.size() == active);
    CHECK_FALSE(namesOf(all).contains(QStringLiteral(u"鹿寨县中渡镇长盛村卫生室")));   // closed

    PosterSelection township;
    township.township = QStringLiteral(u"中渡镇");
    CHECK(namesOf(PosterBatch::select(registry, township))
          == QStringList({QStringLiteral(u"鹿寨县中渡镇卫生院"), QStringLiteral(u"鹿寨县中渡镇第二卫生院"),
                          QStringLiteral(u"鹿寨县中渡镇惠民医院"), QStringLiteral(u"鹿寨县中渡镇九简村卫生室"),
                          QStringLiteral(u"鹿寨县益寿堂药店")}));

    PosterSelection pharmacies;
    pharmacies.kind = InstitutionKind::Pharmacy;
    CHECK(namesOf(PosterBatch::select(registry, pharmacies))
          == QStringList({QStringLiteral(u"鹿寨县康民大药房"), QStringLiteral(u"鹿寨县益寿堂药店")}));

    PosterSelection both = township;
    both.kind = InstitutionKind::Pharmacy;
    CHECK(namesOf(PosterBatch::select(registry, both)) == QStringList({QStringLiteral(u"鹿寨县益寿堂药店")}));

    // Named ones come in the order given, by full or short name, once each; unknown names are reported.
    PosterSelection named;
    named.names = QStringList{QStringLiteral(u"康民大药房"), QStringLiteral(u"鹿寨县人民医院"), QStringLiteral(u"不存在医院"),
                              QStringLiteral(u"县人民医院")};
    QStringList unknown;
    CHECK(namesOf(PosterBatch::select(registry, named, &unknown))
          == QStringList({QStringLiteral(u"鹿寨县康民大药房"), QStringLiteral(u"鹿寨县人民医院")}));
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.first().contains(QStringLiteral(u"不存在医院")));

    // A name two institutions answer to (one's 简称, the other's too) names neither.
    QList<Institution> twice = registry;
    Institution clinic = twice.first();
    clinic.id = 999;
    clinic.name = QStringLiteral(u"鹿寨县新开诊所");
    clinic.shortName = QStringLiteral(u"县人民医院");
    twice << clinic;
    PosterSelection ambiguous;
    ambiguous.names = QStringList{QStringLiteral(u"县人民医院")};
    QStringList refused;
    CHECK(PosterBatch::select(twice, ambiguous, &refused).isEmpty());
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().contains(QStringLiteral(u"鹿寨县人民医院")));
    CHECK(refused.first().contains(QStringLiteral(u"鹿寨县新开诊所")));
}

TEST_CASE("posters: institutions missing a phone or an e-mail are listed and refused")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const QList<Institution> all = PosterBatch::select(InstitutionRepository(demo.db()).all(), {});
    const QList<Institution> incomplete = PosterBatch::incomplete(all);
    REQUIRE(namesOf(incomplete)
            == QStringList({QStringLiteral(u"鹿寨县江口乡江口村卫生室"), QStringLiteral(u"鹿寨县导江乡导江村卫生室")}));
    CHECK(PosterBatch::describeIncomplete(incomplete)
          == QStringList({QStringLiteral(u"鹿寨县江口乡江口村卫生室：缺少举报邮箱"),
                          QStringLiteral(u"鹿寨县导江乡导江村卫生室：缺少举报电话")}));

    // Painting refuses the whole batch and writes no file.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("p.pdf"));
    const Status s = PosterBatch::writePdf(pdf, campaign, all, campaign.noticeDate);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"鹿寨县导江乡导江村卫生室：缺少举报电话")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    // Fixed in the registry, the institution prints.
    Institution fixed = incomplete.first();
    fixed.reportEmail = QStringLiteral("jkcwss@163.com");
    REQUIRE(InstitutionRepository(demo.db()).save(fixed).isOk());
    CHECK(PosterBatch::missingChannels(named(demo, fixed.name)).isEmpty());

    // A campaign without the city's or county's channels cannot print either.
    Campaign bare = campaign;
    bare.cityEmail.clear();
    bare.bureauPhone.clear();
    const Status c = PosterBatch::checkCampaign(bare);
    CHECK_FALSE(c.isOk());
    CHECK(c.message().contains(QStringLiteral(u"市卫生健康委举报邮箱")));
    CHECK(c.message().contains(QStringLiteral(u"鹿寨县卫生健康局举报电话")));
    CHECK_FALSE(PosterBatch::writePdf(pdf, bare, {fixed}, campaign.noticeDate).isOk());
}

TEST_CASE("posters: the words come from the template with the county filled in")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    const PosterPainter painter(campaign, QDate(2021, 7, 20));
    const PosterContent hospital = painter.content(named(demo, QStringLiteral(u"鹿寨县人民医院")));
    CHECK(hospital.titleLines == QStringList({QStringLiteral(u"医疗领域深入整治群众身边腐败和作风问题"),
                                              QStringLiteral(u"专项行动工作公告")}));
    CHECK(hospital.body.startsWith(QStringLiteral(u"尊敬的市民，鹿寨县正在开展医疗领域深入整治群众身边腐败和作风问题专项行动")));
    CHECK(hospital.body.endsWith(QStringLiteral(u"及时查处违法违规行为。")));
    REQUIRE(hospital.channels.size() == 6);
    CHECK(hospital.channels.at(0).label == QStringLiteral(u"医院举报电话"));
    CHECK(hospital.channels.at(0).value == QStringLiteral("0772-6812120"));
    CHECK(hospital.channels.at(1).value == QStringLiteral("lzxrmyyjw@126.com"));
    CHECK(hospital.channels.at(2).label == QStringLiteral(u"市卫生健康委举报电话"));
    CHECK(hospital.channels.at(2).value == QStringLiteral(u"0772-2825464、0772-2823113"));
    CHECK(hospital.channels.at(5).label == QStringLiteral(u"鹿寨县卫生健康局举报邮箱"));
    CHECK(hospital.channels.at(5).value == QStringLiteral("chubb@126.com"));
    CHECK(hospital.institution == QStringLiteral(u"鹿寨县人民医院"));
    CHECK(hospital.date == QStringLiteral(u"2021年7月20日"));

    const PosterContent pharmacy = painter.content(named(demo, QStringLiteral(u"鹿寨县康民大药房")));
    CHECK(pharmacy.channels.at(0).label == QStringLiteral(u"药店举报电话"));

    // Another county's campaign from the same template names that county.
    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    REQUIRE(tmpl);
    CampaignParameters params;
    params.county = QStringLiteral(u"象州县");
    params.year = 2022;
    Campaign other;
    REQUIRE(tmpl->instantiate(params, &other).isOk());
    const PosterContent elsewhere = PosterPainter(other, QDate(2022, 7, 1)).content(named(demo, QStringLiteral(u"鹿寨县人民医院")));
    CHECK(elsewhere.body.contains(QStringLiteral(u"象州县正在开展")));
    CHECK(elsewhere.channels.at(4).label == QStringLiteral(u"象州县卫生健康局举报电话"));
}

TEST_CASE("posters: the institution's own label names its kind, a clinic or a village post is not a hospital")
{
    test::DemoDatabase demo;
    const PosterPainter painter(demo.campaign(), QDate(2021, 7, 20));
    auto label = [&](const QString &name, InstitutionKind kind) {
        Institution i;
        i.name = name;
        i.kind = kind;
        return painter.content(i).channels.at(0).label;
    };
    CHECK(label(QStringLiteral(u"鹿寨县人民医院"), InstitutionKind::Medical) == QStringLiteral(u"医院举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨县中渡镇卫生院"), InstitutionKind::Medical) == QStringLiteral(u"卫生院举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨县中渡镇九简村卫生室"), InstitutionKind::Medical) == QStringLiteral(u"卫生室举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨仁和诊所"), InstitutionKind::Medical) == QStringLiteral(u"诊所举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨同济门诊部"), InstitutionKind::Medical) == QStringLiteral(u"门诊部举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨县城北社区卫生服务中心"), InstitutionKind::Medical) == QStringLiteral(u"本单位举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨县康民大药房"), InstitutionKind::Pharmacy) == QStringLiteral(u"药店举报电话"));
    CHECK(label(QStringLiteral(u"鹿寨益寿堂"), InstitutionKind::Pharmacy) == QStringLiteral(u"药店举报电话"));
    // A name of no listed kind (a 保健院 is not a 卫生院) reads as plain 本单位.
    CHECK(label(QStringLiteral(u"鹿寨县妇幼保健院"), InstitutionKind::Medical) == QStringLiteral(u"本单位举报电话"));
    // The e-mail line follows the same word.
    Institution clinic;
    clinic.name = QStringLiteral(u"鹿寨仁和诊所");
    CHECK(painter.content(clinic).channels.at(1).label == QStringLiteral(u"诊所举报邮箱"));
}

TEST_CASE("posters: the default date is today during the campaign, else the notice date")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    CHECK(PosterBatch::defaultDate(campaign, QDate(2021, 9, 1)) == QDate(2021, 9, 1));
    CHECK(PosterBatch::defaultDate(campaign, QDate(2024, 3, 5)) == QDate(2021, 7, 9));
}

TEST_CASE("posters: one PDF page per institution with its own and the county and city channels")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    PosterSelection selection;
    selection.names = QStringList{QStringLiteral(u"鹿寨县人民医院"), QStringLiteral(u"鹿寨县康民大药房"),
                                  QStringLiteral(u"鹿寨县城南社区卫生服务中心")};
    const QList<Institution> chosen = PosterBatch::select(InstitutionRepository(demo.db()).all(), selection);
    REQUIRE(chosen.size() == 3);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("posters.pdf"));
    QList<int> progress;
    const Status s = PosterBatch::writePdf(pdf, campaign, chosen, QDate(2021, 7, 20), [&progress](int done, int total) {
        progress << done;
        CHECK(total == 3);
        return true;
    });
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(progress == QList<int>({1, 2, 3}));
    REQUIRE(test::pdfPageCount(pdf) == 3);
    CHECK(test::pdfFontsEmbedded(pdf));

    for (int page = 1; page <= 3; ++page) {
        const Institution &i = chosen.at(page - 1);
        const QString text = test::pdfPageText(pdf, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.contains(QStringLiteral(u"医疗领域深入整治群众身边腐败和作风问题专项行动工作公告")));
        CHECK(text.contains(QStringLiteral(u"尊敬的市民，鹿寨县正在开展")));
        CHECK(text.contains(i.name));
        CHECK(text.contains(i.reportPhone));
        CHECK(text.contains(i.reportEmail));
        CHECK(text.contains(QStringLiteral(u"市卫生健康委举报电话：0772-2825464、0772-2823113")));
        CHECK(text.contains(QStringLiteral(u"市卫生健康委举报邮箱：lzwsjyzk@126.com")));
        CHECK(text.contains(QStringLiteral(u"鹿寨县卫生健康局举报电话：0772-6815093")));
        CHECK(text.contains(QStringLiteral(u"鹿寨县卫生健康局举报邮箱：chubb@126.com")));
        CHECK(text.contains(QStringLiteral(u"2021年7月20日")));
        // No other institution's name leaks onto this page.
        for (const Institution &other : chosen)
            if (other.id != i.id)
                CHECK_FALSE(text.contains(other.reportEmail));
    }
    CHECK(test::pdfPageText(pdf, 2).contains(QStringLiteral(u"药店举报电话：0772-6828800")));
}

TEST_CASE("posters: long names and addresses shrink or wrap but stay on the page")
{
    test::DemoDatabase demo;
    Campaign campaign = demo.campaign();
    campaign.cityPhone = QStringLiteral(u"0772-2825464、0772-2823113、0772-2823114");
    Institution i = named(demo, QStringLiteral(u"鹿寨县中渡镇九简村卫生室"));
    i.name = QStringLiteral(u"鹿寨县中渡镇九简村第三片区联合卫生服务站暨中西医结合门诊部");
    i.reportEmail = QStringLiteral("zhongduzhen.jiujiancun.weishengshi.lianhe@example-health.gov.cn");
    i.reportPhone = QStringLiteral(u"0772-6871120、0772-6871121、13877201102");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(PosterBatch::writePdf(pdf, campaign, {i}, QDate(2021, 7, 20)).isOk());
    const QString text = test::pdfPageText(pdf, 1);
    CHECK(text.contains(i.name));
    CHECK(text.contains(i.reportEmail));
    CHECK(text.contains(i.reportPhone));
    CHECK(text.contains(campaign.cityPhone));

    // Every word lies inside the sheet with a margin of at least 15 mm (42.5 pt), none overlap.
    QSizeF size;
    const QList<QRectF> words = test::pdfWordBoxes(pdf, 1, &size);
    REQUIRE(words.size() > 10);
    const QRectF safe(42.5, 42.5, size.width() - 85, size.height() - 85);
    for (const QRectF &w : words) {
        INFO("word at " << w.x() << "," << w.y() << " " << w.width() << "x" << w.height());
        CHECK(safe.contains(w));
    }
    for (int a = 0; a < words.size(); ++a)
        for (int b = a + 1; b < words.size(); ++b) {
            const QRectF overlap = words.at(a).adjusted(0.5, 0.5, -0.5, -0.5).intersected(words.at(b));
            INFO("words " << a << " and " << b << " at " << words.at(a).x() << "," << words.at(a).y() << " and "
                          << words.at(b).x() << "," << words.at(b).y());
            CHECK(overlap.isEmpty());
        }
}

TEST_CASE("posters: a cancelled batch writes no file")
{
    test::DemoDatabase demo;
    const Campaign campaign = demo.campaign();
    QList<Institution> chosen = PosterBatch::select(InstitutionRepository(demo.db()).all(), {});
    chosen = chosen.mid(0, 6);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
    bool cancelled = false;
    const Status s = PosterBatch::writePdf(pdf, campaign, chosen, campaign.noticeDate,
                                           [](int done, int) { return done < 2; }, &cancelled);
    CHECK_FALSE(s.isOk());
    CHECK(cancelled);
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("cli: posters prints a PDF, refuses incomplete institutions unless told to skip them")
{
    test::DemoDatabase demo;
    const QString db = demo.path();
    const QString pdf = demo.file(QStringLiteral("all.pdf"));
    QString out, err;

    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), pdf}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"鹿寨县江口乡江口村卫生室：缺少举报邮箱")));
    CHECK(err.contains(QStringLiteral(u"鹿寨县导江乡导江村卫生室：缺少举报电话")));
    CHECK(err.contains(QStringLiteral("--skip-incomplete")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), pdf,
                          QStringLiteral("--skip-incomplete")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已生成 37 张公告")));
    CHECK(err.contains(QStringLiteral(u"已跳过")));
    CHECK(test::pdfPageCount(pdf) == 37);
    CHECK(test::pdfFontsEmbedded(pdf));

    const QString some = demo.file(QStringLiteral("some.pdf"));
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                          QStringLiteral("--kind"), QStringLiteral(u"定点零售药店")}, &out, &err) == 0);
    CHECK(test::pdfPageCount(some) == 2);
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                          QStringLiteral("--institution"), QStringLiteral(u"县中医医院"), QStringLiteral("--institution"),
                          QStringLiteral(u"鹿寨县人民医院"), QStringLiteral("--date"), QStringLiteral("2021-08-02")}, &out, &err) == 0);
    CHECK(test::pdfPageCount(some) == 2);
    CHECK(test::pdfPageText(some, 1).contains(QStringLiteral(u"鹿寨县中医医院")));
    CHECK(test::pdfPageText(some, 2).contains(QStringLiteral(u"2021年8月2日")));
    // A township with an incomplete clinic: refused unless skipped.
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--township"), QStringLiteral(u"导江乡")}, &out, &err) == 1);
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                          QStringLiteral("--township"), QStringLiteral(u"导江乡"), QStringLiteral("--skip-incomplete")}, &out, &err) == 0);
    CHECK(test::pdfPageCount(some) == 1);
    CHECK(test::pdfPageText(some, 1).contains(QStringLiteral(u"鹿寨县导江乡卫生院")));

    // Wrong usage is 2, data that is not there is 1.
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters")}, &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--kind"), QStringLiteral(u"诊所")}, &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--date"), QStringLiteral("July")}, &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--institution"), QStringLiteral(u"不存在医院")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"不存在医院")));
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--campaign"), QStringLiteral("999")}, &out, &err) == 1);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--out"), some,
                        QStringLiteral("--township"), QStringLiteral(u"无此镇")}, &out, &err) == 1);
}
