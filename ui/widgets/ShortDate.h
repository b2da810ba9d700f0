// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace qf::ui {

/// A date as the window writes it in running text: "12月1日" in the year of `today`,
/// "2026年12月1日" in any other, so that a filing or due date of another year never
/// passes for one of this year. Empty for an invalid date.
QString shortDate(const QDate &date, const QDate &today);

} // namespace qf::ui
