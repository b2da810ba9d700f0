// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxTextMetrics.h"

#include <QList>
#include <QStringList>
#include <QStringView>
#include <cmath>

namespace qf::XlsxTextMetrics {

namespace {

// Calibri 11's digit is 7 px: the unit of column widths whatever the cell's own font.
constexpr double kDigitPixels = 7.0;
constexpr double kCellPadding = 5.0;
// CJK fonts (宋体, and Noto Serif CJK where LibreOffice stands in for it) set lines
// further apart than Latin ones; a little slack avoids clipped last lines.
constexpr double kLineSpacing = 1.4;
constexpr double kRowPadding = 4.0;

bool isFullWidth(char16_t c)
{
    return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F);
}

double emPixels(double points)
{
    return points * 96.0 / 72.0;
}

double pixelsOf(QStringView text, double points)
{
    const double em = emPixels(points);
    double width = 0;
    for (QChar c : text)
        width += isFullWidth(c.unicode()) ? em : em / 2;
    // Fallback fonts run a little wider than 宋体.
    return width * 1.04;
}

bool isClosing(QChar c)
{
    return QStringView(u"）)、，。：；》”").contains(c);
}

bool isOpening(QChar c)
{
    return QStringView(u"（(《“").contains(c);
}

double usablePixels(double points, double pixels)
{
    return qMax(emPixels(points), pixels - kCellPadding);
}

/// Breaks text into lines of about equal length (even, as Chinese words are mostly two
/// characters) within the cell's width.
QStringList balance(const QString &text, double points, double pixels)
{
    const int lines = int(std::ceil(pixelsOf(text, points) / usablePixels(points, pixels)));
    if (lines <= 1)
        return {text};
    const int capacity = qMax(1, int(usablePixels(points, pixels) / (emPixels(points) * 1.04)));
    const int size = int(text.size());
    int per = int(std::ceil(double(size) / lines));
    // Even lengths, unless that leaves a single character on the last line.
    if (per % 2 && per + 1 <= capacity && int(std::ceil(double(size) / (per + 1))) == lines
        && size - (lines - 1) * (per + 1) >= 2)
        ++per;
    QStringList out;
    for (int pos = 0; pos < size;) {
        int end = qMin(pos + per, size);
        while (end < size && isClosing(text.at(end)))
            ++end;
        if (end < size && end - pos > 1 && isOpening(text.at(end - 1)))
            --end;
        out << text.mid(pos, end - pos);
        pos = end;
    }
    return out;
}

} // namespace

double columnPixels(double width)
{
    return std::floor(width * kDigitPixels + kCellPadding);
}

double textPixels(const QString &text, double points)
{
    return pixelsOf(QStringView(text), points);
}

int lineCount(const QString &text, double points, double pixels)
{
    const double usable = usablePixels(points, pixels);
    int lines = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', from);
        const QStringView line = QStringView(text).mid(from, end < 0 ? -1 : end - from);
        lines += qMax(1, int(std::ceil(pixelsOf(line, points) / usable)));
        if (end < 0)
            return lines;
        from = end + 1;
    }
}

QString wrapLabel(const QString &text, double points, double pixels)
{
    if (text.contains(u'\n') || pixelsOf(text, points) <= usablePixels(points, pixels))
        return text;
    QString main = text;
    QString unit;
    if (text.endsWith(u'）') || text.endsWith(u')')) {
        const qsizetype at = qMax(text.lastIndexOf(u'（'), text.lastIndexOf(u'('));
        if (at > 0) {
            main = text.left(at);
            unit = text.mid(at);
        }
    }
    QStringList lines = balance(main, points, pixels);
    if (!unit.isEmpty())
        lines << balance(unit, points, pixels);
    return lines.join(u'\n');
}

double rowHeight(int lines, double points)
{
    return std::ceil(lines * points * kLineSpacing + kRowPadding);
}

} // namespace qf::XlsxTextMetrics
