// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDataStore.h"

#include "Database.h"
#include "LedgerSql.h"

#include "model/YearMonth.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString kDemoCampaigns = QStringLiteral("(SELECT id FROM campaign WHERE demo = 1)");
const QString kDemoUnitKeys = QStringLiteral("(SELECT 'I' || CAST(id AS TEXT) FROM institution WHERE demo = 1)");
const QString kUserUnitKeys = QStringLiteral("(SELECT 'I' || CAST(id AS TEXT) FROM institution WHERE demo = 0)");
// The seed only inserts institutions: a change logged since (a new name, a phone typed in)
// is the user's, and such an institution is the user's own from then on.
const QString kChanged = QStringLiteral(
    "EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'institution' AND a.action = 'update' "
    "AND a.row_key = CAST(institution.id AS TEXT))");

// The seeded tables whose rows name both a campaign and an institution: a row of the demo
// campaign is the demo's, a row of another campaign for a demo institution the user's own,
// and so is a row of the demo campaign for one of the user's institutions.
struct Ledger
{
    const char *table;
    const char *what;
};
const Ledger kInstitutionRows[] = {
    {"report", QT_TRANSLATE_NOOP("DemoDataStore", "报表")},
    {"problem", QT_TRANSLATE_NOOP("DemoDataStore", "问题清单记录")},
    {"tipoff", QT_TRANSLATE_NOOP("DemoDataStore", "线索")},
    {"inspection", QT_TRANSLATE_NOOP("DemoDataStore", "监督检查记录")},
    {"case_record", QT_TRANSLATE_NOOP("DemoDataStore", "以案促改与教育记录")},
    {"supplier_interview", QT_TRANSLATE_NOOP("DemoDataStore", "约谈供应商记录")},
    {"supplier_blacklist", QT_TRANSLATE_NOOP("DemoDataStore", "负面名单记录")},
};

// Ledgers counted as one number in the confirmation (the reports are counted apart).
const char *const kLedgerTables[] = {"problem", "tipoff", "inspection", "case_record", "supplier_interview",
                                     "supplier_blacklist"};

// A check that cannot run must not pass as "nothing in the way": the first failure is kept
// in *error and the removal refused.
QList<QVariantList> rows(Database &db, const QString &sql, int columns, Status *error)
{
    QList<QVariantList> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error->isOk())
            error->add(DemoDataStore::tr("无法检查示例数据：%1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        out << row;
    }
    return out;
}

int count(Database &db, const QString &sql, Status *error)
{
    const QList<QVariantList> found = rows(db, sql, 1, error);
    return found.isEmpty() ? 0 : found.first().first().toInt();
}

// The first few, then how many in all: a message names what blocks without a page of it.
QString someOf(const QStringList &items)
{
    const int shown = 5;
    if (items.size() <= shown)
        return items.join(DemoDataStore::tr("、"));
    return DemoDataStore::tr("%1 等 %2 项").arg(items.mid(0, shown).join(DemoDataStore::tr("、"))).arg(items.size());
}

QString formMonth(int form, const QString &period)
{
    return DemoDataStore::tr("%1附件%2").arg(YearMonth::parse(period).toChinese()).arg(form);
}

} // namespace

Status DemoDataStore::contents(Contents *out) const
{
    Status error;
    const auto rowsOf = [&](const QString &sql, int columns) { return rows(m_db, sql, columns, &error); };
    const auto countOf = [&](const QString &sql) { return count(m_db, sql, &error); };
    Contents c;
    for (const QVariantList &r : rowsOf(QStringLiteral("SELECT title FROM campaign WHERE demo = 1 ORDER BY id"), 1))
        c.campaignTitles << r.first().toString();
    c.campaigns = int(c.campaignTitles.size());
    c.institutions = countOf(QStringLiteral("SELECT count(*) FROM institution WHERE demo = 1 AND NOT %1").arg(kChanged));
    for (const QVariantList &r : rowsOf(QStringLiteral("SELECT name FROM institution WHERE demo = 1 AND %1 ORDER BY id").arg(kChanged), 1))
        c.keptInstitutions << r.first().toString();
    c.reports = countOf(QStringLiteral("SELECT count(*) FROM report WHERE campaign_id IN %1").arg(kDemoCampaigns));
    for (const char *table : kLedgerTables)
        c.ledgerRecords += countOf(QStringLiteral("SELECT count(*) FROM %1 WHERE campaign_id IN %2")
                                           .arg(QLatin1String(table), kDemoCampaigns));
    c.overrides = countOf(QStringLiteral("SELECT count(*) FROM figure_override WHERE campaign_id IN %1").arg(kDemoCampaigns));
    *out = c;
    return error;
}

