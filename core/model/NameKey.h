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
/// controls (newline, tab, NUL …), DEL, the line and paragraph separators U+2028/U+2029,
/// and the directional controls (see directionControlAt). Returns the first one's position,
/// or -1.
qsizetype controlCharacterAt(const QString &text);

/// Whether the text holds a directional control: the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C). One of
/// them turns the text after it around on the screen, in a PDF and in Word ("卫生院" shown as
/// "院生卫"), so what is printed is not what was typed; Chinese text never needs one. For
/// texts of several lines, where a newline is allowed. Returns the first one's position, or -1.
qsizetype directionControlAt(const QString &text);

} // namespace NameKey

} // namespace qf
