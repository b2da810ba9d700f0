// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Progress.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace qf {

class Database;
class XlsxSheet;
class XlsxWorkbook;

/// What importing a filled workbook would do to what is stored.
enum class ImportChange { New, Changed, Unchanged, Error };

/// One filled workbook as recognised and checked: which institution, forms and month it
/// is (from its cells), the reports it holds, and the findings. Nothing of a file with
/// errors is ever stored.
struct WorkbookFile
{
    QString path;
    QString fileName;
    QString institution;            ///< as the registry names it; the cell text when unknown
    QList<int> forms;
    YearMonth period;
    QStringList errors;             ///< each names file, sheet, cell and rule
    QStringList warnings;
    QList<Report> reports;          ///< only when there are no errors
    QList<ImportChange> changes;    ///< one per report
    QDate receivedOn;               ///< the day the file arrived: decides on time or late
    bool stored = false;

    bool isClean() const { return errors.isEmpty(); }
    ImportChange change() const;
    QString formsText() const;      ///< "附件1、附件3"
};

/// Reads filled monthly workbooks (the templates of ReportTemplates, filled in Excel, WPS
/// or LibreOffice) and stores their figures: recognise, read, validate against the stored
/// months, compare, and store all-or-nothing per file.
class WorkbookImport
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookImport)
public:
    /// Where a file's institution and stored months are found without walking the whole
    /// registry and every stored report for each sheet.
    class Lookup;
    struct Context
    {
        Campaign campaign;
        QList<Institution> registry;
        /// The campaign's reports as stored now, when storedAround is not set.
        QList<Report> stored;
        /// The stored reports the files of a month are checked against and compared with:
        /// each unit's two latest up to the month and its first after it. contextFor sets
        /// it to read them, once per month the files name, on the connection it was given
        /// (so analyse on that connection's thread while it is open): the files' months are
        /// known only as they are read, and reading every stored month grows with the
        /// campaign, not with the files.
        std::function<QList<Report>(const YearMonth &)> storedAround;
        QDate today;
        /// The day each file (by path as given) arrived, where the user said so; any other
        /// file arrived on receivedDefault().
        QHash<QString, QDate> receivedOn;
        /// Built from registry and stored (or storedAround) by contextFor (or on first use); rebuild it
        /// (reset it) after changing either.
        mutable std::shared_ptr<const Lookup> lookup;
        /// What could not be read from the database for this context (the registry, or the
        /// stored months read on demand): every file analysed against it then carries the error.
        std::shared_ptr<Status> readFailure = std::make_shared<Status>();
    };
    static Context contextFor(Database &db, const Campaign &campaign, const QDate &today);

    static WorkbookFile analyse(const QString &path, const Context &context);
    /// The same for a workbook already read (path names it in messages).
    static WorkbookFile analyseWorkbook(const XlsxWorkbook &book, const QString &path, const Context &context);
    /// Every file, plus the check that no two files fill the same form, unit and month.
    /// `progress` (optional) steps once per file; cancelled, the files not read yet are left
    /// out and the caller, seeing progress->isCancelled(), drops the list.
    static QList<WorkbookFile> analyseAll(const QStringList &paths, const Context &context, Progress *progress = nullptr);
    /// The .xlsx files of a folder (not its subfolders), skipping office lock files (~$…).
    static QStringList filesIn(const QString &folder);
    /// The file arrived on `date` after all: its new and changed reports carry that day
    /// (an unchanged one keeps the day it first arrived).
    static void setReceived(WorkbookFile &file, const QDate &date);
    /// Stores one clean file's new and changed reports in one transaction.
    static Status store(Database &db, WorkbookFile &file);
    static QString changeText(ImportChange change);
    /// The day a file arrived when nobody says otherwise: its modification day (a file
    /// saved from a mail or a chat keeps the day it was written), never after `today`.
    /// Why a receipt date cannot be the file's arrival: before the campaign began or before
    /// the first day of the month the file reports (empty when it can be).
    static QString receivedProblem(const WorkbookFile &file, const Campaign &campaign);
    static QDate receivedDefault(const QString &path, const QDate &today);

private:
    struct Sheet;
    /// One sheet of a file, in steps (WorkbookImportSheet.cpp): each adds its errors to the
    /// file and says whether the next may go on; the last adds the sheet's report.
    static void analyseSheet(const XlsxSheet &sheet, int form, const Context &context, WorkbookFile &file);
    /// The month and the institution the sheet names, and that the institution owes the form then.
    static bool recognise(Sheet &sheet);
    /// The numbering row, the form's columns and the institution's own row.
    static bool locate(Sheet &sheet);
    /// The stored months around the sheet's and its figures; false too when every figure cell is blank.
    static bool read(Sheet &sheet);
    /// The form's rules against the month before, and the month after never going down.
    static bool validate(Sheet &sheet);
    /// Warns of figures lower than stored for the month, and adds the report with its change.
    static void compare(Sheet &sheet);
    /// "file 工作表“sheet” F7（第3栏）", or the row and column when the column has no cell.
    static QString cellText(const Sheet &sheet, int column);
};

} // namespace qf
