// SPDX-License-Identifier: GPL-3.0-or-later
// backup, restore, verify.
#include "Cli.h"

#include "storage/Backup.h"
#include "storage/Database.h"

namespace qf::cli {

namespace {

int backup(Context &ctx, const CliOptions &opts)
{
    const QString out = opts.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --out 指定备份文件。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    const Status s = Backup::write(*db, out);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已备份到 %1。").arg(out) << "\n";
    return Ok;
}

int restore(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().size() != 1) {
        ctx.err << QCoreApplication::translate("Cli", "请指定一个备份文件。") << "\n";
        return UsageError;
    }
    if (ctx.location.isServer()) {
        ctx.err << QCoreApplication::translate("Cli", "服务器上的共享数据库由服务器管理员恢复。") << "\n";
        return UsageError;
    }
    QString kept;
    const Status s = Backup::restore(opts.positional().first(), ctx.dbPath, &kept);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已从 %1 恢复数据库 %2。").arg(opts.positional().first(), ctx.dbPath) << "\n";
    if (!kept.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "恢复前的数据库已另存为 %1。").arg(kept) << "\n";
    return Ok;
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {
        {{QStringLiteral("backup")}, QStringLiteral("--out FILE"),
         QCoreApplication::translate("Cli", "备份数据库（程序运行时也可备份，得到一致的副本）"), {},
         {QStringLiteral("out")}, {}, backup},
        {{QStringLiteral("restore")}, QStringLiteral("FILE"),
         QCoreApplication::translate("Cli", "用备份文件替换数据库（先检查备份，并保留当前数据库的副本）"),
         QCoreApplication::translate("Cli", "恢复时请先关闭所有正在使用该数据库的清风程序。"), {}, {}, restore},
    };
}

} // namespace qf::cli
