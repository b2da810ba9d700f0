// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks built part by part, for tests of the .xlsx reader and of what reads sheets.
#pragma once

#include "model/Status.h"
#include "xlsx/XlsxWorkbook.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace qf::test {

using Parts = QList<QPair<QString, QByteArray>>;

/// Zips the parts in order with minizip, the way a hand-rolled exporter would; method 0
/// stores them, 8 (the default) deflates them.
QByteArray zipParts(const Parts &parts, int method = 8);
/// The members of a ZIP archive in order, to patch a written workbook part by part.
Parts unzipParts(const QByteArray &bytes);
QByteArray utf8(const char16_t *text);

extern const QByteArray kContentTypes;
extern const QByteArray kPackageRels;

/// A workbook the way LibreOffice, WPS and generators write one: rich strings with Excel's
/// phonetic elements, inline strings, cached formula results, rows and cells without r="",
/// merges, and the sheets listed out of file order.
Parts libreOfficeStyleParts();
Parts withPart(Parts parts, const QString &name, const QByteArray &bytes);
Parts withoutPart(Parts parts, const QString &name);
/// One sheet whose sheetData is given, sharing the rest of the LibreOffice-style package.
Parts singleSheet(const QByteArray &sheetData);
/// Opens the bytes as "上报.xlsx".
Status openBytes(const QByteArray &bytes, XlsxWorkbook *wb = nullptr);

} // namespace qf::test
