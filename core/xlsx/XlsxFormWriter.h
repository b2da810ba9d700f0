// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

/// Writes month forms (FormTable) into .xlsx workbooks in the official layout: 附件 label,
/// title, 填报单位/填报时间 line, the header with its merges, labelled body rows, the
/// signature line and the notes; printable on A4 landscape, one page wide. One renderer
/// for all three forms: everything form-specific comes from the form's description.
class XlsxFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFormWriter)
public:
    /// A blank template to hand out: the cells of entered rows stay unlocked and accept
    /// only non-negative whole numbers (counts) or decimals (万元); everything else,
    /// totals included, is protected.
    void setInputTemplate(bool on) { m_inputTemplate = on; }
    bool inputTemplate() const { return m_inputTemplate; }
    /// Extra cells of a handed-out template: `mark` at the right of the 附件 line (the
    /// month that identifies the filled workbook on import), `note` under the notes.
    void setTemplateText(const QString &mark, const QString &note)
    {
        m_mark = mark;
        m_note = note;
    }

    /// One form on a sheet named after it (附件1).
    Status writeForm(const QString &path, const FormTable &table) const;
    /// One sheet per table, in order (the month's report: 附件1, 附件2, 附件3). The file
    /// is replaced only when the whole workbook was written; a failure leaves it as it was.
    Status writeWorkbook(const QString &path, const QList<FormTable> &tables) const;

private:
    bool m_inputTemplate = false;
    QString m_mark;
    QString m_note;
};

} // namespace qf
