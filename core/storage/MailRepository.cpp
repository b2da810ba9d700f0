// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailRepository.h"

#include "Database.h"
#include "ReadError.h"
#include "LedgerSql.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace qf {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString tls(bool implicit)
{
    return implicit ? QStringLiteral("implicit") : QStringLiteral("starttls");
}

} // namespace

QString MailRepository::outcomeKey(MailAttachmentOutcome outcome)
{
    switch (outcome) {
    case MailAttachmentOutcome::Pending: return QStringLiteral("pending");
    case MailAttachmentOutcome::Imported: return QStringLiteral("imported");
    case MailAttachmentOutcome::Unchanged: return QStringLiteral("unchanged");
    case MailAttachmentOutcome::Refused: return QStringLiteral("refused");
    case MailAttachmentOutcome::NotWorkbook: return QStringLiteral("not-workbook");
    }
    return QStringLiteral("pending");
}

MailAttachmentOutcome MailRepository::outcomeFromKey(const QString &key)
{
    for (auto o : {MailAttachmentOutcome::Imported, MailAttachmentOutcome::Unchanged, MailAttachmentOutcome::Refused,
                   MailAttachmentOutcome::NotWorkbook})
        if (outcomeKey(o) == key)
            return o;
    return MailAttachmentOutcome::Pending;
}

QList<MailAccount> MailRepository::selectAccounts(const QString &where, const QVariant &bind, Status *status) const
{
    QList<MailAccount> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, name, office, address, imap_host, imap_port, imap_tls, smtp_host, smtp_port, smtp_tls, "
                                                    "user_name, mailbox, ca_file, created_at FROM mail_account WHERE %1 ORDER BY name, id").arg(where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("邮箱列表"), q.lastError(), status);
        return list;
    }
    while (q.next()) {
        MailAccount a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.office = q.value(2).toString();
        a.address = q.value(3).toString();
        a.imapHost = q.value(4).toString();
        a.imapPort = q.value(5).toInt();
        a.imapImplicitTls = q.value(6).toString() == QLatin1String("implicit");
        a.smtpHost = q.value(7).toString();
        a.smtpPort = q.value(8).toInt();
        a.smtpImplicitTls = q.value(9).toString() == QLatin1String("implicit");
        a.userName = q.value(10).toString();
        a.mailbox = q.value(11).toString();
        a.caFile = q.value(12).toString();
        a.createdAt = fromStamp(q.value(13));
        list << a;
    }
    return list;
}

QList<MailAccount> MailRepository::accounts(Status *status) const
{
    return selectAccounts(QStringLiteral("1 = 1"), QVariant(), status);
}

std::optional<MailAccount> MailRepository::findAccount(qint64 id) const
{
    const auto found = selectAccounts(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<MailAccount>(found.first());
}

std::optional<MailAccount> MailRepository::findAccount(const QString &name) const
{
    const auto found = selectAccounts(QStringLiteral("name = ?"), name.trimmed());
    return found.isEmpty() ? std::nullopt : std::optional<MailAccount>(found.first());
}

Status MailRepository::save(MailAccount &account)
{
    MailAccount a = account;
    a.name = a.name.trimmed();
    a.address = a.address.trimmed();
    a.imapHost = a.imapHost.trimmed();
    a.smtpHost = a.smtpHost.trimmed();
    a.userName = a.userName.trimmed();
    if (a.mailbox.trimmed().isEmpty())
        a.mailbox = QStringLiteral("INBOX");
    if (a.name.isEmpty() || a.imapHost.isEmpty() || a.userName.isEmpty() || !a.address.contains(QLatin1Char('@')))
        return Status::failure(tr("邮箱的名称、地址、收信服务器和用户名都要填写。"));
    if (a.imapPort < 1 || a.imapPort > 65535 || a.smtpPort < 1 || a.smtpPort > 65535)
        return Status::failure(tr("邮箱“%1”的端口应在 1 到 65535 之间。").arg(a.name));
    if (const auto same = findAccount(a.name); same && same->id != a.id)
        return Status::failure(tr("已有名为“%1”的邮箱。").arg(a.name));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (a.id == 0) {
        a.createdAt = QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral("INSERT INTO mail_account (name, office, address, imap_host, imap_port, imap_tls, smtp_host, "
                                 "smtp_port, smtp_tls, user_name, mailbox, ca_file, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE mail_account SET name = ?, office = ?, address = ?, imap_host = ?, imap_port = ?, "
                                 "imap_tls = ?, smtp_host = ?, smtp_port = ?, smtp_tls = ?, user_name = ?, mailbox = ?, "
                                 "ca_file = ? WHERE id = ?"));
    }
    for (const QVariant &v : {QVariant(a.name), QVariant(a.office), QVariant(a.address), QVariant(a.imapHost), QVariant(a.imapPort),
                              QVariant(tls(a.imapImplicitTls)), QVariant(a.smtpHost), QVariant(a.smtpPort),
                              QVariant(tls(a.smtpImplicitTls)), QVariant(a.userName), QVariant(a.mailbox), QVariant(a.caFile)})
        SqlValues::bind(q, v);
    if (a.id == 0)
        q.addBindValue(stamp(a.createdAt));
    else
        q.addBindValue(a.id);
    if (!q.exec())
        return Status::failure(tr("邮箱“%1”未能保存：%2").arg(a.name, LedgerSql::errorText(q.lastError())));
    if (a.id == 0) {
        a.id = SqlValues::returnedId(q);
    } else if (q.numRowsAffected() != 1) {
        return Status::failure(tr("邮箱“%1”已不存在。").arg(a.name));
    }
    Status s = tx.commit();
    if (s)
        account = a;
    return s;
}

