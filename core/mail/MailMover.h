// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace qf {

class Database;
class MailRepository;

struct MailMoveResult
{
    int moved = 0; ///< taken out of the mailbox into the folder now
    int kept = 0;  ///< recorded and still in the mailbox, but not every workbook of it was stored
    QString method; ///< how the server moved them (UID MOVE, or COPY and EXPUNGE)
};

/// 收取报表's tidying up: after the import, the messages whose every workbook was stored
/// (imported, or the same as stored already) leave the office mailbox for a folder, so that
/// what is left in it is what the clerk still has to deal with. A message with a workbook
/// that was refused or not imported yet, with no workbook at all (pictures, .xls, a
/// question), or not fetched yet stays where it is. A duplicate goes as its first copy goes.
/// Only messages recorded under the mailbox's present UIDVALIDITY are named, by UID, so a
/// renumbered mailbox is never touched by old numbers.
class MailMover
{
    Q_DECLARE_TR_FUNCTIONS(MailMover)
public:
    static Status move(Database &db, const MailAccount &account, const QString &password, const QString &folder,
                       MailMoveResult *result);
    /// Whether the recorded message may leave the mailbox (see the class).
    static bool isFiled(MailRepository &repo, const StoredMailMessage &message);
    /// Why a folder cannot be the target (empty when it can).
    static QString folderProblem(const MailAccount &account, const QString &folder);
};

} // namespace qf
