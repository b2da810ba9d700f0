// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace qf {

/// A ledger laid out as a plain table: the one shape that the list on screen and the Excel
/// export both show, so that they cannot differ. Built only from values that hold no
/// reporter, it cannot show one.
struct LedgerTable
{
    enum class CellType { Text, LongText, Date, Count, Amount, Flag };
    struct Column
    {
        QString header;
        CellType type = CellType::Text;
        double width = 12;          ///< in spreadsheet character units
    };
    struct Row
    {
        qint64 id = 0;
        qint64 institutionId = 0;
        QString stateKey;           ///< state or kind, for filters
        DeadlineFlag flag = DeadlineFlag::None;
        QVariantList cells;         ///< QString, QDate, int or double (万元), one per column
    };

    QString title;                  ///< "问题清单"
    QString subtitle;               ///< campaign and date of export
    QList<Column> columns;
    QList<Row> rows;

    int column(const QString &header) const;
    /// A cell as text: dates ISO, amounts with two or more decimals, counts whole.
    QString text(int row, int column) const;
    static QString flagText(DeadlineFlag flag);
};

} // namespace qf
