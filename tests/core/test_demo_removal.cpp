// SPDX-License-Identifier: GPL-3.0-or-later
// Removing the demo county: exactly the rows the seed wrote go, every row of the user's stays
// as it was, and the user's own work that refers to demo rows stops it, named.
#include "SharedCounty.h"
#include "TestSupport.h"

#include "actions/EvidenceActions.h"
#include "actions/LedgerRecordActions.h"
#include "actions/RemoveDemoData.h"
#include "actions/SignMonth.h"
#include "actions/SpotCheckActions.h"
#include "actions/WorkPlanActions.h"
#include "campaign/CampaignTemplate.h"
#include "demo/DemoData.h"
#include "storage/CampaignRepository.h"
#include "storage/DemoDataStore.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SubmissionRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace qf;

namespace {

QStringList tables(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    while (q.next())
        out << q.value(1).toString();
    return out;
}

struct ForeignKey
{
    QString column;
    QString parent;
};

QList<ForeignKey> foreignKeys(Database &db, const QString &table)
{
    QList<ForeignKey> out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
    while (q.next())
        out << ForeignKey{q.value(3).toString(), q.value(2).toString()};
    return out;
}

QString idList(const QSet<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

// Which rows of every table are the demo's, worked out from the schema itself rather than
// from the code under test: the rows marked demo, then every row referring to one of them
// (by a foreign key, or by the unit key of a demo institution), and so on down. The ids are
// taken before the removal, so that afterwards the same conditions can find leftovers.
struct DemoRows
{
    QHash<QString, QString> where;   ///< table → SQL condition selecting its demo rows

    explicit DemoRows(Database &db)
    {
        QHash<QString, QSet<qint64>> ids;
        const QStringList all = tables(db);
        const auto select = [&db](const QString &sql) {
            QSet<qint64> found;
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(sql));
            while (q.next())
                found << q.value(0).toLongLong();
            return found;
        };
        ids[QStringLiteral("campaign")] = select(QStringLiteral("SELECT id FROM campaign WHERE demo = 1"));
        ids[QStringLiteral("institution")] = select(QStringLiteral("SELECT id FROM institution WHERE demo = 1"));
        QStringList unitKeys;
        for (qint64 id : ids.value(QStringLiteral("institution")))
            unitKeys << QStringLiteral("'I%1'").arg(id);
        // Until nothing new is found: a child's children are found in the next round.
        for (bool grew = true; grew;) {
            grew = false;
            for (const QString &t : all) {
                QStringList conditions;
                if (ids.contains(t) && (t == QLatin1String("campaign") || t == QLatin1String("institution")))
                    conditions << QStringLiteral("id IN (%1)").arg(idList(ids.value(t)));
                for (const ForeignKey &fk : foreignKeys(db, t))
                    if (ids.contains(fk.parent))
                        conditions << QStringLiteral("%1 IN (%2)").arg(fk.column, idList(ids.value(fk.parent)));
                if (columnsOf(db, t).contains(QStringLiteral("unit_key")) && !unitKeys.isEmpty())
                    conditions << QStringLiteral("unit_key IN (%1)").arg(unitKeys.join(QLatin1Char(',')));
                if (conditions.isEmpty())
                    continue;
                const QString condition = QStringLiteral("(") + conditions.join(QStringLiteral(" OR ")) + QStringLiteral(")");
                where[t] = condition;
                if (!columnsOf(db, t).contains(QStringLiteral("id")))
                    continue;
                const QSet<qint64> found = select(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(t, condition));
                if (found != ids.value(t)) {
                    ids[t] = found;
                    grew = true;
                }
            }
        }
    }

    int count(Database &db, const QString &table) const
    {
        if (!where.contains(table))
            return 0;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where.value(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

// Every row of a table that the condition does not select, every column, in a fixed order.
QStringList dump(Database &db, const QString &table, const QString &except = QString())
{
    QStringList out;
    QSqlQuery q(db.connection());
    const QString where = except.isEmpty() ? QString() : QStringLiteral(" WHERE NOT %1").arg(except);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, where)));
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

// The whole database but its audit trail (which grows by what a refused removal did not do:
// nothing) and what only the engine keeps.
QHash<QString, QStringList> dumpAll(Database &db)
{
    QHash<QString, QStringList> out;
    for (const QString &t : tables(db))
        out[t] = dump(db, t);
    return out;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// The demo beside the bureau's own county: its registry entry and campaign with a month's
// report, a problem and a tip-off.
struct DemoAndOwn
{
    test::DemoDatabase demo;
    Campaign own;
    Institution ownUnit;
    Institution demoUnit;

    DemoAndOwn()
    {
        ownUnit.name = QStringLiteral(u"象州县人民医院");
        ownUnit.ownership = Ownership::Public;
        ownUnit.level = Level::Secondary;
        ownUnit.contracted = true;
        ownUnit.township = QStringLiteral(u"象州镇");
        REQUIRE(InstitutionRepository(db()).save(ownUnit).isOk());
        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl);
        CampaignParameters p;
        p.county = QStringLiteral(u"象州县");
        p.year = 2022;
        REQUIRE(tmpl->instantiate(p, &own).isOk());
        REQUIRE(CampaignRepository(db()).save(own).isOk());
        Report r = report(own.id, ownUnit.id, YearMonth(2022, 7));
        REQUIRE(ReportRepository(db()).save(r).isOk());
        Problem problem = problemOf(own.id, ownUnit.id, QDate(2022, 7, 20));
        const Status s = LedgerRecordActions::save(db(), problem);
        INFO(s.message());
        REQUIRE(s.isOk());
        for (const Institution &i : InstitutionRepository(db()).all())
            if (i.name == u"鹿寨县人民医院")
                demoUnit = i;
        REQUIRE(demoUnit.id != 0);
    }

    Database &db() { return demo.db(); }
    Campaign demoCampaign() { return *CampaignRepository(db()).load(demo.campaignId()); }

    static Report report(qint64 campaignId, qint64 institutionId, const YearMonth &month)
    {
        Report r;
        r.campaignId = campaignId;
        r.form = 1;
        r.unitKey = UnitKey::institution(institutionId);
        r.period = month;
        r.submittedOn = month.next().firstDay().addDays(5);
        r.numbers.insert(1, 3);
        r.numbers.insert(2, 1);
        return r;
    }

    static Problem problemOf(qint64 campaignId, qint64 institutionId, const QDate &on)
    {
        Problem p;
        p.campaignId = campaignId;
        p.institutionId = institutionId;
        p.foundOn = on;
        p.foundBy = QStringLiteral(u"院纪委");
        p.description = QStringLiteral(u"门诊收费未公示");
        p.responsible = QStringLiteral(u"王明");
        return p;
    }
};

// Runs the removal expecting a refusal that says `expected`, and checks that nothing changed.
void requireRefused(Database &db, const QString &expected)
{
    const QHash<QString, QStringList> before = dumpAll(db);
    RemoveDemoData::Summary removed;
    const Status s = RemoveDemoData::run(db, &removed);
    INFO(s.message().toStdString());
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(expected));
    CHECK(removed.isEmpty());
    const QHash<QString, QStringList> after = dumpAll(db);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1")) == 40);
}

} // namespace

