// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"
#include "SpecialFiles.h"

#include "forms/TextLimits.h"
#include "io/LedgerCsvImport.h"
#include "storage/LedgerRepository.h"

#include <QTemporaryDir>

using namespace qf;

namespace {

LedgerCsvImport::Context contextOf(test::LedgerFixture &f)
{
    LedgerCsvImport::Context ctx;
    ctx.campaignId = f.campaign.id;
    ctx.registry = f.registry;
    ctx.existing = LedgerRepository::snapshot(f.db(), f.campaign.id);
    ctx.today = f.today;
    return ctx;
}

Status parse(test::LedgerFixture &f, LedgerKind kind, const QString &csv, LedgerCsvImport::Records *out)
{
    QList<CsvRecord> records;
    const Status read = CsvReader::parse(csv, QStringLiteral("ledger.csv"), &records);
    if (!read)
        return read;
    return LedgerCsvImport::parse(kind, QStringLiteral("ledger.csv"), records, contextOf(f), out);
}

} // namespace

TEST_CASE("a problem list CSV builds each problem's steps from its state and dates")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    const Status s = parse(f, LedgerKind::Problems,
                           QStringLiteral(u"机构,来源,发现日期,问题描述,责任人,整改期限,状态,开始整改日期,整改完成日期,销号日期,销号审核人\n"
                                          u"甲医院,自查,2021-07-05,串换收费,李四,2021-08-31,已销号,2021/7/10,2021年8月20日,2021-09-02,王五\n"
                                          u"乙镇卫生院,上级检查,2021-08-12,病历不规范,张三,,整改中,2021-08-15,,,\n"
                                          u"丙诊所,自查,2021-08-13,收费未公示,赵六,,已整改,,2021-08-14,,\n"),
                           &r);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(r.problems.size() == 3);
    const Problem &closed = r.problems.at(0);
    CHECK(closed.institutionId == f.a);   // found by its short name
    CHECK(closed.state == ProblemState::Closed);
    REQUIRE(closed.steps.size() == 3);
    CHECK(closed.steps.at(1).on == QDate(2021, 8, 20));
    CHECK(closed.reviewer() == QStringLiteral(u"王五"));
    CHECK(r.problems.at(1).state == ProblemState::Rectifying);
    CHECK(r.problems.at(1).source == ProblemSource::Inspection);
    CHECK(r.problems.at(2).steps.size() == 1);   // rectified on the spot
    REQUIRE(LedgerCsvImport::save(f.db(), LedgerKind::Problems, r).isOk());
    CHECK(ProblemRepository(f.db()).list(f.campaign.id).size() == 3);

    // The same file again repeats stored problems: refused, nothing added.
    LedgerCsvImport::Records again;
    const Status twice = parse(f, LedgerKind::Problems,
                               QStringLiteral(u"机构,来源,发现日期,问题描述\n甲县人民医院,自查,2021-07-05,串换收费\n"), &again);
    CHECK(twice.message().contains(QStringLiteral(u"第2行：与已有的记录")));
}

TEST_CASE("ledger CSV errors name line and column, and one bad row imports nothing")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    const Status s = parse(f, LedgerKind::Problems,
                           QStringLiteral(u"机构,来源,发现日期,问题描述,责任人,状态,整改完成日期,销号日期,销号审核人\n"
                                          u"甲医院,自查,2021-07-05,好的一行,李四,,,,\n"
                                          u"不存在的医院,自查,2021-07-05,x,,,,,\n"
                                          u"乙镇卫生院,自己查,2021-02-30,y,,,,,\n"
                                          u"丙诊所,自查,2021-08-01,z,赵六,已销号,2021-08-02,2021-08-03,赵六\n"
                                          u"丙诊所,自查,2021-08-01,,,发现,2021-08-02,,\n"),
                           &r);
    REQUIRE_FALSE(s.isOk());
    const QString m = s.message();
    CHECK(m.contains(QStringLiteral(u"ledger.csv 第3行第1列（机构）：找不到机构“不存在的医院”")));
    CHECK(m.contains(QStringLiteral(u"第4行第2列（来源）：“自己查”不是有效的值")));
    CHECK(m.contains(QStringLiteral(u"第4行第3列（发现日期）：“2021-02-30”不是有效的日期")));
    CHECK(m.contains(QStringLiteral(u"第5行第8列（销号日期）：销号审核人不能是整改责任人本人")));
    CHECK(m.contains(QStringLiteral(u"第6行第4列（问题描述）：问题描述不能为空")));
    CHECK_FALSE(m.contains(QStringLiteral(u"第2行")));
    CHECK(r.problems.isEmpty());

    const Status header = parse(f, LedgerKind::Inspections, QStringLiteral(u"机构,检查日期,检查结果\n甲医院,2021-08-01,x\n"), &r);
    CHECK(header.message().contains(QStringLiteral(u"第1行第3列：无法识别的表头“检查结果”")));
    const Status missing = parse(f, LedgerKind::Cases, QStringLiteral(u"机构,日期,事项\n甲医院,2021-08-01,x\n"), &r);
    CHECK(missing.message().contains(QStringLiteral(u"缺少必填列“类型”")));
}

