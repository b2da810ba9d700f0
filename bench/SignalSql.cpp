// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalSql.h"

#include "analysis/SignalFinding.h"
#include "analysis/SignalRule.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace qf::bench {

namespace {

// Every institution's filings of 附件1 and 附件3 up to the month, with the filing before
// each (the previous one filed, whatever its month: what a month's increase is taken from).
const char kFilings[] =
    "rep AS (SELECT r.id, r.form, CAST(substr(r.unit_key, 2) AS INTEGER) AS inst, r.period, "
    "  LAG(r.id) OVER (PARTITION BY r.form, r.unit_key ORDER BY r.period) AS prev_id, "
    "  LAG(r.period) OVER (PARTITION BY r.form, r.unit_key ORDER BY r.period) AS prev_period "
    "  FROM report r WHERE r.campaign_id = %1 AND r.form IN (1, 3) AND substr(r.unit_key, 1, 1) = 'I' "
    "  AND r.period <= '%2')";
// Each filed figure less the same column of the filing before (none: 0). Figures compare
// as the program shows them, to twelve digits.
const char kIncreases[] =
    "inc AS (SELECT rep.form, rep.period, rep.inst, f.column_no AS c, f.number - COALESCE(p.number, 0) AS v, "
    "  printf('%.12g', f.number - COALESCE(p.number, 0)) AS t "
    "  FROM rep JOIN figure f ON f.report_id = rep.id AND f.number IS NOT NULL "
    "  LEFT JOIN figure p ON p.report_id = rep.prev_id AND p.column_no = f.column_no AND p.number IS NOT NULL)";
// A problem of the campaign found by the month's end, with the day it was last 销号.
const char kProblems[] =
    "p AS (SELECT pr.id, pr.institution_id AS inst, pr.found_on, "
    "  (SELECT s.done_on FROM problem_step s WHERE s.problem_id = pr.id AND s.to_state = 'closed' "
    "   ORDER BY s.id DESC LIMIT 1) AS closed "
    "  FROM problem pr WHERE pr.campaign_id = %1 AND pr.found_on <= '%3')";
const char kPreviousMonth[] = "strftime('%Y-%m', %1 || '-01', '-1 month')";

struct Context
{
    QSqlDatabase db;
    const Campaign *campaign;
    YearMonth upTo;
    QMap<QString, int> *out;
    int count = 0;
};

QString withCtes(const Context &ctx, const QStringList &ctes, const QString &select)
{
    QString sql = QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QLatin1Char(' ') + select;
    return sql.replace(QStringLiteral("%1"), QString::number(ctx.campaign->id))
        .replace(QStringLiteral("%2"), ctx.upTo.toString())
        .replace(QStringLiteral("%3"), ctx.upTo.lastDay().toString(Qt::ISODate));
}

QString run(const Context &ctx, const QString &sql, QSqlQuery *q)
{
    *q = QSqlQuery(ctx.db);
    q->setForwardOnly(true);
    if (!q->exec(sql))
        return q->lastError().text() + QStringLiteral(" in ") + sql.left(200);
    return QString();
}

void add(Context &ctx, qint64 inst, const QString &rule, const QStringList &months)
{
    ++ctx.count;
    if (ctx.out)
        ++(*ctx.out)[signalKey(inst, rule, months)];
}

QString previousOf(const QString &column)
{
    return QString::fromLatin1(kPreviousMonth).replace(QStringLiteral("%1"), column);
}

const SignalRule &ruleOf(const QString &kind)
{
    static const SignalRule none;
    for (const SignalRule &r : SignalCatalog::rules())
        if (r.kind == kind)
            return r;
    return none;
}

QString allZero(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("all-zero"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings),
        QStringLiteral("m AS (SELECT rep.inst, rep.period, MAX(COALESCE(f.number, 0) <> 0) AS moving "
                       "FROM rep LEFT JOIN figure f ON f.report_id = rep.id GROUP BY rep.inst, rep.period)"),
        QStringLiteral("z AS (SELECT inst, MAX(period) AS last FROM m WHERE moving = 0 GROUP BY inst HAVING COUNT(*) >= %4)")
            .replace(QStringLiteral("%4"), QString::number(int(rule.number(QStringLiteral("minMonths"), 2)))),
        QStringLiteral("pe AS (SELECT z.inst, COUNT(*) AS peers, SUM(o.moving) AS moving FROM z "
                       "JOIN institution i ON i.id = z.inst JOIN m o ON o.period = z.last AND o.inst <> z.inst "
                       "JOIN institution oi ON oi.id = o.inst AND oi.ownership = i.ownership AND oi.level = i.level "
                       "GROUP BY z.inst)")},
        QStringLiteral("SELECT m.inst, m.period FROM pe JOIN m ON m.inst = pe.inst AND m.moving = 0 "
                       "WHERE pe.moving > %4 * pe.peers ORDER BY m.inst, m.period")
            .replace(QStringLiteral("%4"), QString::number(rule.number(QStringLiteral("peerShare"), 0.5), 'g', 17))), &q);
    if (!error.isEmpty())
        return error;
    std::map<qint64, QStringList> months;
    while (q.next())
        months[q.value(0).toLongLong()] << q.value(1).toString();
    for (const auto &[inst, list] : months)
        add(ctx, inst, rule.id, list);
    return QString();
}

