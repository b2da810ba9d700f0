// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ChartData.h"

#include <QChartView>

namespace qf::charts {

/// A chart on screen: shows a ChartData, tells the value under the mouse, and says which
/// bar or point was clicked, by the ChartData's set and category.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    /// The text the tooltip shows for a value: the set, the category and the value, or 无数据.
    QString valueText(int set, int category) const;

signals:
    void clicked(int set, int category);

private:
    ChartData m_data;
};

} // namespace qf::charts
