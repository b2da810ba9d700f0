// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

#include <QList>

namespace qf::NameKey {

namespace {

// Characters that show nothing of their own: Unicode's Default_Ignorable_Code_Point
// (zero-width and bidi marks, the soft hyphen, the Mongolian vowel separator, variation
// selectors, the Hangul fillers, tags …). A name holding one looks exactly like the name
// without it.
bool isInvisibleMark(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0
        || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A)
        || (c >= 0xE0000 && c <= 0xE0FFF);
}

// A combining mark that NFKC could not join to its letter (an accent on a Chinese
// character) changes nothing a reader of a Chinese name notices.
bool isLeftOverMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

QString without(const QString &text, bool (*drop)(char32_t))
{
    QString kept;
    kept.reserve(text.size());
    for (char32_t c : text.toUcs4())
        if (!drop(c))
            kept += QString::fromUcs4(&c, 1);
    return kept;
}

bool isDirectionControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isDirectionControl(c);
}

} // namespace

QString of(const QString &name)
{
    // The marks go before and after NFKC: normalising can neither create nor hide one, but
    // a mark between a letter and its combining accent would keep them from composing.
    const QString nfkc = without(name, isInvisibleMark).normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(nfkc.size());
    for (char32_t c : nfkc.toUcs4())
        if (!QChar::isSpace(c) && !isInvisibleMark(c) && !isLeftOverMark(c))
            key += QString::fromUcs4(&c, 1);
    return key;
}

qsizetype controlCharacterAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text.at(i).unicode()))
            return i;
    return -1;
}

qsizetype directionControlAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isDirectionControl(text.at(i).unicode()))
            return i;
    return -1;
}

} // namespace qf::NameKey