QString unchanged(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("unchanged"));
    const QString phase = rule.params.value(QStringLiteral("phase")).toString();
    QStringList inPhase;
    for (const YearMonth &m : ctx.campaign->reportingPeriods())
        for (const Phase &p : ctx.campaign->phases)
            if (p.name.contains(phase) && p.start <= m.lastDay() && p.end >= m.firstDay()) {
                inPhase << QLatin1Char('\'') + m.toString() + QLatin1Char('\'');
                break;
            }
    if (inPhase.isEmpty())
        return QString();
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings),
        QStringLiteral("fl AS (SELECT rep.form, rep.inst, rep.period, "
                       "ROW_NUMBER() OVER (PARTITION BY rep.form, rep.inst ORDER BY rep.period) AS rn, "
                       "CASE WHEN rep.period IN (%5) AND rep.prev_period = %6 "
                       " AND NOT EXISTS (SELECT 1 FROM figure f LEFT JOIN figure b ON b.report_id = rep.prev_id "
                       "   AND b.column_no = f.column_no AND b.number IS NOT NULL "
                       "   WHERE f.report_id = rep.id AND f.number IS NOT NULL AND f.number <> COALESCE(b.number, 0)) "
                       " AND EXISTS (SELECT 1 FROM figure f WHERE f.report_id = rep.id AND f.number <> 0) "
                       "THEN 1 ELSE 0 END AS same FROM rep)")
            .replace(QStringLiteral("%5"), inPhase.join(QLatin1Char(',')))
            .replace(QStringLiteral("%6"), previousOf(QStringLiteral("rep.period"))),
        QStringLiteral("runs AS (SELECT form, inst, period, rn - ROW_NUMBER() OVER (PARTITION BY form, inst ORDER BY period) AS grp "
                       "FROM fl WHERE same = 1)"),
        QStringLiteral("big AS (SELECT form, inst, grp FROM runs GROUP BY form, inst, grp HAVING COUNT(*) >= %4)")
            .replace(QStringLiteral("%4"), QString::number(int(rule.number(QStringLiteral("minMonths"), 2))))},
        QStringLiteral("SELECT runs.form, runs.inst, runs.grp, runs.period FROM runs JOIN big USING (form, inst, grp) "
                       "ORDER BY 1, 2, 3, 4")), &q);
    if (!error.isEmpty())
        return error;
    std::map<std::tuple<int, qint64, qint64>, QStringList> groups;
    while (q.next())
        groups[{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()}] << q.value(3).toString();
    for (const auto &[key, list] : groups)
        add(ctx, std::get<1>(key), rule.id, list);
    return QString();
}

// How often each figure (or increase) of a column occurs among the month's rows (each
// cell's count by a window, so that no large set is joined with another), how many rows
// show 0 or nothing in the column, and how many rows the month has: what the chance of a
// coincidence is made of.
const char kColumnCounts[] =
    "cc AS (SELECT %7.*, COUNT(*) OVER (PARTITION BY form, period, c, t) AS cnt FROM %7), "
    "zc AS MATERIALIZED (SELECT form, period, c, SUM(t = '0') AS zeros, COUNT(*) AS present FROM %7 GROUP BY form, period, c), "
    "n AS MATERIALIZED (SELECT form, period, COUNT(*) AS n FROM rep GROUP BY form, period)";

