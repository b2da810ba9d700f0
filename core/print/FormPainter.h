// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace qf {

/// Prints a month's form (附件1–3) from its FormTable, in the layout of the Excel export:
/// A4 landscape, one page wide, the 附件 label, title, 填报单位/填报时间, the header rows
/// with the description's spans (repeated on every page), the body, signature and notes,
/// and page numbers. A block of rows under one merged label stays on one page where it can.
class FormPainter
{
    Q_DECLARE_TR_FUNCTIONS(FormPainter)
public:
    explicit FormPainter(const FormTable &table);

    /// Sets the device to A4 landscape and paints every page; *pages gets their number.
    Status paint(QPagedPaintDevice &device, int *pages = nullptr) const;
    /// The same into a PDF file, written atomically.
    Status writePdf(const QString &path, int *pages = nullptr) const;

    /// A4 landscape, no margins beyond what a printer needs.
    static void setUpA4Landscape(QPagedPaintDevice &device);

private:
    const FormTable &m_table;
};

} // namespace qf
