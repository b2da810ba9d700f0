// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateEditor.h"

#include <QDateEdit>

namespace qf::ui {

QDateEdit *dateEditor(const QDate &date, const QString &format)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setDisplayFormat(format);
    edit->setCalendarPopup(format.contains(QLatin1Char('d')));
    return edit;
}

} // namespace qf::ui
