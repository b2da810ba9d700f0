// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace qf::ui {

/// Preview, print and "save as PDF" for a document that paints itself on any paged
/// device, the same painter for all three.
class PrintActions
{
    Q_DECLARE_TR_FUNCTIONS(PrintActions)
public:
    /// Paints the document; a run the user cancelled comes back as success.
    using Paint = std::function<Status(QPagedPaintDevice &device)>;

    /// The printer starts in the orientation the document is painted in, so that the
    /// preview and the print dialog show the paper as it will come out.
    static void preview(QWidget *parent, const QString &title, const Paint &paint,
                        QPageLayout::Orientation orientation = QPageLayout::Portrait);
    static void print(QWidget *parent, const QString &title, const Paint &paint,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait);
    /// Asks where to save a PDF (remembering the folder); empty when cancelled.
    static QString askPdfPath(QWidget *parent, const QString &suggestedName);
    /// The same for an editable Word document (.docx), in the same remembered folder.
    static QString askDocxPath(QWidget *parent, const QString &suggestedName);

    /// The name a save dialog returned, with `suffix` (".pdf") added when it lacks it. The
    /// dialog asked before replacing the name it returned, not the one with the suffix: when
    /// that one exists, `mayReplace` is asked; empty when it says no (or nothing was chosen).
    static QString completedPath(const QString &chosen, const QString &suffix,
                                 const std::function<bool(const QString &path)> &mayReplace);
};

} // namespace qf::ui
