// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "print/PosterPainter.h"
#include "xlsx/XlsxWorkbook.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace qf {
struct FormDescription;
}

// The limits the product is measured against: the same work done with the bare
// libraries, without the product's layout, checks or safety steps. They belong to the
// benchmark, never to the program.
namespace qf::bench {

/// One sheet's worth of cells, taken from a workbook the product wrote, with what the
/// raw writer needs to give each cell the product's format.
struct SheetPlan
{
    const FormDescription *form = nullptr;
    XlsxSheet sheet;
    int bodyRows = 0;
};

/// Writes the plans' cells, merges, column widths and page setup with libxlsxwriter
/// alone, using one format per role with the product's properties.
QString writeRawWorkbook(const QString &path, const QList<SheetPlan> &plans);

/// A Qt SQL connection to the file alone, its tables checked as the program checks them on open.
QString openRaw(const QString &dbPath, QSqlDatabase *db);
/// Runs a limit on a connection of its own (openRaw), closed afterwards.
QString onRawConnection(const QString &dbPath, const std::function<QString(QSqlDatabase)> &work);

/// One GROUP BY over the latest report of each unit up to each period: the sums per
/// form, category (ownership, level, kind) and column that the forms' totals show.
QString groupBySums(QSqlDatabase db, const Campaign &campaign, const QList<YearMonth> &periods);

/// The forms' ledger-made figures by plain SQL: for each month, the records up to its end
/// counted or summed per institution and column (附件1, 附件3), and per category of the
/// contracted institutions (附件2, counting institutions once), one GROUP BY per ledger.
/// When `figures` is given it receives every non-zero cell, keyed by ledgerCellKey().
QString ledgerGroupBy(QSqlDatabase db, const Campaign &campaign, const QList<YearMonth> &periods,
                      QHash<QString, double> *figures = nullptr);
QString ledgerCellKey(int form, const QString &unitKey, const YearMonth &period, int column);

/// The posters' words drawn with QPdfWriter and QPainter::drawText, no layout.
QString writeRawPosters(const QString &path, const QList<PosterContent> &contents);

/// Unzips each workbook and walks its sheet and shared-string XML without checking anything.
QString readRawXml(const QStringList &files);

/// Opens the SQLite file with Qt SQL alone and reads every institution row.
QString readRegistryRaw(const QString &dbPath);

} // namespace qf::bench
