// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qf {

/// A drawn institution as stored: its place in the list, who was sent, and the
/// inspection-ledger entry its evaluation was recorded as (0: not yet).
struct SpotCheckPickRecord
{
    qint64 id = 0;
    int position = 0;
    qint64 institutionId = 0;
    QList<qint64> inspectorIds;
    QString inspectors;          ///< their names at the time of the draw
    qint64 inspectionId = 0;
};

/// One stored 抽查 draw: seed, inputs and result as the draw computed them.
struct SpotCheckRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QDateTime drawnAt;
    QString drawnBy;
    quint64 seed = 0;
    QJsonObject inputs;          ///< SpotCheckInputs::toJson()
    QJsonArray result;           ///< SpotCheckDraw::resultJson()
    QList<SpotCheckPickRecord> picks;
};

} // namespace qf
