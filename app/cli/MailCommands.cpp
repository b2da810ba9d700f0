// SPDX-License-Identifier: GPL-3.0-or-later
// mail account add|list|remove; mail fetch: the offices' mailboxes.
#include "Cli.h"

#include "DateOption.h"
#include "MailPassword.h"

#include "actions/ImportMailAttachments.h"
#include "actions/MailAccountActions.h"
#include "mail/MailCollector.h"
#include "mail/MailMover.h"
#include "storage/Database.h"
#include "storage/MailRepository.h"

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate gives tr() in this namespace
}

int portOption(Context &ctx, const CliOptions &opts, const QString &name, int fallback)
{
    if (!opts.has(name))
        return fallback;
    bool ok = false;
    const int port = opts.value(name).toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        ctx.err << tr("--%1 应是 1 到 65535 之间的端口号。").arg(name) << "\n";
        return 0;
    }
    return port;
}

int addAccount(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().size() != 1 || !opts.has(QStringLiteral("address")) || !opts.has(QStringLiteral("imap-host"))) {
        ctx.err << tr("请给出邮箱名称，并用 --address 和 --imap-host 指定邮箱地址和收信服务器。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    MailRepository repo(*db);
    MailAccount a = repo.findAccount(opts.positional().first()).value_or(MailAccount());
    a.name = opts.positional().first();
    a.address = opts.value(QStringLiteral("address"));
    a.imapHost = opts.value(QStringLiteral("imap-host"));
    a.imapImplicitTls = !opts.has(QStringLiteral("starttls"));
    a.imapPort = portOption(ctx, opts, QStringLiteral("imap-port"), a.imapImplicitTls ? 993 : 143);
    a.smtpHost = opts.value(QStringLiteral("smtp-host"), a.smtpHost);
    a.smtpPort = portOption(ctx, opts, QStringLiteral("smtp-port"), 465);
    if (!a.imapPort || !a.smtpPort)
        return UsageError;
    a.smtpImplicitTls = a.smtpPort != 587 && a.smtpPort != 25;
    a.userName = opts.value(QStringLiteral("user"), a.address);
    a.mailbox = opts.value(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
    a.office = opts.value(QStringLiteral("office"), a.office);
    a.caFile = opts.value(QStringLiteral("ca-file"), a.caFile);
    // The office is checked against the campaign's offices (the latest one, or --campaign).
    std::optional<Campaign> campaign;
    if (!a.office.trimmed().isEmpty()) {
        int failure = DataError;
        campaign = campaignFor(ctx, opts, &failure);
        if (!campaign)
            return failure;
    }
    const bool existed = a.id != 0;
    if (const Status s = MailAccountActions::save(*db, campaign ? &*campaign : nullptr, a); !s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << (existed ? tr("邮箱“%1”已修改。") : tr("邮箱“%1”已添加。")).arg(a.name) << "\n";
    if (opts.has(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const SecretResult r = MailPassword::store(a, in.readLine());
        ctx.out << (r.isDone() ? tr("授权码已保存在系统密钥环中。") : tr("授权码未能保存：%1（收取时再输入）。").arg(r.message)) << "\n";
    }
    return Ok;
}

int listAccounts(Context &ctx, const CliOptions &)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    ctx.out << tr("名称\t地址\t收信服务器\t用户名\t邮箱文件夹\t股室") << "\n";
    for (const MailAccount &a : MailRepository(*db).accounts())
        ctx.out << a.name << "\t" << a.address << "\t"
                << QStringLiteral("%1:%2%3").arg(a.imapHost).arg(a.imapPort).arg(a.imapImplicitTls ? QString() : QStringLiteral(" STARTTLS"))
                << "\t" << a.userName << "\t" << a.mailbox << "\t" << a.office << "\n";
    return Ok;
}

int removeAccount(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().size() != 1) {
        ctx.err << tr("请给出要删除的邮箱名称。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    MailRepository repo(*db);
    const auto a = repo.findAccount(opts.positional().first());
    if (!a) {
        ctx.err << tr("没有名为“%1”的邮箱。").arg(opts.positional().first()) << "\n";
        return DataError;
    }
    if (const Status s = repo.removeAccount(a->id); !s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    (void)MailPassword::forget(*a);
    ctx.out << tr("邮箱“%1”已删除。").arg(a->name) << "\n";
    return Ok;
}

int fetch(Context &ctx, const CliOptions &opts)
{
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    Database &db = *scope.db;
    MailRepository repo(db);
    QList<MailAccount> accounts = repo.accounts();
    if (opts.has(QStringLiteral("account"))) {
        const auto a = repo.findAccount(opts.value(QStringLiteral("account")));
        if (!a) {
            ctx.err << tr("没有名为“%1”的邮箱。").arg(opts.value(QStringLiteral("account"))) << "\n";
            return DataError;
        }
        accounts = {*a};
    }
    if (accounts.isEmpty()) {
        ctx.err << tr("还没有设置邮箱：先用 mail account add 添加。") << "\n";
        return DataError;
    }
    const QDate today = QDate::currentDate();
    MailFetchOptions options;
    if (opts.has(QStringLiteral("since"))) {
        options.since = dateOption(ctx, opts, QStringLiteral("since"), today);
        if (!options.since.isValid())
            return UsageError;
    }
    options.markSeen = opts.has(QStringLiteral("mark-read"));
    const QString moveTo = opts.value(QStringLiteral("move-to"));
    if (opts.has(QStringLiteral("move-to"))) {
        if (opts.has(QStringLiteral("preview"))) {
            ctx.err << tr("--preview 只显示将导入什么，不能同时用 --move-to 移动邮件。") << "\n";
            return UsageError;
        }
        for (const MailAccount &a : accounts)
            if (const QString problem = MailMover::folderProblem(a, moveTo); !problem.isEmpty()) {
                ctx.err << problem << "\n";
                return UsageError;
            }
    }
    QString typed;
    if (opts.has(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        typed = in.readLine();
    }
    int failed = 0;
    // The mailboxes fetched whole, with their passwords: the ones to tidy up after the import.
    QList<QPair<MailAccount, QString>> fetched;
    for (const MailAccount &a : accounts) {
        const QString password = typed.isEmpty() ? MailPassword::lookUp(a) : typed;
        if (password.isEmpty()) {
            ctx.err << tr("邮箱“%1”：系统密钥环中没有保存授权码，请用 --password-stdin 输入。").arg(a.name) << "\n";
            ++failed;
            continue;
        }
        MailFetchResult result;
        const Status s = MailCollector::fetch(db, a, password, options, &result);
        ctx.out << tr("邮箱“%1”：新邮件 %2 封，已收取 %3 封（重复 %4 封），待导入报表 %5 个。")
                       .arg(a.name).arg(result.listed).arg(result.recorded).arg(result.duplicates).arg(result.workbooks)
                << "\n";
        if (result.takenElsewhere)
            ctx.out << tr("邮箱“%1”：另有 %2 封由同时进行的另一次收取记下，这里跳过。").arg(a.name).arg(result.takenElsewhere) << "\n";
        for (const QString &note : result.notes)
            ctx.err << tr("提示　") << note << "\n";
        if (!s) {
            ctx.err << s.message() << "\n";
            ++failed;
        } else {
            fetched.append({a, password});
        }
    }
    // The import: the same recognition and checks as reports import, received when the mail arrived.
    QList<MailWorkbook> books;
    if (opts.has(QStringLiteral("preview"))) {
        books = ImportMailAttachments::preview(db, scope.campaign, today);
    } else if (const Status s = ImportMailAttachments::run(db, scope.campaign, today, &books); !s) {
        ctx.err << s.message() << "\n";
        ++failed;
    }
    int refused = 0;
    for (const MailWorkbook &w : books) {
        const WorkbookFile &f = w.file;
        ctx.out << f.fileName << "\t" << w.message.fromAddress << "\t" << f.institution << "\t" << f.formsText() << "\t"
                << (f.period.isValid() ? f.period.toChinese() : QString()) << "\t" << WorkbookImport::changeText(f.change()) << "\t"
                << tr("收到 %1").arg(f.receivedOn.toString(Qt::ISODate)) << "\n";
        for (const QString &e : f.errors)
            ctx.err << tr("错误　") << e << "\n";
        for (const QString &warning : f.warnings)
            ctx.err << tr("提示　") << warning << "\n";
        refused += f.isClean() ? 0 : 1;
    }
    if (opts.has(QStringLiteral("preview")))
        ctx.out << tr("预览：以上 %1 个报表尚未导入。").arg(books.size()) << "\n";
    else
        ctx.out << tr("已导入 %1 个报表，%2 个有错误未导入（已记下，可回复机构更正）。").arg(books.size() - refused).arg(refused) << "\n";
    if (opts.has(QStringLiteral("move-to"))) {
        for (const auto &[a, password] : fetched) {
            MailMoveResult moved;
            if (const Status s = MailMover::move(db, a, password, moveTo, &moved); !s) {
                ctx.err << tr("邮箱“%1”：").arg(a.name) << s.messages().join(QLatin1Char(' ')) << "\n";
                ++failed;
                continue;
            }
            ctx.out << tr("邮箱“%1”：%2 封报表全部导入的邮件已移到文件夹“%3”，%4 封留在邮箱中（报表有错误、未导入，或没有报表）。")
                           .arg(a.name).arg(moved.moved).arg(moveTo.trimmed()).arg(moved.kept)
                    << "\n";
        }
    }
    return failed || refused ? DataError : Ok;
}

} // namespace

QList<Command> mailCommands()
{
    return {
        {{QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("add")},
         QStringLiteral("NAME --address A --imap-host H [--imap-port P] [--starttls] [--user U] [--mailbox M] [--office O] "
                        "[--smtp-host H] [--smtp-port P] [--ca-file F] [--password-stdin] [--campaign ID]"),
         tr("添加（或修改）一个股室的收报邮箱"),
         tr("收信用 IMAP，始终加密：端口 993 为 SSL，--starttls 为 143 端口升级加密；不能加密的服务器不会登录。\n"
            "用户名默认为邮箱地址。密码是邮箱的授权码（不是登录密码），--password-stdin 从标准输入读取并保存在系统密钥环中，\n"
            "不写入数据库。\n"
            "--office 须是专项整治（默认最新的一个，或 --campaign）中的股室：催报按股室找发信邮箱。"),
         {QStringLiteral("address"), QStringLiteral("imap-host"), QStringLiteral("imap-port"), QStringLiteral("user"),
          QStringLiteral("mailbox"), QStringLiteral("office"), QStringLiteral("smtp-host"), QStringLiteral("smtp-port"),
          QStringLiteral("ca-file"), QStringLiteral("campaign")},
         {QStringLiteral("starttls"), QStringLiteral("password-stdin")}, addAccount},
        {{QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("list")}, QString(), tr("列出收报邮箱"), QString(), {}, {},
         listAccounts},
        {{QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("remove")}, QStringLiteral("NAME"), tr("删除一个收报邮箱"),
         tr("已从邮箱收取过邮件的不能删除：那些邮件是报送的凭据。"), {}, {}, removeAccount},
        {{QStringLiteral("mail"), QStringLiteral("fetch")},
         QStringLiteral("[--account NAME] [--since YYYY-MM-DD] [--mark-read] [--move-to FOLDER] [--preview] [--password-stdin] "
                        "[--campaign ID]"),
         tr("收取报表：从邮箱收取新邮件并导入其中的报表"),
         tr("只收取上次之后到达的邮件，同一封邮件不会收取或导入两次；邮箱中的邮件不作改动（--mark-read 则标为已读）。\n"
            "每个 .xlsx 附件按 reports import 的规则识别和检查，收到日期取邮件到达邮箱服务器的时间，决定按时还是补报。\n"
            "有错误的报表不导入，记下错误以便回复机构；.xls、.et、图片等附件记下原因。--preview 只显示将导入什么。\n"
            "--move-to 在导入后把报表全部导入（或与已存的相同）的邮件移到该文件夹（没有则新建）；有报表出错、未导入或没有报表的\n"
            "邮件留在邮箱中。\n"
            "授权码取自系统密钥环，或用 --password-stdin 输入。"),
         {QStringLiteral("account"), QStringLiteral("since"), QStringLiteral("campaign"), QStringLiteral("move-to")},
         {QStringLiteral("mark-read"), QStringLiteral("preview"), QStringLiteral("password-stdin")}, fetch},
    };
}

} // namespace qf::cli
