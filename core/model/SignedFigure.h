// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "YearMonth.h"

#include <QString>

namespace qf {

/// One cell of a signed month as it was shown when the lock was taken. A lock keeps the
/// cells it covers: its unit's figures (rowKey the unit key), and for a whole signed form
/// also every body row (rowKey "#n"), totals included. Column 0 of a unit holds its filing
/// state. A null value is a blank cell, which is not 0.
struct SignedFigure
{
    qint64 lockId = 0;
    int form = 0;                ///< of the lock
    QString lockUnitKey;         ///< of the lock: a unit key, or "*" for the whole form
    YearMonth period;            ///< of the lock
    QString rowKey;
    int seq = 0;                 ///< the unit's or row's place in the form
    int column = 0;              ///< the form's column number; 0 for the unit's state
    QString value;               ///< number or text as stored; null when blank
    QString increase;            ///< the month's increase of a number; for column 0 the month carried from
    QString marks;               ///< letters: L from a ledger, O override, D derived, R reported

    static QString bodyRowKey(int row) { return QStringLiteral("#%1").arg(row); }
};

} // namespace qf