TEST_CASE("removing the demo takes every row the seed wrote and leaves the user's rows exactly as they were")
{
    DemoAndOwn f;
    Database &db = f.db();
    const DemoRows demoRows(db);
    // The seed wrote into each of these, so the conditions find something to remove.
    for (const char *t : {"institution", "campaign", "office", "phase", "deadline", "report", "figure", "problem",
                          "problem_step", "tipoff", "tipoff_step", "tipoff_reporter", "inspection", "case_record",
                          "supplier_interview", "supplier_blacklist", "figure_override"}) {
        INFO(t);
        CHECK(demoRows.count(db, QLatin1String(t)) > 0);
    }
    QHash<QString, QStringList> own;
    for (const QString &t : tables(db)) {
        if (t == QLatin1String("audit_log"))
            continue;
        own[t] = dump(db, t, demoRows.where.value(t));
    }
    // The planted rows of the user's are among them.
    CHECK(own.value(QStringLiteral("institution")).size() == 1);
    CHECK(own.value(QStringLiteral("campaign")).size() == 1);
    CHECK(own.value(QStringLiteral("report")).size() == 1);
    CHECK(own.value(QStringLiteral("problem")).size() == 1);
    const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));

    RemoveDemoData::Summary going;
    REQUIRE(RemoveDemoData::preview(db, &going).isOk());
    CHECK(going.institutions == 40);
    CHECK(going.campaigns == 1);
    CHECK(going.reports == demoRows.count(db, QStringLiteral("report")));
    RemoveDemoData::Summary removed;
    const Status s = RemoveDemoData::run(db, &removed);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(removed.text().contains(QStringLiteral(u"40 家示例机构")));
    CHECK(removed.text().contains(QStringLiteral(u"1 个示例活动")));
    CHECK(removed.text().contains(QStringLiteral(u"%1 份报表").arg(going.reports)));

    for (const QString &t : own.keys()) {
        INFO(t.toStdString());
        CHECK(demoRows.count(db, t) == 0);
        CHECK(dump(db, t) == own.value(t));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(t)) == own.value(t).size());
    }
    CHECK(DemoData::campaignId(db) == 0);
    // The trail kept each deletion, attributed like every other write.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'institution' AND action = 'delete'")) == 40);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'report' AND action = 'delete'")) == going.reports);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'campaign' AND action = 'delete' "
                                   "AND row_key = '%1'").arg(f.demo.campaignId())) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id > %1 AND actor IS NULL").arg(auditBefore)) == 0);

    // Nothing is left to remove: a second removal says so and changes nothing.
    const Status again = RemoveDemoData::run(db, &removed);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.message().contains(QStringLiteral(u"没有示例数据")));
}

