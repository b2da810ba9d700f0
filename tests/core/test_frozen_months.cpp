// SPDX-License-Identifier: GPL-3.0-or-later
// A signed month shows what was signed: the figures a lock covers are stored when it is
// taken, and the month is built from them while the lock stands. A later change of the
// registry or a unit's first ledger record counts in the next open month instead; the
// database refuses to rewrite what was signed.
#include "LedgerFixture.h"
#include "SharedCounty.h"

#include "actions/SignMonth.h"
#include "forms/CampaignForms.h"
#include "forms/MonthlyForms.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SignedFigureRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

// Every body row of the month's forms as the workbook shows it: labels and cell texts.
QStringList shown(Database &db, const Campaign &campaign, const YearMonth &month, int form = 0)
{
    QStringList out;
    for (const FormTable &t : CampaignForms::forMonth(db, campaign, month, form).month(month))
        for (const FormRow &row : t.rows) {
            QStringList cells;
            for (const SpanCell &l : row.labels)
                cells << l.text;
            for (int c = 0; c < row.values.size(); ++c)
                cells << t.valueText(row.values.at(c), t.form->columns.at(c));
            out << QStringLiteral("附件%1|").arg(t.form->number) + cells.join(QLatin1Char('|'));
        }
    return out;
}

// One unit's figures of a form and month, as its row or its share of the form shows them.
QMap<int, double> unitFigures(Database &db, const Campaign &campaign, int form, const QString &unit, const YearMonth &month)
{
    for (const UnitFigures &u : CampaignForms::forMonth(db, campaign, month, form).build(form, month).units)
        if (u.unit.key == unit)
            return u.current.numbers;
    return {};
}

// The units each of the month's forms lists, in order.
QStringList unitKeys(Database &db, const Campaign &campaign, const YearMonth &month)
{
    QStringList out;
    for (const FormTable &t : CampaignForms::forMonth(db, campaign, month).month(month))
        for (const UnitFigures &u : t.units)
            out << QStringLiteral("附件%1 ").arg(t.form->number) + u.unit.key;
    return out;
}

bool hasFinding(const QList<Finding> &findings, const QString &rule)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.ruleId == rule; });
}

bool refusedAsFrozen(QSqlQuery &q, const QString &sql)
{
    INFO(sql.toStdString());
    const bool done = q.exec(sql) && q.numRowsAffected() > 0;
    CHECK_FALSE(done);
    // A lock row's own changes meet the lock-history rule first (0013_server_checks), the
    // figures kept at locking the freeze's rule (0010_signed_figures): either refusal holds.
    const QString error = q.lastError().text();
    return !done && (error.contains(QStringLiteral("signed figures are frozen")) || error.contains(QStringLiteral("locks are history")));
}

Report typed(const LedgerFixture &f, int form, qint64 institution, const YearMonth &month, QMap<int, double> numbers)
{
    Report r;
    r.campaignId = f.campaign.id;
    r.form = form;
    r.unitKey = UnitKey::institution(institution);
    r.period = month;
    r.submittedOn = month.lastDay().addDays(5);
    r.numbers = std::move(numbers);
    return r;
}

} // namespace

