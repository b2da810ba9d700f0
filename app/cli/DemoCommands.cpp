// SPDX-License-Identifier: GPL-3.0-or-later
// demo remove.
#include "Cli.h"

#include "actions/RemoveDemoData.h"
#include "storage/Database.h"

namespace qf::cli {

namespace {

int remove(Context &ctx, const CliOptions &)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    RemoveDemoData::Summary removed;
    const Status s = RemoveDemoData::run(*db, &removed);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已删除示例数据：%1。").arg(removed.text()) << "\n";
    return Ok;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo"), QStringLiteral("remove")}, QString(),
         QCoreApplication::translate("Cli", "删除鹿寨县示例数据（示例机构、示例活动及其报表和台账）"),
         QCoreApplication::translate("Cli", "只删除示例写入的数据，用户自己的机构和专项整治原样保留；审计记录保留每一行的删除。\n"
                                            "示例数据被用户自己的工作用到时（已签发或验收的月份、登记的报送、工作方案、抽查、"
                                            "证据文件，或其他专项整治中示例机构的记录）不删除，并列出原因。"),
         {}, {}, remove},
    };
}

} // namespace qf::cli
