// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckDraw.h"

#include "DrawRandom.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace qf {

namespace {

using StratumKey = std::tuple<int, int, QString>;

StratumKey stratumOf(const SpotCheckCandidate &c, bool byTownship)
{
    return {int(c.ownership), int(c.level), byTownship ? c.township : QString()};
}

/// Draws k of the candidates without replacement, each time with chance proportional to
/// its weight: a number below the total weight, then the candidate whose running sum
/// passes it (integers throughout, so nothing depends on floating point).
QList<SpotCheckCandidate> drawStratum(QList<SpotCheckCandidate> left, int k, bool weighted, DrawRandom &rng)
{
    QList<SpotCheckCandidate> drawn;
    for (int n = 0; n < k && !left.isEmpty(); ++n) {
        quint64 total = 0;
        for (const SpotCheckCandidate &c : left)
            total += weighted ? quint64(qMax(1, c.weight)) : 1;
        quint64 r = rng.below(total);
        qsizetype i = 0;
        for (; i < left.size(); ++i) {
            const quint64 w = weighted ? quint64(qMax(1, left.at(i).weight)) : 1;
            if (r < w)
                break;
            r -= w;
        }
        drawn << left.takeAt(i);
    }
    return drawn;
}

} // namespace

QString SpotCheckPick::inspectorNames() const
{
    QStringList names;
    for (const Inspector &i : inspectors)
        names << i.name;
    return names.join(QStringLiteral(u"、"));
}

QList<int> SpotCheckDraw::allocate(const QList<int> &sizes, int count)
{
    const int strata = int(sizes.size());
    int total = 0, nonEmpty = 0;
    for (int s : sizes) {
        total += s;
        nonEmpty += s > 0 ? 1 : 0;
    }
    count = qBound(0, count, total);
    QList<int> result(strata, 0);
    // At least one per non-empty stratum when the count allows; the rest in proportion to
    // what each stratum has left.
    const bool floorOne = count >= nonEmpty;
    QList<qint64> capacity;
    qint64 capacityTotal = 0;
    for (int i = 0; i < strata; ++i) {
        if (floorOne && sizes.at(i) > 0)
            result[i] = 1;
        capacity << qint64(sizes.at(i) - result.at(i));
        capacityTotal += capacity.last();
    }
    const qint64 rest = count - (floorOne ? nonEmpty : 0);
    if (rest <= 0 || capacityTotal == 0)
        return result;
    QList<QPair<qint64, int>> remainders;   // (remainder, stratum)
    qint64 given = 0;
    for (int i = 0; i < strata; ++i) {
        const qint64 share = rest * capacity.at(i);
        result[i] += int(share / capacityTotal);
        given += share / capacityTotal;
        remainders << qMakePair(share % capacityTotal, i);
    }
    // Largest remainders first; on a tie the earlier stratum.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const QPair<qint64, int> &a, const QPair<qint64, int> &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < rest && k < remainders.size(); ++k) {
        const int i = remainders.at(k).second;
        if (result.at(i) < sizes.at(i)) {
            ++result[i];
            ++given;
        }
    }
    return result;
}

Status SpotCheckDraw::run(const SpotCheckInputs &inputs, QList<SpotCheckPick> *out)
{
    if (inputs.count <= 0)
        return Status::failure(tr("抽查数量须大于0。"));
    if (inputs.candidates.isEmpty())
        return Status::failure(tr("没有可抽查的机构。"));
    // Strata in a fixed order, each with its candidates by id: the order the numbers are used in.
    QMap<StratumKey, QList<SpotCheckCandidate>> strata;
    QList<SpotCheckCandidate> sorted = inputs.candidates;
    std::sort(sorted.begin(), sorted.end(),
              [](const SpotCheckCandidate &a, const SpotCheckCandidate &b) { return a.institutionId < b.institutionId; });
    for (const SpotCheckCandidate &c : sorted)
        strata[stratumOf(c, inputs.byTownship)] << c;
    QList<int> sizes;
    for (const auto &list : strata)
        sizes << int(list.size());
    const QList<int> quota = allocate(sizes, inputs.count);

    DrawRandom rng(inputs.seed);
    QList<SpotCheckPick> picks;
    int k = 0;
    for (const auto &list : strata) {
        for (const SpotCheckCandidate &c : drawStratum(list, quota.at(k), inputs.weighted, rng)) {
            SpotCheckPick p;
            p.position = int(picks.size()) + 1;
            p.institution = c;
            picks << p;
        }
        ++k;
    }

    QList<Inspector> pool = inputs.pool;
    std::sort(pool.begin(), pool.end(), [](const Inspector &a, const Inspector &b) { return a.id < b.id; });
    QHash<qint64, int> load;
    for (SpotCheckPick &p : picks) {
        const QList<qint64> barred = inputs.barred.value(p.institution.institutionId);
        for (int n = 0; n < 2; ++n) {
            // Among those who may go, the ones sent least so far; one of them at random.
            QList<Inspector> eligible;
            int least = INT_MAX;
            for (const Inspector &i : pool) {
                if (i.institutionId == p.institution.institutionId || barred.contains(i.id)
                    || (!p.inspectors.isEmpty() && p.inspectors.first().id == i.id))
                    continue;
                const int l = load.value(i.id);
                if (l < least) {
                    least = l;
                    eligible.clear();
                }
                if (l == least)
                    eligible << i;
            }
            if (eligible.isEmpty())
                return Status::failure(tr("第%1号“%2”可派的检查人员不足两人（本单位人员和上次检查过该单位的人员不能派往）。请在检查人员库中增加人员。")
                                           .arg(p.position).arg(p.institution.name));
            const Inspector chosen = eligible.at(qsizetype(rng.below(quint64(eligible.size()))));
            ++load[chosen.id];
            p.inspectors << chosen;
        }
    }
    *out = picks;
    return Status::success();
}

