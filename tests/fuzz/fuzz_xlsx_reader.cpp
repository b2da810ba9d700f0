// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes read as an .xlsx workbook either read or fail with a message
// naming the file, and whatever reads is walked as the importers walk it.
#include "FuzzInput.h"

#include "xlsx/XlsxWorkbook.h"

#include <cstdlib>

using namespace qf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    XlsxWorkbook book;
    const Status s = XlsxWorkbook::openData(fuzz::workbookBytes(data, size), QStringLiteral("fuzz.xlsx"), &book);
    if (!s) {
        if (s.messages().isEmpty() || !s.message().contains(QStringLiteral("fuzz.xlsx")))
            std::abort();   // a failure must say which file
        return 0;
    }
    for (int i = 0; i < book.sheetCount(); ++i) {
        const XlsxSheet &sheet = *book.sheetAt(i);
        for (int row : sheet.rows()) {
            const QMap<int, XlsxCell> cells = sheet.shownRowCells(row);
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                double v = 0;
                (void)it->toNumber(&v);
                (void)it->displayText();
                (void)sheet.mergeAt(row, it.key());
            }
        }
        for (const CellRange &m : sheet.merges())
            if (!(sheet.mergeAt(m.lastRow, m.lastColumn) == m))
                std::abort();   // every cell of a merge shows that merge
        if (sheet.rowCount() > 0)
            (void)sheet.shownCell(sheet.rowCount() - 1, sheet.columnCount() - 1);
    }
    return 0;
}
