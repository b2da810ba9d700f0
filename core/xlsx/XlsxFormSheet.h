// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QVector>

struct lxw_format;
struct lxw_worksheet;

namespace qf {

class XlsxFormats;

/// Lays one FormTable out on one worksheet (see XlsxFormWriter). Rows from the top:
/// 附件 label, title, 填报单位/填报时间, the header rows, the body, signature, notes.
class XlsxFormSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFormSheet)
public:
    static constexpr int kAttachmentRow = 0;
    static constexpr int kTitleRow = 1;
    static constexpr int kLineRow = 2;
    static constexpr int kHeaderTop = 3;

    XlsxFormSheet(lxw_worksheet *sheet, XlsxFormats &formats, const FormTable &table, const QString &name,
                  bool inputTemplate);
    void setTemplateText(const QString &mark, const QString &note)
    {
        m_mark = mark;
        m_note = note;
    }
    /// Writes everything; the first failure names the sheet and cell.
    Status write();

private:
    void writeColumns();
    void writeTop();
    void writeHeader();
    void writeBody();
    int writeSignature(int row);
    int writeNotes(int row);
    /// The first column of a right-aligned range wide enough for `text`.
    int rightStart(const QString &text, double points) const;
    void protectInputs();
    void setupPage();

    bool isInputRow(const FormRow &row) const;
    /// Text in a cell or merged range, recording which grid cells it covers.
    void span(int row, int col, int rowSpan, int colSpan, const QString &text, lxw_format *format);
    void setHeight(int row, double points);
    double rangePixels(int col, int colSpan) const;
    int lines(const QString &text, int col, int colSpan, double points) const;
    /// The first split column at which `fraction` of the grid's width is reached.
    int columnAt(double fraction) const;
    /// Records that a number that is no number (NaN, an infinity) was to go into a cell.
    void refuseNumber(int row, int col, double value);
    bool ok(int error, int row, int col);

    lxw_worksheet *m_sheet;
    XlsxFormats &m_formats;
    const FormTable &m_table;
    const FormDescription &m_form;
    QString m_name;
    bool m_inputTemplate;
    QString m_mark;
    QString m_note;
    int m_columns = 0;
    int m_bodyTop = 0;
    QVector<double> m_widths;
    Status m_status;
};

} // namespace qf
