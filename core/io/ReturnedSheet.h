// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormDescription.h"
#include "model/Institution.h"
#include "xlsx/CellAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace qf {

class XlsxSheet;

/// Where the parts of a returned template sit on its sheet: the marks at the top (附件,
/// title, 填报单位, 报表月份), the numbering row under the header, and the institution's
/// own row. Everything is found by walking the cells the sheet holds, never the area it
/// addresses, so a hostile sheet reaching XFD1048576 costs what it contains.
class ReturnedSheet
{
    Q_DECLARE_TR_FUNCTIONS(ReturnedSheet)
public:
    /// What the top of a sheet says it is.
    struct Marks
    {
        int attachment = 0;
        int titleForm = 0;
        QString unit;
        CellAddress unitCell;
        QString month;
        CellAddress monthCell;
        int form() const { return titleForm ? titleForm : attachment; }
    };

    /// Text as compared with names and labels: without spaces of any width and line breaks.
    static QString normalised(QString s);
    static Marks marksOf(const XlsxSheet &sheet);
    /// The numbering row under the header ((1), (2)…), with form column number → sheet
    /// column in columnOf; -1 when there is none.
    static int numberingRow(const XlsxSheet &sheet, const FormDescription &form, QHash<int, int> *columnOf);
    /// The row holding the institution's own figures: the one body row whose label is the
    /// institution's name or short name. A workbook fills that row only: without it, or with
    /// figures in another unit's row, nothing is guessed: -1, and errors (each naming the
    /// sheet, `where`, and the cell) say why.
    static int ownRow(const XlsxSheet &sheet, const FormDescription &form, int numberingRow, int firstValueColumn,
                      const QHash<int, int> &columnOf, const Institution &institution, const QString &where,
                      QStringList *errors);
};

} // namespace qf