TEST_CASE("tip-off CSV keeps the reporter apart and checks the 办结 requirements")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    Status s = parse(f, LedgerKind::Tipoffs,
                     QStringLiteral(u"受理日期,来源渠道,反映问题摘要,涉及机构,承办人,状态,核查结论,处理结果,开始核查日期,办结日期,举报人,联系方式,匿名\n"
                                    u"2021-08-01,电话,收受红包,甲医院,纪委,办结,属实,退还并批评,2021-08-02,2021-08-20,张某,13800000000,\n"
                                    u"2021-08-05,网络,乱收费,,纪委,登记,,,,,,,是\n"),
                     &r);
    INFO(s.message());
    REQUIRE(s.isOk());
    REQUIRE(r.tipoffs.size() == 2);
    REQUIRE(r.reporters.size() == 2);
    CHECK(r.tipoffs.at(0).state == TipoffState::Concluded);
    CHECK(r.reporters.at(0).name == QStringLiteral(u"张某"));
    CHECK(r.reporters.at(1).anonymous);
    REQUIRE(LedgerCsvImport::save(f.db(), LedgerKind::Tipoffs, r).isOk());
    CHECK(TipoffRepository(f.db()).reporter(r.tipoffs.at(0).id).contact == QStringLiteral(u"13800000000"));

    s = parse(f, LedgerKind::Tipoffs,
              QStringLiteral(u"受理日期,来源渠道,反映问题摘要,状态,办结日期,举报人,匿名\n"
                             u"2021-09-01,来信,某事,办结,2021-09-05,,\n"
                             u"2021-09-01,飞鸽,某事二,,,李某,是\n"),
              &r);
    CHECK(s.message().contains(QStringLiteral(u"第2行第5列（办结日期）：办结前须填写核查结论")));
    CHECK(s.message().contains(QStringLiteral(u"第3行第2列（来源渠道）：“飞鸽”不是有效的值")));
}

TEST_CASE("inspection, case, supplier and negative-list CSVs read flags, counts and 万元")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    Status s = parse(f, LedgerKind::Inspections,
                     QStringLiteral(u"机构,检查日期,约谈,移交线索（条）,追回资金,追回基金（万元）,暂停执业（人）\n"
                                    u"甲医院,2021-08-01,是,2,√,1.2345,1\n"
                                    u"乙镇卫生院,2021-08-02,否,-1,,,\n"
                                    u"丙诊所,2021-08-02,否,,,0.5,\n"),
                     &r);
    CHECK(s.message().contains(QStringLiteral(u"第3行第4列（移交线索（条））：“-1”不是有效的数目")));
    CHECK(s.message().contains(QStringLiteral(u"第4行：填写了追回基金金额，请同时勾选处理措施“追回资金”")));
    s = parse(f, LedgerKind::Inspections,
              QStringLiteral(u"机构,检查日期,约谈,移交线索（条）,追回资金,追回基金（万元）\n甲医院,2021-08-01,是,2,√,1.2345\n"), &r);
    REQUIRE(s.isOk());
    CHECK(r.inspections.at(0).recoveredYuan == 12345);
    CHECK(r.inspections.at(0).cluesTransferred == 2);

    s = parse(f, LedgerKind::Cases,
              QStringLiteral(u"机构,类型,日期,事项,人数,涉案金额（万元）\n甲医院,收受回扣案件,2021-09-12,某科室收受回扣,2,2.35\n"
                             u"甲医院,培训班,2021-09-13,医保培训,,\n"),
              &r);
    INFO(s.message());
    CHECK(s.message().contains(QStringLiteral(u"第3行：“培训班”须填写参训人数")));
    s = parse(f, LedgerKind::Suppliers, QStringLiteral(u"机构,供应商,约谈日期,签订承诺书\n甲医院,某医药公司,2021-08-03,是\n"), &r);
    REQUIRE(s.isOk());
    CHECK(r.interviews.at(0).pledgeSigned);
    s = parse(f, LedgerKind::NegativeList,
              QStringLiteral(u"供应商,列入日期,原因\n某医药公司,2021-09-01,给予回扣\n某医药公司,2021-09-02,重复\n"), &r);
    CHECK(s.message().contains(QStringLiteral(u"第3行：与已有的记录或文件中前面的行重复")));
}

