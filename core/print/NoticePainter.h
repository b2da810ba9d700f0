// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoticeDocument.h"
#include "model/Status.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace qf {

/// Lays out a notice as a county government document (GB/T 9704): A4 portrait, a
/// 156 × 225 mm type area, the red 发文机关标志 and 分隔线 on the first page, 3号仿宋 text
/// on a 22-line grid, 附件说明, 署名 and 成文日期 at the right, 版记 at the foot of the last
/// page and page numbers “— 1 —” outside (odd pages right, even pages left).
class NoticePainter
{
    Q_DECLARE_TR_FUNCTIONS(NoticePainter)
public:
    explicit NoticePainter(const NoticeDocument &document) : m_document(document) {}

    /// Paints every page on the device (set to A4 portrait first); *pages gets the count.
    Status paint(QPagedPaintDevice &device, int *pages = nullptr) const;
    /// The same into a PDF file, written atomically.
    Status writePdf(const QString &path, int *pages = nullptr) const;

private:
    NoticeDocument m_document;
};

} // namespace qf