QString columnCounts(const QString &table)
{
    return QString::fromLatin1(kColumnCounts).replace(QStringLiteral("%7"), table);
}

// One column's share in a candidate row: rows with the candidate's figure; where the
// candidate has 0 or nothing, the rows with 0 or nothing.
const char kShare[] =
    "CASE WHEN x.t IS NOT NULL AND x.t <> '0' THEN x.cnt ELSE zc.zeros + n.n - zc.present END";

QString identicalRows(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("identical-rows"));
    const int minNonZero = int(rule.number(QStringLiteral("minNonZero"), 2));
    const double maxExpected = rule.number(QStringLiteral("maxExpected"), 0.05);
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings),
        QStringLiteral("cells AS (SELECT rep.form, rep.period, rep.inst, f.column_no AS c, f.number AS v, "
                       "printf('%.12g', f.number) AS t FROM rep JOIN figure f ON f.report_id = rep.id AND f.number IS NOT NULL)"),
        QStringLiteral("k AS (SELECT form, period, inst, group_concat(c || '=' || t, ';') AS key, SUM(v <> 0) AS nz "
                       "FROM (SELECT * FROM cells ORDER BY form, period, inst, c) GROUP BY form, period, inst)"),
        QStringLiteral("g AS MATERIALIZED (SELECT form, period, key, MIN(inst) AS first FROM k WHERE nz >= %4 "
                       "GROUP BY form, period, key HAVING COUNT(*) >= 2)").replace(QStringLiteral("%4"), QString::number(minNonZero)),
        QStringLiteral("mo AS MATERIALIZED (SELECT form, COUNT(DISTINCT period) AS months FROM rep GROUP BY form)"),
        columnCounts(QStringLiteral("cells")),
        QStringLiteral("gc AS MATERIALIZED (SELECT cc.* FROM cc JOIN g ON cc.form = g.form AND cc.period = g.period "
                       "AND cc.inst = g.first)")},
        QStringLiteral("SELECT g.form, g.period, g.key, %8, n.n, mo.months, 0 FROM g "
                       "JOIN zc ON zc.form = g.form AND zc.period = g.period "
                       "JOIN n ON n.form = g.form AND n.period = g.period JOIN mo ON mo.form = g.form "
                       "LEFT JOIN gc x ON x.form = g.form AND x.period = g.period AND x.inst = g.first AND x.c = zc.c "
                       "UNION ALL SELECT k.form, k.period, k.key, k.inst, 0, 0, 1 FROM k JOIN g USING (form, period, key) "
                       "WHERE k.nz >= %4 ORDER BY 1, 2, 3, 7, 4")
            .replace(QStringLiteral("%8"), QString::fromLatin1(kShare))
            .replace(QStringLiteral("%4"), QString::number(minNonZero))), &q);
    if (!error.isEmpty())
        return error;
    // Per group: the product of the columns' shares, then its members.
    std::map<std::tuple<int, QString, QString>, double> chance;
    std::map<std::tuple<int, QString, QString>, double> trials;
    std::map<std::tuple<int, QString, QString>, QList<qint64>> members;
    while (q.next()) {
        const std::tuple<int, QString, QString> key{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
        if (q.value(6).toInt() == 0) {
            const double n = q.value(4).toDouble();
            auto it = chance.try_emplace(key, 1.0).first;
            it->second *= q.value(3).toDouble() / n;
            trials[key] = (n - 1) * q.value(5).toDouble();
        } else {
            members[key] << q.value(3).toLongLong();
        }
    }
    for (const auto &[key, list] : members)
        if (chance[key] * trials[key] < maxExpected)
            for (qint64 inst : list)
                add(ctx, inst, rule.id, {std::get<1>(key)});
    return QString();
}

