// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace qf {

QString Finding::describe() const
{
    const QString level = severity == Severity::Error ? tr("错误") : tr("提示");
    const QString where = column > 0 ? tr("第%1栏").arg(column) : tr("整行");
    // The rule's message says what is wrong; its id is for the program, not for the clerk.
    return tr("%1　附件%2　%3　%4　%5：%6")
        .arg(level).arg(form).arg(unitName, period.toChinese(), where, message);
}

} // namespace qf
