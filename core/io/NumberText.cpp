// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <QStringList>

#include <cmath>

namespace qf {

namespace {

// Full-width forms U+FF01…U+FF5E mirror ASCII 0x21…0x7E.
QChar narrow(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? QChar(char16_t(u - 0xFEE0)) : c;
}

// "1,234,567.5": the first group has 1–3 digits and every later one exactly 3.
bool validGrouping(const QString &integerPart)
{
    const QStringList groups = integerPart.split(QLatin1Char(','));
    if (groups.size() < 2)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (int i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    return true;
}

} // namespace

bool NumberText::isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

bool NumberText::parse(const QString &text, double *out)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    if (begin == end || end - begin > 64)
        return false;

    QString ascii;
    ascii.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = narrow(text.at(i));
        // Only digits, one sign and separators: this keeps out "inf", "nan", hexadecimal
        // and exponents, which the general conversion would otherwise accept. Nobody
        // writes a count of people or an amount of 万元 as "1e3"; read as 1000 it would be
        // a figure no one typed.
        if (!(c.isDigit() && c.unicode() < 128) && c != u'.' && c != u',' && c != u'+' && c != u'-')
            return false;
        ascii += c;
    }
    if (ascii.contains(QLatin1Char(','))) {
        const qsizetype point = ascii.indexOf(QLatin1Char('.'));
        if (point >= 0 && ascii.indexOf(QLatin1Char(','), point) >= 0)
            return false;   // "1.234,5": a European decimal comma, not ours to guess
        const qsizetype sign = ascii.startsWith(QLatin1Char('-')) || ascii.startsWith(QLatin1Char('+')) ? 1 : 0;
        const QString integerPart = ascii.mid(sign, point < 0 ? -1 : point - sign);
        if (!validGrouping(integerPart))
            return false;
        ascii.remove(QLatin1Char(','));
    }
    bool ok = false;
    const double value = ascii.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value == 0 ? 0.0 : value;
    return true;
}

QString NumberText::format(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0");
    // 15 significant digits, as many decimals as that takes after the value's first digit.
    const int exponent = int(std::floor(std::log10(std::fabs(value))));
    QString text = QString::number(value, 'f', qBound(0, 14 - exponent, 340));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace qf
