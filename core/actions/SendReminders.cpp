// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/SendReminders.h"

#include "actions/MailWording.h"
#include "campaign/ReminderList.h"
#include "campaign/SubmissionTracker.h"
#include "io/ReportTemplates.h"
#include "model/Institution.h"
#include "model/Report.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/MailRepository.h"
#include "storage/SentMailRepository.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace qf {

namespace {

const QString kXlsxType = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

bool hasTemplate(Deliverable d)
{
    return d == Deliverable::Form1 || d == Deliverable::Form3;
}

QString formsText(const QList<TrackedObligation> &owed)
{
    QStringList forms;
    for (const TrackedObligation &t : owed) {
        const QString name = deliverableName(t.obligation.deliverable);
        if (!forms.contains(name))
            forms << name;
    }
    return forms.join(SendReminders::tr("、"));
}

// The office mailbox a unit's filing goes to: the account of the deadline's recipient office.
std::optional<MailAccount> accountFor(const QList<MailAccount> &accounts, const QString &office)
{
    for (const MailAccount &a : accounts)
        if (!office.isEmpty() && a.office == office)
            return a;
    return accounts.isEmpty() ? std::nullopt : std::optional<MailAccount>(accounts.first());
}

} // namespace

Status SendReminders::preview(Database &db, const Campaign &campaign, const YearMonth &month, const QDate &today,
                              const QString &accountName, QList<PlannedMail> *out)
{
    out->clear();
    SubmissionTracker tracker;
    if (Status s = SubmissionTracker::load(db, campaign.id, &tracker); !s)
        return s;
    if (!tracker.periods().contains(month))
        return Status::failure(tr("%1不在本专项整治的报送月份内。").arg(month.toChinese()));
    QList<MailAccount> accounts = MailRepository(db).accounts();
    if (!accountName.isEmpty()) {
        const auto a = MailRepository(db).findAccount(accountName);
        if (!a)
            return Status::failure(tr("没有名为“%1”的邮箱。").arg(accountName));
        accounts = {*a};
    }
    // Late only: what is not yet due is not chased.
    QList<QPair<QString, QList<TrackedObligation>>> units; // by (unit, mailbox), in the tracker's order
    QHash<QString, int> index;
    for (const TrackedObligation &t : tracker.track(month, today)) {
        if (t.state != SubmissionState::Overdue)
            continue;
        const auto account = accountFor(accounts, t.obligation.recipientOffice);
        const QString key = t.obligation.unitKey + QLatin1Char('\n') + (account ? account->name : QString());
        if (!index.contains(key)) {
            index.insert(key, int(units.size()));
            units.append(qMakePair(key, QList<TrackedObligation>()));
        }
        units[index.value(key)].second << t;
    }

    // The blank workbooks, written once for every institution that gets one.
    QList<qint64> institutions;
    for (const auto &[key, owed] : units)
        for (const TrackedObligation &t : owed)
            if (t.obligation.isInstitution() && hasTemplate(t.obligation.deliverable) && !t.obligation.email.trimmed().isEmpty())
                institutions << t.obligation.institutionId;
    QTemporaryDir scratch;
    QHash<qint64, QString> workbooks;
    if (!institutions.isEmpty()) {
        if (!scratch.isValid())
            return Status::failure(tr("无法建立临时文件夹来生成空白报表。"));
        if (Status s = ReportTemplates::writeFor(db, campaign, month, institutions, scratch.path(), &workbooks); !s)
            return s;
    }
    QHash<qint64, Institution> registry;
    for (const Institution &i : InstitutionRepository(db).all())
        registry.insert(i.id, i);

    QJsonObject words;
    if (Status s = MailWording::sentences(campaign, QStringLiteral("reminder"), &words); !s)
        return s;
    const auto word = [&](const char *key) { return words.value(QLatin1String(key)).toString(); };
    SentMailRepository log(db);
    for (const auto &[key, owedAll] : units) {
        const Obligation &o = owedAll.first().obligation;
        PlannedMail p;
        p.unitName = o.unitName;
        const auto account = accountFor(accounts, o.recipientOffice);
        if (account)
            p.account = *account;
        // What the log already has for this unit is left out; what remains is one message.
        QList<TrackedObligation> owed;
        QList<SentMail> earlier;
        for (const TrackedObligation &t : owedAll) {
            const auto before = log.reminder(campaign.id, t.obligation.unitKey, int(t.obligation.deliverable), month);
            if (before && before->settled())
                earlier << *before;
            else
                owed << t;
        }
        const QString email = o.email.trimmed();
        p.mail.toAddress = email;
        p.mail.toName = o.unitName;
        if (owed.isEmpty()) {
            const bool allSent = std::all_of(earlier.cbegin(), earlier.cend(), [](const SentMail &m) { return m.state == SentMailState::Sent; });
            p.plan = allSent ? PlannedMail::Plan::AlreadySent : PlannedMail::Plan::MaybeSent;
            p.mail.subject = earlier.first().subject;
            p.mail.toAddress = earlier.first().recipient;
            p.note = allSent ? tr("已于 %1 发送").arg(earlier.first().finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             : tr("%1 开始发送时中断，可能已发出，不再自动发送").arg(earlier.first().startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            *out << p;
            continue;
        }
        QHash<QString, QString> values{
            {QStringLiteral("unit"), o.unitName},
            {QStringLiteral("contact"), o.contactPerson.isEmpty() ? QString() : tr("（%1）").arg(o.contactPerson)},
            {QStringLiteral("month"), month.toChinese()},
            {QStringLiteral("forms"), formsText(owed)},
            {QStringLiteral("due"), owed.first().obligation.due.toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("today"), today.toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("campaign"), campaign.title},
            {QStringLiteral("from"), p.account.address},
            {QStringLiteral("office"), p.account.office.isEmpty() ? p.account.name : p.account.office},
            {QStringLiteral("date"), today.toString(QStringLiteral(u"yyyy年M月d日"))},
        };
        QStringList items;
        for (const TrackedObligation &t : owed)
            items << MailWording::fill(word("item"), {{QStringLiteral("what"), t.obligation.what()},
                                                      {QStringLiteral("due"), t.obligation.due.toString(QStringLiteral("yyyy-MM-dd"))},
                                                      {QStringLiteral("days"), QString::number(t.daysLate)}});
        values.insert(QStringLiteral("items"), items.join(QLatin1Char('\n')));
        const bool wantsWorkbook = o.isInstitution() && std::any_of(owed.cbegin(), owed.cend(), [](const TrackedObligation &t) {
            return hasTemplate(t.obligation.deliverable);
        });
        if (wantsWorkbook && workbooks.contains(o.institutionId) && registry.contains(o.institutionId)) {
            QFile f(workbooks.value(o.institutionId));
            if (!f.open(QIODevice::ReadOnly))
                return Status::failure(tr("空白报表 %1 无法读取。").arg(f.fileName()));
            const QString name = ReportTemplates::fileName(registry.value(o.institutionId), month);
            p.mail.attachments << OutgoingMail::Attachment{name, kXlsxType, f.readAll()};
            values.insert(QStringLiteral("file"), name);
            values.insert(QStringLiteral("attachmentLine"), MailWording::fill(word("attachmentLine"), values));
        } else {
            values.insert(QStringLiteral("attachmentLine"), QString());
        }
        p.mail.subject = MailWording::fill(word("subject"), values);
        p.mail.body = MailWording::fill(word("body"), values);
        p.mail.fromAddress = p.account.address;
        p.mail.fromName = p.account.office.isEmpty() ? p.account.name : p.account.office;
        p.mail.messageId = OutgoingMail::newMessageId(p.account.address);
        for (const TrackedObligation &t : owed) {
            SentMail row;
            row.campaignId = campaign.id;
            row.unitKey = t.obligation.unitKey;
            row.deliverable = int(t.obligation.deliverable);
            row.period = month;
            row.kind = SentMailKind::Reminder;
            row.accountId = p.account.id;
            row.recipient = email;
            row.subject = p.mail.subject;
            row.messageId = p.mail.messageId;
            p.rows << row;
        }
        // No mailbox of the office a form goes to: it goes from the first one, and the
        // preview says so, so the clerk sees whose mailbox answers before anything is sent.
        if (account && accountName.isEmpty()) {
            QStringList offices;
            for (const TrackedObligation &t : owed) {
                const QString office = t.obligation.recipientOffice;
                const QString shown = office.isEmpty() ? tr("（未指定）") : tr("“%1”").arg(office);
                if ((office.isEmpty() || account->office != office) && !offices.contains(shown))
                    offices << shown;
            }
            if (!offices.isEmpty())
                p.note = tr("没有收报股室为%1的邮箱，从第一个邮箱“%2”发出").arg(offices.join(tr("、")), account->name);
        }
        if (!account) {
            p.plan = PlannedMail::Plan::NoAccount;
            p.note = tr("还没有设置邮箱：先在 设置 → 邮箱 中添加");
        } else if (!email.contains(QLatin1Char('@'))) {
            p.plan = PlannedMail::Plan::NoAddress;
            p.note = email.isEmpty() ? tr("名册中没有登记邮箱，请电话催报") : tr("名册中的邮箱“%1”无效，请电话催报").arg(email);
        }
        *out << p;
    }
    return Status::success();
}

Status SendReminders::run(Database &db, const MailRun::SenderFor &senderFor, QList<PlannedMail> &plan, const MailRunOptions &options,
                          MailRunResult *result)
{
    return MailRun::send(db, senderFor, plan, options, result);
}

} // namespace qf
