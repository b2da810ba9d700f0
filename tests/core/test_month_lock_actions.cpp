// SPDX-License-Identifier: GPL-3.0-or-later
// 验收, 签发 and 解锁 as core actions: the rules hold whoever calls them.
#include "TestSupport.h"
#include "SharedCounty.h"

#include "actions/MonthLockActions.h"
#include "actions/SignMonth.h"
#include "forms/CampaignForms.h"
#include "storage/CampaignRepository.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"

#include <algorithm>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

struct Month
{
    test::DemoDatabase demo;
    Campaign campaign;
    FormTable table;

    explicit Month(int form = 1)
    {
        campaign = *CampaignRepository(demo.db()).load(demo.campaignId());
        reread(form);
    }
    void reread(int form) { table = CampaignForms::forMonth(demo.db(), campaign, kNovember, form).build(form, kNovember); }
    bool hasError(const QString &key) const
    {
        for (const Finding &f : table.findings)
            if ((key.isEmpty() || f.unitKey == key) && f.isError())
                return true;
        return false;
    }
    QString unit(bool reported) const
    {
        for (const UnitFigures &u : table.units)
            if (u.reported == reported && !hasError(u.unit.key))
                return u.unit.key;
        FAIL("the demo month has no such unit");
        return QString();
    }
    /// A unit that filed November and October without errors, with a figure above 0 in October.
    QString spoilable()
    {
        for (const UnitFigures &u : table.units) {
            const auto october = ReportRepository(demo.db()).find(campaign.id, 1, u.unit.key, YearMonth(2021, 10));
            if (u.reported && !hasError(u.unit.key) && october
                && std::any_of(october->numbers.cbegin(), october->numbers.cend(), [](double v) { return v >= 1; }))
                return u.unit.key;
        }
        FAIL("the demo month has no such unit");
        return QString();
    }
    /// Gives November's figures of the unit one less than October's, which the form's check
    /// calls an error (cumulative figures do not fall); returns the report as it was.
    Report spoil(const QString &key)
    {
        auto stored = ReportRepository(demo.db()).find(campaign.id, 1, key, kNovember);
        const auto october = ReportRepository(demo.db()).find(campaign.id, 1, key, YearMonth(2021, 10));
        REQUIRE(stored);
        REQUIRE(october);
        const Report before = *stored;
        for (auto it = october->numbers.cbegin(); it != october->numbers.cend(); ++it)
            if (it.value() >= 1)
                stored->numbers[it.key()] = it.value() - 1;
        const Status saved = ReportRepository(demo.db()).save(*stored);
        INFO(saved.message().toStdString());
        REQUIRE(saved.isOk());
        reread(1);
        REQUIRE(hasError(key));
        return before;
    }
    bool accepted(const QString &key) { return MonthLockActions::standing(demo.db(), campaign.id, 1, kNovember).accepted.contains(key); }
};

} // namespace

TEST_CASE("accepting a unit's month needs its filing, without errors, in a reporting month of the campaign")
{
    Month m;
    const QString missing = m.unit(false);
    const Status notFiled = MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, missing, kNovember);
    CHECK_FALSE(notFiled.isOk());
    CHECK(notFiled.message().contains(QStringLiteral(u"尚未报送")));
    CHECK_FALSE(m.accepted(missing));

    const QString clean = m.unit(true);
    CHECK_FALSE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, clean, YearMonth(2030, 1)).isOk());
    CHECK_FALSE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, QStringLiteral("I999999"), kNovember).isOk());
    CHECK_FALSE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 4, clean, kNovember).isOk());
    CHECK(MonthLockActions::standing(m.demo.db(), m.campaign.id, 1, YearMonth(2030, 1)).accepted.isEmpty());

    REQUIRE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, clean, kNovember).isOk());
    CHECK(m.accepted(clean));
    // Again: it stands, nothing new.
    REQUIRE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, clean, kNovember).isOk());
    CHECK(PeriodLockRepository(m.demo.db()).forPeriod(m.campaign.id, kNovember).size() == 1);

    QString other = m.spoilable();
    if (other == clean) {
        REQUIRE(MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, QStringLiteral(u"改数")).isOk());
        m.reread(1);
    }
    m.spoil(other);
    const Status withErrors = MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, other, kNovember);
    CHECK_FALSE(withErrors.isOk());
    CHECK(withErrors.message().contains(QStringLiteral(u"错误")));
    CHECK_FALSE(m.accepted(other));
}

