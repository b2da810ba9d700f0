// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary/SummaryDocument.h"

class QTextDocument;

namespace qf::ui {

/// The 工作总结 as the panel previews it: title, headings and body in the document's order,
/// and each drawn chart with its caption where the Word file and the PDF place it (before
/// SummaryChart::before), so what is previewed is what is saved.
class SummaryPreview
{
public:
    /// The resource name of the document's n-th chart (0-based), an image of the preview.
    static QString chartResource(int n);
    /// Replaces `out`'s content; each chart is shown `chartWidth` pixels wide.
    static void fill(const SummaryDocument &summary, int chartWidth, QTextDocument *out);
};

} // namespace qf::ui
