// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisRun.h"

#include "Baselines.h"
#include "Measurement.h"
#include "SignalSql.h"

#include "analysis/AnalysisSnapshot.h"
#include "analysis/SignalEngine.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <memory>

namespace qf::bench {

namespace {

// The day the page is looked at: after the campaign, so every month has fallen due.
const QDate kAsOf(2022, 2, 1);

QString exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in ") + sql.left(160);
}

/// Months of the campaign's first phase named like the unchanged rule's (集中整治): where
/// an unchanged run is planted.
QList<YearMonth> phaseMonths(const Campaign &campaign)
{
    const SignalRule *rule = nullptr;
    for (const SignalRule &r : SignalCatalog::rules())
        if (r.kind == u"unchanged")
            rule = &r;
    QList<YearMonth> months;
    if (!rule)
        return months;
    for (const YearMonth &m : campaign.reportingPeriods())
        for (const Phase &p : campaign.phases)
            if (p.name.contains(rule->params.value(QStringLiteral("phase")).toString()) && p.start <= m.lastDay()
                && p.end >= m.firstDay() && m != campaign.reportingPeriods().first()) {
                months << m;
                break;
            }
    return months;
}

/// What a county that goes through the motions leaves behind, planted into each county's
/// data so that every rule has something to find: a hospital filing zeros while its peers
/// move, figures frozen through 集中整治, one hospital's row copied by another, an
/// increase repeated, a village clinic's outlier, problems rectified before they were
/// found and closed in bulk, most closed problems documented but one file shared between
/// two institutions, and one work summary filed by two. Written with plain SQL into the
/// copy: the program's own actions refuse most of this, which is the point.
QString plantPatterns(QSqlDatabase db, const SyntheticData &data)
{
    const int counties = int(data.institutions.size()) / kInstitutionsPerCounty;
    const QList<YearMonth> phase = phaseMonths(data.campaign);
    QStringList sql;
    const auto id = [](const QString &name) {
        return QStringLiteral("(SELECT id FROM institution WHERE name = '%1')").arg(name);
    };
    for (int c = 1; c <= counties; ++c) {
        const QString county = QStringLiteral(u"第%1县").arg(c);
        const QString hospital1 = id(county + QStringLiteral(u"第1人民医院"));
        const QString hospital2 = id(county + QStringLiteral(u"第2人民医院"));
        const QString hospital3 = id(county + QStringLiteral(u"第3人民医院"));
        const QString privateHospital = id(county + QStringLiteral(u"康复民营医院11"));
        const QString clinic = id(county + QStringLiteral(u"第100村卫生室"));
        const auto reports = [](const QString &inst, int form, const QString &periods) {
            return QStringLiteral("(SELECT id FROM report WHERE institution_id = %1 AND form = %2 AND period %3)")
                .arg(inst).arg(form).arg(periods);
        };
        // All zero in three months.
        sql << QStringLiteral("UPDATE figure SET number = 0 WHERE number IS NOT NULL AND report_id IN (SELECT id FROM report "
                              "WHERE institution_id = %1 AND form IN (1, 3) AND period IN ('2021-03', '2021-04', '2021-05'))")
                   .arg(hospital2);
        // Unchanged through two months of 集中整治.
        if (phase.size() >= 2)
            sql << QStringLiteral("UPDATE figure SET number = (SELECT b.number FROM figure b WHERE b.report_id = %1 "
                                  "AND b.column_no = figure.column_no) WHERE report_id IN %2")
                       .arg(reports(hospital3, 1, QStringLiteral("= '%1'").arg(phase.at(0).previous().toString())),
                            reports(hospital3, 1, QStringLiteral("IN ('%1', '%2')").arg(phase.at(0).toString(), phase.at(1).toString())));
        // A copied row.
        const QString target = reports(privateHospital, 1, QStringLiteral("= '2021-09'"));
        sql << QStringLiteral("DELETE FROM figure WHERE report_id = %1").arg(target)
            << QStringLiteral("INSERT INTO figure (report_id, column_no, number, text) SELECT %1, column_no, number, text "
                              "FROM figure WHERE report_id = %2 AND %1 IS NOT NULL")
                   .arg(target, reports(hospital1, 1, QStringLiteral("= '2021-09'")));
        // November's increase the same as October's.
        sql << QStringLiteral("UPDATE figure SET number = 2 * (SELECT o.number FROM figure o WHERE o.report_id = %1 "
                              "AND o.column_no = figure.column_no) - (SELECT s.number FROM figure s WHERE s.report_id = %2 "
                              "AND s.column_no = figure.column_no) WHERE report_id = %3")
                   .arg(reports(hospital1, 1, QStringLiteral("= '2021-10'")), reports(hospital1, 1, QStringLiteral("= '2021-09'")),
                        reports(hospital1, 1, QStringLiteral("= '2021-11'")));
        // A village clinic's sudden fifty problems.
        sql << QStringLiteral("UPDATE figure SET number = number + 50 WHERE column_no = 1 AND number IS NOT NULL "
                              "AND report_id IN %1").arg(reports(clinic, 1, QStringLiteral(">= '2021-07'")));
        const QString inCounty = QStringLiteral("(SELECT id FROM institution WHERE name LIKE '%1第%')").arg(county);
        // Rectified three days before found.
        sql << QStringLiteral("UPDATE problem_step SET done_on = (SELECT date(p.found_on, '-3 day') FROM problem p "
                              "WHERE p.id = problem_step.problem_id) WHERE id IN (SELECT s.id FROM problem_step s "
                              "JOIN problem p ON p.id = s.problem_id WHERE s.to_state = 'rectified' "
                              "AND p.institution_id IN %1 ORDER BY s.id LIMIT 3)").arg(inCounty);
        // Every problem of the institution with the most closed ones closed on one day.
        sql << QStringLiteral("UPDATE problem_step SET done_on = '2021-12-20' WHERE to_state = 'closed' AND problem_id IN "
                              "(SELECT id FROM problem WHERE institution_id = (SELECT p.institution_id FROM problem p "
                              "JOIN problem_step s ON s.problem_id = p.id AND s.to_state = 'closed' "
                              "WHERE p.institution_id IN %1 GROUP BY p.institution_id ORDER BY COUNT(*) DESC, "
                              "p.institution_id LIMIT 1))").arg(inCounty);
        // One photo filed for two institutions' problems, one work summary filed by two. (The
        // tokens are replaced rather than arg()ed: printf's "%0…" would read as a marker.)
        const QString countyNo = QString::number(c);
        sql << QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at) "
                              "SELECT MIN(p.id), 'before', 'photo.jpg', 1, printf('b%063d', {c}), zeroblob(1), '2021-06-01' "
                              "FROM problem p WHERE p.institution_id IN ({a}, {b}) GROUP BY p.institution_id")
                   .replace(QStringLiteral("{c}"), countyNo).replace(QStringLiteral("{a}"), hospital1)
                   .replace(QStringLiteral("{b}"), hospital2);
        const QString lastMonth = data.campaign.reportingPeriods().last().toString();
        sql << QStringLiteral("INSERT INTO submission (campaign_id, deliverable, unit_key, institution_id, period, submitted_on, "
                              "recorded_at) SELECT %1, %2, 'I' || i.id, i.id, '%3', '2022-01-05', '2022-01-05' "
                              "FROM institution i WHERE i.id IN (%4, %5)")
                   .arg(data.campaign.id).arg(int(Deliverable::Summary)).arg(lastMonth, hospital1, hospital3);
        sql << QStringLiteral("INSERT INTO submission_file (submission_id, file_name, size, sha256, content) "
                              "SELECT id, 'summary.docx', 1, printf('c%063d', {c}), zeroblob(1) FROM submission "
                              "WHERE deliverable = {d} AND period = '{m}' AND institution_id IN ({a}, {b})")
                   .replace(QStringLiteral("{c}"), countyNo).replace(QStringLiteral("{a}"), hospital1)
                   .replace(QStringLiteral("{b}"), hospital3).replace(QStringLiteral("{m}"), lastMonth)
                   .replace(QStringLiteral("{d}"), QString::number(int(Deliverable::Summary)));
    }
    // Most closed problems have a photo after rectification, so a missing one stands out.
    sql << QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at) "
                          "SELECT id, 'after', 'after.jpg', 1, printf('a%063x', id), zeroblob(1), '2021-12-31' FROM problem "
                          "WHERE state = 'closed' AND id % 7 <> 0");
    if (const QString error = exec(db, QStringLiteral("BEGIN")); !error.isEmpty())
        return error;
    for (const QString &statement : sql)
        if (const QString error = exec(db, statement); !error.isEmpty()) {
            exec(db, QStringLiteral("ROLLBACK"));
            return error;
        }
    return exec(db, QStringLiteral("COMMIT"));
}

