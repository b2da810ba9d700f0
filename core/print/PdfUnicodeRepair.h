// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace qf {

/// Mends the text layer of a PDF written by Qt so that it can be searched and copied.
///
/// Qt's ToUnicode maps give each glyph the lowest character that the font draws with it.
/// CJK fonts draw a Kangxi radical and its ideograph with one glyph (⽣ U+2F63 and 生
/// U+751F), so every 生, 入, 民, 风 … of a Qt PDF reads back as a radical and a search
/// for 卫生 finds nothing. This maps such radicals back to their ideographs, in place:
/// the codes have the same length, so no offset of the file changes.
class PdfUnicodeRepair
{
public:
    static QByteArray repair(const QByteArray &pdf);
    /// The ideograph a radical stands for in the fonts used for printing; 0 if none.
    static char32_t ideographFor(char32_t radical);
};

} // namespace qf
