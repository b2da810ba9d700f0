// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QRegularExpression>

namespace qf::DateText {

QDate parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    // Full-width digits and separators (２０２１－０７－０１, typed with a Chinese input method
    // left in full-width mode) read as the ASCII ones they look like, as numbers do.
    const auto m = pattern.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!m.hasMatch())
        return QDate();
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate parseCell(const QString &text, bool fromWorkbook)
{
    if (const QDate d = parse(text); d.isValid())
        return d;
    // The reader gives a date cell's number, not its date format: a five-digit whole number
    // in a date column of a workbook can only be such a day count.
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    const QString t = text.trimmed();
    if (fromWorkbook && serial.match(t).hasMatch()) {
        const QDate d = QDate(1899, 12, 30).addDays(t.toInt());
        if (d.year() >= 1950 && d.year() <= 2100)
            return d;
    }
    return QDate();
}

} // namespace qf::DateText
