// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SqlScript.h"

#include <QSqlQuery>

using namespace qf;

namespace {

Institution sampleInstitution(const QString &name)
{
    Institution i;
    i.name = name;
    i.ownership = Ownership::Private;
    i.level = Level::Secondary;
    i.contracted = true;
    i.township = QStringLiteral(u"中渡镇");
    i.reportPhone = QStringLiteral("0772-6871120");
    i.reportEmail = QStringLiteral("a@b.cn");
    return i;
}

int rowCount(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a new file is migrated to the current schema with WAL and foreign keys")
{
    test::TempDatabase t;
    CHECK(t.db().schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("reopening a migrated file keeps its data and version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        Institution i = sampleInstitution(QStringLiteral(u"甲医院"));
        REQUIRE(InstitutionRepository(db).save(i).isOk());
    }
    Database db;
    REQUIRE(db.open(path).isOk());
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(InstitutionRepository(db).count() == 1);
}

TEST_CASE("files that are not ours are refused and left untouched")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        test::writeFile(path, "hello, this is not a database at all");
        Database db;
        const Status s = db.open(path);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"不是清风数据库")));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("hello, this is not a database at all"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        const Status s = db.open(path);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"其他程序")));
    }
    SECTION("a database written by a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            REQUIRE(db.open(path).isOk());
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        Database db;
        const Status s = db.open(path);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"较新版本")));
    }
}

TEST_CASE("migration scripts split into statements, keeping triggers whole")
{
    const QStringList parts = SqlScript::split(QStringLiteral(
        "-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
        "INSERT INTO a VALUES (1);"));
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(parts.at(1).endsWith(QStringLiteral("END;")));
}

TEST_CASE("institutions round-trip through the registry", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    Institution i = sampleInstitution(QStringLiteral(u"鹿寨康华医院"));
    i.shortName = QStringLiteral(u"康华");
    i.activeFrom = QDate(2021, 3, 1);
    i.contactPerson = QStringLiteral(u"陈国庆");
    REQUIRE(repo.save(i).isOk());
    REQUIRE(i.id != 0);

    const auto back = repo.find(i.id);
    REQUIRE(back);
    CHECK(back->name == i.name);
    CHECK(back->shortName == i.shortName);
    CHECK(back->ownership == Ownership::Private);
    CHECK(back->level == Level::Secondary);
    CHECK(back->contracted);
    CHECK(back->township == i.township);
    CHECK(back->reportPhone == i.reportPhone);
    CHECK(back->reportEmail == i.reportEmail);
    CHECK(back->contactPerson == i.contactPerson);
    CHECK(back->activeFrom == QDate(2021, 3, 1));
    CHECK_FALSE(back->activeUntil.isValid());

    REQUIRE(repo.setActive(i.id, false, QDate(2021, 9, 30)).isOk());
    const auto closed = repo.find(i.id);
    CHECK_FALSE(closed->active);
    CHECK(closed->activeUntil == QDate(2021, 9, 30));
    CHECK(closed->isActiveIn(YearMonth(2021, 9)));
    CHECK_FALSE(closed->isActiveIn(YearMonth(2021, 10)));
}

TEST_CASE("duplicate names and invalid fields are refused with a clear message", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    Institution a = sampleInstitution(QStringLiteral(u"甲医院"));
    REQUIRE(repo.save(a).isOk());
    Institution b = sampleInstitution(QStringLiteral(u"甲医院"));
    const Status dup = repo.save(b);
    CHECK_FALSE(dup.isOk());
    CHECK(dup.message().contains(QStringLiteral(u"已有名为“甲医院”的机构")));
    CHECK(b.id == 0);

    Institution c = sampleInstitution(QStringLiteral(u"乙医院"));
    c.reportEmail = QStringLiteral("not-an-email");
    const Status bad = repo.save(c);
    CHECK_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral(u"举报邮箱")));
    CHECK(repo.count() == 1);
}

