// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;

/// What of the demo county was changed after the seed wrote it: a demo institution
/// renamed or given another phone (from the audit trail), the demo campaign's plan edited
/// (against the campaign the seed writes). Removing the demo deletes these rows with the
/// user's changes in them, so the question before it names each one. Reads only.
class DemoEdits
{
    Q_DECLARE_TR_FUNCTIONS(DemoEdits)
public:
    /// One sentence per changed row ("示例机构“鹿寨县人民医院”（原名“…”）：改过名称、联系电话");
    /// empty when the demo is as seeded.
    static Status find(Database &db, QStringList *out);
};

} // namespace qf
