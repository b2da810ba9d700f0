// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisSnapshot.h"
#include "model/Status.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qf {

/// The charts of the 分析 page, by the name the command line knows them by.
enum class ChartKind { Filing, Problems, ProblemsByCategory, RectificationRate, Laggards, Trend };

/// Which chart, for which month (and group, unit or form column).
struct ChartRequest
{
    ChartKind kind = ChartKind::Filing;
    YearMonth month;            ///< the last month shown; the one month of the per-category charts
    QString unit;               ///< Problems: 全县 or a category; Trend: empty (the county) or an institution
    int form = 0;               ///< Trend: 1–3
    int column = 0;             ///< Trend: the column's number on the form
    /// Filing and Problems: one institution's own record (its filing of each month; its 附件1
    /// row's problems found and rectified in each month) instead of the county's or a group's.
    qint64 institutionId = 0;
};

/// A chart as plain data: what the chart library draws and the drill-down reads. Every value
/// is a value of AnalysisSeries (or, for one unit's trend, of the unit's row of the built
/// form), never recomputed another way; a gap stays empty.
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    enum class Shape { StackedBars, Bars, HorizontalBars, Lines };
    struct Set
    {
        QString seriesId;       ///< the AnalysisSeries the values come from (empty: one unit's row)
        QString name;           ///< the legend's entry
        QList<std::optional<double>> values;   ///< one per category
    };
    /// One unit or record behind a bar or point.
    struct DrillRow
    {
        QString name;           ///< the institution (or office)
        QString detail;         ///< the record, or how the value is made up
        double value = 0;
    };

    ChartRequest request;
    Shape shape = Shape::Bars;
    QString title;
    QString valueAxis;          ///< the unit: 份, 个, %
    QString categoryAxis;       ///< 月份, 类别, 机构
    QStringList categories;     ///< the axis labels
    QList<YearMonth> months;    ///< when the categories are months
    QList<Set> sets;
    int decimals = 0;

    /// Every chart's command-line name, in the chooser's order: filing, problems, …
    static QStringList names();
    static std::optional<ChartKind> kindNamed(const QString &name);
    static QString nameOf(ChartKind kind);
    /// The chooser's entry: 报送情况（按月）…
    static QString label(ChartKind kind);
    /// The groups the Problems chart can show: 全县 first, then the categories that have problems.
    static QStringList groups(const AnalysisSnapshot &snapshot);

    /// The chart of `request` over the snapshot; fails naming what is wrong (a month outside
    /// the series, an unknown group, unit, form or column).
    static Status build(const AnalysisSnapshot &snapshot, const ChartRequest &request, ChartData *out);
    /// The units or records behind the value of `set` at `category`: for a count, their values
    /// add up to it; for a rate, each unit's own rate.
    QList<DrillRow> drillDown(const AnalysisSnapshot &snapshot, int set, int category) const;
};

} // namespace qf
