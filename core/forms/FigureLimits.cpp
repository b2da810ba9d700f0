// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureLimits.h"

#include "io/NumberText.h"

#include <cfloat>
#include <cmath>

namespace qf {

QString FigureLimits::problem(ColumnKind kind, double value)
{
    if (kind == ColumnKind::Text)
        return {};
    if (!std::isfinite(value))
        return tr("不是有效的数字");
    if (value < 0)
        return tr("不能为负数（%1）").arg(NumberText::format(value));
    if (kind == ColumnKind::Count) {
        if (value >= kCountBound)
            return tr("超出可填报的范围（应小于 %1）").arg(QStringLiteral("1000000000"));
        if (value != std::floor(value))
            return tr("应为不小于0的整数（%1）").arg(NumberText::format(value));
        return {};
    }
    if (value >= kAmountBound)
        return tr("超出可填报的范围（应小于 %1 万元）").arg(QStringLiteral("1000000000"));
    // Two decimals, judged on the value as written: 12.34 is stored as 12.339999…, so the
    // scaled value must be within a few units of rounding of a whole number, not exactly one.
    const double scaled = value * 100.0;
    if (std::fabs(scaled - std::round(scaled)) > 1e-9 + 8 * DBL_EPSILON * std::fabs(scaled))
        return tr("金额最多保留两位小数（%1）").arg(NumberText::format(value));
    return {};
}

} // namespace qf
