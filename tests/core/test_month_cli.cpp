// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "actions/MonthLockActions.h"
#include "forms/CampaignForms.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

struct DemoFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("county.sqlite"));
    QString filed;      ///< an institution that filed November's 附件1 without errors
    QString missing;    ///< one that did not file it

    DemoFile()
    {
        REQUIRE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")}) == 0);
        Database db;
        REQUIRE(db.open(path).isOk());
        const auto campaign = CampaignRepository(db).load(CampaignRepository(db).latestId());
        REQUIRE(campaign);
        const FormTable table = CampaignForms::forMonth(db, *campaign, kNovember, 1).build(1, kNovember);
        for (const UnitFigures &u : table.units) {
            bool errors = false;
            for (const Finding &f : table.findings)
                errors = errors || (f.unitKey == u.unit.key && f.isError());
            if (u.reported && !errors && filed.isEmpty())
                filed = u.unit.name;
            if (!u.reported && missing.isEmpty())
                missing = u.unit.name;
        }
        REQUIRE_FALSE(filed.isEmpty());
        REQUIRE_FALSE(missing.isEmpty());
    }
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) const
    {
        return test::runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("month")} + args, out, err);
    }
    MonthLocks locks() const
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        return MonthLockActions::standing(db, CampaignRepository(db).latestId(), 1, kNovember);
    }
    QList<AuditEntry> history(const QString &unitKey) const
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        return MonthLockActions::history(db, CampaignRepository(db).latestId(), 1, unitKey, kNovember);
    }
};

const QStringList kNovember1{QStringLiteral("--form"), QStringLiteral("1"), QStringLiteral("--month"), QStringLiteral("2021-11")};

} // namespace

TEST_CASE("cli: month accept locks a unit that filed, refuses one that did not with exit status 1")
{
    DemoFile f;
    QString out, err;
    CHECK(f.run(QStringList{QStringLiteral("accept")} + kNovember1 + QStringList{QStringLiteral("--unit"), f.missing}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"尚未报送")));
    CHECK(f.locks().accepted.isEmpty());
    CHECK(f.run(QStringList{QStringLiteral("accept")} + kNovember1 + QStringList{QStringLiteral("--unit"), QStringLiteral(u"没有这家医院")},
                &out, &err) == 2);
    CHECK(f.run(QStringList{QStringLiteral("accept")} + kNovember1, &out, &err) == 2);
    CHECK(f.run({QStringLiteral("accept"), QStringLiteral("--unit"), f.filed}, &out, &err) == 2);

    REQUIRE(f.run(QStringList{QStringLiteral("accept")} + kNovember1 + QStringList{QStringLiteral("--unit"), f.filed}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已验收")));
    CHECK(f.locks().accepted.size() == 1);
}

TEST_CASE("cli: month unlock needs --reason, and the reason is in the audit trail")
{
    DemoFile f;
    QString out, err;
    const QStringList unit{QStringLiteral("--unit"), f.filed};
    REQUIRE(f.run(QStringList{QStringLiteral("accept")} + kNovember1 + unit, &out, &err) == 0);
    const QString key = *f.locks().accepted.cbegin();
    CHECK(f.run(QStringList{QStringLiteral("unlock")} + kNovember1 + unit, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--reason")));
    CHECK(f.run(QStringList{QStringLiteral("unlock")} + kNovember1 + unit + QStringList{QStringLiteral("--reason"), QStringLiteral(" ")},
                &out, &err) == 2);
    CHECK(f.locks().accepted.contains(key));

    // Without --unit it lifts the signature, and there is none yet.
    CHECK(f.run(QStringList{QStringLiteral("unlock")} + kNovember1 + QStringList{QStringLiteral("--reason"), QStringLiteral(u"误签")},
                &out, &err) == 1);
    REQUIRE(f.run(QStringList{QStringLiteral("unlock")} + kNovember1 + unit
                      + QStringList{QStringLiteral("--reason"), QStringLiteral(u"医院更正第1栏")},
                  &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已解锁")));
    CHECK(f.locks().accepted.isEmpty());
    bool recorded = false;
    for (const AuditEntry &e : f.history(key))
        recorded = recorded || e.newValues.value(QStringLiteral("unlock_reason")).toString() == QStringLiteral(u"医院更正第1栏");
    CHECK(recorded);
}

TEST_CASE("cli: month sign locks the whole form, and unlock without --unit lifts it")
{
    DemoFile f;
    QString out, err;
    REQUIRE(f.run(QStringList{QStringLiteral("sign")} + kNovember1, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已签发")));
    CHECK(f.locks().wholeMonth);
    // A unit under the signature is not accepted on its own.
    CHECK(f.run(QStringList{QStringLiteral("accept")} + kNovember1 + QStringList{QStringLiteral("--unit"), f.filed}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"已签发")));
    REQUIRE(f.run(QStringList{QStringLiteral("unlock")} + kNovember1 + QStringList{QStringLiteral("--reason"), QStringLiteral(u"市局退回重报")},
                  &out, &err) == 0);
    CHECK_FALSE(f.locks().wholeMonth);
    CHECK(f.run({QStringLiteral("sign"), QStringLiteral("--help")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("month sign")));
}
