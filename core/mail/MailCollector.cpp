// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailCollector.h"

#include "mail/ImapClient.h"
#include "mail/MailMessage.h"
#include "mail/MailServer.h"
#include "mail/MessageIdentity.h"
#include "storage/Database.h"
#include "storage/MailRepository.h"
#include "xlsx/XlsxReader.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace qf {

MailServer MailCollector::imapServer(const MailAccount &account, const QString &password)
{
    return MailServer::of(account, account.imapHost, account.imapPort, account.imapImplicitTls, password);
}

QString MailCollector::refusalFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return QString();
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("et") || suffix == QLatin1String("ett"))
        return tr("“%1”是旧版 Excel/WPS 表格：请用下发的 .xlsx 模板填报。").arg(fileName);
    if (QStringList{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp"), QStringLiteral("gif"),
                    QStringLiteral("heic"), QStringLiteral("pdf")}.contains(suffix))
        return tr("“%1”是图片或 PDF，无法读取报表数字：请用下发的 .xlsx 模板填报。").arg(fileName);
    if (QStringList{QStringLiteral("zip"), QStringLiteral("rar"), QStringLiteral("7z")}.contains(suffix))
        return tr("“%1”是压缩包：请直接附上下发的 .xlsx 模板，不要压缩。").arg(fileName);
    return tr("“%1”不是报表文件：请用下发的 .xlsx 模板填报。").arg(fileName.isEmpty() ? tr("（无名附件）") : fileName);
}

Status MailCollector::fetch(Database &db, const MailAccount &account, const QString &password, const MailFetchOptions &options,
                            MailFetchResult *result)
{
    // Fetching a message's content marks it read on the server; unless the user asked for
    // that, ImapClient::fetch takes the mark off again.
    *result = MailFetchResult();
    MailRepository repo(db);
    ImapClient client(imapServer(account, password));
    if (Status s = client.open(); !s)
        return s;
    ImapMailboxState state;
    if (Status s = client.mailboxState(account.mailbox, &state); !s)
        return s;
    // A renumbered mailbox lists every message again under new UIDs; MessageIdentity knows
    // the ones recorded before, and the clerk is told why they come round again.
    if (const quint32 before = repo.latestUidValidity(account.id, account.mailbox); before && before != state.uidValidity)
        result->notes << tr("邮箱“%1”的 UIDVALIDITY 已由 %2 变为 %3：服务器重新编号了邮件。收取过的邮件按 Message-ID、发件人和附件认出，不会再次导入。")
                             .arg(account.mailbox).arg(before).arg(state.uidValidity);
    const quint32 last = repo.lastUid(account.id, account.mailbox, state.uidValidity);
    QList<ImapMessageInfo> listed;
    if (Status s = client.list(account.mailbox, state.uidValidity, last + 1, &listed); !s)
        return s;
    result->listed = int(listed.size());
    for (int index = 0; index < listed.size(); ++index) {
        const ImapMessageInfo &info = listed.at(index);
        if (options.since.isValid() && info.arrived.isValid() && info.arrived.toLocalTime().date() < options.since)
            continue;
        // Listed as new, yet recorded now: another fetch of the mailbox is under way.
        if (repo.hasMessage(account.id, account.mailbox, state.uidValidity, info.uid)) {
            result->takenElsewhere += 1;
            continue;
        }
        if (options.progress)
            options.progress(index, int(listed.size()));
        StoredMailMessage stored;
        stored.accountId = account.id;
        stored.mailbox = account.mailbox;
        stored.uidValidity = state.uidValidity;
        stored.uid = info.uid;
        stored.arrivedAt = info.arrived.isValid() ? info.arrived : QDateTime::currentDateTime();
        stored.size = info.size;
        stored.fetchedAt = QDateTime::currentDateTimeUtc();
        QList<StoredMailAttachment> parts;
        QStringList hashes;
        MailMessage parsed;
        const bool tooLarge = info.size > ImapClient::MaxMessageSize;
        if (tooLarge) {
            // Recorded without its content, so that it is not tried again at every fetch.
            stored.note = tr("邮件大小 %1 MB，超过 %2 MB，未下载。").arg(info.size >> 20).arg(ImapClient::MaxMessageSize >> 20);
        } else {
            QByteArray raw;
            if (Status s = client.fetch(account.mailbox, state.uidValidity, info, !options.markSeen, &raw); !s) {
                s.add(tr("已收取 %1 封，其余下次继续。").arg(result->recorded));
                return s;
            }
            if (Status s = MailMessage::parse(raw, &parsed); !s) {
                stored.note = s.message();
            } else {
                stored.messageId = parsed.messageId;
                stored.fromAddress = parsed.fromAddress;
                stored.fromName = parsed.fromName;
                stored.subject = parsed.subject;
                stored.note = parsed.problems.join(QLatin1Char('\n'));
                int seq = 0;
                for (const MailAttachment &a : parsed.attachments) {
                    StoredMailAttachment part;
                    part.seq = ++seq;
                    part.fileName = a.fileName;
                    part.contentType = a.contentType;
                    part.size = a.data.size();
                    part.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
                    hashes << part.sha256;
                    const QString refusal = refusalFor(a.fileName);
                    if (!refusal.isEmpty()) {
                        part.outcome = MailAttachmentOutcome::NotWorkbook;
                        part.detail = refusal;
                    } else if (a.data.size() > XlsxReader::MaxFileSize) {
                        part.outcome = MailAttachmentOutcome::Refused;
                        part.detail = tr("“%1”超过 %2 MB，不是下发的模板。").arg(a.fileName).arg(XlsxReader::MaxFileSize >> 20);
                    } else {
                        part.content = a.data;
                    }
                    parts << part;
                }
            }
        }
        const MessageIdentity identity = MessageIdentity::of(repo, stored, hashes);
        stored.duplicateOf = identity.sameAs;
        QString reused;
        if (identity.reusedIdOf) {
            const StoredMailMessage first = repo.message(identity.reusedIdOf).value_or(StoredMailMessage());
            reused = tr("%1 发来的邮件与 %2 收到的 %3 的邮件 Message-ID 相同，但发件人或附件不同：按另一封邮件收取，请核对。")
                         .arg(stored.fromAddress.isEmpty() ? tr("（发件人不明）") : stored.fromAddress,
                              first.arrivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              first.fromAddress.isEmpty() ? tr("（发件人不明）") : first.fromAddress);
            stored.note = stored.note.isEmpty() ? reused : stored.note + QLatin1Char('\n') + reused;
        }
        if (Status s = repo.record(stored, parts); !s) {
            // Another fetch of the same mailbox (a second window, a command) got there first.
            if (repo.hasMessage(account.id, account.mailbox, state.uidValidity, info.uid)) {
                result->takenElsewhere += 1;
                continue;
            }
            return s;
        }
        result->recorded += 1;
        if (stored.duplicateOf)
            result->duplicates += 1;
        if (!reused.isEmpty())
            result->notes << reused;
        if (tooLarge)
            result->notes << stored.note;
        for (const StoredMailAttachment &part : parts) {
            if (part.outcome == MailAttachmentOutcome::NotWorkbook) {
                result->refusedFiles += 1;
                result->notes << tr("%1 发来的%2").arg(parsed.fromAddress, part.detail);
            } else if (part.outcome == MailAttachmentOutcome::Refused) {
                result->notes << part.detail;
            } else if (!stored.duplicateOf) {
                result->workbooks += 1;
            }
        }
    }
    return Status::success();
}

} // namespace qf