TEST_CASE("a signed month keeps its figures when the registry changes, and the next open month shows the change", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    const YearMonth sep(2021, 9);
    Report c = typed(f, 3, f.c, aug, {{14, 2}});
    REQUIRE(ReportRepository(db).save(c).isOk());
    // 丙诊所's August is accepted first; then the three forms are signed.
    REQUIRE(SignMonth::lock(db, f.campaign, 3, c.unitKey, aug).isOk());
    for (int form : {1, 2, 3})
        REQUIRE(SignMonth::lock(db, f.campaign, form, PeriodLockRepository::wholeMonth(), aug).isOk());
    const QStringList signedAug = shown(db, f.campaign, aug);
    const QStringList unitsAug = unitKeys(db, f.campaign, aug);
    const QMap<int, double> acceptedC = unitFigures(db, f.campaign, 3, c.unitKey, aug);
    REQUIRE_FALSE(acceptedC.isEmpty());
    const QStringList sepBefore = shown(db, f.campaign, sep);
    const int errorsBefore = countErrors(MonthlyForms::check(db, f.campaign, aug));
    CHECK_FALSE(hasFinding(MonthlyForms::check(db, f.campaign, aug), QStringLiteral("signed-month-frozen")));

    // Level, ownership, 医保定点 and the closing date of four institutions change.
    QList<Institution> registry = InstitutionRepository(db).all();
    for (Institution &i : registry) {
        if (i.id == f.a)
            i.level = Level::Secondary;
        else if (i.id == f.c)
            i.ownership = Ownership::Public;
        else if (i.id == f.d)
            i.contracted = true;
        else if (i.id == f.b)
            i.activeUntil = QDate(2021, 7, 31);
        else
            continue;
        REQUIRE(InstitutionRepository(db).save(i).isOk());
    }

    // August shows what was signed, row for row; September (open) shows the new registry.
    CHECK(shown(db, f.campaign, aug) == signedAug);
    CHECK(unitKeys(db, f.campaign, aug) == unitsAug);
    CHECK(unitFigures(db, f.campaign, 3, c.unitKey, aug) == acceptedC);
    CHECK(shown(db, f.campaign, sep) != sepBefore);
    // 乙镇卫生院 closed in July: September no longer lists it.
    CHECK_FALSE(unitKeys(db, f.campaign, sep).contains(QStringLiteral("附件1 ") + UnitKey::institution(f.b)));
    CHECK(unitsAug.contains(QStringLiteral("附件1 ") + UnitKey::institution(f.b)));
    // The check says why the signed month differs from today's registry, as a warning.
    const QList<Finding> findings = MonthlyForms::check(db, f.campaign, aug);
    CHECK(hasFinding(findings, QStringLiteral("signed-month-frozen")));
    CHECK(countErrors(findings) == errorsBefore);

    // Unlocked with a reason, 附件2 of August is live again; the others stay signed.
    REQUIRE(PeriodLockRepository(db).unlock(f.campaign.id, 2, PeriodLockRepository::wholeMonth(), aug,
                                            QStringLiteral(u"名册更正")).isOk());
    CHECK(shown(db, f.campaign, aug, 2) != signedAug.filter(QStringLiteral("附件2|")));
    CHECK(shown(db, f.campaign, aug, 1) == signedAug.filter(QStringLiteral("附件1|")));
    CHECK(shown(db, f.campaign, aug, 3) == signedAug.filter(QStringLiteral("附件3|")));
}

TEST_CASE("a unit's first ledger record after its accepted month leaves that month as accepted", "[engines]")
{
    LedgerFixture f;
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    const YearMonth oct(2021, 10);
    const QString b = UnitKey::institution(f.b);
    // 乙镇卫生院 types its problems: three found, one rectified by August.
    Report typedAug = typed(f, 1, f.b, aug, {{1, 3}, {2, 1}});
    REQUIRE(ReportRepository(db).save(typedAug).isOk());
    REQUIRE(SignMonth::lock(db, f.campaign, 1, b, aug).isOk());
    const QMap<int, double> accepted = unitFigures(db, f.campaign, 1, b, aug);
    REQUIRE(accepted.value(1) == 3);
    const QStringList shownAug = shown(db, f.campaign, aug, 1);

    // Its first problem record, found in October: the problem ledger now makes (1) and (2).
    Problem first = f.problem(f.b, LedgerFixture::day(10, 8), QStringLiteral(u"十月发现的问题"));
    REQUIRE(ProblemRepository(db).save(first).isOk());
    CHECK(unitFigures(db, f.campaign, 1, b, aug) == accepted);
    CHECK(shown(db, f.campaign, aug, 1) == shownAug);
    CHECK(unitFigures(db, f.campaign, 1, b, oct).value(1) == 1);
    // No ledger mismatch is reported for the accepted month, only that it is kept as accepted.
    const QList<Finding> findings = MonthlyForms::check(db, f.campaign, aug);
    CHECK(hasFinding(findings, QStringLiteral("signed-month-frozen")));
    CHECK_FALSE(hasFinding(findings, QStringLiteral("ledger-mismatch")));

    // Unlocked with a reason, August is live again: the ledger's figures.
    REQUIRE(PeriodLockRepository(db).unlock(f.campaign.id, 1, b, aug, QStringLiteral(u"改用台账")).isOk());
    CHECK(unitFigures(db, f.campaign, 1, b, aug) != accepted);
    CHECK_FALSE(hasFinding(MonthlyForms::check(db, f.campaign, aug), QStringLiteral("signed-month-frozen")));
}

