// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ReminderList.h"
#include "ledgers/LedgerTable.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

/// 导出催报名单: the reminder list as a workbook (one row per unit, the owed items in one
/// cell), for the 催报名单 dialog and `qingfeng-cli tracking remind --out` alike. The same
/// table, as tab-separated text, is what "copy as a table" puts on the clipboard, so a
/// paste into Excel or WPS lands in the same columns as the export.
class ExportReminders
{
    Q_DECLARE_TR_FUNCTIONS(ExportReminders)
public:
    static LedgerTable table(const ReminderList &list, const QString &heading);
    /// Writes the workbook whole or not at all.
    static Status write(const ReminderList &list, const QString &heading, const QString &path);
    /// Tab-separated rows with a header row; a cell with several lines is quoted as
    /// spreadsheet programs expect.
    static QString toTabSeparated(const ReminderList &list);
    /// "催报名单-2021-11-10.xlsx".
    static QString defaultFileName(const QDate &today);
};

} // namespace qf
