// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

namespace qf::NameKey {

namespace {

// Marks that change how text is laid out without showing anything of their own.
bool isInvisibleMark(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString of(const QString &name)
{
    // The marks go before and after NFKC: normalising can neither create nor hide one, but
    // a mark between a letter and its combining accent would keep them from composing.
    QString stripped;
    stripped.reserve(name.size());
    for (QChar c : name)
        if (!isInvisibleMark(c.unicode()))
            stripped += c;
    const QString nfkc = stripped.normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(nfkc.size());
    for (QChar c : nfkc)
        if (!c.isSpace() && !isInvisibleMark(c.unicode()))
            key += c;
    return key;
}

qsizetype controlCharacterAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text.at(i).unicode()))
            return i;
    return -1;
}

} // namespace qf::NameKey
