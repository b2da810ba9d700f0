// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWorkbooks.h"

#include "storage/Database.h"

namespace qf {

Status ImportWorkbooks::storeClean(Database &db, QList<WorkbookFile> &files, Progress *progress, int *stored)
{
    if (stored)
        *stored = 0;
    QList<int> waiting;
    for (int i = 0; i < files.size(); ++i)
        if (files.at(i).isClean() && !files.at(i).stored)
            waiting << i;
    if (waiting.isEmpty())
        return Status::success();
    // The files are marked in a copy: until the commit, nothing counts as stored.
    QList<WorkbookFile> work = files;
    const int total = int(waiting.size());
    Transaction tx(db);
    for (int k = 0; k < total; ++k) {
        WorkbookFile &file = work[waiting.at(k)];
        if (!Progress::goOn(progress, k, total, tr("正在导入 %1（%2/%3）").arg(file.fileName).arg(k + 1).arg(total)))
            return Status::failure(Progress::cancelledMessage());
        if (const Status s = WorkbookImport::store(db, file); !s) {
            files[waiting.at(k)].errors << s.messages();
            return Status::failure(tr("%1 未能导入，其余文件也未导入：%2").arg(file.fileName, s.message()));
        }
    }
    // The last moment to stop: after the commit the files are in.
    if (!Progress::goOn(progress, total, total))
        return Status::failure(Progress::cancelledMessage());
    if (const Status s = tx.commit(); !s)
        return s;
    files = work;
    if (stored)
        *stored = total;
    return Status::success();
}

} // namespace qf