// A filing's increases as one text, "1=2;3=0.5", read through the figure table's key.
const char kIncreaseKey[] =
    "(SELECT group_concat(c || '=' || t, ';') FROM (SELECT f.column_no AS c, "
    " printf('%.12g', f.number - COALESCE(p.number, 0)) AS t FROM figure f LEFT JOIN figure p "
    " ON p.report_id = rep.prev_id AND p.column_no = f.column_no AND p.number IS NOT NULL "
    " WHERE f.report_id = rep.id AND f.number IS NOT NULL ORDER BY f.column_no))";
const char kIncreaseNonZero[] =
    "(SELECT COUNT(*) FROM figure f LEFT JOIN figure p ON p.report_id = rep.prev_id AND p.column_no = f.column_no "
    " AND p.number IS NOT NULL WHERE f.report_id = rep.id AND f.number IS NOT NULL AND f.number - COALESCE(p.number, 0) <> 0)";

QString repeatedIncrease(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("repeated-increase"));
    const int minNonZero = int(rule.number(QStringLiteral("minNonZero"), 2));
    const double maxExpected = rule.number(QStringLiteral("maxExpected"), 0.05);
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings), QString::fromLatin1(kIncreases),
        QStringLiteral("k AS (SELECT rep.form, rep.inst, rep.period, rep.prev_period, %10 AS key, %11 AS nz FROM rep)")
            .replace(QStringLiteral("%10"), QString::fromLatin1(kIncreaseKey))
            .replace(QStringLiteral("%11"), QString::fromLatin1(kIncreaseNonZero)),
        QStringLiteral("kk AS (SELECT k.*, LAG(k.key) OVER (PARTITION BY form, inst ORDER BY period) AS prev_key FROM k)"),
        QStringLiteral("cand AS MATERIALIZED (SELECT * FROM kk WHERE nz >= %4 AND prev_period = %6 AND key = prev_key)")
            .replace(QStringLiteral("%4"), QString::number(minNonZero))
            .replace(QStringLiteral("%6"), previousOf(QStringLiteral("kk.period"))),
        QStringLiteral("trials AS (SELECT COUNT(*) AS t FROM rep)"),
        columnCounts(QStringLiteral("inc")),
        QStringLiteral("candc AS MATERIALIZED (SELECT cc.* FROM cc JOIN cand ON cc.form = cand.form "
                       "AND cc.period = cand.period AND cc.inst = cand.inst)")},
        QStringLiteral("SELECT cand.form, cand.inst, cand.period, cand.prev_period, %8, n.n, trials.t FROM cand "
                       "JOIN zc ON zc.form = cand.form AND zc.period = cand.period "
                       "JOIN n ON n.form = cand.form AND n.period = cand.period CROSS JOIN trials "
                       "LEFT JOIN candc x ON x.form = cand.form AND x.period = cand.period AND x.inst = cand.inst AND x.c = zc.c "
                       "ORDER BY 2, 1, 3")
            .replace(QStringLiteral("%8"), QString::fromLatin1(kShare))), &q);
    if (!error.isEmpty())
        return error;
    std::map<std::tuple<qint64, int, QString>, std::pair<double, double>> candidates;   // chance, trials
    std::map<std::tuple<qint64, int, QString>, QString> before;
    while (q.next()) {
        const std::tuple<qint64, int, QString> key{q.value(1).toLongLong(), q.value(0).toInt(), q.value(2).toString()};
        auto it = candidates.try_emplace(key, 1.0, q.value(6).toDouble()).first;
        it->second.first *= q.value(4).toDouble() / q.value(5).toDouble();
        before[key] = q.value(3).toString();
    }
    for (const auto &[key, c] : candidates)
        if (c.first * c.second < maxExpected)
            add(ctx, std::get<0>(key), rule.id, {before[key], std::get<2>(key)});
    return QString();
}

