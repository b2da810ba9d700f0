// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryChartDrawing.h"

#include "ChartExport.h"

#include <QApplication>
#include <QBuffer>

namespace qf::charts {

Status SummaryChartDrawing::draw(Database &db, SummaryRequest *request)
{
    request->charts.clear();
    QList<SummaryChart> planned;
    if (Status s = SummaryExport::charts(db, *request, &planned); !s)
        return s;
    if (planned.isEmpty())
        return Status::success();
    // A chart is a graphics widget: without a QApplication it cannot be drawn at all.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("工作总结的图表需要图形应用对象（QApplication）才能画出。"));
    for (SummaryChart &chart : planned) {
        // The caption under the picture names the chart; a title inside it would say it twice.
        ChartData untitled = chart.data;
        untitled.title.clear();
        QBuffer buffer(&chart.png);
        buffer.open(QIODevice::WriteOnly);
        if (!ChartExport::image(untitled, kLayout, kScale).save(&buffer, "PNG") || chart.png.isEmpty())
            return Status::failure(tr("工作总结的图表“%1”没有画出来。").arg(chart.caption));
    }
    request->charts = planned;
    return Status::success();
}

} // namespace qf::charts