TEST_CASE("a name that only looks like a stored one is a duplicate", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    Institution a = sampleInstitution(QStringLiteral(u"鹿寨县第2人民医院（分院）"));
    REQUIRE(repo.save(a).isOk());
    // A zero-width space, a BOM, full-width digits and brackets, an ideographic space: each
    // looks the same on screen and in print. (A bidi mark is refused outright, see below,
    // but still finds the institution it hides.)
    CHECK(repo.findByName(QStringLiteral(u"\u202A鹿寨县第2人民医院（分院）\u202C"))->id == a.id);
    for (const QString &lookAlike : {QStringLiteral(u"鹿寨县第2人民\u200B医院（分院）"),
                                     QStringLiteral(u"鹿寨县第\uFEFF2人民医院（分院）"), QStringLiteral(u"鹿寨县第２人民医院(分院)"),
                                     QStringLiteral(u"鹿寨县　第2人民医院（分院）"), QStringLiteral(u"鹿寨县第2人民医院\u2060（分院）")}) {
        INFO(lookAlike.toStdString());
        Institution b = sampleInstitution(lookAlike);
        const Status dup = repo.save(b);
        CHECK_FALSE(dup.isOk());
        CHECK(dup.message().contains(QStringLiteral(u"已有名为“鹿寨县第2人民医院（分院）”的机构")));
        CHECK(repo.findByName(lookAlike)->id == a.id);
        QList<Institution> batch{sampleInstitution(QStringLiteral(u"丙医院")), b};
        CHECK_FALSE(repo.saveAll(batch).isOk());
    }
    CHECK(repo.count() == 1);
    // Renaming the institution itself to a look-alike of its own name is no duplicate.
    a.name = QStringLiteral(u"鹿寨县第２人民医院（分院）");
    CHECK(repo.save(a).isOk());
}

TEST_CASE("control characters in registry fields are refused", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    const QString withNul = QStringLiteral(u"甲") + QChar(0) + QStringLiteral(u"医院");
    for (const QString &name : {QStringLiteral(u"甲医院\n乙医院"), withNul, QStringLiteral(u"甲医院\u2028乙医院"),
                                QStringLiteral(u"甲\u0085医院"), QStringLiteral(u"甲\t医院"), QStringLiteral(u"甲\u001B医院"),
                                // Directional controls turn the printed name around ("院医甲").
                                QStringLiteral(u"\u202E甲医院"), QStringLiteral(u"甲\u2067医院\u2069"),
                                QStringLiteral(u"甲医院\u200F")}) {
        Institution i = sampleInstitution(name);
        const Status s = repo.save(i);
        CHECK_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral(u"名称含有控制字符")));
    }
    Institution contact = sampleInstitution(QStringLiteral(u"乙医院"));
    contact.contactPerson = QStringLiteral(u"张三\r\n李四");
    const Status s = repo.save(contact);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"联系人含有控制字符（第3个字符，U+000D）")));
    CHECK(repo.count() == 0);
}

TEST_CASE("saving many institutions is all or nothing", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    QList<Institution> list{sampleInstitution(QStringLiteral(u"一院")), sampleInstitution(QStringLiteral(u"二院")),
                            sampleInstitution(QString())};
    const Status s = repo.saveAll(list);
    CHECK_FALSE(s.isOk());
    CHECK(repo.count() == 0);
    CHECK(list.at(0).id == 0);   // ids handed back only on success

    list.removeLast();
    REQUIRE(repo.saveAll(list).isOk());
    CHECK(repo.count() == 2);
    CHECK(list.at(0).id != 0);
}

TEST_CASE("a failing step rolls back the enclosing transaction, nested ones included", "[engines]")
{
    test::TempDatabase t;
    InstitutionRepository repo(t.db());
    {
        Transaction outer(t.db());
        Institution a = sampleInstitution(QStringLiteral(u"一院"));
        REQUIRE(repo.save(a).isOk());           // a nested transaction (savepoint) inside
        CHECK(repo.count() == 1);
        // outer goes out of scope without commit
    }
    CHECK(repo.count() == 0);

    {
        Transaction outer(t.db());
        Institution a = sampleInstitution(QStringLiteral(u"一院"));
        REQUIRE(repo.save(a).isOk());
        Institution dup = sampleInstitution(QStringLiteral(u"一院"));
        CHECK_FALSE(repo.save(dup).isOk());     // inner failure undoes only itself
        REQUIRE(outer.commit().isOk());
    }
    CHECK(repo.count() == 1);
}

TEST_CASE("campaigns round-trip with offices, phases and deadlines", "[engines]")
{
    test::TempDatabase t;
    CampaignRepository repo(t.db());
    Campaign c;
    c.title = QStringLiteral(u"某县专项整治");
    c.county = QStringLiteral(u"某县");
    c.year = 2022;
    c.start = QDate(2022, 6, 1);
    c.end = QDate(2022, 12, 31);
    c.offices << Office{0, QStringLiteral(u"党建办"), QStringLiteral("a@b.cn"), QString()};
    c.phases << Phase{0, QStringLiteral(u"自查自纠"), QDate(2022, 6, 1), QDate(2022, 8, 31), QString()}
             << Phase{0, QStringLiteral(u"集中整治"), QDate(2022, 8, 1), QDate(2022, 11, 30), QString()};
    Deadline d;
    d.title = QStringLiteral(u"报附件1");
    d.dayOfMonth = 12;
    d.firstPeriod = YearMonth(2022, 7);
    d.lastPeriod = YearMonth(2022, 11);
    d.recipientOffice = QStringLiteral(u"党建办");
    c.deadlines << d;
    Deadline once;
    once.title = QStringLiteral(u"工作总结");
    once.deliverable = Deliverable::Summary;
    once.recurrence = Deadline::Recurrence::Once;
    once.dueDate = QDate(2022, 12, 1);
    c.deadlines << once;
    REQUIRE(repo.save(c).isOk());

    const auto back = repo.load(c.id);
    REQUIRE(back);
    CHECK(back->title == c.title);
    REQUIRE(back->phases.size() == 2);
    CHECK(back->phases.at(1).name == QStringLiteral(u"集中整治"));
    CHECK(back->phases.at(1).end == QDate(2022, 11, 30));
    REQUIRE(back->deadlines.size() == 2);
    CHECK(back->deadlines.at(0).dueFor(YearMonth(2022, 7)) == QDate(2022, 8, 12));
    CHECK(back->deadlines.at(1).recurrence == Deadline::Recurrence::Once);
    CHECK(back->deadlines.at(1).dueDate == QDate(2022, 12, 1));
    REQUIRE(back->offices.size() == 1);
    CHECK(back->offices.at(0).email == QStringLiteral("a@b.cn"));
    CHECK(repo.latestId() == c.id);
}

