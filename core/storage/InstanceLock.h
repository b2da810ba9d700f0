// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace qf {

/// Marks a database file as in use by this process, so that a second window opened on the
/// same file can say so. SQLite keeps both safe (every write is one transaction and waits
/// for the other's); what the user needs to know is that changes made in the other window
/// appear here only after a refresh. A lock left behind by a process that died is taken over.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)
public:
    explicit InstanceLock(const QString &databasePath);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    /// False only when another live process holds the file. (Where no lock file can be
    /// written, e.g. a read-only folder, this is true without holding anything.)
    bool acquire();
    bool isHeld() const;

    /// Who holds the file when acquire() failed: process, host and program, for a message.
    QString holder() const;

    static QString lockPathFor(const QString &databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace qf
