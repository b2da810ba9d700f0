// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentMailRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace qf {

namespace {

const QString kColumns = QStringLiteral(
    "id, campaign_id, unit_key, deliverable, period, kind, about_attachment, account_id, recipient, subject, "
    "message_id, state, detail, started_at, finished_at, sent_by");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString kindKey(SentMailKind kind)
{
    return kind == SentMailKind::Receipt ? QStringLiteral("receipt") : QStringLiteral("reminder");
}

} // namespace

QString SentMailRepository::stateKey(SentMailState state)
{
    switch (state) {
    case SentMailState::Sending: return QStringLiteral("sending");
    case SentMailState::Sent: return QStringLiteral("sent");
    case SentMailState::Failed: return QStringLiteral("failed");
    case SentMailState::Uncertain: return QStringLiteral("uncertain");
    }
    return QStringLiteral("sending");
}

SentMailState SentMailRepository::stateFromKey(const QString &key)
{
    if (key == QLatin1String("sent"))
        return SentMailState::Sent;
    if (key == QLatin1String("failed"))
        return SentMailState::Failed;
    if (key == QLatin1String("uncertain"))
        return SentMailState::Uncertain;
    return SentMailState::Sending;
}

QList<SentMail> SentMailRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_sent WHERE %2 ORDER BY id").arg(kColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<SentMail> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        SentMail m;
        m.id = q.value(0).toLongLong();
        m.campaignId = q.value(1).toLongLong();
        m.unitKey = q.value(2).toString();
        m.deliverable = q.value(3).toInt();
        m.period = SqlValues::toPeriod(q.value(4));
        m.kind = q.value(5).toString() == QLatin1String("receipt") ? SentMailKind::Receipt : SentMailKind::Reminder;
        m.aboutAttachment = q.value(6).toLongLong();
        m.accountId = q.value(7).toLongLong();
        m.recipient = q.value(8).toString();
        m.subject = q.value(9).toString();
        m.messageId = q.value(10).toString();
        m.state = stateFromKey(q.value(11).toString());
        m.detail = q.value(12).toString();
        m.startedAt = fromStamp(q.value(13));
        m.finishedAt = fromStamp(q.value(14));
        m.sentBy = q.value(15).toString();
        out << m;
    }
    return out;
}

QList<SentMail> SentMailRepository::all(qint64 campaignId) const
{
    return select(QStringLiteral("campaign_id = ?"), {campaignId});
}

std::optional<SentMail> SentMailRepository::reminder(qint64 campaignId, const QString &unitKey, int deliverable,
                                                     const YearMonth &period) const
{
    const QList<SentMail> rows = select(
        QStringLiteral("kind = 'reminder' AND campaign_id = ? AND unit_key = ? AND deliverable = ? AND period = ?"),
        {campaignId, unitKey, deliverable, period.toString()});
    return rows.isEmpty() ? std::nullopt : std::optional<SentMail>(rows.first());
}

std::optional<SentMail> SentMailRepository::receipt(qint64 attachmentId) const
{
    const QList<SentMail> rows = select(QStringLiteral("kind = 'receipt' AND about_attachment = ?"), {attachmentId});
    return rows.isEmpty() ? std::nullopt : std::optional<SentMail>(rows.first());
}

QList<SentMail> SentMailRepository::withMessageId(const QString &messageId) const
{
    return select(QStringLiteral("message_id = ?"), {messageId});
}

Status SentMailRepository::claim(QList<SentMail> &rows, bool *taken)
{
    if (taken)
        *taken = false;
    QList<SentMail> claimed = rows;
    Transaction tx(m_db);
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    for (SentMail &m : claimed) {
        const std::optional<SentMail> before =
            m.kind == SentMailKind::Receipt ? receipt(m.aboutAttachment) : reminder(m.campaignId, m.unitKey, m.deliverable, m.period);
        if (before && before->settled()) {
            if (taken)
                *taken = true;
            return Status::failure(tr("%1 已于 %2 发送（或正在发送）给 %3，不再发送。")
                                       .arg(before->subject, before->startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            before->recipient));
        }
        QSqlQuery q(m_db.connection());
        if (before) {
            // A failure the server never saw: claimed anew, under the new message's id, only
            // while it is still failed (another run may claim it at the same moment).
            q.prepare(QStringLiteral("UPDATE mail_sent SET state = 'sending', account_id = ?, recipient = ?, subject = ?, "
                                     "message_id = ?, detail = '', started_at = ?, finished_at = NULL, sent_by = ? "
                                     "WHERE id = ? AND state = 'failed'"));
            for (const QVariant &v : {QVariant(m.accountId), QVariant(m.recipient), QVariant(m.subject), QVariant(m.messageId),
                                      QVariant(now), QVariant(m_db.actor()), QVariant(before->id)})
                SqlValues::bind(q, v);
            if (!q.exec())
                return Status::failure(tr("发送记录未能保存：%1").arg(LedgerSql::errorText(q.lastError())));
            if (q.numRowsAffected() != 1) {
                if (taken)
                    *taken = true;
                return Status::failure(tr("%1 正由另一次发送处理，这里跳过。").arg(m.subject));
            }
            m.id = before->id;
            continue;
        }
        q.prepare(QStringLiteral("INSERT INTO mail_sent (campaign_id, unit_key, deliverable, period, kind, about_attachment, "
                                 "account_id, recipient, subject, message_id, state, detail, started_at, sent_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', '', ?, ?) RETURNING id"));
        for (const QVariant &v : {QVariant(m.campaignId), QVariant(m.unitKey), QVariant(m.deliverable), QVariant(m.period.toString()),
                                  QVariant(kindKey(m.kind))})
            SqlValues::bind(q, v);
        q.addBindValue(m.aboutAttachment ? QVariant(m.aboutAttachment) : QVariant(QMetaType(QMetaType::LongLong)));
        for (const QVariant &v : {QVariant(m.accountId), QVariant(m.recipient), QVariant(m.subject), QVariant(m.messageId),
                                  QVariant(now), QVariant(m_db.actor())})
            SqlValues::bind(q, v);
        if (!q.exec()) {
            if (SqlValues::isUniqueViolation(q.lastError())) {
                if (taken)
                    *taken = true;
                return Status::failure(tr("%1 正由另一次发送处理，这里跳过。").arg(m.subject));
            }
            return Status::failure(tr("发送记录未能保存：%1").arg(LedgerSql::errorText(q.lastError())));
        }
        m.id = SqlValues::returnedId(q);
    }
    if (Status s = tx.commit(); !s)
        return s;
    for (SentMail &m : claimed)
        m.state = SentMailState::Sending;
    rows = claimed;
    return Status::success();
}

Status SentMailRepository::settle(const QString &messageId, SentMailState state, const QString &detail)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE mail_sent SET state = ?, detail = ?, finished_at = ? WHERE message_id = ? AND state = 'sending'"));
    SqlValues::bind(q, stateKey(state));
    SqlValues::bind(q, detail);
    SqlValues::bind(q, stamp(QDateTime::currentDateTimeUtc()));
    SqlValues::bind(q, messageId);
    if (!q.exec())
        return Status::failure(tr("发送结果未能保存：%1").arg(LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

} // namespace qf
