// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportReminders.h"

#include "xlsx/LedgerXlsxWriter.h"

namespace qf {

LedgerTable ExportReminders::table(const ReminderList &list, const QString &heading)
{
    LedgerTable t;
    t.title = tr("催报名单");
    t.subtitle = heading;
    t.columns = {
        // The writer numbers the rows itself (序号).
        {tr("单位"), LedgerTable::CellType::Text, 28},
        {tr("联系人"), LedgerTable::CellType::Text, 10}, {tr("联系电话"), LedgerTable::CellType::Text, 16},
        {tr("未报事项"), LedgerTable::CellType::LongText, 60}, {tr("已逾期"), LedgerTable::CellType::Text, 8},
        {tr("催报记录"), LedgerTable::CellType::LongText, 16},
    };
    int n = 0;
    for (const ReminderList::Entry &e : list.entries()) {
        LedgerTable::Row row;
        row.id = ++n;
        row.stateKey = e.anyOverdue() ? QStringLiteral("overdue") : QStringLiteral("pending");
        row.cells = {e.unitName, e.contactPerson, e.phone, list.itemLines(e).join(QLatin1Char('\n')),
                     e.anyOverdue() ? tr("是") : tr("否"), QString()};
        t.rows << row;
    }
    return t;
}

Status ExportReminders::write(const ReminderList &list, const QString &heading, const QString &path)
{
    return LedgerXlsxWriter::write(table(list, heading), path);
}

QString ExportReminders::toTabSeparated(const ReminderList &list)
{
    const LedgerTable t = table(list, QString());
    auto cell = [](QString text) {
        if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('"')))
            return text;
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QStringList lines;
    QStringList header;
    for (const LedgerTable::Column &c : t.columns)
        header << cell(c.header);
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < t.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells << cell(t.text(r, c));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ExportReminders::defaultFileName(const QDate &today)
{
    return QStringLiteral("%1-%2.xlsx").arg(tr("催报名单"), today.toString(Qt::ISODate));
}

} // namespace qf
