// SPDX-License-Identifier: GPL-3.0-or-later
// The signals read off the forms' figures (附件1 and 附件3, institution rows).
#include "RobustStats.h"
#include "SignalCheck.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace qf::FigureSignals {

using namespace SignalCheck;

namespace {

const QList<int> kForms{1, 3};

QList<qint64> sortedIds(const QHash<qint64, FigureSeries> &series)
{
    QList<qint64> ids = series.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> filers(const AnalysisData &data)
{
    QSet<qint64> set;
    for (int form : kForms) {
        const QHash<qint64, FigureSeries> series = data.figures.value(form);
        for (auto it = series.begin(); it != series.end(); ++it)
            set.insert(it.key());
    }
    QList<qint64> ids(set.begin(), set.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// Whether the institution filed something for the month and every figure it filed is 0.
bool zeroMonth(const AnalysisData &data, qint64 id, const YearMonth &m, bool *filed)
{
    bool any = false, zero = true;
    for (int form : kForms) {
        const FigureSeries series = data.figures.value(form).value(id);
        const auto it = series.constFind(m);
        if (it == series.constEnd())
            continue;
        any = true;
        zero = zero && SignalCheck::allZero(*it);
    }
    *filed = any;
    return any && zero;
}

QString rowKey(const QMap<int, double> &numbers)
{
    QStringList parts;
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        parts << QString::number(it.key()) + QLatin1Char('=') + number(it.value());
    return parts.join(QLatin1Char(';'));
}

QList<YearMonth> allMonths(const AnalysisData &data, int form)
{
    QMap<YearMonth, bool> set;
    for (const FigureSeries &s : data.figures.value(form))
        for (auto it = s.begin(); it != s.end(); ++it)
            set.insert(it.key(), true);
    return set.keys();
}

/// How often each value of each column occurs among rows: what a coincidence would need.
class ValueFrequency
{
public:
    explicit ValueFrequency(const QList<QMap<int, double>> &rows) : m_rows(int(rows.size()))
    {
        for (const auto &row : rows)
            for (auto it = row.begin(); it != row.end(); ++it)
                ++m_counts[it.key()][number(it.value())];
    }
    /// The chance that another row has this row's figures, were the columns independent:
    /// the product of each figure's share among the rows (a missing figure counts as 0).
    double chance(const QMap<int, double> &row) const
    {
        if (m_rows == 0)
            return 1;
        double p = 1;
        for (auto c = m_counts.begin(); c != m_counts.end(); ++c) {
            int count = c.value().value(number(row.value(c.key())));
            int present = 0;
            for (int n : c.value())
                present += n;
            if (row.value(c.key()) == 0)
                count += m_rows - present;
            p *= double(count) / m_rows;
        }
        return p;
    }

private:
    int m_rows;
    QHash<int, QHash<QString, int>> m_counts;
};

} // namespace

QList<SignalFinding> allZero(const SignalRule &rule, const AnalysisData &data)
{
    const int minMonths = int(rule.number(QStringLiteral("minMonths"), 2));
    const double peerShare = rule.number(QStringLiteral("peerShare"), 0.5);
    QList<SignalFinding> out;
    const QList<qint64> ids = filers(data);
    for (qint64 id : ids) {
        const Institution inst = data.institutions.value(id);
        QList<YearMonth> zeroMonths;
        QMap<YearMonth, bool> months;
        for (int form : kForms) {
            const FigureSeries series = data.figures.value(form).value(id);
            for (auto it = series.begin(); it != series.end(); ++it)
                months.insert(it.key(), true);
        }
        const QList<YearMonth> sorted = months.keys();
        for (const YearMonth &m : sorted) {
            bool filed = false;
            if (zeroMonth(data, id, m, &filed))
                zeroMonths << m;
        }
        if (zeroMonths.size() < minMonths)
            continue;
        // The peers of the same category in the latest of those months.
        const YearMonth last = zeroMonths.last();
        int peers = 0, moving = 0;
        for (qint64 other : ids) {
            if (other == id || AnalysisData::categoryOf(data.institutions.value(other)) != AnalysisData::categoryOf(inst))
                continue;
            bool filed = false;
            const bool zero = zeroMonth(data, other, last, &filed);
            if (!filed)
                continue;
            ++peers;
            moving += zero ? 0 : 1;
        }
        if (peers == 0 || double(moving) <= peerShare * peers)
            continue;
        SignalFinding f = finding(rule, data, id, zeroMonths,
                                  {{QStringLiteral("category"), AnalysisData::categoryOf(inst)},
                                   {QStringLiteral("peers"), QString::number(peers)},
                                   {QStringLiteral("moving"), QString::number(moving)}});
        for (const YearMonth &m : zeroMonths)
            for (int form : kForms)
                if (data.figures.value(form).value(id).contains(m))
                    f.records << SignalEvidence{SignalEvidence::Kind::Report, form, m};
        out << f;
    }
    return out;
}

QList<SignalFinding> unchanged(const SignalRule &rule, const AnalysisData &data)
{
    const int minMonths = int(rule.number(QStringLiteral("minMonths"), 2));
    const QString phaseName = rule.params.value(QStringLiteral("phase")).toString();
    QList<const Phase *> phases;
    for (const Phase &p : data.campaign.phases)
        if (p.name.contains(phaseName))
            phases << &p;
    auto inPhase = [&](const YearMonth &m) -> const Phase * {
        for (const Phase *p : phases)
            if (p->start <= m.lastDay() && p->end >= m.firstDay())
                return p;
        return nullptr;
    };
    QList<SignalFinding> out;
    for (int form : kForms) {
        const QHash<qint64, FigureSeries> &bySeries = data.figures[form];
        for (qint64 id : sortedIds(bySeries)) {
            const FigureSeries &series = bySeries[id];
            QList<YearMonth> run;
            const Phase *runPhase = nullptr;
            auto flush = [&] {
                if (run.size() >= minMonths) {
                    SignalFinding f = finding(rule, data, id, run,
                                              {{QStringLiteral("phase"), runPhase->name},
                                               {QStringLiteral("count"), QString::number(run.size())},
                                               {QStringLiteral("form"), QString::number(form)},
                                               {QStringLiteral("figures"), figuresText(series.value(run.last()))}});
                    for (const YearMonth &m : run)
                        f.records << SignalEvidence{SignalEvidence::Kind::Report, form, m};
                    out << f;
                }
                run.clear();
            };
            for (auto it = series.begin(); it != series.end(); ++it) {
                const Phase *phase = inPhase(it.key());
                const bool first = it == series.begin();
                // Unchanged from nothing at all is the all-zero signal's case, not this one's.
                const bool same = !first && phase && std::prev(it).key() == it.key().previous()
                    && SignalCheck::allZero(AnalysisData::increase(series, it.key())) && !SignalCheck::allZero(it.value());
                if (same) {
                    run << it.key();
                    runPhase = phase;
                } else {
                    flush();
                }
            }
            flush();
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SignalFinding &a, const SignalFinding &b) { return a.institutionId < b.institutionId; });
    return out;
}

QList<SignalFinding> identicalRows(const SignalRule &rule, const AnalysisData &data)
{
    const int minNonZero = int(rule.number(QStringLiteral("minNonZero"), 2));
    const double maxExpected = rule.number(QStringLiteral("maxExpected"), 0.05);
    QList<SignalFinding> out;
    for (int form : kForms) {
        const QHash<qint64, FigureSeries> &bySeries = data.figures[form];
        const QList<YearMonth> months = allMonths(data, form);
        for (const YearMonth &m : months) {
            QMap<QString, QList<qint64>> groups;
            QList<QMap<int, double>> rows;
            for (qint64 id : sortedIds(bySeries)) {
                const auto it = bySeries[id].constFind(m);
                if (it == bySeries[id].constEnd())
                    continue;
                rows << *it;
                if (nonZero(*it) >= minNonZero)
                    groups[rowKey(*it)] << id;
            }
            const ValueFrequency frequency(rows);
            for (const QList<qint64> &group : groups) {
                if (group.size() < 2)
                    continue;
                // Small units' rows of a few ones and twos meet by chance: only a row that
                // chance would match less than maxExpected times in the whole county and
                // campaign counts as copied.
                const double expected = frequency.chance(bySeries[group.first()].value(m)) * double(rows.size() - 1) * double(months.size());
                if (expected >= maxExpected)
                    continue;
                for (qint64 id : group) {
                    QStringList others;
                    for (qint64 o : group)
                        if (o != id)
                            others << data.nameOf(o);
                    SignalFinding f = finding(rule, data, id, {m},
                                              {{QStringLiteral("form"), QString::number(form)},
                                               {QStringLiteral("other"), others.join(QStringLiteral(u"、"))},
                                               {QStringLiteral("figures"), figuresText(bySeries[id].value(m))}});
                    f.records << SignalEvidence{SignalEvidence::Kind::Report, form, m};
                    out << f;
                }
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SignalFinding &a, const SignalFinding &b) { return a.institutionId < b.institutionId; });
    return out;
}

QList<SignalFinding> repeatedIncrease(const SignalRule &rule, const AnalysisData &data)
{
    const int minNonZero = int(rule.number(QStringLiteral("minNonZero"), 2));
    const double maxExpected = rule.number(QStringLiteral("maxExpected"), 0.05);
    // Per form and month, how often each increase occurs among the units; and how many
    // unit-months are compared, to turn one coincidence's chance into an expected count.
    QHash<int, QMap<YearMonth, ValueFrequency>> frequencies;
    int trials = 0;
    for (int form : kForms) {
        QMap<YearMonth, QList<QMap<int, double>>> rows;
        for (const FigureSeries &series : data.figures.value(form))
            for (auto it = series.begin(); it != series.end(); ++it) {
                rows[it.key()] << AnalysisData::increase(series, it.key());
                ++trials;
            }
        for (auto it = rows.begin(); it != rows.end(); ++it)
            frequencies[form].insert(it.key(), ValueFrequency(it.value()));
    }
    QList<SignalFinding> out;
    for (qint64 id : filers(data)) {
        for (int form : kForms) {
            const FigureSeries series = data.figures.value(form).value(id);
            for (auto it = series.begin(); it != series.end(); ++it) {
                if (it == series.begin() || std::prev(it).key() != it.key().previous())
                    continue;
                const QMap<int, double> now = AnalysisData::increase(series, it.key());
                const QMap<int, double> before = AnalysisData::increase(series, std::prev(it).key());
                if (nonZero(now) < minNonZero || rowKey(now) != rowKey(before))
                    continue;
                const auto freq = frequencies[form].constFind(it.key());
                if (freq == frequencies[form].constEnd() || freq->chance(now) * trials >= maxExpected)
                    continue;
                SignalFinding f = finding(rule, data, id, {std::prev(it).key(), it.key()},
                                          {{QStringLiteral("months"), it.key().toChinese()},
                                           {QStringLiteral("form"), QString::number(form)},
                                           {QStringLiteral("figures"), figuresText(now)}});
                f.records << SignalEvidence{SignalEvidence::Kind::Report, form, std::prev(it).key()}
                          << SignalEvidence{SignalEvidence::Kind::Report, form, it.key()};
                out << f;
            }
        }
    }
    return out;
}

QList<SignalFinding> selfCheckZero(const SignalRule &rule, const AnalysisData &data)
{
    const int column = int(rule.number(QStringLiteral("column"), 1));
    const QDate end = data.upTo.isValid() ? data.upTo.lastDay() : QDate::currentDate();
    QList<SignalFinding> out;
    const QHash<qint64, FigureSeries> &form1 = data.figures[1];
    for (qint64 id : sortedIds(form1)) {
        const FigureSeries &series = form1[id];
        if (series.isEmpty() || series.last().value(column) != 0)
            continue;
        QStringList found;
        QList<SignalEvidence> records;
        for (const Inspection &i : data.inspections)
            if (i.institutionId == id && i.hasMeasure()) {
                found << QCoreApplication::translate("qf::AnalysisSignals", "%1检查发现问题（%2）").arg(i.inspectedOn.toString(Qt::ISODate), i.measuresText());
                records << SignalEvidence{SignalEvidence::Kind::Inspection, i.id, {}};
            }
        for (const Tipoff &t : data.tipoffs) {
            const QDate concluded = t.concludedDate();
            if (t.institutionId == id && concluded.isValid() && concluded <= end
                && (t.conclusion == TipoffConclusion::Substantiated || t.conclusion == TipoffConclusion::Partly)) {
                found << QCoreApplication::translate("qf::AnalysisSignals", "线索%1（%2受理）经核查%3").arg(t.id).arg(t.receivedOn.toString(Qt::ISODate), tipoffConclusions().name(t.conclusion));
                records << SignalEvidence{SignalEvidence::Kind::Tipoff, t.id, {}};
            }
        }
        if (found.isEmpty())
            continue;
        SignalFinding f = finding(rule, data, id, {series.lastKey()}, {{QStringLiteral("records"), found.join(QStringLiteral(u"；"))}});
        f.records = records;
        f.records.prepend(SignalEvidence{SignalEvidence::Kind::Report, 1, series.lastKey()});
        out << f;
    }
    return out;
}

QList<SignalFinding> increaseOutlier(const SignalRule &rule, const AnalysisData &data)
{
    const double threshold = rule.number(QStringLiteral("threshold"), 3.5);
    const int minPeers = int(rule.number(QStringLiteral("minPeers"), 5));
    const double minExcess = rule.number(QStringLiteral("minExcess"), 0);
    QList<SignalFinding> out;
    for (int form : kForms) {
        const QHash<qint64, FigureSeries> &bySeries = data.figures[form];
        const QList<qint64> ids = sortedIds(bySeries);
        for (const YearMonth &m : allMonths(data, form)) {
            // category → (institution, its increases) of those who filed the month
            QMap<QString, QList<QPair<qint64, QMap<int, double>>>> byCategory;
            for (qint64 id : ids)
                if (bySeries[id].contains(m))
                    byCategory[AnalysisData::categoryOf(data.institutions.value(id))] << qMakePair(id, AnalysisData::increase(bySeries[id], m));
            for (auto cat = byCategory.begin(); cat != byCategory.end(); ++cat) {
                const auto &rows = cat.value();
                if (rows.size() < minPeers)
                    continue;
                QSet<int> columns;
                for (const auto &r : rows)
                    for (auto c = r.second.begin(); c != r.second.end(); ++c)
                        columns.insert(c.key());
                QList<int> sortedColumns(columns.begin(), columns.end());
                std::sort(sortedColumns.begin(), sortedColumns.end());
                for (int column : sortedColumns) {
                    QList<double> values;
                    for (const auto &r : rows)
                        values << r.second.value(column);
                    const double med = RobustStats::median(values);
                    const QList<double> z = RobustStats::modifiedZ(values);
                    for (int k = 0; k < rows.size(); ++k) {
                        if (std::abs(z.at(k)) <= threshold || std::abs(values.at(k) - med) < minExcess)
                            continue;
                        SignalFinding f = finding(rule, data, rows.at(k).first, {m},
                                                  {{QStringLiteral("form"), QString::number(form)},
                                                   {QStringLiteral("column"), QString::number(column)},
                                                   {QStringLiteral("value"), number(values.at(k))},
                                                   {QStringLiteral("category"), cat.key()},
                                                   {QStringLiteral("median"), number(med)},
                                                   {QStringLiteral("score"), QString::number(z.at(k), 'f', 1)}});
                        f.records << SignalEvidence{SignalEvidence::Kind::Report, form, m};
                        out << f;
                    }
                }
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SignalFinding &a, const SignalFinding &b) { return a.institutionId < b.institutionId; });
    return out;
}

} // namespace qf::FigureSignals
