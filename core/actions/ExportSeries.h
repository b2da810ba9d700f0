// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisSeries.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qf {

/// 导出分析数据: the numbers behind every chart as one long table (序列, 分组, 月份, 值,
/// 单位), for `qingfeng-cli analysis series` and the window alike. The file's suffix
/// decides the format: .csv (UTF-8 with a byte order mark, so that Excel and WPS read the
/// Chinese) or .xlsx (SeriesXlsxWriter); either appears whole or not at all.
class ExportSeries
{
    Q_DECLARE_TR_FUNCTIONS(ExportSeries)
public:
    /// Refuses, before anything is computed, a path whose suffix is neither .csv nor .xlsx.
    static Status checkPath(const QString &path);
    static Status write(const AnalysisSeries &series, const QString &path);
    /// The CSV file's bytes: BOM, header row, a row per value, CRLF line ends; a gap is an
    /// empty field.
    static QByteArray toCsv(const AnalysisSeries &series);
    /// The same table tab-separated, as the standard output shows it.
    static QString toTabSeparated(const AnalysisSeries &series);
};

} // namespace qf