TEST_CASE("a month of the demo that was signed keeps the demo: a signature is never deleted")
{
    DemoAndOwn f;
    REQUIRE(SignMonth::lock(f.db(), f.demoCampaign(), 1, QStringLiteral("*"), YearMonth(2021, 11)).isOk());
    requireRefused(f.db(), QStringLiteral(u"示例活动中有已签发的月份（2021年11月附件1）"));
}

TEST_CASE("a demo unit's filing that was accepted keeps the demo, named by unit and month")
{
    DemoAndOwn f;
    REQUIRE(SignMonth::lock(f.db(), f.demoCampaign(), 3, UnitKey::institution(f.demoUnit.id), YearMonth(2021, 10)).isOk());
    requireRefused(f.db(), QStringLiteral(u"有已验收的报表（鹿寨县人民医院 2021年10月附件3）"));
}

TEST_CASE("a filing recorded by the user in the demo campaign keeps the demo")
{
    DemoAndOwn f;
    Submission s;
    s.campaignId = f.demo.campaignId();
    s.deliverable = Deliverable::Summary;
    s.unitKey = UnitKey::institution(f.demoUnit.id);
    s.period = YearMonth(2021, 11);
    s.submittedOn = QDate(2021, 12, 10);
    s.fileName = QStringLiteral(u"工作总结.docx");
    const QByteArray file("summary");
    const Status recorded = SubmissionRepository(f.db()).record(s, &file);
    INFO(recorded.message());
    REQUIRE(recorded.isOk());
    requireRefused(f.db(), QStringLiteral(u"示例活动中有用户登记的报送记录 1 条"));
}

