// SPDX-License-Identifier: GPL-3.0-or-later
// server init, server import-sqlite, server account: the shared PostgreSQL database.
#include "Cli.h"

#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ServerAdmin.h"

#include <cstdio>
#include <memory>

namespace qf::cli {

namespace {

bool requireServer(Context &ctx)
{
    if (ctx.location.isServer())
        return true;
    ctx.err << QCoreApplication::translate("Cli", "此命令作用于服务器数据库：请在命令前用 --server postgresql://用户@主机:端口/数据库 指定。")
            << "\n";
    return false;
}

// Creates or migrates the schema: the one command that may change a server's schema.
std::unique_ptr<Database> openForAdmin(Context &ctx)
{
    auto db = std::make_unique<Database>();
    const Status s = db->open(ctx.location, true);
    if (!s) {
        ctx.err << s.message() << "\n";
        return nullptr;
    }
    return db;
}

int init(Context &ctx, const CliOptions &)
{
    if (!requireServer(ctx))
        return UsageError;
    auto db = openForAdmin(ctx);
    if (!db)
        return DataError;
    ctx.out << QCoreApplication::translate("Cli", "服务器数据库 %1 已就绪（数据结构版本 %2）。")
                   .arg(ctx.location.displayName())
                   .arg(db->schemaVersion())
            << "\n";
    const QStringList advice = ServerAdmin::openToEveryone(*db);
    for (qsizetype i = 0; i < advice.size(); ++i)
        ctx.out << (i == 0 ? QCoreApplication::translate("Cli", "注意：") : QStringLiteral("  ")) << advice.at(i) << "\n";
    return Ok;
}

int importSqlite(Context &ctx, const CliOptions &opts)
{
    if (!requireServer(ctx))
        return UsageError;
    if (opts.positional().size() != 1) {
        ctx.err << QCoreApplication::translate("Cli", "请指定一个本地数据库文件。") << "\n";
        return UsageError;
    }
    auto db = openForAdmin(ctx);
    if (!db)
        return DataError;
    QStringList lines;
    const Status s = ServerAdmin::importSqlite(*db, opts.positional().first(), &lines);
    if (!s) {
        ctx.err << s.message() << "\n"
                << QCoreApplication::translate("Cli", "没有导入任何数据。") << "\n";
        return DataError;
    }
    for (const QString &line : lines)
        ctx.out << "  " << line << "\n";
    ctx.out << QCoreApplication::translate("Cli", "已把 %1 导入服务器数据库 %2。")
                   .arg(opts.positional().first(), ctx.location.displayName())
            << "\n";
    return Ok;
}

int account(Context &ctx, const CliOptions &opts)
{
    if (!requireServer(ctx))
        return UsageError;
    const int kinds = int(opts.has(QStringLiteral("bureau"))) + int(opts.has(QStringLiteral("city")))
                    + int(opts.has(QStringLiteral("institution")));
    if (opts.positional().size() != 1 || kinds != 1) {
        ctx.err << QCoreApplication::translate("Cli", "请指定一个账户名，以及 --bureau、--city 或 --institution 机构名称 之一。") << "\n";
        return UsageError;
    }
    auto db = openForAdmin(ctx);
    if (!db)
        return DataError;
    ServerAdmin::AccountKind kind = ServerAdmin::AccountKind::Bureau;
    qint64 institution = 0;
    if (opts.has(QStringLiteral("city"))) {
        kind = ServerAdmin::AccountKind::City;
    } else if (opts.has(QStringLiteral("institution"))) {
        kind = ServerAdmin::AccountKind::Institution;
        const QString name = opts.value(QStringLiteral("institution"));
        const auto found = InstitutionRepository(*db).findByName(name);
        if (!found) {
            ctx.err << QCoreApplication::translate("Cli", "名册中没有名为“%1”的机构。").arg(name) << "\n";
            return DataError;
        }
        institution = found->id;
    }
    QString password;
    if (opts.has(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
        // Asked for a password and given none (an empty line, a closed pipe): never a login without one.
        if (password.isEmpty()) {
            ctx.err << QCoreApplication::translate("Cli", "--password-stdin 读到的密码为空，账户未改动。") << "\n";
            return UsageError;
        }
    }
    QStringList changes;
    const Status s = ServerAdmin::addAccount(*db, opts.positional().first(), kind, institution, password, &changes);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    for (const QString &line : changes)
        ctx.out << "  " << line << "\n";
    ctx.out << (changes.isEmpty() ? QCoreApplication::translate("Cli", "账户 %1 已是所要求的设置，没有改动。")
                                  : QCoreApplication::translate("Cli", "账户 %1 已设置。"))
                   .arg(opts.positional().first())
            << "\n";
    return Ok;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {{QStringLiteral("server"), QStringLiteral("init")}, QString(),
         QCoreApplication::translate("Cli", "在服务器的空数据库上建立（或升级）清风的数据结构、角色和访问规则"),
         QCoreApplication::translate("Cli", "需要数据库所有者（管理员）账户。其他人连接服务器时不会改动数据结构。"), {}, {}, init},
        {{QStringLiteral("server"), QStringLiteral("import-sqlite")}, QStringLiteral("FILE"),
         QCoreApplication::translate("Cli", "把本地数据库文件整体导入服务器的空数据库（一个事务，保留编号）"),
         QCoreApplication::translate("Cli", "任何一行出错则什么也不导入。需要服务器管理员账户。"), {}, {}, importSqlite},
        {{QStringLiteral("server"), QStringLiteral("account")}, QStringLiteral("NAME (--bureau | --city | --institution 机构名称)"),
         QCoreApplication::translate("Cli", "建立或修改登录账户：卫健局、市级（只读）或某个机构（只见本机构的数据）"),
         QCoreApplication::translate("Cli", "--password-stdin 从标准输入读取密码。访问范围由服务器的行级安全规则保证，不只靠界面。"),
         {QStringLiteral("institution")}, {QStringLiteral("bureau"), QStringLiteral("city"), QStringLiteral("password-stdin")},
         account},
    };
}

} // namespace qf::cli
