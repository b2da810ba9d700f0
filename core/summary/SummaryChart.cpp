// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryChart.h"

namespace qf {

bool SummaryChart::hasData(const ChartData &data)
{
    if (data.categories.size() < 2)
        return false;
    for (const ChartData::Set &set : data.sets)
        for (const std::optional<double> &v : set.values)
            if (v && *v > 0)
                return true;
    return false;
}

} // namespace qf
