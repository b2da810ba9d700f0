// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/TrackingMatrix.h"

#include <QTableWidget>

namespace qf::ui {

/// The unit × month matrix with coloured cells: each cell says how much of what the unit
/// owed that month is filed; the last column and row give completeness.
class TrackingMatrixTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit TrackingMatrixTable(QWidget *parent = nullptr);
    void setMatrix(const TrackingMatrix &matrix);
    /// The text a cell shows ("按时", "逾期 1/2", "—").
    static QString cellText(const TrackingCounts &counts);
};

} // namespace qf::ui
