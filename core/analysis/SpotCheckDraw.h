// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Inspector.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace qf {

/// An institution that may be drawn, with what the strata and the weighting read.
struct SpotCheckCandidate
{
    qint64 institutionId = 0;
    QString name;
    Ownership ownership = Ownership::Public;
    Level level = Level::PrimaryOrBelow;
    QString township;
    int weight = 1;              ///< 1 + its signal score when the draw is weighted
};

/// Everything a draw is computed from. Stored with the draw (toJson) so that it can be run
/// again and compared (SpotCheckDraw::verify).
struct SpotCheckInputs
{
    quint64 seed = 0;
    int count = 0;
    bool weighted = false;
    bool byTownship = false;
    QList<SpotCheckCandidate> candidates;
    QList<Inspector> pool;
    /// institution id → inspectors who may not go there (they inspected it last time)
    QHash<qint64, QList<qint64>> barred;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, SpotCheckInputs *out);
};

/// One drawn institution and the two inspectors sent there.
struct SpotCheckPick
{
    int position = 0;
    SpotCheckCandidate institution;
    QList<Inspector> inspectors;

    QString inspectorNames() const;
};

/// The 双随机 draw: stratified by ownership × level (× township when asked), proportional
/// allocation with at least one per non-empty stratum when the count allows, weighted or
/// not, then two inspectors per institution. Deterministic: see DrawRandom and the README.
class SpotCheckDraw
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckDraw)
public:
    static Status run(const SpotCheckInputs &inputs, QList<SpotCheckPick> *out);
    /// How many of `count` each stratum gets (strata in their order), by the largest
    /// remainders of the proportional shares.
    static QList<int> allocate(const QList<int> &sizes, int count);
    static QJsonArray resultJson(const QList<SpotCheckPick> &picks);
    /// A stored draw's list as it was drawn: the result's institutions and inspectors looked
    /// up in the stored inputs (names, strata and pool as they stood at the draw).
    static Status picksOf(const QJsonObject &inputs, const QJsonArray &result, QList<SpotCheckPick> *out);
    /// Runs stored inputs again: success when the result is the stored one.
    static Status verify(const QJsonObject &inputs, const QJsonArray &result);
};

} // namespace qf
