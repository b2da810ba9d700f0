// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace qf::bench {

namespace {

QString seconds(const Sample &s)
{
    return s.ok ? QString::number(s.seconds, 'f', 3) : QStringLiteral("-");
}

QString mib(const Sample &s)
{
    return s.ok ? QString::number(s.peakMiB, 'f', 1) : QStringLiteral("-");
}

QString pad(const QString &s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

} // namespace

QString ResultTable::verdict(const Result &r) const
{
    if (!r.product.ok || !r.baseline.ok)
        return QStringLiteral("n/a");
    if (r.goalSeconds > 0)
        return r.product.seconds <= r.goalSeconds ? QStringLiteral("ok") : QStringLiteral("MISS");
    if (r.growthGoal > 0) {
        const double g = growth(r);
        return g <= 0 ? QStringLiteral("n/a") : g <= r.growthGoal ? QStringLiteral("ok") : QStringLiteral("MISS");
    }
    if (r.goal <= 0)
        return QStringLiteral("report");
    return r.ratio() <= r.goal ? QStringLiteral("ok") : QStringLiteral("MISS");
}

/// The goal as the table shows it: a ratio (1.3), seconds (0.5s), city over county (1.2x).
QString ResultTable::goalText(const Result &r) const
{
    if (r.goalSeconds > 0)
        return QString::number(r.goalSeconds, 'g', 2) + QLatin1Char('s');   // 0.05s, 0.5s, 1s
    if (r.growthGoal > 0)
        return QString::number(r.growthGoal, 'f', 1) + QLatin1Char('x');
    return r.goal > 0 ? QString::number(r.goal, 'f', 1) : QStringLiteral("-");
}

double ResultTable::growth(const Result &r) const
{
    if (r.scale != u"city" || !r.product.ok)
        return 0;
    for (const Result &c : m_results)
        if (c.key == r.key && c.scale == u"county" && c.product.ok && c.product.seconds > 0)
            return r.product.seconds / c.product.seconds;
    return 0;
}

QString ResultTable::text() const
{
    QStringList lines;
    lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                 .arg(pad(QStringLiteral("measurement"), 38), pad(QStringLiteral("scale"), 6),
                      pad(QStringLiteral("product s"), 9, true), pad(QStringLiteral("limit s"), 8, true),
                      pad(QStringLiteral("ratio"), 6, true), pad(QStringLiteral("goal"), 5, true),
                      pad(QStringLiteral("verdict"), 7), pad(QStringLiteral("peak MiB p/l"), 13, true),
                      pad(QStringLiteral("city/county"), 11, true), QStringLiteral("note"));
    lines << QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|%9|------|")
                 .arg(QString(40, QLatin1Char('-')), QString(8, QLatin1Char('-')), QString(11, QLatin1Char('-')),
                      QString(10, QLatin1Char('-')), QString(8, QLatin1Char('-')), QString(7, QLatin1Char('-')),
                      QString(9, QLatin1Char('-')), QString(15, QLatin1Char('-')), QString(13, QLatin1Char('-')));
    for (const Result &r : m_results) {
        const double g = growth(r);
        const bool both = r.product.ok && r.baseline.ok;
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                     .arg(pad(r.label, 38), pad(r.scale, 6), pad(seconds(r.product), 9, true),
                          pad(seconds(r.baseline), 8, true),
                          pad(both ? QString::number(r.ratio(), 'f', 2) : QStringLiteral("-"), 6, true),
                          pad(goalText(r), 5, true),
                          pad(verdict(r), 7),
                          pad(mib(r.product) + QLatin1Char('/') + mib(r.baseline), 13, true),
                          pad(g > 0 ? QString::number(g, 'f', 1) + QLatin1Char('x') : QStringLiteral("-"), 11, true),
                          r.note);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool ResultTable::writeJson(const QString &path, const QString &mode) const
{
    QJsonArray rows;
    for (const Result &r : m_results) {
        QJsonObject o;
        o[QStringLiteral("key")] = r.key;
        o[QStringLiteral("label")] = r.label;
        o[QStringLiteral("scale")] = r.scale;
        auto sample = [](const Sample &s) {
            QJsonObject j;
            j[QStringLiteral("ok")] = s.ok;
            if (s.ok) {
                j[QStringLiteral("medianSeconds")] = s.seconds;
                j[QStringLiteral("medianWallSeconds")] = s.wallSeconds;
                j[QStringLiteral("peakMiB")] = s.peakMiB;
            }
            if (!s.error.isEmpty())
                j[QStringLiteral("error")] = s.error;
            return j;
        };
        o[QStringLiteral("product")] = sample(r.product);
        o[QStringLiteral("baseline")] = sample(r.baseline);
        if (r.product.ok && r.baseline.ok)
            o[QStringLiteral("ratio")] = r.ratio();
        if (r.goal > 0)
            o[QStringLiteral("goal")] = r.goal;
        if (r.goalSeconds > 0)
            o[QStringLiteral("goalSeconds")] = r.goalSeconds;
        if (r.growthGoal > 0)
            o[QStringLiteral("goalCityOverCounty")] = r.growthGoal;
        o[QStringLiteral("verdict")] = verdict(r);
        if (const double g = growth(r); g > 0)
            o[QStringLiteral("cityOverCounty")] = g;
        o[QStringLiteral("note")] = r.note;
        rows << o;
    }
    QJsonObject root;
    root[QStringLiteral("mode")] = mode;
    root[QStringLiteral("host")] = QSysInfo::prettyProductName();
    root[QStringLiteral("results")] = rows;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(root).toJson()) > 0 && f.flush();
}

} // namespace qf::bench
