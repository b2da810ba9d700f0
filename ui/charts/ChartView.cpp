// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include "ChartBuilder.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace qf::charts {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
}

QString ChartView::valueText(int set, int category) const
{
    if (set < 0 || set >= m_data.sets.size() || category < 0 || category >= m_data.categories.size())
        return QString();
    const std::optional<double> v = m_data.sets.at(set).values.value(category);
    const QString value = v ? QString::number(*v, 'f', m_data.decimals) + QLatin1Char(' ') + m_data.valueAxis : tr("无数据");
    return tr("%1 · %2：%3").arg(m_data.sets.at(set).name, m_data.categories.at(category), value);
}

void ChartView::setData(const ChartData &data)
{
    m_data = data;
    QChart *old = chart();
    QChart *next = ChartBuilder::build(data);
    setChart(next);
    // The view releases the chart it showed before without deleting it.
    delete old;
    for (QAbstractSeries *series : next->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            connect(bars, &QAbstractBarSeries::clicked, this, [this, sets](int index, QBarSet *set) {
                emit clicked(int(sets.indexOf(set)), index);
            });
            connect(bars, &QAbstractBarSeries::hovered, this, [this, sets](bool on, int index, QBarSet *set) {
                if (on)
                    QToolTip::showText(QCursor::pos(), valueText(int(sets.indexOf(set)), index), this);
                else
                    QToolTip::hideText();
            });
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            const int set = int(next->series().indexOf(series));
            connect(line, &QXYSeries::clicked, this, [this, set](const QPointF &p) { emit clicked(set, qRound(p.x())); });
            connect(line, &QXYSeries::hovered, this, [this, set](const QPointF &p, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), valueText(set, qRound(p.x())), this);
                else
                    QToolTip::hideText();
            });
        }
    }
}

} // namespace qf::charts
