// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Campaign.h"
#include "model/Progress.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace qf {

class Database;

/// What to export: one campaign's forms of one month, into one workbook.
struct FormExportRequest
{
    Campaign campaign;
    YearMonth month;
    int form = 0;           ///< 1, 2 or 3; 0 for the month's three forms (sheets 附件1, 附件2, 附件3)
    QDate fillDate;         ///< 填报时间 on every sheet
    bool force = false;     ///< write even when the check finds errors
    QString path;           ///< the .xlsx file, or a folder for a file of the default name in it
};

/// What came of an export.
struct FormExportResult
{
    enum class Outcome {
        Written,    ///< the workbook is at `path`
        Refused,    ///< the check found errors and `force` was not given: nothing written
        Failed,     ///< the request was wrong or the file could not be written: nothing written
        Cancelled   ///< stopped through its Progress before the workbook was in place: nothing written
    };
    Outcome outcome = Outcome::Failed;
    Status status;              ///< why it was refused or failed
    QString path;               ///< the file written, or the one that would have been
    QList<FormTable> tables;    ///< the forms written (or checked), one sheet each, in form order
    QList<Finding> findings;    ///< the check's errors and warnings, form by form

    bool isWritten() const { return outcome == Outcome::Written; }
    int errorCount() const { return countErrors(findings); }
    /// The sheets of the workbook: "附件1、附件2、附件3".
    QStringList sheetNames() const;
};

/// 导出报表（Excel）: the month's statistics forms in the official layout, for the window
/// and `qingfeng-cli export` alike. The forms are built from what is stored and checked
/// first; with errors nothing is written unless forced, and the findings come back
/// either way so that the caller can show them. The workbook replaces the file in one
/// step once it is complete, so a failed export leaves an existing file as it was.
class ExportForms
{
    Q_DECLARE_TR_FUNCTIONS(ExportForms)
public:
    /// `progress` (optional) follows reading, checking and writing; cancelled before the
    /// workbook is renamed into place, nothing is written and an existing file stays.
    static FormExportResult run(Database &db, const FormExportRequest &request, Progress *progress = nullptr);

    /// The file name a month's export is offered under: "鹿寨县2021年11月统计表（附件1-3）.xlsx"
    /// for the three forms (`form` 0), "鹿寨县2021年11月附件2.xlsx" for one.
    static QString defaultFileName(const Campaign &campaign, const YearMonth &month, int form);
};

} // namespace qf