Status MailRepository::removeAccount(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT count(*) FROM mail_message WHERE account_id = ?"));
    used.addBindValue(id);
    if (!used.exec() || !used.next())
        return Status::failure(tr("邮箱未能删除：%1").arg(LedgerSql::errorText(used.lastError())));
    if (const qint64 n = used.value(0).toLongLong(); n > 0)
        return Status::failure(tr("已从这个邮箱收取 %1 封邮件，它们是报送的凭据：邮箱不能删除。").arg(n));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM mail_account WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("邮箱未能删除：%1").arg(LedgerSql::errorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("邮箱已不存在。"));
    return tx.commit();
}

quint32 MailRepository::lastUid(qint64 accountId, const QString &mailbox, quint32 uidValidity) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(uid) FROM mail_message WHERE account_id = ? AND mailbox = ? AND uid_validity = ?"));
    q.addBindValue(accountId);
    q.addBindValue(mailbox);
    q.addBindValue(qint64(uidValidity));
    return q.exec() && q.next() ? quint32(q.value(0).toLongLong()) : 0;
}

bool MailRepository::hasMessage(qint64 accountId, const QString &mailbox, quint32 uidValidity, quint32 uid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM mail_message WHERE account_id = ? AND mailbox = ? AND uid_validity = ? AND uid = ?"));
    q.addBindValue(accountId);
    q.addBindValue(mailbox);
    q.addBindValue(qint64(uidValidity));
    q.addBindValue(qint64(uid));
    return q.exec() && q.next();
}

quint32 MailRepository::latestUidValidity(qint64 accountId, const QString &mailbox) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT uid_validity FROM mail_message WHERE account_id = ? AND mailbox = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(mailbox);
    return q.exec() && q.next() ? quint32(q.value(0).toLongLong()) : 0;
}

QList<StoredMailMessage> MailRepository::messagesWithId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return {};
    return selectMessages(QStringLiteral("message_id = ?"), messageId, QStringLiteral("id"));
}

QList<StoredMailMessage> MailRepository::messagesWithoutIdFrom(const QString &fromAddress) const
{
    return selectMessages(QStringLiteral("message_id = '' AND from_address = ?"), fromAddress, QStringLiteral("id"));
}

