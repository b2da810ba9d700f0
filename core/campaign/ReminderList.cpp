// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderList.h"

#include <QHash>

#include <algorithm>

namespace qf {

bool ReminderList::Entry::anyOverdue() const
{
    for (const Item &i : items)
        if (i.overdue)
            return true;
    return false;
}

ReminderList ReminderList::build(const QList<TrackedObligation> &tracked, const QDate &today, bool includeNotYetDue)
{
    ReminderList list;
    list.m_today = today;
    QHash<QString, int> entryOf;
    for (const TrackedObligation &t : tracked) {
        if (t.isFiled() || (!includeNotYetDue && t.state != SubmissionState::Overdue))
            continue;
        const Obligation &o = t.obligation;
        auto it = entryOf.constFind(o.unitKey);
        if (it == entryOf.constEnd()) {
            Entry e;
            e.unitName = o.unitName;
            e.contactPerson = o.contactPerson;
            e.phone = o.phone;
            e.email = o.email;
            e.office = !o.isInstitution();
            list.m_entries << e;
            it = entryOf.insert(o.unitKey, int(list.m_entries.size()) - 1);
        }
        Item item;
        item.what = o.what();
        item.recipient = o.recipientOffice;
        item.due = o.due;
        item.dueNote = o.dueNote;
        item.overdue = t.state == SubmissionState::Overdue;
        item.daysOverdue = item.overdue ? t.daysLate : 0;
        list.m_entries[*it].items << item;
    }
    // The overdue first: those are the calls to make today.
    std::stable_sort(list.m_entries.begin(), list.m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.anyOverdue() && !b.anyOverdue(); });
    return list;
}

int ReminderList::overdueUnits() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        if (e.anyOverdue())
            ++n;
    return n;
}

QString ReminderList::itemText(const Item &item) const
{
    QString text = item.what;
    if (!item.recipient.isEmpty())
        text += tr("，报至%1").arg(item.recipient);
    text += tr("，%1截止").arg(item.due.toString(QStringLiteral("yyyy-MM-dd")));
    if (!item.dueNote.isEmpty())
        text += tr("（%1）").arg(item.dueNote);
    if (item.overdue)
        text += tr("，已逾期%1天").arg(item.daysOverdue);
    else if (item.due == m_today)
        text += tr("，今天截止");
    else
        text += tr("，还有%1天").arg(m_today.daysTo(item.due));
    return text;
}

QStringList ReminderList::itemLines(const Entry &entry) const
{
    QStringList lines;
    for (const Item &i : entry.items)
        lines << itemText(i);
    return lines;
}

QString ReminderList::toText(const QString &heading) const
{
    QStringList lines;
    lines << heading;
    if (m_entries.isEmpty()) {
        lines << tr("没有需要催报的单位。");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    lines << tr("共%1个单位未报送，其中%2个已逾期。").arg(m_entries.size()).arg(overdueUnits());
    int n = 0;
    for (const Entry &e : m_entries) {
        QString head = QStringLiteral("%1. %2").arg(++n).arg(e.unitName);
        if (!e.contactPerson.isEmpty())
            head += tr("　联系人：%1").arg(e.contactPerson);
        head += tr("　联系电话：%1").arg(e.phone.isEmpty() ? tr("（名册未登记）") : e.phone);
        lines << QString() << head;
        for (const Item &i : e.items)
            lines << QStringLiteral("   · ") + itemText(i);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReminderList::toHtml(const QString &heading) const
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    html += QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped());
    if (m_entries.isEmpty())
        return html + QStringLiteral("<p>%1</p></body></html>").arg(tr("没有需要催报的单位。").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("共%1个单位未报送，其中%2个已逾期。").arg(m_entries.size()).arg(overdueUnits()));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    // Widths leave the owed items room, so that rows stay short and rarely break across pages.
    const QList<QPair<QString, int>> headers{{tr("序号"), 5}, {tr("单位"), 21}, {tr("联系人"), 8},
                                             {tr("联系电话"), 16}, {tr("未报事项"), 41}, {tr("催报记录"), 9}};
    for (const auto &h : headers)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(h.second).arg(h.first.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const Entry &e : m_entries) {
        QStringList items;
        for (const QString &line : itemLines(e))
            items << line.toHtmlEscaped();
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td></td></tr>")
                    .arg(++n)
                    .arg(e.unitName.toHtmlEscaped(), e.contactPerson.toHtmlEscaped(), e.phone.toHtmlEscaped(),
                         items.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

} // namespace qf
