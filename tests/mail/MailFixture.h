// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/MailAccount.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>

namespace qf::test {

/// What the mailbox tests share: a mailbox folder of each test's own on the test Dovecot, an
/// account on it, the mail a unit sends and the workbook it attaches.
struct MailFixture
{
    static QString freshFolder();
    /// A Message-ID no earlier run used: "<prefix>-<uuid>@example.cn".
    static QByteArray freshId(const char *prefix);
    /// 医政股邮箱 on user yz's `folder`.
    static MailAccount accountFor(Database &db, const QString &folder);
    static QString password();
    /// A unit's mail with these attachments (name, bytes); no Message-ID header when messageId
    /// is empty.
    static QByteArray mailWith(const QByteArray &messageId, const QList<QPair<QString, QByteArray>> &files,
                               const QByteArray &from = QByteArrayLiteral("zdwsy@example.cn"));
    /// The unit's November template, prefilled with October's cumulative figures (November
    /// removed first), so that it comes back as a new November filing.
    /// Starts `qingfeng-cli --db database mail fetch [more…] --password-stdin` as the clerk runs it,
    /// typing the password; its home and data folders are in `scratch`, never the user's.
    static void startFetch(QProcess &cli, const QString &database, const QString &scratch, const QStringList &more = {});
    /// `scratch` is a folder the templates may be written to.
    static QByteArray novemberTemplate(Database &db, const QString &scratch, const Campaign &campaign, const Institution &unit);
    /// Empty when the two workbooks hold the same parts byte for byte, apart from the times in
    /// their document properties (a workbook is stamped with the second it was written, and
    /// two writes of one template need not fall in the same second); otherwise the first
    /// part that differs.
    static QString workbookDifference(const QByteArray &a, const QByteArray &b);
};

} // namespace qf::test
