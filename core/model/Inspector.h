// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace qf {

/// One member of the bureau's pool of staff for 抽查 (双随机): who, from which office, and
/// the institution they belong to, if any (they are never sent to inspect it).
struct Inspector
{
    qint64 id = 0;
    QString name;
    QString office;
    qint64 institutionId = 0;   ///< 0: the bureau's own staff
};

} // namespace qf