QJsonObject SpotCheckInputs::toJson() const
{
    QJsonArray cands;
    for (const SpotCheckCandidate &c : candidates)
        cands.append(QJsonArray{c.institutionId, c.name, ownershipLabel(c.ownership), levelLabel(c.level), c.township, c.weight});
    QJsonArray inspectors;
    for (const Inspector &i : pool)
        inspectors.append(QJsonArray{i.id, i.name, i.office, i.institutionId});
    QJsonObject bars;
    for (auto it = barred.begin(); it != barred.end(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids.append(id);
        bars.insert(QString::number(it.key()), ids);
    }
    // The seed as text: JSON numbers lose the low bits of a 64-bit integer.
    return QJsonObject{{QStringLiteral("seed"), QString::number(seed)}, {QStringLiteral("count"), count},
                       {QStringLiteral("weighted"), weighted}, {QStringLiteral("byTownship"), byTownship},
                       {QStringLiteral("candidates"), cands}, {QStringLiteral("pool"), inspectors},
                       {QStringLiteral("barred"), bars}};
}

bool SpotCheckInputs::fromJson(const QJsonObject &o, SpotCheckInputs *out)
{
    SpotCheckInputs in;
    bool ok = false;
    in.seed = o.value(QLatin1String("seed")).toString().toULongLong(&ok);
    in.count = o.value(QLatin1String("count")).toInt();
    in.weighted = o.value(QLatin1String("weighted")).toBool();
    in.byTownship = o.value(QLatin1String("byTownship")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("candidates")).toArray()) {
        const QJsonArray a = v.toArray();
        SpotCheckCandidate c;
        c.institutionId = a.at(0).toInteger();
        c.name = a.at(1).toString();
        ok = ok && a.size() == 6 && parseOwnership(a.at(2).toString(), &c.ownership) && parseLevel(a.at(3).toString(), &c.level);
        c.township = a.at(4).toString();
        c.weight = a.at(5).toInt(1);
        in.candidates << c;
    }
    for (const QJsonValue &v : o.value(QLatin1String("pool")).toArray()) {
        const QJsonArray a = v.toArray();
        in.pool << Inspector{a.at(0).toInteger(), a.at(1).toString(), a.at(2).toString(), a.at(3).toInteger()};
    }
    const QJsonObject bars = o.value(QLatin1String("barred")).toObject();
    for (auto it = bars.begin(); it != bars.end(); ++it)
        for (const QJsonValue &id : it.value().toArray())
            in.barred[it.key().toLongLong()] << id.toInteger();
    if (ok)
        *out = in;
    return ok;
}

QJsonArray SpotCheckDraw::resultJson(const QList<SpotCheckPick> &picks)
{
    QJsonArray list;
    for (const SpotCheckPick &p : picks) {
        QJsonArray ids;
        for (const Inspector &i : p.inspectors)
            ids.append(i.id);
        list.append(QJsonArray{p.position, p.institution.institutionId, ids});
    }
    return list;
}

Status SpotCheckDraw::picksOf(const QJsonObject &inputs, const QJsonArray &result, QList<SpotCheckPick> *out)
{
    SpotCheckInputs in;
    if (!SpotCheckInputs::fromJson(inputs, &in))
        return Status::failure(tr("抽查记录的输入数据不完整，无法复核。"));
    QHash<qint64, SpotCheckCandidate> candidates;
    for (const SpotCheckCandidate &c : in.candidates)
        candidates.insert(c.institutionId, c);
    QHash<qint64, Inspector> pool;
    for (const Inspector &i : in.pool)
        pool.insert(i.id, i);
    QList<SpotCheckPick> picks;
    for (const QJsonValue &v : result) {
        const QJsonArray row = v.toArray();
        SpotCheckPick p;
        p.position = row.at(0).toInt();
        const qint64 id = row.at(1).toInteger();
        if (!candidates.contains(id))
            return Status::failure(tr("抽查记录第%1号的机构（编号%2）不在记录的候选机构中。").arg(p.position).arg(id));
        p.institution = candidates.value(id);
        for (const QJsonValue &i : row.at(2).toArray()) {
            if (!pool.contains(i.toInteger()))
                return Status::failure(tr("抽查记录第%1号的检查人员（编号%2）不在记录的检查人员库中。").arg(p.position).arg(i.toInteger()));
            p.inspectors << pool.value(i.toInteger());
        }
        picks << p;
    }
    *out = picks;
    return Status::success();
}

Status SpotCheckDraw::verify(const QJsonObject &inputs, const QJsonArray &result)
{
    SpotCheckInputs in;
    if (!SpotCheckInputs::fromJson(inputs, &in))
        return Status::failure(tr("抽查记录的输入数据不完整，无法复核。"));
    QList<SpotCheckPick> picks;
    const Status s = run(in, &picks);
    if (!s)
        return s;
    if (resultJson(picks) != result)
        return Status::failure(tr("按记录的种子和输入重新抽取，结果与记录不一致。"));
    return Status::success();
}

} // namespace qf