TEST_CASE("a work plan the user wrote for the demo campaign keeps the demo")
{
    DemoAndOwn f;
    WorkPlan plan;
    REQUIRE(WorkPlanActions::load(f.db(), f.demoCampaign(), &plan).isOk());
    REQUIRE(WorkPlanActions::save(f.db(), f.demoCampaign(), plan).isOk());
    requireRefused(f.db(), QStringLiteral(u"示例活动已保存了用户编写的工作方案"));
}

TEST_CASE("evidence the user attached to a demo problem keeps the demo")
{
    DemoAndOwn f;
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM problem WHERE campaign_id = %1 AND state <> 'closed' ORDER BY id")
                       .arg(f.demo.campaignId())));
    REQUIRE(q.next());
    const qint64 problem = q.value(0).toLongLong();
    q.finish();
    const QString photo = f.demo.file(QStringLiteral("整改前.jpg"));
    test::writeFile(photo, QByteArray("\xff\xd8\xff\xe0 photo", 10));
    const Status s = EvidenceActions::attach(f.db(), problem, EvidenceFile::Stage::Before, photo, QStringLiteral(u"王明"));
    INFO(s.message());
    REQUIRE(s.isOk());
    requireRefused(f.db(), QStringLiteral(u"示例问题清单中有用户附上的证据文件 1 个"));
}

TEST_CASE("an inspector of the pool who works at a demo institution keeps the demo")
{
    DemoAndOwn f;
    Inspector i;
    i.name = QStringLiteral(u"李华");
    i.office = QStringLiteral(u"医政股");
    i.institutionId = f.demoUnit.id;
    REQUIRE(SpotCheckActions::addInspector(f.db(), i).isOk());
    requireRefused(f.db(), QStringLiteral(u"检查人员“李华”属于示例机构“鹿寨县人民医院”"));
}

TEST_CASE("the user's own report for a demo institution in the user's campaign keeps the demo")
{
    DemoAndOwn f;
    Report r = DemoAndOwn::report(f.own.id, f.demoUnit.id, YearMonth(2022, 8));
    REQUIRE(ReportRepository(f.db()).save(r).isOk());
    requireRefused(f.db(), QStringLiteral(u"示例机构“鹿寨县人民医院”在专项整治“%1”中有用户录入的报表 1 条").arg(f.own.title));
}

TEST_CASE("a ledger record of the user's campaign at a demo institution keeps the demo")
{
    DemoAndOwn f;
    Problem p = DemoAndOwn::problemOf(f.own.id, f.demoUnit.id, QDate(2022, 8, 3));
    REQUIRE(LedgerRecordActions::save(f.db(), p).isOk());
    requireRefused(f.db(), QStringLiteral(u"在专项整治“%1”中有用户录入的问题清单记录 1 条").arg(f.own.title));
}

TEST_CASE("figures of the user's own institution typed into the demo campaign keep the demo")
{
    DemoAndOwn f;
    Report r = DemoAndOwn::report(f.demo.campaignId(), f.ownUnit.id, YearMonth(2021, 11));
    REQUIRE(ReportRepository(f.db()).save(r).isOk());
    requireRefused(f.db(), QStringLiteral(u"示例活动中有用户自己的机构的数据（“象州县人民医院”的报表 1 条）"));
}

TEST_CASE("a spot check drawn in the demo campaign keeps the demo")
{
    DemoAndOwn f;
    for (const QString &name : {QStringLiteral(u"张三"), QStringLiteral(u"李四"), QStringLiteral(u"王五")}) {
        Inspector i;
        i.name = name;
        i.office = QStringLiteral(u"医政股");
        REQUIRE(SpotCheckActions::addInspector(f.db(), i).isOk());
    }
    SpotCheckRequest request;
    request.campaignId = f.demo.campaignId();
    request.day = QDate(2021, 11, 20);
    request.count = 2;
    request.seed = 7;
    SpotCheckRecord record;
    const Status s = SpotCheckActions::draw(f.db(), request, QStringLiteral(u"医政股"), &record);
    INFO(s.message());
    REQUIRE(s.isOk());
    requireRefused(f.db(), QStringLiteral(u"示例活动中有 1 次抽查记录"));
}

