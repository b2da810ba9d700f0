// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowFocusTracker.h"

#include <QEvent>
#include <QTableWidget>

namespace qf::ui {

RowFocusTracker::RowFocusTracker(QTableWidget *table) : QObject(table), m_table(table) {}

void RowFocusTracker::watch(QWidget *editor, int row, int column)
{
    editor->setProperty("qfRow", row);
    editor->setProperty("qfColumn", column);
    editor->installEventFilter(this);
    // Spin boxes and date edits take focus through their line edit child.
    for (QWidget *child : editor->findChildren<QWidget *>()) {
        child->setProperty("qfRow", row);
        child->setProperty("qfColumn", column);
        child->installEventFilter(this);
    }
}

bool RowFocusTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QVariant row = watched->property("qfRow");
        if (row.isValid())
            m_table->setCurrentCell(row.toInt(), watched->property("qfColumn").toInt());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qf::ui