QString selfCheckZero(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("self-check-zero"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings),
        QStringLiteral("last AS (SELECT inst, id, period FROM (SELECT rep.*, ROW_NUMBER() OVER "
                       "(PARTITION BY inst ORDER BY period DESC) AS rn FROM rep WHERE form = 1) WHERE rn = 1)"),
        QStringLiteral("z AS (SELECT l.inst, l.period FROM last l LEFT JOIN figure f ON f.report_id = l.id "
                       "AND f.column_no = %4 AND f.number IS NOT NULL WHERE COALESCE(f.number, 0) = 0)")
            .replace(QStringLiteral("%4"), QString::number(int(rule.number(QStringLiteral("column"), 1))))},
        QStringLiteral("SELECT z.inst, z.period FROM z WHERE EXISTS (SELECT 1 FROM inspection i WHERE i.campaign_id = %1 "
                       "AND i.institution_id = z.inst AND i.inspected_on <= '%3' AND (i.interview OR i.criticism "
                       "OR i.rectify_order OR i.clues_transferred > 0 OR i.funds_recovered OR i.fined OR trim(i.other_measure) <> '')) "
                       "OR EXISTS (SELECT 1 FROM tipoff t WHERE t.campaign_id = %1 AND t.institution_id = z.inst "
                       "AND t.received_on <= '%3' AND t.conclusion IN ('substantiated', 'partly') "
                       "AND (SELECT s.done_on FROM tipoff_step s WHERE s.tipoff_id = t.id AND s.to_state = 'concluded' "
                       "ORDER BY s.id DESC LIMIT 1) <= '%3') ORDER BY 1")), &q);
    if (!error.isEmpty())
        return error;
    while (q.next())
        add(ctx, q.value(0).toLongLong(), rule.id, {q.value(1).toString()});
    return QString();
}

QString increaseOutlier(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("increase-outlier"));
    const auto param = [&](const char *name, double fallback) {
        return QString::number(rule.number(QLatin1String(name), fallback), 'g', 17);
    };
    // Within a category of a month: every column any row has, each row's increase (0 where
    // it has none), the median, the median of the deviations and their mean.
    const QString group = QStringLiteral("form, period, ownership, level, c");
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kFilings), QString::fromLatin1(kIncreases),
        QStringLiteral("rx AS MATERIALIZED (SELECT rep.id, rep.prev_id, rep.form, rep.period, rep.inst, i.ownership, i.level "
                       "FROM rep JOIN institution i ON i.id = rep.inst)"),
        QStringLiteral("cat AS MATERIALIZED (SELECT form, period, ownership, level FROM rx GROUP BY form, period, ownership, level "
                       "HAVING COUNT(*) >= %4)").replace(QStringLiteral("%4"), param("minPeers", 5)),
        QStringLiteral("cs AS MATERIALIZED (SELECT DISTINCT inc.form, inc.period, i.ownership, i.level, inc.c FROM inc "
                       "JOIN institution i ON i.id = inc.inst JOIN cat ON cat.form = inc.form AND cat.period = inc.period "
                       "AND cat.ownership = i.ownership AND cat.level = i.level)"),
        // Each row's increase in each of its category's columns, looked up by the figure
        // table's key (0 where it has none).
        QStringLiteral("vals AS (SELECT rx.form, rx.period, rx.ownership, rx.level, cs.c, rx.inst, COALESCE((SELECT "
                       "f.number - COALESCE(p.number, 0) FROM figure f LEFT JOIN figure p ON p.report_id = rx.prev_id "
                       "AND p.column_no = f.column_no AND p.number IS NOT NULL WHERE f.report_id = rx.id AND f.column_no = cs.c "
                       "AND f.number IS NOT NULL), 0) AS v "
                       "FROM cs JOIN rx ON rx.form = cs.form AND rx.period = cs.period AND rx.ownership = cs.ownership "
                       "AND rx.level = cs.level)"),
        QStringLiteral("rk AS (SELECT %9, v, ROW_NUMBER() OVER (PARTITION BY %9 ORDER BY v) AS rn, "
                       "COUNT(*) OVER (PARTITION BY %9) AS cnt FROM vals)").replace(QStringLiteral("%9"), group),
        QStringLiteral("med AS (SELECT %9, AVG(v) AS med FROM rk WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY %9)")
            .replace(QStringLiteral("%9"), group),
        QStringLiteral("dev AS (SELECT vals.*, med.med, ABS(vals.v - med.med) AS d FROM vals JOIN med USING (%9))")
            .replace(QStringLiteral("%9"), group),
        QStringLiteral("drk AS (SELECT %9, d, ROW_NUMBER() OVER (PARTITION BY %9 ORDER BY d) AS rn, "
                       "COUNT(*) OVER (PARTITION BY %9) AS cnt FROM dev)").replace(QStringLiteral("%9"), group),
        QStringLiteral("mad AS (SELECT %9, AVG(d) AS mad FROM drk WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY %9)")
            .replace(QStringLiteral("%9"), group),
        QStringLiteral("mean AS (SELECT %9, SUM(d) / COUNT(*) AS mean FROM dev GROUP BY %9)").replace(QStringLiteral("%9"), group),
        QStringLiteral("z AS (SELECT dev.inst, dev.period, dev.v, dev.med, CASE WHEN mad.mad > 0 THEN 0.6745 * (dev.v - dev.med) / mad.mad "
                       "WHEN mean.mean > 0 THEN (dev.v - dev.med) / (1.253314 * mean.mean) ELSE 0 END AS z "
                       "FROM dev JOIN mad USING (%9) JOIN mean USING (%9))").replace(QStringLiteral("%9"), group)},
        QStringLiteral("SELECT inst, period FROM z WHERE ABS(z) > %4 AND ABS(v - med) >= %5 ORDER BY 1, 2")
            .replace(QStringLiteral("%4"), param("threshold", 3.5))
            .replace(QStringLiteral("%5"), param("minExcess", 0))), &q);
    if (!error.isEmpty())
        return error;
    while (q.next())
        add(ctx, q.value(0).toLongLong(), rule.id, {q.value(1).toString()});
    return QString();
}

