// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QBuffer;
class QPdfWriter;

namespace qf {

/// A PDF written atomically: painted in memory, its text layer mended
/// (PdfUnicodeRepair), then saved under its name by commit(). A cancelled or failed
/// job leaves any earlier file of that name untouched. The writer is A4 portrait and
/// embeds the subsets of the fonts it uses.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
public:
    PdfFile(const QString &path, const QString &title);

    /// Paints a whole PDF through `paint` and commits it; when painting fails, nothing is
    /// written and its failure is returned.
    static Status write(const QString &path, const QString &title, const std::function<Status(QPdfWriter &)> &paint);

    ~PdfFile();

    Status open();
    QPdfWriter *writer() const { return m_writer.get(); }
    /// Call after the painter has ended.
    Status commit();
    void discard();

private:
    QString m_path;
    QString m_title;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace qf
