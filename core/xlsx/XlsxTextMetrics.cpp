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

/// The lines of `segments` (the text between soft breaks) that fit the cell: the fewest
/// lines, then the narrowest widest line, then the most even, then the fuller first
/// lines (完成整改\n问题 rather than 完成\n整改问题); empty when a segment alone is too wide.
QStringList breakAtMarks(const QStringList &segments, double points, double pixels)
{
    const double usable = usablePixels(points, pixels);
    const int gaps = int(segments.size()) - 1;
    if (gaps < 1 || gaps > 16)
        return {};
    QStringList best;
    QList<double> bestKey;
    for (quint32 mask = 0; mask < (1u << gaps); ++mask) {
        QStringList lines{segments.first()};
        for (int g = 0; g < gaps; ++g) {
            if (mask & (1u << g))
                lines << segments.at(g + 1);
            else
                lines.last() += segments.at(g + 1);
        }
        double widest = 0;
        double narrowest = usable;
        QList<double> key;
        for (const QString &line : std::as_const(lines)) {
            const double w = pixelsOf(line, points);
            widest = qMax(widest, w);
            narrowest = qMin(narrowest, w);
            key << -w;
        }
        if (widest > usable)
            continue;
        key.prepend(widest - narrowest);
        key.prepend(widest);
        key.prepend(double(lines.size()));
        if (best.isEmpty() || key < bestKey) {
            best = lines;
            bestKey = key;
        }
    }
    return best;
}

/// Lines of a label's main part: at its soft breaks where it has them, else of even length.
QStringList breakMain(const QString &text, double points, double pixels)
{
    const QStringList segments = text.split(kSoftBreak);
    const QString plain = segments.join(QString());
    if (pixelsOf(plain, points) <= usablePixels(points, pixels))
        return {plain};
    const QStringList marked = breakAtMarks(segments, points, pixels);
    return marked.isEmpty() ? balance(plain, points, pixels) : marked;
}

} // namespace

QString plainLabel(const QString &text)
{
    return QString(text).remove(kSoftBreak);
}

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

QString wrapLabel(const QString &marked, double points, double pixels)
{
    const QString text = plainLabel(marked);
    if (text.contains(u'\n') || pixelsOf(text, points) <= usablePixels(points, pixels))
        return text;
    QString main = marked;
    QString unit;
    if (marked.endsWith(u'）') || marked.endsWith(u')')) {
        const qsizetype at = qMax(marked.lastIndexOf(u'（'), marked.lastIndexOf(u'('));
        if (at > 0) {
            main = marked.left(at);
            unit = plainLabel(marked.mid(at));
            if (main.endsWith(kSoftBreak))
                main.chop(1);
        }
    }
    QStringList lines = breakMain(main, points, pixels);
    if (!unit.isEmpty())
        lines << balance(unit, points, pixels);
    return lines.join(u'\n');
}

double rowHeight(int lines, double points)
{
    return std::ceil(lines * points * kLineSpacing + kRowPadding);
}

} // namespace qf::XlsxTextMetrics