TEST_CASE("what was signed cannot be rewritten in the database, and stays as history after unlocking", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    REQUIRE(SignMonth::lock(db, f.campaign, 3, PeriodLockRepository::wholeMonth(), aug).isOk());
    PeriodLockRepository locks(db);
    const qint64 id = locks.activeId(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), aug);
    REQUIRE(id != 0);
    const QList<SignedFigure> kept = SignedFigureRepository(db).ofLock(id);
    REQUIRE(kept.size() > 20);
    // Blank is kept as blank, 0 as 0.
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [](const SignedFigure &c) { return c.column > 0 && c.value == QStringLiteral("0"); }));
    CHECK(std::none_of(kept.cbegin(), kept.cend(), [](const SignedFigure &c) { return c.column > 0 && c.value.isEmpty() && !c.value.isNull(); }));

    const QString l = QString::number(id);
    QSqlQuery q(db.connection());
    CHECK(refusedAsFrozen(q, QStringLiteral("UPDATE signed_figure SET value = '99' WHERE lock_id = %1").arg(l)));
    CHECK(refusedAsFrozen(q, QStringLiteral("DELETE FROM signed_figure WHERE lock_id = %1").arg(l)));
    CHECK(refusedAsFrozen(q, QStringLiteral("INSERT INTO signed_figure (lock_id, row_key, seq, column_no, value) "
                                            "VALUES (%1, 'I%2', 0, 99, '5')").arg(l).arg(f.a)));
    CHECK(refusedAsFrozen(q, QStringLiteral("UPDATE period_lock SET frozen_at = NULL WHERE id = %1").arg(l)));
    CHECK(refusedAsFrozen(q, QStringLiteral("UPDATE period_lock SET period = '2021-09' WHERE id = %1").arg(l)));
    CHECK(SignedFigureRepository(db).ofLock(id).size() == kept.size());

    // Unlocked: the snapshot stays, the audit trail shows when it was frozen and lifted.
    REQUIRE(locks.unlock(f.campaign.id, 3, PeriodLockRepository::wholeMonth(), aug, QStringLiteral(u"补报")).isOk());
    CHECK(SignedFigureRepository(db).ofLock(id).size() == kept.size());
    CHECK(SignedFigureRepository(db).standing(f.campaign.id, aug, aug).isEmpty());
    QSqlQuery audit(db.connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = 'period_lock' AND row_key = '%1'").arg(l)));
    bool frozenShown = false;
    while (audit.next())
        frozenShown = frozenShown
            || !QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object().value(QStringLiteral("frozen_at")).toString().isEmpty();
    CHECK(frozenShown);
    // Nor can a lifted lock be taken up again with its old snapshot.
    CHECK(refusedAsFrozen(q, QStringLiteral("UPDATE period_lock SET unlocked_at = NULL WHERE id = %1").arg(l)));
}

TEST_CASE("locks taken before signed figures were kept are frozen on opening, as the month shows then", "[engines]")
{
    LedgerFixture f;
    f.writeLedgers();
    Database &db = f.db();
    const YearMonth aug(2021, 8);
    // A lock as an older version took it: the lock alone.
    PeriodLockRepository locks(db);
    REQUIRE(locks.lock(f.campaign.id, 2, PeriodLockRepository::wholeMonth(), aug).isOk());
    REQUIRE(locks.unfrozen().size() == 1);
    const QStringList signedAug = shown(db, f.campaign, aug, 2);
    REQUIRE(SignMonth::freezePending(db).isOk());
    CHECK(locks.unfrozen().isEmpty());
    CHECK(locks.forPeriod(f.campaign.id, aug).first().frozenAt.isValid());
    // Nothing pending: nothing written.
    CHECK(SignMonth::freezePending(db).isOk());

    QList<Institution> registry = InstitutionRepository(db).all();
    for (Institution &i : registry)
        if (i.id == f.d) {
            i.contracted = true;
            REQUIRE(InstitutionRepository(db).save(i).isOk());
        }
    CHECK(shown(db, f.campaign, aug, 2) == signedAug);
}

