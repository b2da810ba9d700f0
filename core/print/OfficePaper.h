// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/DocxDocument.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QPagedPaintDevice;

namespace qf {

/// A paper of the bureau's own that is no 红头文件 — the 抽查名单, a 检查通知 — set by the
/// text conventions of GB/T 9704: parts each on pages of their own, each with a 2号 title,
/// the 主送 flush left, 3号仿宋 paragraphs indented two characters, a table where there is
/// one, and the 落款 and 成文日期 at the right. The PDF and the Word document are made from
/// the same parts, so both say the same words.
struct OfficePaper
{
    struct Part
    {
        QString title;
        QString addressees;          ///< ends in a full-width colon; empty: none
        QStringList paragraphs;      ///< before the table
        DocxTable table;             ///< no rows: none
        QStringList after;           ///< after the table
        QString signature;
        QDate date;
    };

    QString title;                   ///< the file's (PDF and docx properties)
    QList<Part> parts;

    DocxDocument toDocx() const;
    /// Every part's words in order, for checks.
    QString text() const;
};

/// Paints an OfficePaper on A4 pages and writes it as the name the user gives asks
/// (DocumentFormat): a .pdf or a .docx, atomically.
class OfficePaperWriter
{
    Q_DECLARE_TR_FUNCTIONS(OfficePaperWriter)
public:
    static Status paint(const OfficePaper &paper, QPagedPaintDevice &device, int *pages = nullptr);
    static Status writePdf(const OfficePaper &paper, const QString &path, int *pages = nullptr);
    /// The PDF (its page count in `pages`) or the Word document, by the ending of `path`.
    static Status write(const OfficePaper &paper, const QString &path, int *pages = nullptr);
};

} // namespace qf
