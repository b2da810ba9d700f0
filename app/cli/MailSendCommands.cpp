// SPDX-License-Identifier: GPL-3.0-or-later
// mail remind, mail receipts: 催报 and 回执 by e-mail, previewed unless --send.
#include "Cli.h"

#include "DateOption.h"
#include "MailPassword.h"

#include "actions/SendReceipts.h"
#include "actions/SendReminders.h"
#include "campaign/SubmissionTracker.h"
#include "mail/SmtpSender.h"
#include "storage/Database.h"

#include <map>
#include <memory>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate gives tr() in this namespace
}

bool numberOption(Context &ctx, const CliOptions &opts, const QString &name, int min, int *value)
{
    if (!opts.has(name))
        return true;
    bool ok = false;
    const int n = opts.value(name).toInt(&ok);
    if (!ok || n < min) {
        ctx.err << tr("--%1 应是不小于 %2 的整数。").arg(name).arg(min) << "\n";
        return false;
    }
    *value = n;
    return true;
}

void printPlan(Context &ctx, const QList<PlannedMail> &plan)
{
    ctx.out << tr("状态\t单位\t收件人\t发信邮箱\t主题\t附件") << "\n";
    for (const PlannedMail &p : plan) {
        QStringList files;
        for (const OutgoingMail::Attachment &a : p.mail.attachments)
            files << a.fileName;
        ctx.out << MailRun::planText(p.plan) << "\t" << p.unitName << "\t" << p.mail.toAddress << "\t" << p.account.address << "\t"
                << p.mail.subject << "\t" << files.join(tr("、")) << "\n";
        if (!p.note.isEmpty())
            ctx.out << QStringLiteral("    ") << p.note << "\n";
    }
}

// The preview's messages in full, each as the unit will read it.
void printBodies(Context &ctx, const QList<PlannedMail> &plan)
{
    for (const PlannedMail &p : plan) {
        if (!p.sendable())
            continue;
        ctx.out << "\n" << tr("发件人：%1 <%2>").arg(p.mail.fromName, p.mail.fromAddress) << "\n"
                << tr("收件人：%1 <%2>").arg(p.mail.toName, p.mail.toAddress) << "\n" << tr("主题：%1").arg(p.mail.subject) << "\n\n"
                << p.mail.body << "\n";
    }
}

