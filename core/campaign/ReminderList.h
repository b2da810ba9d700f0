// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrackedObligation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

/// Who still owes what, grouped by unit with the phone and contact person to call: the
/// 催报名单 a clerk copies into a chat group or prints.
class ReminderList
{
    Q_DECLARE_TR_FUNCTIONS(ReminderList)
public:
    struct Item
    {
        QString what;          ///< "附件1 统计表（一）（2021年8月）"
        QString recipient;
        QDate due;
        QString dueNote;
        bool overdue = false;
        int daysOverdue = 0;
    };
    struct Entry
    {
        QString unitName;
        QString contactPerson;
        QString phone;
        QString email;
        bool office = false;
        QList<Item> items;
        bool anyOverdue() const;
    };

    /// Everything not yet filed among `tracked` (overdue and, when asked, not yet due).
    static ReminderList build(const QList<TrackedObligation> &tracked, const QDate &today, bool includeNotYetDue = true);

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int overdueUnits() const;
    QDate today() const { return m_today; }

    /// Plain text to paste into a message; `heading` is the first line.
    QString toText(const QString &heading) const;
    /// The same as a table for printing.
    QString toHtml(const QString &heading) const;
    /// One line per owed item of `entry`, as the text and the table show them.
    QStringList itemLines(const Entry &entry) const;

private:
    QString itemText(const Item &item) const;
    QList<Entry> m_entries;
    QDate m_today;
};

} // namespace qf
