// SPDX-License-Identifier: GPL-3.0-or-later
// Ledger CSV rows the campaign cannot hold: a date in the future (a mistyped year), and a
// record in a month the bureau signed, which is refused naming the file and line.
#include "LedgerFixture.h"

#include "io/LedgerCsvImport.h"
#include "storage/LedgerRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ProblemRepository.h"

using namespace qf;

namespace {

Status parse(test::LedgerFixture &f, LedgerKind kind, const QString &csv, LedgerCsvImport::Records *out)
{
    LedgerCsvImport::Context ctx;
    ctx.campaignId = f.campaign.id;
    ctx.registry = f.registry;
    ctx.existing = LedgerRepository::snapshot(f.db(), f.campaign.id);
    ctx.today = f.today;
    QList<CsvRecord> records;
    const Status read = CsvReader::parse(csv, QStringLiteral("ledger.csv"), &records);
    if (!read)
        return read;
    return LedgerCsvImport::parse(kind, QStringLiteral("ledger.csv"), records, ctx, out);
}

} // namespace

TEST_CASE("ledger csv: a date after today is refused, naming line and column")
{
    test::LedgerFixture f;
    LedgerCsvImport::Records r;
    Status s = parse(f, LedgerKind::Cases,
                     QStringLiteral(u"机构,类型,日期,事项,人数,涉案金额（万元）\n甲医院,收受回扣案件,2031-01-05,某科室收受回扣,2,2.35\n"), &r);
    INFO(s.message());
    CHECK_FALSE(s);
    CHECK(s.message().contains(QStringLiteral(u"ledger.csv 第2行第3列")));
    CHECK(s.message().contains(QStringLiteral(u"晚于今天")));
    s = parse(f, LedgerKind::Problems, QStringLiteral(u"机构,来源,发现日期,问题描述\n甲医院,自查,2031-07-05,串换收费\n"), &r);
    CHECK_FALSE(s);
    CHECK(s.message().contains(QStringLiteral(u"晚于今天")));
    s = parse(f, LedgerKind::Suppliers, QStringLiteral(u"机构,供应商,约谈日期,签订承诺书\n甲医院,某医药公司,2031-08-03,是\n"), &r);
    CHECK_FALSE(s);
    // The day itself is not the future.
    s = parse(f, LedgerKind::Problems,
              QStringLiteral(u"机构,来源,发现日期,问题描述\n甲医院,自查,%1,串换收费\n").arg(f.today.toString(Qt::ISODate)), &r);
    CHECK(s);
}

TEST_CASE("ledger csv: a record in a signed month is refused naming the file and line, and nothing is stored")
{
    test::LedgerFixture f;
    const int before = int(ProblemRepository(f.db()).list(f.campaign.id).size());
    REQUIRE(PeriodLockRepository(f.db()).lock(f.campaign.id, 1, PeriodLockRepository::wholeMonth(), YearMonth(2021, 10)));
    LedgerCsvImport::Records r;
    REQUIRE(parse(f, LedgerKind::Problems,
                  QStringLiteral(u"机构,来源,发现日期,问题描述\n甲医院,自查,2021-11-02,收费未公示\n乙镇卫生院,自查,2021-10-05,串换收费\n"), &r));
    const Status s = LedgerCsvImport::save(f.db(), LedgerKind::Problems, r);
    INFO(s.message());
    CHECK_FALSE(s);
    CHECK(s.message().startsWith(QStringLiteral(u"ledger.csv 第3行：")));
    CHECK(int(ProblemRepository(f.db()).list(f.campaign.id).size()) == before);
}
