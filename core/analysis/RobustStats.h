// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace qf::RobustStats {

double median(QList<double> values);
/// The modified z-scores of Iglewicz and Hoaglin, M = 0.6745 (x − median) / MAD. When more
/// than half the values are equal (MAD 0, common for small counts) the mean absolute
/// deviation stands in, M = (x − median) / (1.253314 · MeanAD), as data-quality tools for
/// health reporting do; all zero when every value is the same.
QList<double> modifiedZ(const QList<double> &values);

} // namespace qf::RobustStats
