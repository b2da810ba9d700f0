// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoticeDocument.h"
#include "docx/DocxDocument.h"
#include "model/Status.h"

namespace qf {

/// The notice and its 工作方案 as an editable Word document, from the same document blocks
/// the PDF is painted from, so that both say the same words: each block's role maps onto
/// a style of DocxWriter (title 小标宋, headings 黑体 kept with the next paragraph, 3号仿宋
/// body), the plan starts on a page of its own.
class NoticeDocx
{
public:
    static DocxDocument of(const NoticeDocument &document);
    /// The same written atomically to `path`.
    static Status write(const NoticeDocument &document, const QString &path);

    /// Whether `path` asks for the Word document (a .docx, any case).
    static bool isWordPath(const QString &path);
    /// The notice written as `path` asks (DocumentFormat): the Word document, or the PDF (its
    /// page count in `pages`); any other ending is refused.
    static Status writeAsPathSays(const NoticeDocument &document, const QString &path, int *pages);
};

} // namespace qf
