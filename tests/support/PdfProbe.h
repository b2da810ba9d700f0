// SPDX-License-Identifier: GPL-3.0-or-later
// Reads PDFs back with poppler's command-line tools (poppler-utils, a test dependency),
// so that tests check what a reader of the file would see.
#pragma once

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace qf::test {

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString() << " must be installed (poppler-utils)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPageCount(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

/// The text of one page (1-based) with every space and line break removed, so that a
/// value wrapped over two lines still reads as one.
inline QString pdfPageText(const QString &pdf, int page)
{
    QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                         QString::number(page), pdf, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

/// The font table of pdffonts: one row per font, the header lines dropped.
inline QStringList pdfFontRows(const QString &pdf)
{
    QStringList rows = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

/// Whether every font of the file is embedded (the "emb" column of pdffonts).
inline bool pdfFontsEmbedded(const QString &pdf)
{
    const QStringList rows = pdfFontRows(pdf);
    if (rows.isEmpty())
        return false;
    for (const QString &row : rows) {
        // name type [type…] encoding emb sub uni object ID: emb is the fifth field from the end.
        const QStringList fields = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 6 || fields.at(fields.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

/// The bounding box of every word on a page, in points from the top-left corner, and the page size.
inline QList<QRectF> pdfWordBoxes(const QString &pdf, int page, QSizeF *pageSize = nullptr)
{
    const QString html = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                               QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    const auto pm = QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"")).match(html);
    REQUIRE(pm.hasMatch());
    if (pageSize)
        *pageSize = QSizeF(pm.captured(1).toDouble(), pm.captured(2).toDouble());
    QList<QRectF> boxes;
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        boxes << QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                        QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
    }
    return boxes;
}

} // namespace qf::test
