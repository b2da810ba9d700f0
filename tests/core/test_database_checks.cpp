// SPDX-License-Identifier: GPL-3.0-or-later
// What the database itself refuses, on both engines, whatever writes to it (a script,
// sqlite3, an account's own SQL): figures outside their form, overlong text, lock rows
// changed other than by lifting them.
#include "TestSupport.h"

#include "forms/FigureLimits.h"
#include "forms/FormDescription.h"
#include "forms/TextLimits.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;

namespace {

QString kindKey(ColumnKind k)
{
    return k == ColumnKind::Count ? QStringLiteral("count") : k == ColumnKind::Amount ? QStringLiteral("amount") : QStringLiteral("text");
}

bool runs(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    return ok;
}

} // namespace

TEST_CASE("the database's table of form columns is the forms' own", "[engines]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT form, column_no, kind FROM form_column ORDER BY form, column_no")));
    QStringList stored;
    while (q.next())
        stored << QStringLiteral("%1:%2:%3").arg(q.value(0).toInt()).arg(q.value(1).toInt()).arg(q.value(2).toString());
    QStringList described;
    for (int form : FormCatalog::numbers())
        for (const FormColumn &c : FormCatalog::form(form).columns)
            described << QStringLiteral("%1:%2:%3").arg(form).arg(c.number).arg(kindKey(c.kind));
    REQUIRE(described.size() > 40);
    CHECK(stored == described);
    // The bounds the database holds are FigureLimits' and TextLimits'.
    STATIC_REQUIRE(FigureLimits::kCountBound == 1e9);
    STATIC_REQUIRE(FigureLimits::kAmountBound == 1e9);
    STATIC_REQUIRE(FigureLimits::kAmountDecimals == 2);
    STATIC_REQUIRE(TextLimits::kMaxChars == 4000);
}

TEST_CASE("a figure outside its form's columns or bounds is refused by the database and the stored one kept", "[engines]")
{
    test::DemoDatabase demo;
    ReportRepository reports(demo.db());
    const auto form1 = reports.find(demo.campaignId(), 1, UnitKey::institution(7), YearMonth(2021, 11));
    const auto form3 = reports.find(demo.campaignId(), 3, UnitKey::institution(7), YearMonth(2021, 11));
    REQUIRE(form1);
    REQUIRE(form3);
    const QString r1 = QString::number(form1->id), r3 = QString::number(form3->id);
    const double stored = form1->number(1);
    for (const QString &value : {QStringLiteral("-5"), QStringLiteral("1e308"), QStringLiteral("1e9"), QStringLiteral("1.5"),
                                 QStringLiteral("'abc'")}) {
        INFO(value.toStdString());
        QString error;
        CHECK_FALSE(runs(demo.db(), QStringLiteral("UPDATE figure SET number = %1 WHERE report_id = %2 AND column_no = 1").arg(value, r1), &error));
        INFO(error.toStdString());
        CHECK((error.contains(QStringLiteral("figure out of range")) || error.contains(QStringLiteral("figure_number_bounds"))
               || error.contains(QStringLiteral("invalid input syntax"))));
    }
    CHECK(reports.find(demo.campaignId(), 1, UnitKey::institution(7), YearMonth(2021, 11))->number(1) == stored);
    for (const QString &s : {
             QStringLiteral("INSERT INTO figure (report_id, column_no, number) VALUES (%1, 9999, 3)").arg(r1),
             QStringLiteral("INSERT INTO figure (report_id, column_no, number) VALUES (%1, 12, 3)").arg(r1),   // form 1 has 11
             QStringLiteral("INSERT INTO figure (report_id, column_no, number) VALUES (%1, 15, 1)").arg(r3),   // nor form 3 a 15th
             QStringLiteral("UPDATE figure SET number = 0.125 WHERE report_id = %1 AND column_no = 10").arg(r3),   // 万元, 3 decimals
             QStringLiteral("UPDATE figure SET text = 'x' WHERE report_id = %1 AND column_no = 1").arg(r1),       // text in a count
             QStringLiteral("INSERT INTO figure (report_id, column_no, text) VALUES (%1, 14, '%2')").arg(r3, QString(4001, QLatin1Char('x'))),
             QStringLiteral("UPDATE figure SET report_id = 999999 WHERE report_id = %1 AND column_no = 1").arg(r1)}) {
        INFO(s.left(120).toStdString());
        CHECK_FALSE(runs(demo.db(), s));
    }
    // What a form can hold is still taken: a two-decimal amount, a long text, a big count.
    CHECK(runs(demo.db(), QStringLiteral("UPDATE figure SET number = 0.29 WHERE report_id = %1 AND column_no = 10").arg(r3)));
    CHECK(runs(demo.db(), QStringLiteral("INSERT INTO figure (report_id, column_no, text) VALUES (%1, 14, '%2') "
                                         "ON CONFLICT (report_id, column_no) DO UPDATE SET text = excluded.text")
                              .arg(r3, QString(4000, QChar(0x5b57)))));
    CHECK(runs(demo.db(), QStringLiteral("UPDATE figure SET number = 999999999 WHERE report_id = %1 AND column_no = 1").arg(r1)));
}

