// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionXlsxImport.h"

#include "io/InstitutionCsvImport.h"
#include "xlsx/XlsxWorkbook.h"

namespace qf {

namespace {
// How far down a title block may push the header row.
constexpr int HeaderSearchRows = 10;

/// A row's shown values in columns 0…width-1; empty when all of them are blank.
QStringList rowFields(const XlsxSheet &sheet, int row, int width)
{
    QStringList fields;
    bool blank = true;
    for (int col = 0; col < width; ++col) {
        const XlsxCell cell = sheet.shownCell(row, col);
        blank = blank && cell.isBlank();
        fields << cell.displayText();
    }
    return blank ? QStringList() : fields;
}
}

QList<CsvRecord> InstitutionXlsxImport::sheetRecords(const XlsxSheet &sheet, int firstRow, int width)
{
    // Only rows the file holds cells in: a row that only a merge from above reaches is not
    // a row of its own, and a stray cell at XFD1048576 adds one row, not a million.
    QList<CsvRecord> records;
    for (int row : sheet.rows()) {
        if (row < firstRow)
            continue;
        const QStringList fields = rowFields(sheet, row, width);
        if (!fields.isEmpty())
            records << CsvRecord{row + 1, fields};
    }
    return records;
}

Status InstitutionXlsxImport::parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out)
{
    XlsxWorkbook workbook;
    const Status s = XlsxWorkbook::open(path, &workbook);
    if (!s)
        return s;
    const XlsxSheet *sheet = workbook.firstVisibleSheet();
    // Registers usually carry a title ("鹿寨县医疗机构名册") above the header row: the
    // header is the first row that names the 名称 column, and the table is as wide as that
    // row's own cells reach. Without such a row the first one is taken as the header.
    int headerRow = -1;
    int width = 0;
    int searched = 0;
    for (int row : sheet->rows()) {
        // Judged on the row's own cells alone (their order is all that naming needs), so a
        // title row reaching column XFD costs its cells, not 16,384 columns.
        const QMap<int, XlsxCell> cells = sheet->shownRowCells(row);
        QStringList texts;
        bool blank = true;
        for (const XlsxCell &cell : cells) {
            texts << cell.displayText();
            blank = blank && cell.isBlank();
        }
        if (blank)
            continue;
        const bool names = InstitutionCsvImport::mapHeader(texts).contains(InstitutionCsvImport::Name);
        if (headerRow < 0 || names) {
            headerRow = row;
            width = cells.lastKey() + 1;
        }
        if (names || ++searched >= HeaderSearchRows)
            break;
    }
    const QList<CsvRecord> records = headerRow < 0 ? QList<CsvRecord>() : sheetRecords(*sheet, headerRow, width);
    if (records.isEmpty())
        return Status::failure(tr("%1 工作表“%2”是空的。").arg(workbook.fileName(), sheet->name()));
    return InstitutionCsvImport::parse(workbook.fileName(), records,
                                       InstitutionCsvImport::mapHeader(records.first().fields), existing, out,
                                       sheet->name());
}

} // namespace qf
