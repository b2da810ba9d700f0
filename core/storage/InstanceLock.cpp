// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstanceLock.h"

#include <QLockFile>

namespace qf {

InstanceLock::InstanceLock(const QString &databasePath) : m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath)))
{
    // Age says nothing about a window left open for days; only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

QString InstanceLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

bool InstanceLock::acquire()
{
    if (m_lock->isLocked())
        return true;
    // tryLock() takes over a lock whose owner on this computer is no longer running.
    if (m_lock->tryLock(0))
        return true;
    // A folder we may not write to cannot hold the mark; that is no sign of another user.
    return m_lock->error() != QLockFile::LockFailedError;
}

bool InstanceLock::isHeld() const
{
    return m_lock->isLocked();
}

QString InstanceLock::holder() const
{
    qint64 pid = 0;
    QString host, program;
    if (!m_lock->getLockInfo(&pid, &host, &program))
        return tr("另一个程序");
    return tr("%1（进程 %2，计算机 %3）").arg(program.isEmpty() ? tr("另一个程序") : program).arg(pid).arg(host);
}

} // namespace qf