QString closedWithoutEvidence(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("closed-without-evidence"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kProblems),
        QStringLiteral("cl AS (SELECT p.*, EXISTS (SELECT 1 FROM problem_evidence e WHERE e.problem_id = p.id "
                       "AND e.stage = 'after') AS doc FROM p WHERE closed IS NOT NULL AND closed <= '%3')"),
        QStringLiteral("tot AS (SELECT COUNT(*) AS closed, SUM(doc) AS documented FROM cl)"),
        QStringLiteral("bad AS (SELECT cl.inst FROM cl, tot WHERE tot.closed > 0 AND tot.documented >= %4 * tot.closed "
                       "AND cl.doc = 0 GROUP BY cl.inst HAVING COUNT(*) >= %5)")
            .replace(QStringLiteral("%4"), QString::number(rule.number(QStringLiteral("countyShare"), 0.5), 'g', 17))
            .replace(QStringLiteral("%5"), QString::number(int(rule.number(QStringLiteral("minCount"), 1))))},
        QStringLiteral("SELECT DISTINCT cl.inst, substr(cl.closed, 1, 7) FROM cl JOIN bad USING (inst) WHERE cl.doc = 0 "
                       "ORDER BY 1, 2")), &q);
    if (!error.isEmpty())
        return error;
    std::map<qint64, QStringList> months;
    while (q.next())
        months[q.value(0).toLongLong()] << q.value(1).toString();
    for (const auto &[inst, list] : months)
        add(ctx, inst, rule.id, list);
    return QString();
}

QString rectifiedBeforeFound(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("rectified-before-found"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kProblems)},
        QStringLiteral("SELECT DISTINCT p.inst, substr(p.found_on, 1, 7) FROM p WHERE EXISTS (SELECT 1 FROM problem_step s "
                       "WHERE s.problem_id = p.id AND s.to_state IN ('rectified', 'closed') AND s.done_on < p.found_on) "
                       "ORDER BY 1, 2")), &q);
    if (!error.isEmpty())
        return error;
    std::map<qint64, QStringList> months;
    while (q.next())
        months[q.value(0).toLongLong()] << q.value(1).toString();
    for (const auto &[inst, list] : months)
        add(ctx, inst, rule.id, list);
    return QString();
}

QString bulkClosure(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("bulk-closure"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kProblems)},
        QStringLiteral("SELECT inst, substr(closed, 1, 7) FROM p WHERE closed IS NOT NULL AND closed <= '%3' "
                       "GROUP BY inst, closed HAVING COUNT(*) >= %4")
            .replace(QStringLiteral("%4"), QString::number(int(rule.number(QStringLiteral("minCount"), 5))))), &q);
    if (!error.isEmpty())
        return error;
    while (q.next())
        add(ctx, q.value(0).toLongLong(), rule.id, {q.value(1).toString()});
    return QString();
}