TEST_CASE("the command line freezes old locks when it opens a database file", "[cli]")
{
    LedgerFixture f;
    if (onServer())
        return;
    f.writeLedgers();
    PeriodLockRepository locks(f.db());
    REQUIRE(locks.lock(f.campaign.id, 1, PeriodLockRepository::wholeMonth(), YearMonth(2021, 8)).isOk());
    QString out;
    QString err;
    runCli({QStringLiteral("--db"), f.path(), QStringLiteral("check"), QStringLiteral("--month"), QStringLiteral("2021-08")},
           &out, &err);
    INFO(err.toStdString());
    CHECK(locks.unfrozen().isEmpty());
}

TEST_CASE("on the server only the bureau writes signed figures, and an institution reads its own", "[server]")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the access tests need a PostgreSQL server and are skipped.");
        return;
    }
    SharedCounty county(*server);
    const YearMonth aug(2021, 8);
    REQUIRE(SignMonth::lock(county.admin, county.campaign, 1, PeriodLockRepository::wholeMonth(), aug).isOk());
    const qint64 id = PeriodLockRepository(county.admin).activeId(county.campaign.id, 1, PeriodLockRepository::wholeMonth(), aug);
    REQUIRE(id != 0);
    const int all = int(SignedFigureRepository(county.admin).ofLock(id).size());
    REQUIRE(all > 0);

    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    const QList<SignedFigure> seen = SignedFigureRepository(institution).ofLock(id);
    CHECK_FALSE(seen.isEmpty());
    CHECK(std::all_of(seen.cbegin(), seen.cend(),
                      [&](const SignedFigure &c) { return c.rowKey == UnitKey::institution(county.mine.id); }));
    QSqlQuery q(institution.connection());
    const QString l = QString::number(id);
    for (const QString &sql : {QStringLiteral("INSERT INTO signed_figure (lock_id, row_key, seq, column_no, value) VALUES (%1, 'I%2', 0, 99, '5')")
                                   .arg(l).arg(county.mine.id),
                               QStringLiteral("UPDATE signed_figure SET value = '99' WHERE lock_id = %1").arg(l),
                               QStringLiteral("DELETE FROM signed_figure WHERE lock_id = %1").arg(l),
                               QStringLiteral("UPDATE period_lock SET frozen_at = NULL WHERE id = %1").arg(l)}) {
        INFO(sql.toStdString());
        CHECK_FALSE((q.exec(sql) && q.numRowsAffected() > 0));
    }
    // The bureau may sign but not rewrite: it holds no grant for that, and the owner
    // of the schema meets the trigger.
    Database bureau;
    county.connectAs(bureau, QStringLiteral("bureau"), ServerAdmin::AccountKind::Bureau);
    QSqlQuery b(bureau.connection());
    for (const QString &sql : {QStringLiteral("UPDATE signed_figure SET value = '99' WHERE lock_id = %1").arg(l),
                               QStringLiteral("DELETE FROM signed_figure WHERE lock_id = %1").arg(l)}) {
        INFO(sql.toStdString());
        CHECK_FALSE(b.exec(sql));
        CHECK(b.lastError().text().contains(QStringLiteral("permission denied")));
    }
    QSqlQuery owner(county.admin.connection());
    CHECK(refusedAsFrozen(owner, QStringLiteral("UPDATE signed_figure SET value = '99' WHERE lock_id = %1").arg(l)));
    CHECK(int(SignedFigureRepository(county.admin).ofLock(id).size()) == all);
}
