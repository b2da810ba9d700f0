// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerTable.h"

#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <cmath>

namespace qf {

int LedgerTable::column(const QString &header) const
{
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).header == header)
            return c;
    return -1;
}

QString LedgerTable::flagText(DeadlineFlag flag)
{
    switch (flag) {
    case DeadlineFlag::Red: return QCoreApplication::translate("qf::Ledgers", "已逾期");
    case DeadlineFlag::Amber: return QCoreApplication::translate("qf::Ledgers", "临近期限");
    case DeadlineFlag::Green: return QCoreApplication::translate("qf::Ledgers", "按期推进");
    case DeadlineFlag::None: break;
    }
    return QString();
}

QString LedgerTable::text(int row, int c) const
{
    const QVariant v = rows.at(row).cells.value(c);
    if (v.isNull())
        return QString();
    switch (columns.at(c).type) {
    case CellType::Date: return v.toDate().toString(Qt::ISODate);
    case CellType::Count: return QString::number(v.toLongLong());
    case CellType::Amount: return Money::wanText(std::llround(v.toDouble() * 10000.0));
    case CellType::Flag: return flagText(DeadlineFlag(v.toInt()));
    case CellType::Text:
    case CellType::LongText: break;
    }
    return v.toString();
}

} // namespace qf