/// The 问题清单's county totals at each month's end (found, rectified or closed that day,
/// closed), as the page's series count them, by plain SQL.
QString ledgerTotals(QSqlDatabase db, const Campaign &campaign, const QList<YearMonth> &months, QList<double> *out = nullptr)
{
    QStringList ends;
    for (const YearMonth &m : months)
        ends << QStringLiteral("('%1')").arg(m.lastDay().toString(Qt::ISODate));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "WITH ends(d) AS (VALUES %1), st AS (SELECT e.d, p.id, (SELECT s.to_state FROM problem_step s "
        "  WHERE s.problem_id = p.id AND s.done_on <= e.d ORDER BY s.id DESC LIMIT 1) AS state "
        "  FROM ends e JOIN problem p ON p.campaign_id = %2 AND p.found_on <= e.d) "
        "SELECT e.d, COUNT(st.id), SUM(st.state IN ('rectified', 'closed')), SUM(st.state = 'closed') "
        "FROM ends e LEFT JOIN st ON st.d = e.d GROUP BY e.d ORDER BY e.d").arg(ends.join(QLatin1Char(',')))
        .arg(campaign.id);
    if (!q.exec(sql))
        return q.lastError().text();
    while (q.next())
        if (out)
            *out << q.value(1).toDouble() << q.value(2).toDouble() << q.value(3).toDouble();
    return QString();
}

