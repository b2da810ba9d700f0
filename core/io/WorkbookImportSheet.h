// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReturnedSheet.h"
#include "WorkbookImport.h"
#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"

#include <QHash>
#include <optional>

namespace qf {

/// One sheet of a returned workbook as the steps of WorkbookImport::analyseSheet find it:
/// each step fills its part and the later steps read it.
struct WorkbookImport::Sheet
{
    Sheet(const XlsxSheet &sheet, int formNumber, const Context &ctx, WorkbookFile &file)
        : sheet(sheet), formNumber(formNumber), form(FormCatalog::form(formNumber)), ctx(ctx), file(file),
          marks(ReturnedSheet::marksOf(sheet)), errorsBefore(int(file.errors.size())),
          warningsBefore(file.warnings.size())
    {
    }

    Sheet(const Sheet &) = delete;   // before, same and after point into its own series
    Sheet &operator=(const Sheet &) = delete;

    /// Whether a step added errors: the sheet then adds no report.
    bool failed() const { return file.errors.size() > errorsBefore; }

    const XlsxSheet &sheet;
    const int formNumber;
    const FormDescription &form;
    const Context &ctx;
    WorkbookFile &file;
    const ReturnedSheet::Marks marks;
    const int errorsBefore;
    const qsizetype warningsBefore;
    QString where;                      ///< "file 工作表“sheet”", the start of every message

    // recognise: the month and the institution the sheet names.
    YearMonth period;
    QString monthAt;
    QString unitAt;
    const Lookup *lookup = nullptr;
    const Institution *institution = nullptr;
    std::optional<ReportingUnit> unit;

    // locate: where the institution's figures are.
    QHash<int, int> columnOf;           ///< form column number → sheet column
    int row = -1;

    // read: the stored months around this one and the figures of the sheet.
    QList<Report> series;
    const Report *same = nullptr;
    const Report *before = nullptr;
    const Report *after = nullptr;
    Report report;
    QHash<int, QString> cellOf;         ///< form column number → cell address ("F7")
};

} // namespace qf
