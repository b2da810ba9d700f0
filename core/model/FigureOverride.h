// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "YearMonth.h"

#include <QDateTime>
#include <QString>

namespace qf {

/// Why a typed figure stands against the one a ledger gives for the same cell: the unit's
/// records are incomplete, or the figure comes from elsewhere. Without one, the ledger's
/// figure is shown and the typed one is reported as a disagreement.
struct FigureOverride
{
    qint64 campaignId = 0;
    int form = 0;
    QString unitKey;
    YearMonth period;
    int column = 0;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
};

} // namespace qf
