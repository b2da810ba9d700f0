// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include "ChartBuilder.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace qf::charts {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

Status ChartExport::checkPath(const QString &path)
{
    if (path.isEmpty())
        return Status::failure(tr("没有指定要写入的文件。"));
    const QString suffix = suffixOf(path);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return Status::failure(tr("不能写入 %1：文件名应以 .png、.svg 或 .pdf 结尾。").arg(path));
    return Status::success();
}

void ChartExport::paint(const ChartData &data, QPainter *painter, const QSize &size)
{
    // The view lays the chart out at the size asked for; a hidden widget is laid out only when
    // it is first painted (or shown), so one grab() does it without a window. render() then
    // fits the chart to the device.
    QChartView view(ChartBuilder::build(data));
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(size);
    view.grab();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    view.render(painter);
}

QImage ChartExport::image(const ChartData &data, const QSize &size, int scale)
{
    QImage image(size * qMax(1, scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(data, &painter, size);
    painter.end();
    return image;
}

QByteArray ChartExport::bytes(const ChartData &data, const QString &path, const QSize &size)
{
    const QString suffix = suffixOf(path);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        image(data, size).save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(data.title);
        svg.setDescription(tr("清风 · %1").arg(ChartData::label(data.request.kind)));
        QPainter painter(&svg);
        paint(data, &painter, size);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(data.title);
        pdf.setCreator(tr("清风"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        QPainter painter(&pdf);
        paint(data, &painter, size);
    }
    return out;
}

Status ChartExport::write(const ChartData &data, const QString &path, const QSize &size)
{
    if (Status s = checkPath(path); !s)
        return s;
    const QByteArray content = bytes(data, path, size);
    if (content.isEmpty())
        return Status::failure(tr("不能写入 %1：图表没有画出来。").arg(path));
    return AtomicFile::write(path, content);
}

} // namespace qf::charts
