// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellAddress.h"

namespace qf {

QString CellAddress::columnName(int column)
{
    if (column < 0 || column >= MaxColumns)
        return {};
    QString name;
    // Bijective base 26: there is no zero digit, so "Z" is followed by "AA".
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return name;
}

QString CellAddress::toString() const
{
    if (!isValid())
        return {};
    return columnName(column) + QString::number(row + 1);
}

int CellAddress::parseColumn(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (QChar ch : letters) {
        const char16_t c = ch.toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        n = n * 26 + (c - u'A' + 1);
    }
    return n <= MaxColumns ? n - 1 : -1;
}

CellAddress CellAddress::parse(QStringView text)
{
    qsizetype i = 0;
    auto skipDollar = [&] {
        if (i < text.size() && text.at(i) == u'$')
            ++i;
    };
    skipDollar();
    const qsizetype lettersStart = i;
    while (i < text.size() && text.at(i).isLetter() && text.at(i).unicode() < 128)
        ++i;
    const int column = parseColumn(text.mid(lettersStart, i - lettersStart));
    skipDollar();
    const QStringView digits = text.mid(i);
    // Seven digits are enough for 1048576; more would only overflow.
    if (column < 0 || digits.isEmpty() || digits.size() > 7 || digits.front() == u'0')
        return {};
    int row = 0;
    for (QChar ch : digits) {
        if (ch < u'0' || ch > u'9')
            return {};
        row = row * 10 + (ch.unicode() - u'0');
    }
    const CellAddress address(row - 1, column);
    return address.isValid() ? address : CellAddress();
}

} // namespace qf
