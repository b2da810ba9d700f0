// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextLayout>

namespace qf {

/// One paragraph of an official document with the part it plays (GB/T 9704): the
/// painter sets each role in its face, size and indent, and a word-processor writer can
/// map the same roles onto its styles.
struct DocumentBlock
{
    enum class Role {
        Title,        ///< 2号小标宋, centred, lines of even length
        Addressees,   ///< 主送机关, flush left
        Body,         ///< 3号仿宋, first line indented two characters
        Heading,      ///< 一、… in 3号黑体
        Member,       ///< 组　长：name　post, wrapped lines under the name
        Attachment,   ///< 附件：1.… one per name, wrapped lines under the name
        NewPage,      ///< the next part starts on a page of its own (the plan after the notice)
    };

    Role role = Role::Body;
    QString text;
    QList<QTextLayout::FormatRange> formats;
    /// Attachment: the prefix the name's wrapped lines align after (附件：1. or 1.).
    QString prefix;
};

} // namespace qf
