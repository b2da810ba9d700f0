// SPDX-License-Identifier: GPL-3.0-or-later
// init, institutions list, institutions export, institutions import.
#include "Cli.h"

#include "actions/ExportRegistry.h"
#include "actions/RegistryActions.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QDir>

namespace qf::cli {

namespace {

int init(Context &ctx, const CliOptions &opts)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    if (opts.has(QStringLiteral("demo"))) {
        const Status s = DemoData::seed(*db);
        if (!s) {
            ctx.err << s.message() << "\n";
            return DataError;
        }
    }
    ctx.out << QCoreApplication::translate("Cli", "数据库已就绪：%1（数据结构版本 %2）")
                   .arg(db->path()).arg(db->schemaVersion()) << "\n";
    return Ok;
}

int list(Context &ctx, const CliOptions &opts)
{
    Database *db = ctx.database();
    if (!db)
        return DataError;
    // The same columns as the exported workbook, so that either can be imported back.
    const LedgerTable table = ExportRegistry::table(InstitutionRepository(*db).all(), opts.has(QStringLiteral("all")),
                                                    QDate::currentDate());
    printTable(ctx.out, table);
    ctx.err << QCoreApplication::translate("Cli", "共 %1 家机构。").arg(table.rows.size()) << "\n";
    return Ok;
}

int exportRegistry(Context &ctx, const CliOptions &opts)
{
    const QString out = opts.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --out 指定要写入的 .xlsx 文件。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    int rows = 0;
    const Status s = ExportRegistry::run(*db, out, opts.has(QStringLiteral("all")), QDate::currentDate(), &rows);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导出机构名册 %1 家到 %2。").arg(rows).arg(QDir::toNativeSeparators(out)) << "\n";
    return Ok;
}

int import(Context &ctx, const CliOptions &opts)
{
    if (opts.positional().size() != 1) {
        ctx.err << QCoreApplication::translate("Cli", "请指定一个 CSV 文件或 Excel 工作簿（.xlsx）。") << "\n";
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    RegistryImport imported;
    const Status s = RegistryActions::importFile(*db, opts.positional().first(), &imported);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        ctx.err << QCoreApplication::translate("Cli", "未导入任何机构。") << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导入 %1 家机构（新增 %2，更新 %3）。")
                   .arg(imported.institutions.size()).arg(imported.added).arg(imported.updated) << "\n";
    return Ok;
}

} // namespace

QList<Command> registryCommands()
{
    return {
        {{QStringLiteral("init")}, QStringLiteral("[--demo]"),
         QCoreApplication::translate("Cli", "创建或升级数据库；--demo 写入鹿寨县示例数据"),
         QCoreApplication::translate("Cli", "数据库已有数据时，--demo 不会重复写入。"),
         {}, {QStringLiteral("demo")}, init},
        {{QStringLiteral("institutions"), QStringLiteral("list")}, QStringLiteral("[--all]"),
         QCoreApplication::translate("Cli", "列出在用机构（--all 含停用）"), {}, {}, {QStringLiteral("all")}, list},
        {{QStringLiteral("institutions"), QStringLiteral("export")}, QStringLiteral("--out FILE.xlsx [--all]"),
         QCoreApplication::translate("Cli", "把机构名册导出为 Excel 表格（--all 含停用）"),
         QCoreApplication::translate("Cli", "表头与导入时相同，改好后可用 institutions import 导回。"),
         {QStringLiteral("out")}, {QStringLiteral("all")}, exportRegistry},
        {{QStringLiteral("institutions"), QStringLiteral("import")}, QStringLiteral("FILE.csv|FILE.xlsx"),
         QCoreApplication::translate("Cli", "从 CSV 或 Excel 工作簿导入机构名册（同名机构更新）"),
         QCoreApplication::translate("Cli",
             "表头（顺序不限）：名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,举报邮箱,联系人,联系电话\n"
             "联系电话是催报时拨打的办公电话，与公开的举报电话分开。\n"
             "必填：名称、所有制（公立/民营）、等级（三级/二级/一级及以下）、医保定点（是/否）。\n"
             "类别：医疗机构 或 定点零售药店。CSV 可为 UTF-8 或 GB18030（GBK）编码。\n"
             "其他列（序号、状态除外）和重复的列（如“名称”与“机构名称”）会被拒绝，不会被忽略。\n"
             "Excel 工作簿（.xlsx）读取第一个工作表；表头上方可有标题行，合并单元格按显示的值读取。\n"
             "任何一行有错时不导入任何机构，并逐行逐列列出错误。"),
         {}, {}, import},
    };
}

} // namespace qf::cli
