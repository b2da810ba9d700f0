// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureText.h"

#include "NumberText.h"
#include "forms/FigureLimits.h"

namespace qf {

QString FigureText::read(ColumnKind kind, const QString &text, double *out)
{
    double value = 0;
    if (!NumberText::parse(text, &value))
        return kind == ColumnKind::Count ? tr("“%1”不是整数").arg(text.trimmed())
                                         : tr("“%1”不是数字（金额以万元为单位，最多两位小数）").arg(text.trimmed());
    if (const QString problem = FigureLimits::problem(kind, value); !problem.isEmpty())
        return problem;
    *out = value;
    return {};
}

} // namespace qf