TEST_CASE("a database without demo data has nothing to remove, and the checks know every table that refers to demo rows")
{
    test::TempDatabase t;
    RemoveDemoData::Summary removed;
    const Status s = RemoveDemoData::run(t.db(), &removed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message() == QStringLiteral(u"数据库中没有示例数据。"));

    // A table added later that refers to a campaign or an institution is looked at by the
    // removal's checks before the demo can be removed past it.
    QStringList referring;
    for (const QString &table : tables(t.db()))
        for (const ForeignKey &fk : foreignKeys(t.db(), table))
            if (fk.parent == QLatin1String("campaign") || fk.parent == QLatin1String("institution"))
                referring << table;
    referring.removeDuplicates();
    REQUIRE_FALSE(referring.isEmpty());
    const QStringList known = DemoDataStore::referringTables();
    for (const QString &table : referring) {
        INFO(table.toStdString());
        CHECK(known.contains(table));
    }
}

TEST_CASE("demo remove: exit 0 with what went, 1 when refused or when there is none")
{
    test::TempDatabase t;
    const QString path = t.path();
    t.db().close();
    QString out;
    QString err;
    REQUIRE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")}, &out, &err) == 0);

    {
        Database db;
        REQUIRE(db.open(path).isOk());
        const auto campaign = CampaignRepository(db).load(DemoData::campaignId(db));
        REQUIRE(campaign);
        REQUIRE(SignMonth::lock(db, *campaign, 1, QStringLiteral("*"), YearMonth(2021, 9)).isOk());
    }
    CHECK(test::runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("remove")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"示例活动中有已签发的月份（2021年9月附件1）")));
    CHECK(out.isEmpty());

    const QString fresh = t.file(QStringLiteral("fresh.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--demo")}, &out, &err) == 0);
    CHECK(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("demo"), QStringLiteral("remove")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(u"已删除示例数据：40 家示例机构，1 个示例活动")));
    CHECK(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("institutions"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral(u"鹿寨")));
    CHECK(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("demo"), QStringLiteral("remove")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral(u"数据库中没有示例数据")));
    // A mistyped file is not created by a removal.
    CHECK(test::runCli({QStringLiteral("--db"), t.file(QStringLiteral("typo.sqlite")), QStringLiteral("demo"),
                        QStringLiteral("remove")}, &out, &err) == 1);
    CHECK_FALSE(QFileInfo::exists(t.file(QStringLiteral("typo.sqlite"))));
    CHECK(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("demo"), QStringLiteral("remove"), QStringLiteral("--force")},
                       &out, &err) == 2);
}

