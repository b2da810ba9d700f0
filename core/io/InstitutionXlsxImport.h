// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvReader.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

class XlsxSheet;

/// Reads the institution registry from an .xlsx workbook: the first visible sheet, with
/// the same header names, rules and all-or-nothing behaviour as the CSV import
/// (InstitutionCsvImport), and messages naming the sheet and cell ("工作表“Sheet1” C3").
class InstitutionXlsxImport
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionXlsxImport)
public:
    /// The sheet's non-blank rows from firstRow on as records: line is the 1-based row
    /// number and field i is column i (of width), as displayed text. A cell inside a merged
    /// range takes the value shown there, so a 乡镇 merged down several rows applies to each
    /// of them. Only rows holding cells of their own are records.
    static QList<CsvRecord> sheetRecords(const XlsxSheet &sheet, int firstRow, int width);
    static Status parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out);
};

} // namespace qf
