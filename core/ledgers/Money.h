// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace qf::Money {

/// Ledgers keep money in whole 元 so that sums are exact; the forms speak 万元.
inline double toWan(qint64 yuan) { return double(yuan) / 10000.0; }
/// "2.35" — 万元 with two decimals, more when the amount needs them (2.3456).
QString wanText(qint64 yuan);
/// Reads 万元 as typed ("2.35", "0.5", "1,200.5", full-width digits): NumberText's strict
/// reading, at most four decimals (whole 元), from 0 below FigureLimits::kAmountBound;
/// false for anything else ("5,0", "inf", −1, 1e19). Blank is 0.
bool parseWan(const QString &text, qint64 *yuan);

} // namespace qf::Money