QString identicalSummary(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("identical-summary"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx,
        {QStringLiteral("s AS (SELECT CAST(substr(s.unit_key, 2) AS INTEGER) AS inst, s.period, f.sha256 FROM submission s "
                        "JOIN submission_file f ON f.submission_id = s.id WHERE s.campaign_id = %1 AND s.deliverable = %4 "
                        "AND substr(s.unit_key, 1, 1) = 'I' AND s.period <= '%2' AND f.sha256 <> '')")
             .replace(QStringLiteral("%4"), QString::number(int(Deliverable::Summary))),
         QStringLiteral("h AS (SELECT sha256 FROM s GROUP BY sha256 HAVING COUNT(DISTINCT inst) >= 2)")},
        QStringLiteral("SELECT s.inst, s.period FROM s JOIN h USING (sha256)")), &q);
    if (!error.isEmpty())
        return error;
    while (q.next())
        add(ctx, q.value(0).toLongLong(), rule.id, {q.value(1).toString()});
    return QString();
}

QString sharedEvidence(Context &ctx)
{
    const SignalRule &rule = ruleOf(QStringLiteral("shared-evidence"));
    QSqlQuery q;
    const QString error = run(ctx, withCtes(ctx, {QString::fromLatin1(kProblems),
        QStringLiteral("e AS (SELECT DISTINCT e.sha256, p.inst, substr(p.found_on, 1, 7) AS m FROM problem_evidence e "
                       "JOIN p ON p.id = e.problem_id WHERE e.sha256 <> '')"),
        QStringLiteral("h AS (SELECT sha256 FROM e GROUP BY sha256 HAVING COUNT(DISTINCT inst) >= 2)")},
        QStringLiteral("SELECT e.sha256, e.inst, e.m FROM e JOIN h USING (sha256) ORDER BY 1, 2, 3")), &q);
    if (!error.isEmpty())
        return error;
    std::map<std::pair<QString, qint64>, QStringList> months;
    while (q.next())
        months[{q.value(0).toString(), q.value(1).toLongLong()}] << q.value(2).toString();
    for (const auto &[key, list] : months)
        add(ctx, key.second, rule.id, list);
    return QString();
}

} // namespace

QString signalKey(qint64 institutionId, const QString &rule, const QStringList &months)
{
    return QStringLiteral("%1 %2 %3").arg(institutionId).arg(rule, months.join(QLatin1Char(',')));
}

QString signalKey(const SignalFinding &finding)
{
    QStringList months;
    for (const YearMonth &m : finding.months)
        months << m.toString();
    return signalKey(finding.institutionId, finding.signalId, months);
}

QString signalsBySql(QSqlDatabase db, const Campaign &campaign, const YearMonth &upTo, QMap<QString, int> *findings,
                     QStringList *timings)
{
    Context ctx{db, &campaign, upTo, findings};
    using Rule = QString (*)(Context &);
    const std::pair<const char *, Rule> rules[] = {
        {"all-zero", allZero}, {"unchanged", unchanged}, {"identical-rows", identicalRows},
        {"repeated-increase", repeatedIncrease}, {"self-check-zero", selfCheckZero}, {"increase-outlier", increaseOutlier},
        {"closed-without-evidence", closedWithoutEvidence}, {"rectified-before-found", rectifiedBeforeFound},
        {"bulk-closure", bulkClosure}, {"identical-summary", identicalSummary}, {"shared-evidence", sharedEvidence}};
    for (const auto &[name, rule] : rules) {
        QElapsedTimer timer;
        timer.start();
        if (const QString error = rule(ctx); !error.isEmpty())
            return error;
        if (timings)
            *timings << QStringLiteral("%1 %2 s").arg(QLatin1String(name)).arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 3);
    }
    // Touching the count keeps the work from being skipped when nothing is kept.
    return ctx.count < 0 ? QStringLiteral("impossible") : QString();
}

} // namespace qf::bench
