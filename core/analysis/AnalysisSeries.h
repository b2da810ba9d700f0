// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisData.h"
#include "campaign/TrackingMatrix.h"
#include "forms/FormTable.h"
#include "model/Status.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qf {

class Database;

/// The numbers behind every chart of a campaign, as named series from the campaign's
/// first month to a month: filing (on time, late, missing and the two rates, from
/// SubmissionTracker's matrix); problems found and rectified, county-wide and by category,
/// with the 整改率 and the institutions furthest behind, as 附件1 states them (the official
/// figures, typed or the ledger's); the 问题清单's problems found, rectified and closed
/// (销号) by the problems' own state rules, the one place 销号 is known; and every numeric
/// column of 附件1–3 (the county's figure as the built form shows it). A value that cannot
/// be counted (nothing due, nothing reported, no problem to rectify) is a gap, never 0.
struct AnalysisSeries
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisSeries)
public:
    struct Point
    {
        QString group;                  ///< 全县, a category (公立·二级) or an institution
        YearMonth month;
        std::optional<double> value;    ///< empty: a gap; rounded to the series' decimals
    };
    struct Series
    {
        QString id;                     ///< stable key: "tracking.on-time", "problems.found", "ledger.closed", "form1.2"
        QString title;                  ///< 按时报送; unique among the series
        QString theme;                  ///< the sheet a workbook shows it on: 报送情况, 问题整改, 问题清单, 附件1 …
        QString unit;                   ///< 份, 个, %, 万元 …
        int decimals = 0;
        QList<Point> points;
    };

    Campaign campaign;
    QList<YearMonth> months;            ///< first reporting month to the last one asked for
    QDate asOf;                         ///< the day filing is seen on
    QList<Series> series;

    const Series *find(const QString &id) const;
    /// The value of a series for a group and month; empty when it is a gap or not there.
    std::optional<double> value(const QString &id, const QString &group, const YearMonth &month) const;
    /// The value as the outputs write it: with the series' decimals, empty for a gap.
    static QString valueText(const Series &series, const Point &point);

    /// The one long table every output writes: 序列, 分组, 月份, 值, 单位.
    static QStringList header();
    QList<QStringList> rows() const;

    /// The group of county-wide values.
    static QString county();
    /// How many institutions the series of those furthest behind name.
    static constexpr int kLaggards = 10;

    /// Reads the campaign's data up to `upTo` (invalid: the last month with a report, else
    /// today's month) and computes the series; filing is seen on `asOf` (invalid: today).
    static Status load(Database &db, qint64 campaignId, const YearMonth &upTo, const QDate &asOf, AnalysisSeries *out);
    /// The same computation over values: `forms` holds the built forms of the months.
    static AnalysisSeries compute(const AnalysisData &data, const TrackingMatrix &tracking, const QList<FormTable> &forms,
                                  const QDate &asOf);
};

} // namespace qf