TEST_CASE("an invalid campaign is refused before anything is written", "[engines]")
{
    test::TempDatabase t;
    CampaignRepository repo(t.db());
    Campaign c;
    c.title = QStringLiteral(u"某县专项整治");
    c.county = QStringLiteral(u"某县");
    c.year = 2021;
    c.start = QDate(2021, 6, 1);
    c.end = QDate(2021, 12, 31);
    c.phases << Phase{0, QStringLiteral(u"集中整治"), QDate(2020, 8, 1), QDate(2020, 11, 30), QString()};
    const Status s = repo.save(c);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"超出专项整治期间")));
    CHECK(c.id == 0);
    CHECK(repo.list().isEmpty());
}

TEST_CASE("reports keep cumulative figures and texts per column, and saving again replaces them", "[engines]")
{
    test::TempDatabase t;
    Institution i = sampleInstitution(QStringLiteral(u"甲医院"));
    REQUIRE(InstitutionRepository(t.db()).save(i).isOk());
    Campaign c;
    c.title = QStringLiteral(u"x");
    c.county = QStringLiteral(u"某县");
    c.year = 2021;
    c.start = QDate(2021, 6, 1);
    c.end = QDate(2021, 12, 31);
    REQUIRE(CampaignRepository(t.db()).save(c).isOk());

    ReportRepository repo(t.db());
    Report r;
    r.campaignId = c.id;
    r.form = 3;
    r.unitKey = UnitKey::institution(i.id);
    r.period = YearMonth(2021, 7);
    r.submittedOn = QDate(2021, 8, 10);
    r.numbers = {{1, 3}, {10, 1.25}};
    r.texts = {{14, QStringLiteral(u"备注文字")}};
    REQUIRE(repo.save(r).isOk());

    auto back = repo.find(c.id, 3, r.unitKey, r.period);
    REQUIRE(back);
    CHECK(back->number(1) == 3);
    CHECK(back->number(10) == Approx(1.25));
    CHECK(back->texts.value(14) == QStringLiteral(u"备注文字"));
    CHECK(back->submittedOn == QDate(2021, 8, 10));

    r.numbers = {{1, 4}};
    r.texts.clear();
    REQUIRE(repo.save(r).isOk());
    back = repo.find(c.id, 3, r.unitKey, r.period);
    CHECK(back->number(1) == 4);
    CHECK_FALSE(back->hasNumber(10));
    CHECK(back->texts.isEmpty());
    CHECK(rowCount(t.db(), "report") == 1);

    // An institution with reports cannot be deleted out from under them.
    QSqlQuery del(t.db().connection());
    CHECK_FALSE(del.exec(QStringLiteral("DELETE FROM institution WHERE id = %1").arg(i.id)));
}

TEST_CASE("a batch of reports with one bad report stores none of them", "[engines]")
{
    test::TempDatabase t;
    Campaign c;
    c.title = QStringLiteral(u"x");
    c.county = QStringLiteral(u"某县");
    c.year = 2021;
    c.start = QDate(2021, 6, 1);
    c.end = QDate(2021, 12, 31);
    REQUIRE(CampaignRepository(t.db()).save(c).isOk());
    Report good;
    good.campaignId = c.id;
    good.form = 2;
    good.unitKey = UnitKey::category(QStringLiteral("public-2"));
    good.period = YearMonth(2021, 7);
    Report bad = good;
    bad.form = 7;   // no such form
    QList<Report> batch{good, bad};
    CHECK_FALSE(ReportRepository(t.db()).saveAll(batch).isOk());
    CHECK(rowCount(t.db(), "report") == 0);
    CHECK(batch.at(0).id == 0);
}
