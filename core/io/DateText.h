// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace qf {

/// Dates written as text in the files a bureau imports: the one reading every importer
/// shares, so that a ledger and the registry accept the same ways of writing a day.
namespace DateText {

/// 2021-07-01, 2021/7/1, 2021.7.1 or 2021年7月1日 (spaces allowed between the parts, digits
/// and separators full-width too);
/// invalid for anything else, or for a day the calendar does not have.
QDate parse(const QString &text);

/// The same, or, from a workbook, a spreadsheet's date cell as the reader sees it (a day
/// count from 1899-12-30) when it falls between 1950 and 2100.
QDate parseCell(const QString &text, bool fromWorkbook);

} // namespace DateText

} // namespace qf