TEST_CASE("signing a month is refused while the form has an error, and then locks every unit")
{
    Month m;
    REQUIRE_FALSE(m.hasError(QString()));
    const QString clean = m.spoilable();
    Report before = m.spoil(clean);
    const Status refused = MonthLockActions::sign(m.demo.db(), m.campaign.id, 1, kNovember);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"改正后才能签发")));
    CHECK_FALSE(MonthLockActions::standing(m.demo.db(), m.campaign.id, 1, kNovember).wholeMonth);

    before.version = 0;
    REQUIRE(ReportRepository(m.demo.db()).save(before).isOk());
    m.reread(1);
    REQUIRE_FALSE(m.hasError(QString()));
    REQUIRE(MonthLockActions::sign(m.demo.db(), m.campaign.id, 1, kNovember).isOk());
    CHECK(MonthLockActions::standing(m.demo.db(), m.campaign.id, 1, kNovember).wholeMonth);
    CHECK(PeriodLockRepository(m.demo.db()).isLocked(m.campaign.id, 1, m.unit(false), kNovember));
    // Under the signature a unit is neither accepted nor lifted on its own.
    CHECK_FALSE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, clean, kNovember).isOk());
    CHECK_FALSE(m.accepted(clean));
}

TEST_CASE("unlocking needs a reason, lifts only a standing lock, and the audit trail keeps the reason")
{
    Month m;
    const QString clean = m.unit(true);
    REQUIRE(MonthLockActions::accept(m.demo.db(), m.campaign.id, 1, clean, kNovember).isOk());
    for (const QString &blank : {QString(), QStringLiteral("  "), QStringLiteral(u"\u200b")}) {
        const Status s = MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, blank);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"理由")));
    }
    for (const QString &turned : {QStringLiteral(u"\u202e医院更正"), QStringLiteral(u"更正\u200f"), QStringLiteral(u"改\u2067数")}) {
        const Status s = MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, turned);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"方向")));
    }
    CHECK(m.accepted(clean));

    REQUIRE(MonthLockActions::sign(m.demo.db(), m.campaign.id, 1, kNovember).isOk());
    const Status underSignature = MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, QStringLiteral(u"更正"));
    CHECK_FALSE(underSignature.isOk());
    CHECK(underSignature.message().contains(QStringLiteral(u"先取消签发")));
    CHECK(m.accepted(clean));

    REQUIRE(MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, MonthLockActions::wholeMonth(), kNovember,
                                     QStringLiteral(u"市局退回重报")).isOk());
    REQUIRE(MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, QStringLiteral(u"医院更正第1栏")).isOk());
    CHECK_FALSE(m.accepted(clean));
    CHECK_FALSE(MonthLockActions::unlock(m.demo.db(), m.campaign.id, 1, clean, kNovember, QStringLiteral(u"再解一次")).isOk());

    QStringList reasons;
    for (const AuditEntry &e : MonthLockActions::history(m.demo.db(), m.campaign.id, 1, clean, kNovember))
        reasons << e.newValues.value(QStringLiteral("unlock_reason")).toString();
    CHECK(reasons.contains(QStringLiteral(u"医院更正第1栏")));
    CHECK(reasons.contains(QStringLiteral(u"市局退回重报")));
}

TEST_CASE("on a server an institution's account may not accept, sign or unlock, and is told so", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the access tests need a PostgreSQL server and are skipped.");
        return;
    }
    test::SharedCounty county(*server);
    const YearMonth aug(2021, 8);
    const QString mine = UnitKey::institution(county.mine.id);
    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    for (const Status &s : {MonthLockActions::accept(institution, county.campaign.id, 1, mine, aug),
                            MonthLockActions::sign(institution, county.campaign.id, 1, aug)}) {
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"卫健局的账户")));
    }
    CHECK_FALSE(MonthLockActions::standing(county.admin, county.campaign.id, 1, aug).wholeMonth);

    // The bureau's lock, taken as its own figures stand (the fixture's are not all clean).
    REQUIRE(SignMonth::lock(county.admin, county.campaign, 1, mine, aug).isOk());
    const Status unlock = MonthLockActions::unlock(institution, county.campaign.id, 1, mine, aug, QStringLiteral(u"自己改"));
    CHECK_FALSE(unlock.isOk());
    CHECK(unlock.message().contains(QStringLiteral(u"卫健局的账户")));
    CHECK(MonthLockActions::standing(county.admin, county.campaign.id, 1, aug).accepted.contains(mine));
}