TEST_CASE("ledger counts and 万元 are read by the strict number rule within the forms' bounds")
{
    // Before, "5,0" was read as 50 万元 and counts like "1,000" were refused while 1e19
    // 万元 became whatever llround made of it.
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    const Status s = parse(f, LedgerKind::Inspections,
                           QStringLiteral(u"机构,检查日期,移交线索（条）,追回资金,追回基金（万元）,暂停执业（人）,罚款（万元）\n"
                                          u"甲医院,2021-08-01,1.5,√,\"5,0\",,\n"
                                          u"乙镇卫生院,2021-08-02,1000000000,√,inf,,\n"
                                          u"丙诊所,2021-08-02,,√,1e3,nan,0.00001\n"),
                           &r);
    REQUIRE_FALSE(s.isOk());
    const QString m = s.message();
    INFO(m);
    CHECK(m.contains(QStringLiteral(u"ledger.csv 第2行第3列（移交线索（条））：“1.5”不是有效的数目：应为不小于0的整数")));
    CHECK(m.contains(QStringLiteral(u"第2行第5列（追回基金（万元））：“5,0”不是有效的金额")));
    CHECK(m.contains(QStringLiteral(u"第3行第3列（移交线索（条））：“1000000000”不是有效的数目：超出可填报的范围")));
    CHECK(m.contains(QStringLiteral(u"第3行第5列（追回基金（万元））：“inf”不是有效的金额")));
    CHECK(m.contains(QStringLiteral(u"第4行第5列（追回基金（万元））：“1e3”不是有效的金额")));   // not 1000 万元
    CHECK(m.contains(QStringLiteral(u"第4行第6列（暂停执业（人））：“nan”不是有效的数目")));
    CHECK(m.contains(QStringLiteral(u"第4行第7列（罚款（万元））：“0.00001”不是有效的金额")));
    CHECK(r.inspections.isEmpty());

    const Status good = parse(f, LedgerKind::Inspections,
                              QStringLiteral(u"机构,检查日期,移交线索（条）,追回资金,追回基金（万元）\n"
                                             u"甲医院,2021-08-01,\"1,000\",√,\"1,200.5\"\n"
                                             u"乙镇卫生院,2021-08-02,１２,√,０.５\n"),
                              &r);
    INFO(good.message());
    REQUIRE(good.isOk());
    REQUIRE(r.inspections.size() == 2);
    CHECK(r.inspections.at(0).cluesTransferred == 1000);
    CHECK(r.inspections.at(0).recoveredYuan == 12005000);
    CHECK(r.inspections.at(1).cluesTransferred == 12);
    CHECK(r.inspections.at(1).recoveredYuan == 5000);
}

TEST_CASE("a ledger CSV that names a column twice names both, then an over-long description is refused")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    const Status twice = parse(f, LedgerKind::Problems,
                               QStringLiteral(u"机构,来源,发现日期,问题描述,问题\n甲医院,自查,2021-07-05,串换收费,别的\n"), &r);
    REQUIRE_FALSE(twice.isOk());
    CHECK(twice.message().contains(QStringLiteral(u"ledger.csv 第1行第5列：“问题”与第4列“问题描述”都是“问题描述”列")));

    const QString essay(TextLimits::kMaxChars + 1, QChar(u'长'));
    const Status longText = parse(f, LedgerKind::Problems,
                                  QStringLiteral(u"机构,来源,发现日期,问题描述,备注\n甲医院,自查,2021-07-05,串换收费,好\n"
                                                 u"甲医院,自查,2021-07-06,\"%1\",\n").arg(essay),
                                  &r);
    REQUIRE_FALSE(longText.isOk());
    CHECK(longText.message().contains(QStringLiteral(u"ledger.csv 第3行第4列：内容有 %1 个字").arg(essay.size())));
}

TEST_CASE("ledger import refuses a FIFO and /dev/zero without blocking")
{
    test::LedgerFixture f;
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("problems.csv"));
    test::makeFifo(fifo);
    LedgerCsvImport::Records r;
    const LedgerCsvImport::Context ctx = contextOf(f);
    const Status s = test::readsWithoutBlocking(fifo, [&] { return LedgerCsvImport::parseFile(LedgerKind::Problems, fifo, ctx, &r); });
    CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    CHECK(LedgerCsvImport::parseFile(LedgerKind::Problems, QStringLiteral("/dev/zero"), ctx, &r).message().contains(
        QStringLiteral(u"不是普通文件")));
}
