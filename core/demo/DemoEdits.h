// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;

/// What of the demo campaign was changed after the seed wrote it (against the campaign the
/// seed writes). Removing the demo deletes the campaign with the user's changes in it, so the
/// question before it names them. (A demo institution the user changed is not deleted: it
/// stays as the user's own, see DemoDataStore.) Reads only.
class DemoEdits
{
    Q_DECLARE_TR_FUNCTIONS(DemoEdits)
public:
    /// One sentence per changed row ("示例活动“…”：改过工作阶段");
    /// empty when the demo is as seeded.
    static Status find(Database &db, QStringList *out);
};

} // namespace qf
