// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/MailRun.h"

#include "storage/SentMailRepository.h"

#include <QThread>

namespace qf {

QString MailRun::planText(PlannedMail::Plan plan)
{
    switch (plan) {
    case PlannedMail::Plan::Send: return tr("待发送");
    case PlannedMail::Plan::NoAddress: return tr("无邮箱，不能发送");
    case PlannedMail::Plan::AlreadySent: return tr("已发送过");
    case PlannedMail::Plan::MaybeSent: return tr("上次发送中断，可能已发出");
    case PlannedMail::Plan::NoAccount: return tr("没有发信邮箱");
    }
    return QString();
}

Status MailRun::send(Database &db, const SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                     MailRunResult *result)
{
    *result = MailRunResult();
    SentMailRepository log(db);
    bool first = true;
    for (int i = 0; i < plan.size(); ++i) {
        PlannedMail &p = plan[i];
        if (!p.sendable())
            continue;
        if (result->sent + result->failed + result->uncertain >= options.maxMessages) {
            ++result->left;
            continue;
        }
        if (options.progress && !options.progress(i, p)) {
            ++result->left;
            continue;
        }
        MailSender *sender = senderFor(p.account);
        if (!sender)
            return Status::failure(tr("邮箱“%1”现在不能发信。").arg(p.account.name));
        if (!first && options.pauseMilliseconds > 0)
            QThread::msleep(ulong(options.pauseMilliseconds));
        first = false;
        // The claim is committed before the message goes: whatever happens next, the log
        // says it may have gone.
        bool taken = false;
        if (Status s = log.claim(p.rows, &taken); !s) {
            if (!taken)
                return s;
            ++result->skipped;
            p.plan = PlannedMail::Plan::AlreadySent;
            p.note = s.message();
            result->lines << s.message();
            continue;
        }
        p.mail.messageId = p.rows.first().messageId;
        MailSender::Delivery delivery = MailSender::Delivery::NotSent;
        const Status sent = sender->send(p.mail, &delivery);
        const SentMailState state = sent ? SentMailState::Sent
            : delivery == MailSender::Delivery::Unknown ? SentMailState::Uncertain : SentMailState::Failed;
        const Status settled = log.settle(p.mail.messageId, state, sent ? QString() : sent.message());
        if (sent) {
            ++result->sent;
            p.plan = PlannedMail::Plan::AlreadySent;
            result->lines << tr("已发送：%1 → %2 %3").arg(p.mail.subject, p.unitName, p.mail.toAddress);
        } else if (state == SentMailState::Uncertain) {
            ++result->uncertain;
            p.plan = PlannedMail::Plan::MaybeSent;
            result->lines << tr("连接中断，可能已发出（不会再自动发送，请到发件箱核对）：%1 → %2 %3")
                                 .arg(p.mail.subject, p.unitName, p.mail.toAddress);
        } else {
            ++result->failed;
            result->lines << tr("未发出：%1 → %2 %3").arg(p.mail.subject, p.unitName, p.mail.toAddress);
        }
        if (!settled)
            return settled;
        if (!sent) {
            for (int j = i + 1; j < plan.size(); ++j)
                result->left += plan[j].sendable() ? 1 : 0;
            return sent;
        }
    }
    return Status::success();
}

} // namespace qf