Status DemoDataStore::blockers(QStringList *blocking) const
{
    Status error;
    const auto rowsOf = [&](const QString &sql, int columns) { return rows(m_db, sql, columns, &error); };
    const auto countOf = [&](const QString &sql) { return count(m_db, sql, &error); };
    QStringList out;

    // A month signed or a unit's filing accepted is a signature, lifted or not: locks are
    // history and no program deletes them.
    QStringList signedMonths;
    QStringList acceptedFilings;
    for (const QVariantList &r : rowsOf(QStringLiteral(
             "SELECT l.form, l.period, l.unit_key, c.demo, c.title, i.name FROM period_lock l "
             "JOIN campaign c ON c.id = l.campaign_id "
             "LEFT JOIN institution i ON 'I' || CAST(i.id AS TEXT) = l.unit_key "
             "WHERE c.demo = 1 OR l.unit_key IN %1 ORDER BY c.id, l.period, l.form, l.id").arg(kDemoUnitKeys), 6)) {
        const QString month = formMonth(r.at(0).toInt(), r.at(1).toString());
        const bool inDemo = r.at(3).toInt() != 0;
        const QString unit = r.at(5).isNull() ? r.at(2).toString() : r.at(5).toString();
        if (r.at(2).toString() == QLatin1String("*"))
            signedMonths << (inDemo ? month : tr("专项整治“%1”%2").arg(r.at(4).toString(), month));
        else
            acceptedFilings << (inDemo ? tr("%1 %2").arg(unit, month)
                                       : tr("专项整治“%1”中示例机构%2 %3").arg(r.at(4).toString(), unit, month));
    }
    if (!signedMonths.isEmpty())
        out << tr("示例活动中有已签发的月份（%1），不能删除：签发是真实的签字，要一直保留。").arg(someOf(signedMonths));
    if (!acceptedFilings.isEmpty())
        out << tr("有已验收的报表（%1），不能删除：验收是真实的签字，要一直保留。").arg(someOf(acceptedFilings));

    // What the seed never writes: any such row under the demo campaign is the user's.
    const int submissions = countOf(QStringLiteral("SELECT count(*) FROM submission WHERE campaign_id IN %1").arg(kDemoCampaigns));
    if (submissions > 0)
        out << tr("示例活动中有用户登记的报送记录 %1 条（含其附件），不能删除。").arg(submissions);
    if (countOf(QStringLiteral("SELECT count(*) FROM campaign_work_plan WHERE campaign_id IN %1").arg(kDemoCampaigns)) > 0)
        out << tr("示例活动已保存了用户编写的工作方案，不能删除。");
    const int draws = countOf(QStringLiteral("SELECT count(*) FROM spot_check_draw WHERE campaign_id IN %1").arg(kDemoCampaigns));
    if (draws > 0)
        out << tr("示例活动中有 %1 次抽查记录，不能删除。").arg(draws);
    // The sending log is history: mail sent for the demo campaign keeps it.
    const int sent = countOf(QStringLiteral("SELECT count(*) FROM mail_sent WHERE campaign_id IN %1").arg(kDemoCampaigns));
    if (sent > 0)
        out << tr("示例活动已发送过 %1 封催报或回执邮件（发送记录不能删除），不能删除。").arg(sent);
    const int evidence = countOf(QStringLiteral(
        "SELECT count(*) FROM problem_evidence e JOIN problem p ON p.id = e.problem_id "
        "WHERE p.campaign_id IN %1 OR p.institution_id IN (SELECT id FROM institution WHERE demo = 1)").arg(kDemoCampaigns));
    if (evidence > 0)
        out << tr("示例问题清单中有用户附上的证据文件 %1 个，不能删除。").arg(evidence);

    // Demo institutions named by the user's own work elsewhere.
    QStringList named;
    for (const QVariantList &r : rowsOf(QStringLiteral(
             "SELECT x.name, i.name FROM inspector x JOIN institution i ON i.id = x.institution_id "
             "WHERE i.demo = 1 ORDER BY i.id, x.id"), 2))
        named << tr("检查人员“%1”属于示例机构“%2”").arg(r.at(0).toString(), r.at(1).toString());
    for (const QVariantList &r : rowsOf(QStringLiteral(
             "SELECT i.name, count(*) FROM spot_check_pick p JOIN institution i ON i.id = p.institution_id "
             "WHERE i.demo = 1 GROUP BY i.id, i.name ORDER BY i.id"), 2))
        named << tr("示例机构“%1”被抽中 %2 次").arg(r.at(0).toString()).arg(r.at(1).toInt());
    for (const QVariantList &r : rowsOf(QStringLiteral(
             "SELECT i.name, c.title, count(*) FROM submission s JOIN institution i ON i.id = s.institution_id "
             "JOIN campaign c ON c.id = s.campaign_id WHERE i.demo = 1 AND c.demo = 0 "
             "GROUP BY i.id, i.name, c.id, c.title ORDER BY i.id, c.id"), 3))
        named << tr("示例机构“%1”在专项整治“%2”中有用户登记的报送记录 %3 条")
                     .arg(r.at(0).toString(), r.at(1).toString()).arg(r.at(2).toInt());
    for (const Ledger &l : kInstitutionRows) {
        for (const QVariantList &r : rowsOf(QStringLiteral(
                 "SELECT i.name, c.title, count(*) FROM %1 x JOIN institution i ON i.id = x.institution_id "
                 "JOIN campaign c ON c.id = x.campaign_id WHERE i.demo = 1 AND c.demo = 0 "
                 "GROUP BY i.id, i.name, c.id, c.title ORDER BY i.id, c.id").arg(QLatin1String(l.table)), 3))
            named << tr("示例机构“%1”在专项整治“%2”中有用户录入的%3 %4 条")
                         .arg(r.at(0).toString(), r.at(1).toString(), tr(l.what)).arg(r.at(2).toInt());
    }
    for (const QVariantList &r : rowsOf(QStringLiteral(
             "SELECT i.name, c.title, count(*) FROM figure_override o JOIN campaign c ON c.id = o.campaign_id "
             "JOIN institution i ON 'I' || CAST(i.id AS TEXT) = o.unit_key WHERE i.demo = 1 AND c.demo = 0 "
             "GROUP BY i.id, i.name, c.id, c.title ORDER BY i.id, c.id"), 3))
        named << tr("示例机构“%1”在专项整治“%2”中有用户说明理由的填报数 %3 个")
                     .arg(r.at(0).toString(), r.at(1).toString()).arg(r.at(2).toInt());
    // On a server an institution's account is its login: deleting the institution would
    // delete the account with it (ON DELETE CASCADE).
    if (m_db.isServer())
        for (const QVariantList &r : rowsOf(QStringLiteral(
                 "SELECT a.role_name, i.name FROM account a JOIN institution i ON i.id = a.institution_id "
                 "WHERE i.demo = 1 ORDER BY a.role_name"), 2))
            named << tr("服务器账户“%1”是示例机构“%2”的账户").arg(r.at(0).toString(), r.at(1).toString());
    if (!named.isEmpty())
        out << tr("示例机构有用户自己的数据（%1），不能删除。").arg(someOf(named));

    // The user's own institutions in the demo campaign: practice on real names is kept.
    QStringList own;
    for (const Ledger &l : kInstitutionRows) {
        for (const QVariantList &r : rowsOf(QStringLiteral(
                 "SELECT i.name, count(*) FROM %1 x JOIN institution i ON i.id = x.institution_id "
                 "WHERE i.demo = 0 AND x.campaign_id IN %2 GROUP BY i.id, i.name ORDER BY i.id")
                                                 .arg(QLatin1String(l.table), kDemoCampaigns), 2))
            own << tr("“%1”的%2 %3 条").arg(r.at(0).toString(), tr(l.what)).arg(r.at(1).toInt());
    }
    const int ownOverrides = countOf(QStringLiteral(
        "SELECT count(*) FROM figure_override WHERE campaign_id IN %1 AND unit_key IN %2").arg(kDemoCampaigns, kUserUnitKeys));
    if (ownOverrides > 0)
        own << tr("用户机构说明理由的填报数 %1 个").arg(ownOverrides);
    if (!own.isEmpty())
        out << tr("示例活动中有用户自己的机构的数据（%1），不能删除。").arg(someOf(own));
    *blocking = out;
    return error;
}

