// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "ServerPassword.h"
#include "actions/SignMonth.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace qf::cli {

namespace {

// Commands of libraries the program links beyond the core (the charts): registered by main().
QList<Command> &addedCommands()
{
    static QList<Command> commands;
    return commands;
}

QList<Command> allCommands()
{
    QList<Command> commands;
    commands << registryCommands() << campaignCommands() << workPlanCommands() << figureCommands() << maintenanceCommands();
    commands << demoCommands();
    commands << printCommands();
    commands << trackingCommands();
    commands << formCommands();
    commands << monthCommands();
    commands << workbookCommands();
    commands << ledgerCommands();
    commands << serverCommands();
    commands << mailCommands();
    commands << mailSendCommands();
    commands << summaryCommands();
    commands << analysisCommands();
    commands << addedCommands();
    commands << spotCheckCommands();
    commands << wordingCommands();
    return commands;
}

QString usageLine(const Command &c)
{
    QString line = QStringLiteral("qingfeng-cli [--db DB | --server URI] ") + c.words.join(QLatin1Char(' '));
    if (!c.synopsis.isEmpty())
        line += QLatin1Char(' ') + c.synopsis;
    return line;
}

void printOverview(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "清风 专项整治工作台 命令行工具") << "\n\n"
        << QCoreApplication::translate("Cli", "用法：qingfeng-cli [--db 数据库文件] <对象> <操作> [选项]") << "\n"
        << QCoreApplication::translate("Cli", "不指定 --db 时使用默认数据库：%1").arg(Database::defaultPath()) << "\n"
        << QCoreApplication::translate("Cli", "--server postgresql://用户@主机:端口/数据库 使用服务器上的共享数据库（密码取自 PGPASSWORD、~/.pgpass 或窗口在系统钥匙串中保存的密码）。")
        << "\n\n"
        << QCoreApplication::translate("Cli", "命令：") << "\n";
    for (const Command &c : allCommands()) {
        const QString call = c.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.synopsis;
        // A long synopsis gets the summary on its own line rather than running into it.
        if (call.size() < 44)
            out << "  " << call.leftJustified(44) << c.summary << "\n";
        else
            out << "  " << call << "\n" << QString(46, QLatin1Char(' ')) << c.summary << "\n";
    }
    out << "\n" << QCoreApplication::translate("Cli", "每个命令都可加 --help 查看说明。退出码：0 成功，1 数据有错误，2 用法错误。") << "\n";
}

void printHelp(const Command &c, QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "用法：") << usageLine(c) << "\n\n" << c.summary << "\n";
    if (!c.help.isEmpty())
        out << "\n" << c.help << "\n";
}

} // namespace

void addCommands(const QList<Command> &commands)
{
    for (const Command &c : commands) {
        const bool known = std::any_of(addedCommands().cbegin(), addedCommands().cend(),
                                       [&c](const Command &k) { return k.words == c.words; });
        if (!known)
            addedCommands() << c;
    }
}

std::optional<Campaign> campaignFor(Context &ctx, const CliOptions &opts, int *failureStatus)
{
    if (failureStatus)
        *failureStatus = DataError;
    bool ok = true;
    const qint64 requested = opts.has(QStringLiteral("campaign")) ? opts.value(QStringLiteral("campaign")).toLongLong(&ok) : 0;
    if (!ok || (opts.has(QStringLiteral("campaign")) && requested <= 0)) {
        ctx.err << QCoreApplication::translate("Cli", "--campaign 需要专项整治的编号（见 campaign list）。") << "\n";
        if (failureStatus)
            *failureStatus = UsageError;
        return std::nullopt;
    }
    Database *db = ctx.database();
    if (!db)
        return std::nullopt;
    CampaignRepository campaigns(*db);
    const qint64 id = opts.has(QStringLiteral("campaign")) ? requested : campaigns.latestId();
    auto campaign = id > 0 ? campaigns.load(id) : std::nullopt;
    if (!campaign)
        ctx.err << (!opts.has(QStringLiteral("campaign"))
                        ? QCoreApplication::translate("Cli", "数据库中还没有专项整治，请先用 campaign create 新建。")
                        : QCoreApplication::translate("Cli", "找不到专项整治“%1”。可用的专项整治见 campaign list。")
                              .arg(opts.value(QStringLiteral("campaign"))))
                << "\n";
    return campaign;
}

