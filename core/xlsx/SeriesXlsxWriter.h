// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisSeries.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

/// Writes the analysis series as a workbook a clerk reads in WPS or Excel: one sheet per
/// theme (报送情况, 问题整改, 问题清单, 附件1–3) with a row per series and group and a column
/// per month, ready to chart — a theme of one month (整改落后机构) with a row per group and a
/// column per series instead; and last the sheet 全部数据, the long table that the
/// CSV and the standard output hold (序列, 分组, 月份, 值, 单位), filterable. A gap is an
/// empty cell, never 0. The file appears whole or not at all (written beside the target,
/// then renamed over it).
class SeriesXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(SeriesXlsxWriter)
public:
    static Status write(const AnalysisSeries &series, const QString &path);
    /// The name of the long table's sheet.
    static QString longSheetName();
    /// The long table's header row (0-based); its data follow.
    static constexpr int kLongHeaderRow = 2;
};

} // namespace qf