Status DemoDataStore::remove()
{
    Transaction tx(m_db);
    // The campaign first: its rows go with it (ON DELETE CASCADE), and then nothing of it
    // refers to the demo institutions any more. Those the user changed stay, as the user's.
    for (const QString &sql : {QStringLiteral("UPDATE institution SET demo = 0 WHERE demo = 1 AND %1").arg(kChanged),
                               QStringLiteral("DELETE FROM campaign WHERE demo = 1"),
                               QStringLiteral("DELETE FROM institution WHERE demo = 1")}) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            return Status::failure(tr("无法删除示例数据：%1").arg(LedgerSql::errorText(q.lastError())));
    }
    return tx.commit();
}

QStringList DemoDataStore::referringTables()
{
    return {
        // Removed with the demo campaign (the seed writes them; the user's rows in them are checked).
        QStringLiteral("office"), QStringLiteral("phase"), QStringLiteral("deadline"), QStringLiteral("report"),
        QStringLiteral("problem"), QStringLiteral("tipoff"), QStringLiteral("inspection"), QStringLiteral("case_record"),
        QStringLiteral("supplier_interview"), QStringLiteral("supplier_blacklist"), QStringLiteral("figure_override"),
        // Never written by the seed: a row of them under demo rows blocks the removal.
        QStringLiteral("submission"), QStringLiteral("period_lock"), QStringLiteral("campaign_work_plan"),
        QStringLiteral("spot_check_draw"), QStringLiteral("spot_check_pick"), QStringLiteral("inspector"),
        QStringLiteral("account"), QStringLiteral("mail_sent"),
    };
}

} // namespace qf
