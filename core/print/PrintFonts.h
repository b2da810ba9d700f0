// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace qf {

/// The typefaces of printed documents, chosen from what the system has. Government
/// documents use 小标宋 for titles, 仿宋 for text, 黑体 and 宋体 elsewhere; Debian has
/// none of them, so each falls back to Noto Serif/Sans CJK SC, which the PDF embeds.
class PrintFonts
{
public:
    enum class Face {
        Title,     ///< 方正小标宋 → SimHei/黑体 → Noto Serif CJK SC Bold
        Heiti,     ///< 黑体 → Noto Sans CJK SC Bold
        Songti,    ///< 宋体 → Noto Serif CJK SC
        Fangsong,  ///< 仿宋 → 宋体 → Noto Serif CJK SC
    };

    /// A font of the face at the given size in points.
    static QFont font(Face face, qreal pointSize);
    /// The family actually used for a face (for tests and the about box).
    static QString family(Face face);
};

} // namespace qf