TEST_CASE("on either engine a signed demo month stops the removal, and without one the demo goes and the user's rows stay", "[engines]")
{
    DemoAndOwn f;
    Database &db = f.db();
    REQUIRE(SignMonth::lock(db, f.demoCampaign(), 2, QStringLiteral("*"), YearMonth(2021, 10)).isOk());
    RemoveDemoData::Summary removed;
    Status s = RemoveDemoData::run(db, &removed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"2021年10月附件2")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1")) == 40);

    // Another demo database, without the signature.
    DemoAndOwn g;
    const QStringList ownInstitutions = dump(g.db(), QStringLiteral("institution"), QStringLiteral("(demo = 1)"));
    const QStringList ownCampaigns = dump(g.db(), QStringLiteral("campaign"), QStringLiteral("(demo = 1)"));
    const QString ownOnly = QStringLiteral("(campaign_id <> %1)").arg(g.own.id);
    const QStringList ownReports = dump(g.db(), QStringLiteral("report"), ownOnly);
    const QStringList ownProblems = dump(g.db(), QStringLiteral("problem"), ownOnly);
    REQUIRE(ownInstitutions.size() == 1);
    REQUIRE(ownReports.size() == 1);
    s = RemoveDemoData::run(g.db(), &removed);
    INFO(s.message());
    REQUIRE(s.isOk());
    CHECK(removed.institutions == 40);
    const QString demoOnly = QStringLiteral(" WHERE campaign_id = %1").arg(g.demo.campaignId());
    for (const char *table : {"office", "report", "problem", "tipoff", "inspection", "case_record", "supplier_interview",
                              "supplier_blacklist", "figure_override"}) {
        INFO(table);
        CHECK(count(g.db(), QStringLiteral("SELECT count(*) FROM %1%2").arg(QLatin1String(table), demoOnly)) == 0);
    }
    CHECK(count(g.db(), QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1")) == 0);
    CHECK(dump(g.db(), QStringLiteral("institution")) == ownInstitutions);
    CHECK(dump(g.db(), QStringLiteral("campaign")) == ownCampaigns);
    CHECK(dump(g.db(), QStringLiteral("report")) == ownReports);
    CHECK(dump(g.db(), QStringLiteral("problem")) == ownProblems);
}

TEST_CASE("on a shared server only a bureau account removes the demo, and never past an institution's account")
{
    const auto server = test::testServer();
    if (!server) {
        WARN("QINGFENG_TEST_PG is not set: the server's demo removal needs a PostgreSQL server and is skipped.");
        return;
    }
    test::SharedCounty county(*server);
    // The county's rows stand in for a demo moved onto the server with the bureau's file.
    QSqlQuery mark(county.admin.connection());
    REQUIRE(mark.exec(QStringLiteral("UPDATE campaign SET demo = 1")));
    REQUIRE(mark.exec(QStringLiteral("UPDATE institution SET demo = 1")));
    RemoveDemoData::Summary removed;

    Database city;
    county.connectAs(city, QStringLiteral("city"), ServerAdmin::AccountKind::City);
    Status s = RemoveDemoData::run(city, &removed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message() == QStringLiteral(u"服务器上的示例数据只能由卫健局的账户删除。"));

    Database institution;
    county.connectAs(institution, QStringLiteral("jia"), ServerAdmin::AccountKind::Institution, county.mine.id);
    s = RemoveDemoData::run(institution, &removed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message() == QStringLiteral(u"服务器上的示例数据只能由卫健局的账户删除。"));

    // Deleting 甲 would take its login with it.
    Database bureau;
    county.connectAs(bureau, QStringLiteral("bureau"), ServerAdmin::AccountKind::Bureau);
    s = RemoveDemoData::run(bureau, &removed);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"是示例机构“甲镇卫生院”的账户")));
    CHECK(count(county.admin, QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1")) == 2);
    CHECK(count(county.admin, QStringLiteral("SELECT count(*) FROM report")) == 2);
}

TEST_CASE("a demo institution the user renamed or gave a phone stays in the registry as the user's own")
{
    DemoAndOwn f;
    Database &db = f.db();
    Institution renamed = f.demoUnit;
    renamed.name = QStringLiteral(u"象州县中医医院");
    renamed.contactPhone = QStringLiteral("0772-4362001");
    REQUIRE(InstitutionRepository(db).save(renamed).isOk());

    RemoveDemoData::Summary going;
    REQUIRE(RemoveDemoData::preview(db, &going).isOk());
    CHECK(going.institutions == 39);
    CHECK(going.keptInstitutions == QStringList{renamed.name});
    CHECK(going.text().contains(renamed.name));
    RemoveDemoData::Summary removed;
    const Status s = RemoveDemoData::run(db, &removed);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    const auto kept = InstitutionRepository(db).find(renamed.id);
    REQUIRE(kept);
    CHECK(kept->name == renamed.name);
    CHECK(kept->contactPhone == renamed.contactPhone);
    CHECK_FALSE(kept->demo);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM institution")) == 2);
    CHECK(DemoData::campaignId(db) == 0);
    // It is the user's now: nothing is left to remove.
    CHECK_FALSE(RemoveDemoData::preview(db, &going).isOk());
}
