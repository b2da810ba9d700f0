// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ChartData.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QPainter;

namespace qf::charts {

/// 导出图片: a chart as PNG, SVG (text stays text) or PDF (one landscape A4 page), by the
/// file's suffix, for the window and `qingfeng-cli analysis chart` alike; the file appears
/// whole or not at all. Needs a QApplication (a chart is a graphics widget), offscreen will do.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static constexpr QSize kDefaultSize{1200, 800};

    /// Refuses, before anything is drawn, a path whose suffix is not .png, .svg or .pdf.
    static Status checkPath(const QString &path);
    static Status write(const ChartData &data, const QString &path, const QSize &size = kDefaultSize);
    /// The chart on white, laid out as if `size` pixels large and drawn `scale` times as many
    /// pixels each way (for documents that embed it: text as large as at `size`, as sharp as
    /// the printed page needs).
    static QImage image(const ChartData &data, const QSize &size = kDefaultSize, int scale = 1);
    /// Draws the chart into the painter's whole device, laid out as if `size` pixels large
    /// (the printed page, a PDF, an SVG): the view scales itself to the device.
    static void paint(const ChartData &data, QPainter *painter, const QSize &size = kDefaultSize);
    /// The file's bytes in the format its suffix names; empty for another suffix.
    static QByteArray bytes(const ChartData &data, const QString &path, const QSize &size = kDefaultSize);
};

} // namespace qf::charts
