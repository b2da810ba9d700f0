// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionXlsxImport.h"

#include "io/InstitutionCsvImport.h"
#include "xlsx/XlsxWorkbook.h"

namespace qf {

namespace {
// How far down a title block may push the header row.
constexpr int HeaderSearchRows = 10;
}

QList<CsvRecord> InstitutionXlsxImport::sheetRecords(const XlsxSheet &sheet)
{
    QList<CsvRecord> records;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        CsvRecord record;
        record.line = row + 1;
        bool blank = true;
        for (int col = 0; col < sheet.columnCount(); ++col) {
            const XlsxCell cell = sheet.shownCell(row, col);
            blank = blank && cell.isBlank();
            record.fields << cell.displayText();
        }
        if (!blank)
            records << record;
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
    QList<CsvRecord> records = sheetRecords(*sheet);
    if (records.isEmpty())
        return Status::failure(tr("%1 工作表“%2”是空的。").arg(workbook.fileName(), sheet->name()));
    // Registers usually carry a title ("鹿寨县医疗机构名册") above the header row: the
    // header is the first row that names the 名称 column.
    for (int i = 0; i < records.size() && i < HeaderSearchRows; ++i) {
        if (InstitutionCsvImport::mapHeader(records.at(i).fields).contains(InstitutionCsvImport::Name)) {
            records.remove(0, i);
            break;
        }
    }
    return InstitutionCsvImport::parse(workbook.fileName(), records,
                                       InstitutionCsvImport::mapHeader(records.first().fields), existing, out,
                                       sheet->name());
}

} // namespace qf