TEST_CASE("no text field holds more than the program's text limit", "[engines]")
{
    test::DemoDatabase demo;
    const QString longText(TextLimits::kMaxChars + 1, QChar(0x5b57));
    const QString fits(TextLimits::kMaxChars, QChar(0x5b57));
    for (const auto &[table, column] : {std::pair{"institution", "township"}, std::pair{"problem", "measures"},
                                        std::pair{"campaign", "notice_body"}, std::pair{"report", "source_file"},
                                        std::pair{"case_record", "note"}, std::pair{"office", "email"}}) {
        const QString update = QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE id = (SELECT min(id) FROM %1)")
                                   .arg(QLatin1String(table), QLatin1String(column));
        INFO(table << "." << column);
        QString error;
        CHECK_FALSE(runs(demo.db(), update.arg(longText), &error));
        INFO(error.toStdString());
        CHECK((error.contains(QStringLiteral("text too long")) || error.contains(QStringLiteral("_length"))));
        CHECK(runs(demo.db(), update.arg(fits)));
    }
}

TEST_CASE("a lock row is history: never deleted or moved, lifted once and with a reason", "[engines]")
{
    test::DemoDatabase demo;
    PeriodLockRepository locks(demo.db());
    const YearMonth aug(2021, 8);
    REQUIRE(locks.lock(demo.campaignId(), 1, QStringLiteral("*"), aug).isOk());
    REQUIRE(locks.lock(demo.campaignId(), 2, QStringLiteral("*"), aug).isOk());
    const auto rows = [&] {
        QStringList seen;
        QSqlQuery q(demo.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, campaign_id, form, unit_key, period, locked_at, locked_by, unlocked_at, unlocked_by, "
                                      "unlock_reason FROM period_lock ORDER BY id")));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
                row << q.value(i).toString();
            seen << row.join(QLatin1Char('|'));
        }
        return seen;
    };
    const QStringList before = rows();
    REQUIRE(before.size() == 2);
    for (const char *s : {"DELETE FROM period_lock WHERE form = 1", "DELETE FROM period_lock",
                          "UPDATE period_lock SET period = '2021-07' WHERE form = 1",
                          "UPDATE period_lock SET unit_key = 'I999' WHERE form = 2", "UPDATE period_lock SET form = 3 WHERE form = 2",
                          "UPDATE period_lock SET locked_by = 'someone' WHERE form = 1",
                          "UPDATE period_lock SET locked_at = '2021-01-01' WHERE form = 1",
                          "UPDATE period_lock SET unlocked_at = 'x', unlocked_by = 'b', unlock_reason = '  ' WHERE form = 1",
                          "UPDATE period_lock SET unlocked_at = 'x', unlock_reason = 'why', period = '2021-07' WHERE form = 1"}) {
        INFO(s);
        QString error;
        CHECK_FALSE(runs(demo.db(), QString::fromUtf8(s), &error));
        CHECK(error.contains(QStringLiteral("locks are history")));
    }
    CHECK(rows() == before);
    CHECK(locks.isLocked(demo.campaignId(), 1, UnitKey::institution(7), aug));

    // Lifting, the one change a lock takes, works once; the lifted lock then stays as it is.
    REQUIRE(locks.unlock(demo.campaignId(), 1, QStringLiteral("*"), aug, QStringLiteral(u"更正上报错误")).isOk());
    CHECK_FALSE(locks.isLocked(demo.campaignId(), 1, UnitKey::institution(7), aug));
    for (const char *s : {"UPDATE period_lock SET unlock_reason = 'another reason' WHERE form = 1",
                          "UPDATE period_lock SET unlocked_at = NULL WHERE form = 1", "DELETE FROM period_lock WHERE form = 1"}) {
        INFO(s);
        CHECK_FALSE(runs(demo.db(), QString::fromUtf8(s)));
    }
    // A new lock of the month is a new row beside the lifted one.
    REQUIRE(locks.lock(demo.campaignId(), 1, QStringLiteral("*"), aug).isOk());
    CHECK(rows().size() == 3);
}
