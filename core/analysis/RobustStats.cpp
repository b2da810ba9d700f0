// SPDX-License-Identifier: GPL-3.0-or-later
#include "RobustStats.h"

#include <algorithm>
#include <cmath>

namespace qf::RobustStats {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QList<double> modifiedZ(const QList<double> &values)
{
    const double med = median(values);
    QList<double> deviations;
    double sum = 0;
    for (double v : values) {
        deviations << std::abs(v - med);
        sum += std::abs(v - med);
    }
    const double mad = median(deviations);
    const double meanAd = values.isEmpty() ? 0 : sum / double(values.size());
    QList<double> z;
    for (double v : values) {
        if (mad > 0)
            z << 0.6745 * (v - med) / mad;
        else if (meanAd > 0)
            z << (v - med) / (1.253314 * meanAd);
        else
            z << 0.0;
    }
    return z;
}

} // namespace qf::RobustStats
