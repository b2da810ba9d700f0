// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadError.h"

#include <QDebug>

namespace qf {

Status ReadError::failure(const QString &what, const QSqlError &error)
{
    QString words = error.text().trimmed();
    if (words.isEmpty())
        words = tr("数据库连接已断开");
    return Status::failure(tr("无法读取%1：%2").arg(what, words));
}

void ReadError::report(const QString &what, const QSqlError &error, Status *status)
{
    const Status failed = failure(what, error);
    qWarning("%s", qUtf8Printable(failed.message()));
    if (status)
        status->add(failed);
}

} // namespace qf
