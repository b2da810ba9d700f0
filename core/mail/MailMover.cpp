// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailMover.h"

#include "actions/MailAccountActions.h"
#include "mail/ImapClient.h"
#include "mail/MailCollector.h"
#include "mail/MailServer.h"
#include "storage/Database.h"
#include "storage/MailRepository.h"

#include <QSet>

namespace qf {

bool MailMover::isFiled(MailRepository &repo, const StoredMailMessage &message)
{
    // A duplicate's own attachments are never imported: its first copy's are the ones that count.
    const qint64 row = message.duplicateOf ? message.duplicateOf : message.id;
    int workbooks = 0;
    for (const StoredMailAttachment &a : repo.attachments(row)) {
        switch (a.outcome) {
        case MailAttachmentOutcome::NotWorkbook:
            break;
        case MailAttachmentOutcome::Imported:
        case MailAttachmentOutcome::Unchanged:
            ++workbooks;
            break;
        case MailAttachmentOutcome::Pending:
        case MailAttachmentOutcome::Refused:
            return false;
        }
    }
    return workbooks > 0;
}

QString MailMover::folderProblem(const MailAccount &account, const QString &folder)
{
    const QString name = folder.trimmed();
    if (name.isEmpty())
        return tr("请给出收取后移入的文件夹名称。");
    // LIST reads '%' and '*' as wildcards: "已导入*" would be found in any folder whose name begins so,
    // never made, and the move would then fail. A control character (a pasted line break, a bidi
    // override) names a folder the clerk could not see as typed or find again: refused as in names.
    if (MailAccountActions::unsafeMailboxName(name))
        return tr("文件夹名称“%1”含有 %、* 或控制字符，请另取一个名称。").arg(name);
    // INBOX is the one name IMAP compares without regard to case.
    const bool inbox = name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
    if (name == account.mailbox || (inbox && account.mailbox.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0))
        return tr("文件夹“%1”就是邮箱“%2”收取报表的文件夹，请另选一个。").arg(name, account.name);
    return QString();
}

Status MailMover::move(Database &db, const MailAccount &account, const QString &password, const QString &folder,
                       MailMoveResult *result)
{
    *result = MailMoveResult();
    const QString target = folder.trimmed();
    if (const QString problem = folderProblem(account, target); !problem.isEmpty())
        return Status::failure(problem);
    MailRepository repo(db);
    ImapClient client(MailCollector::imapServer(account, password));
    if (Status s = client.open(); !s)
        return s;
    QStringList capabilities;
    if (Status s = client.capabilities(&capabilities); !s)
        return s;
    const auto method = ImapClient::moveMethodFor(capabilities);
    if (!method)
        return Status::failure(tr("邮件服务器 %1 既不支持 MOVE，也不支持 UIDPLUS：无法只移动导入了的邮件，未移动任何邮件。")
                                   .arg(account.imapHost));
    result->method = *method == ImapClient::MoveMethod::Move ? QStringLiteral("UID MOVE") : QStringLiteral("UID COPY + UID EXPUNGE");
    ImapMailboxState state;
    if (Status s = client.mailboxState(account.mailbox, &state); !s)
        return s;
    QList<quint32> recorded;
    QSet<quint32> filed;
    for (const StoredMailMessage &m : repo.messages(account.id)) {
        if (m.mailbox != account.mailbox || m.uidValidity != state.uidValidity)
            continue;
        recorded << m.uid;
        if (isFiled(repo, m))
            filed.insert(m.uid);
    }
    QList<quint32> there;
    if (Status s = client.present(account.mailbox, state.uidValidity, recorded, &there); !s)
        return s;
    QList<quint32> going;
    for (quint32 uid : there)
        if (filed.contains(uid))
            going << uid;
    result->kept = int(there.size() - going.size());
    if (going.isEmpty())
        return Status::success();
    if (Status s = client.ensureMailbox(target); !s)
        return s;
    if (Status s = client.move(account.mailbox, state.uidValidity, going, target, *method); !s) {
        s.add(tr("邮件未能移到文件夹“%1”。").arg(target));
        return s;
    }
    result->moved = int(going.size());
    return Status::success();
}

} // namespace qf
