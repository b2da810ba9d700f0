// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryDocument.h"
#include "model/Status.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace qf {

class PageFlow;

/// Prints a 工作总结 as the .docx lays it out: A4, the GB/T 9704 type area (156 × 225 mm,
/// 37 mm from the top, 28 mm from the left), 22 lines of 3号仿宋 with a two-character
/// indent, 2号 title, 黑体 一、 headings, 楷体 （一） headings, the signature and date at the
/// right and “— 1 —” page numbers outside (odd pages right, even pages left); each drawn
/// chart at the type area's width with its caption under it, never split from it.
class SummaryPainter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPainter)
public:
    explicit SummaryPainter(const SummaryDocument &document) : m_document(document) {}

    Status paint(QPagedPaintDevice &device, int *pages = nullptr) const;
    /// The same into a PDF file, written atomically.
    Status writePdf(const QString &path, int *pages = nullptr) const;

private:
    Status placeChart(PageFlow &flow, const SummaryChart &chart) const;

    SummaryDocument m_document;
};

} // namespace qf