/// What the 分析 page computes when it opens: the charts' snapshot (series, tracking, the
/// built forms) and the ranked signals, each as its panel reads them.
QString pageData(Database &db, const Campaign &campaign, const YearMonth &last, AnalysisSnapshot *snapshot,
                 QList<SignalFinding> *findings)
{
    if (Status s = AnalysisSnapshot::load(db, campaign.id, last, kAsOf, snapshot); !s)
        return s.message();
    if (Status s = SignalEngine::run(db, campaign.id, last, findings); !s)
        return s.message();
    return SignalEngine::rank(*findings).isEmpty() ? QStringLiteral("no signal found") : QString();
}

/// Compares the program's findings and the 问题清单 series with the SQL limit's, untimed.
QString checkLimits(const QString &dbPath, const Campaign &campaign, const QList<YearMonth> &months, int *compared)
{
    Database db;
    if (Status s = db.open(dbPath); !s)
        return s.message();
    AnalysisSnapshot snapshot;
    QList<SignalFinding> findings;
    if (const QString error = pageData(db, campaign, months.last(), &snapshot, &findings); !error.isEmpty())
        return error;
    QMap<QString, int> product, limit;
    QMap<QString, int> perRule;
    for (const SignalFinding &f : findings) {
        ++product[signalKey(f)];
        ++perRule[f.signalId];
    }
    QList<double> totals;
    QStringList timings;
    QString error = onRawConnection(dbPath, [&](QSqlDatabase raw) {
        const QString e = signalsBySql(raw, campaign, months.last(), &limit, &timings);
        return e.isEmpty() ? ledgerTotals(raw, campaign, months, &totals) : e;
    });
    if (!error.isEmpty())
        return error;
    QStringList rules;
    for (auto it = perRule.begin(); it != perRule.end(); ++it)
        rules << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    std::fprintf(stderr, "  signals found by the program: %s\n", qPrintable(rules.join(QStringLiteral(", "))));
    std::fprintf(stderr, "  the SQL rules (wall, once): %s\n", qPrintable(timings.join(QStringLiteral(", "))));
    QStringList differences;
    for (auto it = product.begin(); it != product.end(); ++it)
        if (limit.value(it.key()) != it.value())
            differences << QStringLiteral("program %1x, SQL %2x: %3").arg(it.value()).arg(limit.value(it.key())).arg(it.key());
    for (auto it = limit.begin(); it != limit.end(); ++it)
        if (!product.contains(it.key()))
            differences << QStringLiteral("program 0x, SQL %1x: %2").arg(it.value()).arg(it.key());
    const QStringList ids{QStringLiteral("ledger.found-total"), QStringLiteral("ledger.rectified-total"),
                          QStringLiteral("ledger.closed-total")};
    for (int m = 0; m < months.size(); ++m)
        for (int k = 0; k < ids.size(); ++k) {
            const auto value = snapshot.series.value(ids.at(k), AnalysisSeries::county(), months.at(m));
            const double sql = totals.value(m * 3 + k, -1);
            if (!value || *value != sql)
                differences << QStringLiteral("%1 %2: program %3, SQL %4")
                                   .arg(ids.at(k), months.at(m).toString(), value ? QString::number(*value) : QStringLiteral("-"))
                                   .arg(sql);
        }
    if (!differences.isEmpty())
        return QStringLiteral("%1 differences, the first: %2").arg(differences.size()).arg(differences.mid(0, 12).join(QLatin1Char('\n')));
    if (perRule.size() < 2)
        return QStringLiteral("the planted patterns gave findings of fewer than two rules");
    *compared = int(findings.size());
    return QString();
}

} // namespace

