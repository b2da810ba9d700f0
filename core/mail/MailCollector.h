// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace qf {

class Database;
struct MailServer;

struct MailFetchOptions
{
    /// Messages that arrived earlier are left on the server and not recorded; once a later one
    /// is recorded they are not fetched afterwards either (the fetch goes on from the last UID).
    QDate since;
    bool markSeen = false;  ///< the mailbox is changed only when the user asks
    /// Told before each new message is downloaded: its place among the listed ones (from 0)
    /// and how many were listed.
    std::function<void(int index, int count)> progress;
};

struct MailFetchResult
{
    int listed = 0;      ///< new on the server since the last fetch
    int recorded = 0;    ///< fetched and recorded now
    int duplicates = 0;  ///< recorded, but the same message (Message-ID, sender, attachments) came before
    int takenElsewhere = 0; ///< recorded meanwhile by another fetch (another window or command): skipped here
    int workbooks = 0;   ///< .xlsx attachments waiting to be imported
    int refusedFiles = 0;///< attachments that are not workbooks (.xls, .et, pictures…)
    QStringList notes;   ///< what the clerk should know: refused files, messages too large
};

/// 收取报表: fetches the messages a mailbox received since the last fetch and records each,
/// with its attachments, in one transaction of its own, so a connection that drops half way
/// leaves every message either recorded whole or not at all, and the next fetch goes on
/// from there. A message is known by its mailbox's UIDVALIDITY and UID and never fetched
/// twice; one that was recorded before under another UID (see MessageIdentity) is recorded
/// as a duplicate, and its attachments are not imported again. Two fetches of one mailbox
/// at once share the work: what the other one recorded first is skipped.
class MailCollector
{
    Q_DECLARE_TR_FUNCTIONS(MailCollector)
public:
    static Status fetch(Database &db, const MailAccount &account, const QString &password, const MailFetchOptions &options,
                        MailFetchResult *result);
    static MailServer imapServer(const MailAccount &account, const QString &password);
    /// Whether a file of this name is one the bureau handed out (.xlsx); anything else gets
    /// the reply-worthy reason why it was not read.
    static QString refusalFor(const QString &fileName);
};

} // namespace qf
