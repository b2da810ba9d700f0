// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/MailRun.h"
#include "model/Campaign.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace qf {

class Database;

/// 回执 after 收取报表: each workbook that came by mail and was imported (or refused) is
/// answered once, to the sender of its message, from the mailbox it arrived in:
/// "已收到2021年11月附件1，核对无误", or "……有2处错误：" with each error naming sheet and cell.
/// A message that brought no workbook at all (an .xls, a photo) is answered once with why.
class SendReceipts
{
    Q_DECLARE_TR_FUNCTIONS(SendReceipts)
public:
    /// What a run would send now (nothing is sent or stored): receipts not yet sent.
    static Status preview(Database &db, const Campaign &campaign, const QDate &today, QList<PlannedMail> *out);
    /// Sends what preview planned, as MailRun does.
    static Status run(Database &db, const MailRun::SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                      MailRunResult *result);
};

} // namespace qf
