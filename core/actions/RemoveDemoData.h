// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;

/// Removes the demo county (鹿寨县 2021, seeded into an empty file on first start) once the
/// bureau has learnt with it: exactly what the seed wrote, never a row of the user's. The
/// window's 文件 → 删除示例数据… and `qingfeng-cli demo remove` both call it.
class RemoveDemoData
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDemoData)
public:
    /// What goes (or went), for the confirmation and the final message.
    struct Summary
    {
        int campaigns = 0;
        QStringList campaignTitles;
        int institutions = 0;
        QStringList keptInstitutions;   ///< changed by the user: kept as the user's own
        int reports = 0;
        int ledgerRecords = 0;
        bool isEmpty() const { return campaigns == 0 && institutions == 0 && keptInstitutions.isEmpty(); }
        /// "40 家示例机构，1 个示例活动（…），105 份报表，230 条台账记录", and the changed
        /// demo institutions that stay
        QString text() const;
    };

    /// What a removal would take now, or why it is refused (the user's own work that refers
    /// to demo rows, named; an account that may not remove it); writes nothing.
    static Status preview(Database &db, Summary *out);
    /// Checks as preview() does and removes, in one transaction; nothing changes when it
    /// fails. The audit trail records each deleted row. Fails when there is no demo data.
    static Status run(Database &db, Summary *removed);
};

} // namespace qf
