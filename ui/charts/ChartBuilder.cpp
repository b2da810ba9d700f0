// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace qf::charts {

namespace {

// Distinct in print and for the common colour blindnesses (on time green, late amber, missing red
// where the sets mean that; otherwise blue, orange, grey).
const QList<QColor> &paletteFor(ChartKind kind)
{
    static const QList<QColor> filing{QColor(0x2e, 0x8b, 0x57), QColor(0xe6, 0xa1, 0x17), QColor(0xc8, 0x3c, 0x32)};
    static const QList<QColor> other{QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x7b, 0x1f), QColor(0x6b, 0x8e, 0x23),
                                     QColor(0x80, 0x80, 0x80)};
    return kind == ChartKind::Filing ? filing : other;
}

double largest(const ChartData &data)
{
    double top = 0;
    if (data.shape == ChartData::Shape::StackedBars) {
        for (int c = 0; c < data.categories.size(); ++c) {
            double sum = 0;
            for (const ChartData::Set &s : data.sets)
                sum += s.values.value(c).value_or(0);
            top = std::max(top, sum);
        }
    } else {
        for (const ChartData::Set &s : data.sets)
            for (const std::optional<double> &v : s.values)
                top = std::max(top, v.value_or(0));
    }
    return top;
}

QValueAxis *valueAxis(const ChartData &data)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(data.valueAxis);
    const double top = largest(data);
    if (data.valueAxis == QLatin1String("%")) {
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        // Counts are whole numbers: no tick at 2.5 reports.
        // Room above the tallest bar for its label.
        axis->setRange(0, top > 0 ? top * 1.08 : 1);
        axis->applyNiceNumbers();
        if (data.decimals == 0)
            axis->setLabelFormat(QStringLiteral("%d"));
    }
    return axis;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(ChartBuilder::font(9));
    axis->setTitleFont(ChartBuilder::font(9));
}

} // namespace

QFont ChartBuilder::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QChart *ChartBuilder::build(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setTitleFont(font(12, true));
    chart->legend()->setFont(font(9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    const QList<QColor> &palette = paletteFor(data.request.kind);

    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setTitleText(data.categoryAxis);
    styleAxis(categories);
    QValueAxis *values = valueAxis(data);
    styleAxis(values);

    if (data.shape == ChartData::Shape::Lines) {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (int s = 0; s < data.sets.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(data.sets.at(s).name);
            line->setPointsVisible(true);
            line->setColor(palette.value(s % palette.size()));
            QPen pen = line->pen();
            pen.setWidthF(2.5);
            line->setPen(pen);
            // A gap is skipped: the line joins the months on either side of it.
            for (int c = 0; c < data.sets.at(s).values.size(); ++c)
                if (const std::optional<double> &v = data.sets.at(s).values.at(c))
                    line->append(c, *v);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
        return chart;
    }

    QAbstractBarSeries *bars = nullptr;
    switch (data.shape) {
    case ChartData::Shape::StackedBars: bars = new QStackedBarSeries; break;
    case ChartData::Shape::HorizontalBars: bars = new QHorizontalBarSeries; break;
    default: bars = new QBarSeries; break;
    }
    for (int s = 0; s < data.sets.size(); ++s) {
        auto *set = new QBarSet(data.sets.at(s).name);
        set->setColor(palette.value(s % palette.size()));
        set->setBorderColor(palette.value(s % palette.size()).darker(120));
        for (const std::optional<double> &v : data.sets.at(s).values)
            set->append(v.value_or(0));
        bars->append(set);
    }
    // A label would print a gap as 0, and a stacked bar's empty parts as 0s on top of each
    // other: labels only on side-by-side bars without gaps; the tooltip tells every value.
    const bool gaps = std::any_of(data.sets.cbegin(), data.sets.cend(), [](const ChartData::Set &s) {
        return std::any_of(s.values.cbegin(), s.values.cend(), [](const std::optional<double> &v) { return !v; });
    });
    bars->setLabelsVisible(data.shape != ChartData::Shape::StackedBars && !gaps && data.categories.size() <= 12);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : bars->barSets()) {
        set->setLabelFont(font(8));
        set->setLabelColor(Qt::black);
    }
    chart->addSeries(bars);
    const bool horizontal = data.shape == ChartData::Shape::HorizontalBars;
    // Horizontal bars are read from the top: the first category (the furthest behind) goes there.
    categories->setReverse(horizontal);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    // One set of bars is named by the title already.
    chart->legend()->setVisible(data.sets.size() > 1);
    return chart;
}

} // namespace qf::charts
