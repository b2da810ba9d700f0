// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/WorkbookImport.h"
#include "model/Progress.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>

namespace qf {

class Database;

/// 导入全部无误文件: the import dialog's store of the workbooks it checked.
class ImportWorkbooks
{
    Q_DECLARE_TR_FUNCTIONS(ImportWorkbooks)
public:
    /// Stores every clean file not stored yet, all in one transaction: every one of them,
    /// or none when one is refused (that file's errors then say why) or `progress` (a step
    /// per file) is cancelled before the commit. `files` are marked stored only when the
    /// commit went through; `stored` gets how many were.
    static Status storeClean(Database &db, QList<WorkbookFile> &files, Progress *progress = nullptr, int *stored = nullptr);
};

} // namespace qf
