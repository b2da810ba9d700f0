// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

/// One problem with the figures: which form, unit, month and column, and which rule.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)
public:
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int form = 0;
    QString unitKey;
    QString unitName;
    YearMonth period;
    int column = 0;            ///< the form's column number; 0 when the whole row is meant
    QString ruleId;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "错误 附件1 鹿寨县人民医院 2021年8月 第（2）栏：…"
    QString describe() const;
};

inline int countErrors(const QList<Finding> &findings)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.isError() ? 1 : 0;
    return n;
}

} // namespace qf
