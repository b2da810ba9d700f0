// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxCell.h"

#include "io/NumberText.h"

namespace qf {

bool XlsxCell::isBlank() const
{
    if (type == Empty)
        return true;
    if (type != Text)
        return false;
    for (QChar c : text)
        if (!NumberText::isSpace(c))
            return false;
    return true;
}

QString XlsxCell::displayText() const
{
    switch (type) {
    case Empty:
        return {};
    case Number:
        // -0 appears after some subtractions; no program shows it with a sign.
        return QString::number(number == 0 ? 0.0 : number, 'g', 15);
    case Boolean:
        return number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Text:
    case Error:
        return text;
    }
    return {};
}

bool XlsxCell::toNumber(double *out) const
{
    if (type == Number) {
        *out = number;
        return true;
    }
    return type == Text && parseNumber(text, out);
}

bool XlsxCell::parseNumber(const QString &text, double *out)
{
    return NumberText::parse(text, out);
}

} // namespace qf
