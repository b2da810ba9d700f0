// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QDateEdit;

namespace qf::ui {

/// A date field of the editors: today when the date is not set yet, shown as `format`, with
/// the calendar to pick from when the format names a day.
QDateEdit *dateEditor(const QDate &date, const QString &format = QStringLiteral("yyyy-MM-dd"));

} // namespace qf::ui
