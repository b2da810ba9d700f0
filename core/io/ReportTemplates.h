// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTable.h"
#include "model/Campaign.h"
#include "model/FigureOverride.h"
#include "model/Institution.h"
#include "model/Progress.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

class Database;

/// Blank monthly workbooks handed out to institutions: one per institution with a sheet
/// for each form it files (附件1, 附件3), in the official layout, its own single row
/// pre-filled with last month's cumulative figures. The workbook carries its form (附件
/// label and title), institution (填报单位) and month (报表月份) in protected cells, which
/// is what WorkbookImport recognises it by: file names get changed on the way back.
class ReportTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplates)
public:
    /// "报表月份：2021年11月"
    static QString monthMark(const YearMonth &period);
    /// The label WorkbookImport looks for.
    static QString monthMarkLabel();
    /// The forms an institution files itself (those whose units are institutions).
    static QList<int> institutionForms();

    /// What the ledgers make of the month, and the reasons typed figures stand against
    /// them: a template hands out the ledger's own figure in a ledger-made column, so that
    /// returning it unchanged agrees with the ledger instead of carrying last month's.
    struct Ledgers
    {
        QHash<int, QList<Report>> derived;   ///< by form, the month's ledger figures
        QList<FigureOverride> overrides;
    };
    static Ledgers ledgersOf(Database &db, const Campaign &campaign, const QList<Institution> &registry,
                             const YearMonth &period, Status *read = nullptr);

    /// The template's tables for one institution and month; `stored` are the campaign's
    /// reports (only the institution's earlier ones are used). Empty when it files nothing.
    static QList<FormTable> tablesFor(const Campaign &campaign, const Institution &institution,
                                      const QList<Institution> &registry, const QList<Report> &stored,
                                      const YearMonth &period, const Ledgers &ledgers = {});
    /// "2021-11 鹿寨县人民医院.xlsx", without characters file systems refuse, shortened to
    /// fit 255 bytes of UTF-8; copy > 1 adds "（2）" for a second file of the same name.
    static QString fileName(const Institution &institution, const YearMonth &period, int copy = 1);
    /// Writes every reporting institution's workbook for the month into `folder`;
    /// `written` gets the paths. All or none: the workbooks are moved into the folder once
    /// every one is complete, so a failure or a cancel (`progress`, one step per institution)
    /// leaves the folder as it was.
    static Status writeAll(Database &db, const Campaign &campaign, const YearMonth &period, const QString &folder,
                           QStringList *written, Progress *progress = nullptr);
    /// The same workbooks for the given institutions only (those that file something), each
    /// written into `folder` under a name of its own; `written` maps institution id to path.
    static Status writeFor(Database &db, const Campaign &campaign, const YearMonth &period, const QList<qint64> &institutionIds,
                           const QString &folder, QHash<qint64, QString> *written);

private:
    /// One institution's workbook at `path`; `written` false when it files nothing that month.
    static Status writeOne(const Campaign &campaign, const Institution &institution, const QList<Institution> &registry,
                           const QList<Report> &stored, const YearMonth &period, const Ledgers &ledgers, const QString &path,
                           bool *written);
};

} // namespace qf