qint64 MailRepository::messageWithId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return 0; // a message without an id is known by its UID only
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT min(id) FROM mail_message WHERE message_id = ?"));
    q.addBindValue(messageId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status MailRepository::record(StoredMailMessage &message, QList<StoredMailAttachment> &attachments)
{
    StoredMailMessage m = message;
    QList<StoredMailAttachment> parts = attachments;
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO mail_message (account_id, mailbox, uid_validity, uid, message_id, from_address, "
                             "from_name, subject, arrived_at, size, fetched_at, fetched_by, duplicate_of, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    m.fetchedBy = m_db.actor();
    for (const QVariant &v : {QVariant(m.accountId), QVariant(m.mailbox), QVariant(qint64(m.uidValidity)), QVariant(qint64(m.uid)),
                              QVariant(m.messageId), QVariant(m.fromAddress), QVariant(m.fromName), QVariant(m.subject),
                              QVariant(m.arrivedAt.toString(Qt::ISODate)), QVariant(m.size), QVariant(stamp(m.fetchedAt)),
                              QVariant(m.fetchedBy)})
        SqlValues::bind(q, v);
    q.addBindValue(m.duplicateOf ? QVariant(m.duplicateOf) : QVariant(QMetaType(QMetaType::LongLong)));
    SqlValues::bind(q, m.note);
    if (!q.exec()) {
        if (SqlValues::isUniqueViolation(q.lastError()))
            return Status::failure(tr("这封邮件（UID %1）已经收取过。").arg(m.uid));
        return Status::failure(tr("邮件（UID %1）未能保存：%2").arg(m.uid).arg(LedgerSql::errorText(q.lastError())));
    }
    m.id = SqlValues::returnedId(q);
    for (StoredMailAttachment &a : parts) {
        a.messageRow = m.id;
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT INTO mail_attachment (message_row, seq, file_name, content_type, size, sha256, content, "
                                   "outcome, detail, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        ins.addBindValue(a.messageRow);
        ins.addBindValue(a.seq);
        SqlValues::bind(ins, a.fileName);
        SqlValues::bind(ins, a.contentType);
        ins.addBindValue(a.size);
        ins.addBindValue(a.sha256);
        ins.addBindValue(a.content.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(a.content));
        ins.addBindValue(outcomeKey(a.outcome));
        SqlValues::bind(ins, a.detail);
        ins.addBindValue(a.outcome == MailAttachmentOutcome::Pending ? QVariant(QMetaType(QMetaType::QString))
                                                                     : QVariant(stamp(QDateTime::currentDateTimeUtc())));
        if (!ins.exec())
            return Status::failure(tr("附件“%1”未能保存：%2").arg(a.fileName, LedgerSql::errorText(ins.lastError())));
        a.id = SqlValues::returnedId(ins);
    }
    Status s = tx.commit();
    if (s) {
        message = m;
        attachments = parts;
    }
    return s;
}

QList<StoredMailMessage> MailRepository::selectMessages(const QString &where, const QVariant &bind, const QString &order) const
{
    QList<StoredMailMessage> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, account_id, mailbox, uid_validity, uid, message_id, from_address, from_name, subject, "
                             "arrived_at, size, fetched_at, fetched_by, duplicate_of, note FROM mail_message WHERE %1 "
                             "ORDER BY %2").arg(where, order));
    q.addBindValue(bind);
    q.exec();
    while (q.next()) {
        StoredMailMessage m;
        m.id = q.value(0).toLongLong();
        m.accountId = q.value(1).toLongLong();
        m.mailbox = q.value(2).toString();
        m.uidValidity = quint32(q.value(3).toLongLong());
        m.uid = quint32(q.value(4).toLongLong());
        m.messageId = q.value(5).toString();
        m.fromAddress = q.value(6).toString();
        m.fromName = q.value(7).toString();
        m.subject = q.value(8).toString();
        m.arrivedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        m.size = q.value(10).toLongLong();
        m.fetchedAt = fromStamp(q.value(11));
        m.fetchedBy = q.value(12).toString();
        m.duplicateOf = q.value(13).toLongLong();
        m.note = q.value(14).toString();
        list << m;
    }
    return list;
}

std::optional<StoredMailMessage> MailRepository::message(qint64 id) const
{
    const auto found = selectMessages(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<StoredMailMessage>(found.first());
}

QList<StoredMailMessage> MailRepository::messages(qint64 accountId) const
{
    return selectMessages(QStringLiteral("account_id = ?"), accountId);
}

QList<StoredMailAttachment> MailRepository::selectAttachments(const QString &where, const QVariant &bind, bool withContent) const
{
    QList<StoredMailAttachment> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.message_row, a.seq, a.file_name, a.content_type, a.size, a.sha256, %1, a.outcome, "
                             "a.detail, a.decided_at FROM mail_attachment a JOIN mail_message m ON m.id = a.message_row "
                             "WHERE %2 ORDER BY m.arrived_at, m.id, a.seq")
                  .arg(withContent ? QStringLiteral("a.content") : QStringLiteral("NULL"), where));
    if (bind.isValid())
        q.addBindValue(bind);
    q.exec();
    while (q.next()) {
        StoredMailAttachment a;
        a.id = q.value(0).toLongLong();
        a.messageRow = q.value(1).toLongLong();
        a.seq = q.value(2).toInt();
        a.fileName = q.value(3).toString();
        a.contentType = q.value(4).toString();
        a.size = q.value(5).toLongLong();
        a.sha256 = q.value(6).toString();
        a.content = q.value(7).toByteArray();
        a.outcome = outcomeFromKey(q.value(8).toString());
        a.detail = q.value(9).toString();
        a.decidedAt = fromStamp(q.value(10));
        list << a;
    }
    return list;
}

QList<StoredMailAttachment> MailRepository::attachments(qint64 messageRow, bool withContent) const
{
    return selectAttachments(QStringLiteral("a.message_row = ?"), messageRow, withContent);
}

std::optional<StoredMailAttachment> MailRepository::attachment(qint64 id) const
{
    const auto found = selectAttachments(QStringLiteral("a.id = ?"), id, false);
    return found.isEmpty() ? std::nullopt : std::optional<StoredMailAttachment>(found.first());
}

QList<StoredMailAttachment> MailRepository::pendingAttachments(bool withContent) const
{
    return selectAttachments(QStringLiteral("a.outcome = 'pending' AND m.duplicate_of IS NULL"), QVariant(), withContent);
}

QList<StoredMailAttachment> MailRepository::decidedAttachments(bool withContent) const
{
    return selectAttachments(QStringLiteral("a.outcome <> 'pending' AND m.duplicate_of IS NULL"), QVariant(), withContent);
}

Status MailRepository::decide(qint64 attachmentId, MailAttachmentOutcome outcome, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE mail_attachment SET outcome = ?, detail = ?, decided_at = ? WHERE id = ? AND outcome = 'pending'"));
    q.addBindValue(outcomeKey(outcome));
    SqlValues::bind(q, detail);
    q.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return Status::failure(tr("附件的处理结果未能保存：%1").arg(LedgerSql::errorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("这个附件已经处理过。"));
    return Status::success();
}

} // namespace qf
