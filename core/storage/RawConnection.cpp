// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawConnection.h"

#include <QAtomicInteger>

namespace qf {

RawConnection::RawConnection(const QString &file, const QString &options)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("qingfeng-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(file);
    if (!options.isEmpty())
        db.setConnectOptions(options);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace qf
