// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/WorkbookImport.h"
#include "model/MailAccount.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>

namespace qf {

class Database;

/// A workbook that arrived by mail, as the import would take it.
struct MailWorkbook
{
    StoredMailAttachment attachment;
    StoredMailMessage message;
    WorkbookFile file; ///< recognised and checked as a file from a folder would be
    /// What the mail says against the workbook: a sender the registry gives to another unit or
    /// does not know at all, a Message-ID an earlier message carried, what could not be read.
    /// Shown among the file's warnings too; an import records them with the attachment's
    /// outcome. Never a refusal: units do send for each other, but the clerk sees it.
    QStringList mailNotes;
};

/// The second half of 收取报表: the fetched workbooks go through the same recognition and
/// checks as files from a folder, and each is received on the day its message reached the
/// office's mailbox (local time), however late the clerk fetches it. Each workbook is
/// stored with its attachment's outcome in one transaction, in the order the mail arrived,
/// so a unit's corrected resend replaces its first filing and never meets it half way.
class ImportMailAttachments
{
    Q_DECLARE_TR_FUNCTIONS(ImportMailAttachments)
public:
    /// What importing the waiting workbooks would do now (nothing is stored).
    static QList<MailWorkbook> preview(Database &db, const Campaign &campaign, const QDate &today);
    /// Imports every waiting workbook that has no errors; one with errors is marked refused
    /// with them (listed in `out` too) and stays out, and nothing it holds is stored. One that
    /// another import (a second window or command) decided meanwhile is left to it.
    static Status run(Database &db, const Campaign &campaign, const QDate &today, QList<MailWorkbook> *out);
    /// The name a workbook goes by in messages and the import's file list.
    static QString pathOf(const StoredMailAttachment &attachment);
};

} // namespace qf