QString analysisPageOnce(const QString &dbPath)
{
    Database db;
    if (Status s = db.open(dbPath); !s)
        return s.message();
    const QList<Campaign> campaigns = CampaignRepository(db).list();
    const auto campaign = campaigns.isEmpty() ? std::nullopt : CampaignRepository(db).load(campaigns.first().id);
    if (!campaign)
        return QStringLiteral("no campaign");
    AnalysisSnapshot snapshot;
    QList<SignalFinding> findings;
    return pageData(db, *campaign, campaign->reportingPeriods().last(), &snapshot, &findings);
}

bool addAnalysisRows(const QString &ledgerDb, const QString &workDir, const SyntheticData &data, const QString &scale,
                     int runs, ResultTable *table, const QString &keptAs)
{
    std::fprintf(stderr, "  analysis\n");
    const QList<YearMonth> months = data.campaign.reportingPeriods();
    const QString dbPath = QDir(workDir).filePath(QStringLiteral("signals.sqlite"));
    QFile::remove(dbPath);
    QString error = QFile::copy(ledgerDb, dbPath) ? QString() : QStringLiteral("cannot copy %1").arg(ledgerDb);
    if (error.isEmpty())
        error = onRawConnection(dbPath, [&](QSqlDatabase db) { return plantPatterns(db, data); });
    if (error.isEmpty() && !keptAs.isEmpty()) {
        QFile::remove(keptAs);
        if (!QFile::copy(dbPath, keptAs))
            std::fprintf(stderr, "  cannot copy the database to %s\n", qPrintable(keptAs));
    }
    int compared = 0;
    if (error.isEmpty())
        error = checkLimits(dbPath, data.campaign, months, &compared);
    const auto result = [&](const QString &key, const QString &label, const Sample &product, const Sample &baseline,
                            double goal, double goalSeconds, const QString &note) {
        Result r;
        r.key = key;
        r.label = label;
        r.scale = scale;
        r.product = product;
        r.baseline = baseline;
        r.goal = goal;
        r.goalSeconds = goalSeconds;
        r.note = note;
        table->add(r);
    };
    if (!error.isEmpty()) {
        std::fprintf(stderr, "  ANALYSIS ROWS FAILED: %s\n", qPrintable(error));
        Sample failed;
        failed.error = error;
        result(QStringLiteral("signals"), QStringLiteral("走过场 signals: FAILED"), failed, failed, 2.0, 0,
               QStringLiteral("SQL limit differs from the program or no data; see stderr"));
        result(QStringLiteral("analysis-page"), QStringLiteral("analysis page data: FAILED"), failed, failed, 0, 1.0,
               QStringLiteral("SQL limit differs from the program or no data; see stderr"));
        return false;
    }
    std::fprintf(stderr, "  limit and program agree on all %d findings and the 问题清单 totals\n", compared);
    std::unique_ptr<Database> productDb;
    QSqlDatabase rawDb;
    const auto openProduct = [&] {
        productDb = std::make_unique<Database>();
        const Status s = productDb->open(dbPath);
        return s ? QString() : s.message();
    };
    const auto openLimit = [&] { return openRaw(dbPath, &rawDb); };
    result(QStringLiteral("signals"), QStringLiteral("走过场 signals, %1 findings").arg(compared),
           measure(openProduct, [&] {
               QList<SignalFinding> findings;
               const Status s = SignalEngine::run(*productDb, data.campaign.id, months.last(), &findings);
               return s ? QString() : s.message();
           }, runs),
           measure(openLimit, [&] { return signalsBySql(rawDb, data.campaign, months.last()); }, runs), 2.0, 0,
           QStringLiteral("SignalEngine::run (load + 11 rules) vs one SQL query per rule (findings checked equal), database open"));
    result(QStringLiteral("analysis-page"), QStringLiteral("analysis page data, campaign year"),
           measure(openProduct, [&] {
               AnalysisSnapshot snapshot;
               QList<SignalFinding> findings;
               return pageData(*productDb, data.campaign, months.last(), &snapshot, &findings);
           }, runs),
           measure(openLimit, [&] {
               QString e = groupBySums(rawDb, data.campaign, months);
               if (e.isEmpty())
                   e = ledgerTotals(rawDb, data.campaign, months);
               return e.isEmpty() ? signalsBySql(rawDb, data.campaign, months.last()) : e;
           }, runs), 0, 1.0,
           QStringLiteral("AnalysisSnapshot::load + SignalEngine::run + rank vs GROUP BY sums + 问题清单 totals + signals SQL "
                          "(totals and signals checked equal), database open; goal absolute"));
    QFile::remove(dbPath);
    return true;
}

} // namespace qf::bench