// Sends the plan (--send) with each mailbox's 授权码 from the keyring or typed once.
int sendPlan(Context &ctx, const CliOptions &opts, Database &db, QList<PlannedMail> &plan,
             Status (*run)(Database &, const MailRun::SenderFor &, QList<PlannedMail> &, const MailRunOptions &, MailRunResult *))
{
    MailRunOptions options;
    int pause = options.pauseMilliseconds / 1000;
    if (!numberOption(ctx, opts, QStringLiteral("pause"), 0, &pause) || !numberOption(ctx, opts, QStringLiteral("max"), 1, &options.maxMessages))
        return UsageError;
    options.pauseMilliseconds = pause * 1000;
    QString typed;
    if (opts.has(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        typed = in.readLine();
    }
    std::map<qint64, std::unique_ptr<SmtpSender>> senders;
    QStringList missing;
    const MailRun::SenderFor senderFor = [&](const MailAccount &a) -> MailSender * {
        auto &sender = senders[a.id];
        if (!sender) {
            const QString password = typed.isEmpty() ? MailPassword::lookUp(a) : typed;
            if (password.isEmpty()) {
                missing << a.name;
                return nullptr;
            }
            sender = std::make_unique<SmtpSender>(a, password);
        }
        return sender.get();
    };
    options.progress = [&](int, const PlannedMail &p) {
        ctx.out << tr("发送：%1 → %2").arg(p.mail.subject, p.mail.toAddress) << "\n";
        ctx.out.flush();
        return true;
    };
    MailRunResult result;
    const Status s = run(db, senderFor, plan, options, &result);
    for (const QString &line : result.lines)
        ctx.out << line << "\n";
    ctx.out << tr("已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。")
                   .arg(result.sent).arg(result.failed).arg(result.uncertain).arg(result.left)
            << "\n";
    if (!missing.isEmpty())
        ctx.err << tr("邮箱“%1”：系统密钥环中没有保存授权码，请用 --password-stdin 输入。").arg(missing.join(tr("、"))) << "\n";
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    return Ok;
}

int remind(Context &ctx, const CliOptions &opts)
{
    const QDate today = todayFromOptions(ctx, opts);
    if (!today.isValid())
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    Database &db = *scope.db;
    YearMonth month;
    if (opts.has(QStringLiteral("month"))) {
        month = YearMonth::parse(opts.value(QStringLiteral("month")));
        if (!month.isValid()) {
            ctx.err << tr("月份“%1”无效，应为 YYYY-MM。").arg(opts.value(QStringLiteral("month"))) << "\n";
            return UsageError;
        }
    } else {
        SubmissionTracker tracker;
        if (const Status s = SubmissionTracker::load(db, scope.campaign.id, &tracker); !s) {
            ctx.err << s.message() << "\n";
            return DataError;
        }
        month = tracker.defaultPeriod(today);
    }
    QList<PlannedMail> plan;
    if (const Status s = SendReminders::preview(db, scope.campaign, month, today, opts.value(QStringLiteral("account")), &plan); !s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    const int sendable = int(std::count_if(plan.cbegin(), plan.cend(), [](const PlannedMail &p) { return p.sendable(); }));
    ctx.out << tr("催报邮件（%1，截至%2）：%3 封待发送，共 %4 个逾期单位。")
                   .arg(month.toChinese(), today.toString(QStringLiteral("yyyy-MM-dd"))).arg(sendable).arg(plan.size())
            << "\n";
    printPlan(ctx, plan);
    if (!opts.has(QStringLiteral("send"))) {
        printBodies(ctx, plan);
        ctx.out << "\n" << tr("预览：没有发送任何邮件；加 --send 发送。") << "\n";
        return Ok;
    }
    return sendPlan(ctx, opts, db, plan, &SendReminders::run);
}

int receipts(Context &ctx, const CliOptions &opts)
{
    const QDate today = todayFromOptions(ctx, opts);
    if (!today.isValid())
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    Database &db = *scope.db;
    QList<PlannedMail> plan;
    if (const Status s = SendReceipts::preview(db, scope.campaign, today, &plan); !s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    const int sendable = int(std::count_if(plan.cbegin(), plan.cend(), [](const PlannedMail &p) { return p.sendable(); }));
    ctx.out << tr("回执：%1 封待发送。").arg(sendable) << "\n";
    printPlan(ctx, plan);
    if (!opts.has(QStringLiteral("send"))) {
        printBodies(ctx, plan);
        ctx.out << "\n" << tr("预览：没有发送任何邮件；加 --send 发送。") << "\n";
        return Ok;
    }
    return sendPlan(ctx, opts, db, plan, &SendReceipts::run);
}

} // namespace

QList<Command> mailSendCommands()
{
    const QString sending = tr("不加 --send 只预览（列出收件人、主题和正文，不发送）。--send 发送：每封之间暂停 --pause 秒（默认 5），"
                               "一次最多 --max 封（默认 30），其余下次再发。同一事项只发送一次：发送记录在数据库中，"
                               "中断后重新运行不会重发，可能已发出的会列出请核对。授权码取自系统密钥环，或用 --password-stdin 输入。");
    return {
        {{QStringLiteral("mail"), QStringLiteral("remind")},
         QStringLiteral("[--month YYYY-MM] [--send] [--account NAME] [--pause SECONDS] [--max N] [--password-stdin] [--campaign ID] "
                        "[--today YYYY-MM-DD]"),
         tr("催报邮件：给逾期未报的单位发送催报，附该月空白报表"),
         tr("每个逾期未报的单位一封，从其报送股室的邮箱（--account 指定则都从该邮箱）发往名册中登记的邮箱，附该单位该月的空白报表"
            "（与 templates 生成的相同）。名册中没有邮箱的单位列为不能发送，请电话催报。\n") + sending,
         {QStringLiteral("month"), QStringLiteral("account"), QStringLiteral("pause"), QStringLiteral("max"), QStringLiteral("campaign"),
          QStringLiteral("today")},
         {QStringLiteral("send"), QStringLiteral("password-stdin")}, remind},
        {{QStringLiteral("mail"), QStringLiteral("receipts")},
         QStringLiteral("[--send] [--pause SECONDS] [--max N] [--password-stdin] [--campaign ID] [--today YYYY-MM-DD]"),
         tr("回执：告诉发来报表的单位已收到，以及有无错误"),
         tr("对收取报表导入（或因错误未导入）的每个报表，回复发件人：“已收到2021年11月附件1，核对无误”，或列出每处错误"
            "（工作表和单元格）。没有报表只有 .xls、图片等附件的邮件回复原因。\n") + sending,
         {QStringLiteral("pause"), QStringLiteral("max"), QStringLiteral("campaign"), QStringLiteral("today")},
         {QStringLiteral("send"), QStringLiteral("password-stdin")}, receipts},
    };
}

} // namespace qf::cli
