// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace qf {

/// How names are compared wherever the program matches one name against another (the
/// registry's duplicates, an import's rows, a workbook's or CSV file's 填报单位): two names
/// are the same institution when their keys are equal. The key is the NFKC form (full-width
/// letters, digits and brackets become their usual forms) without the characters that show
/// nothing (every Default_Ignorable_Code_Point: zero-width and bidi marks, soft hyphen,
/// variation selectors, Hangul fillers, tags …), without combining marks left over after
/// NFKC (an accent on a Chinese character) and without spaces, so that a name that only
/// looks like another is recognised as that one. A name whose key is empty shows nothing
/// and is refused (Institution::validate).
namespace NameKey {

QString of(const QString &name);
inline bool same(const QString &a, const QString &b)
{
    return of(a) == of(b);
}

/// Whether the text holds a character no name or registry field may hold: C0 and C1
/// controls (newline, tab, NUL …), DEL, and the line and paragraph separators
/// U+2028/U+2029. Returns the first one's position, or -1.
qsizetype controlCharacterAt(const QString &text);

} // namespace NameKey

} // namespace qf