CampaignScope openCampaign(Context &ctx, const CliOptions &opts)
{
    CampaignScope scope;
    if (auto campaign = campaignFor(ctx, opts, &scope.failure)) {
        // campaignFor found the campaign in the database, so it is open.
        scope.db = ctx.database();
        scope.campaign = std::move(*campaign);
    }
    return scope;
}

int run(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    QString dbPath;
    QString server;
    // Global options come before the command words.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("Cli", "选项 --db 需要一个文件路径。") << "\n";
                return UsageError;
            }
            dbPath = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("--server") || a.startsWith(QLatin1String("--server="))) {
            if (a == QLatin1String("--server") && args.isEmpty()) {
                err << QCoreApplication::translate("Cli", "选项 --server 需要服务器地址（postgresql://用户@主机:端口/数据库）。") << "\n";
                return UsageError;
            }
            server = a == QLatin1String("--server") ? args.takeFirst() : a.mid(9);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printOverview(out);
            return Ok;
        } else if (a == QLatin1String("--version")) {
            out << "qingfeng-cli " << QStringLiteral(QINGFENG_VERSION) << "\n";
            return Ok;
        } else {
            err << QCoreApplication::translate("Cli", "未知选项 %1。").arg(a) << "\n";
            return UsageError;
        }
    }
    if (args.isEmpty()) {
        printOverview(err);
        return UsageError;
    }

    // The longest run of command words that names a command wins ("campaign list" over "campaign").
    const QList<Command> commands = allCommands();
    const Command *match = nullptr;
    for (const Command &c : commands) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words
            && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        err << QCoreApplication::translate("Cli", "未知命令“%1”。").arg(args.join(QLatin1Char(' '))) << "\n\n";
        printOverview(err);
        return UsageError;
    }
    const QStringList rest = args.mid(match->words.size());
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        printHelp(*match, out);
        return Ok;
    }
    CliOptions options;
    if (!options.parse(rest, match->valueOptions, match->flags)) {
        err << options.error() << "\n" << QCoreApplication::translate("Cli", "用法：") << usageLine(*match) << "\n";
        return UsageError;
    }

    std::unique_ptr<Database> db;
    Context ctx{dbPath.isEmpty() ? Database::defaultPath() : dbPath, out, err, {}};
    ctx.location = DatabaseLocation::file(ctx.dbPath);
    if (!server.isEmpty()) {
        if (!dbPath.isEmpty()) {
            err << QCoreApplication::translate("Cli", "--db 与 --server 只能选一个。") << "\n";
            return UsageError;
        }
        const Status parsed = DatabaseLocation::parseServer(server, &ctx.location);
        if (!parsed) {
            err << parsed.message() << "\n";
            return UsageError;
        }
        // libpq's own variable, so that no password has to stand on a command line.
        if (ctx.location.password().isEmpty())
            ctx.location.setPassword(qEnvironmentVariable("PGPASSWORD"));
    }
    // Only init creates a database: any other command on a file that is not there (a typo
    // in --db) would otherwise work on a new empty database and report nothing found.
    const bool creates = match->words == QStringList{QStringLiteral("init")};
    ctx.database = [&]() -> Database * {
        if (!db) {
            if (!ctx.location.isServer() && !creates && !QFileInfo::exists(ctx.location.path())) {
                err << QCoreApplication::translate("Cli", "数据库文件 %1 不存在，未创建任何文件。新建数据库请用：qingfeng-cli --db %1 init")
                           .arg(QDir::toNativeSeparators(ctx.location.path()))
                    << "\n";
                return nullptr;
            }
            auto opened = std::make_unique<Database>();
            Status s = opened->open(ctx.location);
            // Neither the address, PGPASSWORD nor ~/.pgpass had one: the password the window
            // kept in the keyring (记住密码) serves the command line too.
            if (ServerPassword::isMissing(s)) {
                const QString stored = ServerPassword::lookUp(ctx.location);
                if (!stored.isEmpty()) {
                    ctx.location.setPassword(stored);
                    opened = std::make_unique<Database>();
                    s = opened->open(ctx.location);
                }
            }
            if (!s) {
                err << s.message() << "\n";
                return nullptr;
            }
            // Locks taken before the database kept signed figures are frozen now (see
            // SignMonth::freezePending); an account that may not sign leaves them live.
            ignoreStatus(SignMonth::freezePending(*opened),
                         "the months stay live and are frozen by the next bureau account that opens the database");
            db = std::move(opened);
        }
        return db.get();
    };
    return match->run(ctx, options);
}

} // namespace qf::cli
