// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardTable.h"

namespace qf::ui {

namespace {

bool endsCell(QChar c)
{
    return c == u'\t' || c == u'\r' || c == u'\n';
}

} // namespace

QList<QStringList> ClipboardTable::parse(const QString &text)
{
    QList<QStringList> rows;
    if (text.isEmpty())
        return rows;
    QStringList row;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (true) {
        QString cell;
        bool quoted = false;
        if (i < n && text.at(i) == u'"') {
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (text.at(j) == u'"') {
                    if (j + 1 < n && text.at(j + 1) == u'"') {
                        cell += u'"';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                cell += text.at(j++);
            }
            // Only a quote that closes right before a separator made a quoted cell.
            quoted = closed && (j == n || endsCell(text.at(j)));
            if (quoted)
                i = j;
        }
        if (!quoted) {
            qsizetype j = i;
            while (j < n && !endsCell(text.at(j)))
                ++j;
            cell = text.mid(i, j - i);
            i = j;
        }
        row << cell;
        if (i >= n) {
            rows << row;
            break;
        }
        const QChar separator = text.at(i++);
        if (separator == u'\t')
            continue;
        if (separator == u'\r' && i < n && text.at(i) == u'\n')
            ++i;
        rows << row;
        row.clear();
        if (i >= n)   // the line end after the last row starts no row of its own
            break;
    }
    return rows;
}

QString ClipboardTable::toText(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(u'\t') || cell.contains(u'\n') || cell.contains(u'\r') || cell.startsWith(u'"'))
                cell = u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            cells << cell;
        }
        out += cells.join(u'\t') + QStringLiteral("\r\n");
    }
    return out;
}

QString ClipboardTable::toHtml(const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>") + cell.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table></body></html>");
}

} // namespace qf::ui
