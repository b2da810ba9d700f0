// SPDX-License-Identifier: GPL-3.0-or-later
// ledger import, ledger export, ledger list, ledger explain.
#include "Cli.h"

#include "actions/ExportLedger.h"
#include "actions/FigureOverrideActions.h"
#include "actions/ImportLedgerCsv.h"
#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"
#include "io/LedgerCsvImport.h"
#include "model/InstitutionLookup.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

namespace qf::cli {

namespace {

std::optional<LedgerKind> kindArgument(Context &ctx, const CliOptions &opts, int count)
{
    if (opts.positional().size() != count) {
        ctx.err << (count == 2 ? QCoreApplication::translate("Cli", "请指定台账种类和 CSV 文件。") : QCoreApplication::translate("Cli", "请指定台账种类。")) << "\n";
        return std::nullopt;
    }
    const auto kind = ledgerKinds().parse(opts.positional().first());
    if (!kind) {
        QStringList keys;
        for (LedgerKind k : ledgerKinds().values())
            keys << ledgerKinds().key(k);
        ctx.err << QCoreApplication::translate("Cli", "未知的台账种类“%1”，可用：%2。").arg(opts.positional().first(), keys.join(QStringLiteral(", ")))
                << "\n";
    }
    return kind;
}

int import(Context &ctx, const CliOptions &opts)
{
    const auto kind = kindArgument(ctx, opts, 2);
    if (!kind)
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    int imported = 0;
    const Status s = ImportLedgerCsv::run(*scope.db, scope.campaign.id, *kind, opts.positional().at(1), QDate::currentDate(),
                                          &imported);
    if (!s) {
        for (const QString &m : s.messages())
            ctx.err << m << "\n";
        ctx.err << QCoreApplication::translate("Cli", "未导入任何记录。") << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导入%1 %2 条。").arg(ledgerKinds().name(*kind)).arg(imported) << "\n";
    return Ok;
}

int exportLedger(Context &ctx, const CliOptions &opts)
{
    const auto kind = kindArgument(ctx, opts, 1);
    if (!kind)
        return UsageError;
    const QString out = opts.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --out 指定要写入的 .xlsx 文件。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    int rows = 0;
    const Status s = ExportLedger::run(*scope.db, scope.campaign, *kind, out, QDate::currentDate(), &rows);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已导出%1 %2 条到 %3。").arg(ledgerKinds().name(*kind)).arg(rows).arg(out) << "\n";
    return Ok;
}

int list(Context &ctx, const CliOptions &opts)
{
    const auto kind = kindArgument(ctx, opts, 1);
    if (!kind)
        return UsageError;
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    LedgerTable table;
    if (const Status read = ExportLedger::table(*scope.db, scope.campaign, *kind, QDate::currentDate(), &table); !read) {
        ctx.err << read.message() << "\n";
        return DataError;
    }
    printTable(ctx.out, table);
    ctx.err << QCoreApplication::translate("Cli", "共 %1 条。").arg(table.rows.size()) << "\n";
    return Ok;
}

int explain(Context &ctx, const CliOptions &opts)
{
    const int form = opts.value(QStringLiteral("form")).toInt();
    const int column = opts.value(QStringLiteral("column")).toInt();
    const YearMonth month = YearMonth::parse(opts.value(QStringLiteral("month")));
    if (form < 1 || form > 3 || column < 1 || !month.isValid()) {
        ctx.err << QCoreApplication::translate("Cli", "请指定 --form 1|2|3、--column 栏号 和 --month YYYY-MM。") << "\n";
        return UsageError;
    }
    if (!LedgerColumnRules::find(form, column)) {
        ctx.err << QCoreApplication::translate("Cli", "附件%1第%2栏不由台账计算。").arg(form).arg(column) << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return DataError;
    Database &db = *scope.db;
    const Campaign &campaign = scope.campaign;
    const QList<Institution> registry = InstitutionRepository(db).all();
    const QString unitName = opts.value(QStringLiteral("unit"));
    // An institution by full name or short name (one only), else a unit by the name the form gives it.
    const QList<Institution> named = unitName.isEmpty() ? QList<Institution>() : InstitutionLookup::matching(registry, unitName);
    if (named.size() > 1) {
        ctx.err << InstitutionLookup::find(registry, unitName, nullptr).message() << "\n";
        return UsageError;
    }
    QStringList keys;
    for (const ReportingUnit &u : ReportingUnits::forForm(FormCatalog::form(form), registry, month))
        if (unitName.isEmpty() || (named.isEmpty() ? u.name == unitName : u.institutionId == named.first().id))
            keys << u.key;
    if (keys.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "附件%1在%2没有单位“%3”。").arg(form).arg(month.toChinese(), unitName) << "\n";
        return UsageError;
    }
    const LedgerCell cell = FigureOverrideActions::explain(db, campaign.id, form, column, month, keys);
    ctx.out << QCoreApplication::translate("Cli", "附件%1 第%2栏 %3 %4：%5").arg(form).arg(column).arg(unitName.isEmpty() ? QCoreApplication::translate("Cli", "全部单位") : unitName,
                                                                    month.toChinese())
                   .arg(cell.covered ? QString::number(cell.value) : QCoreApplication::translate("Cli", "（未建台账，不由台账计算）"))
            << "\n" << QCoreApplication::translate("Cli", "计算方法：") << cell.how << "\n";
    for (const LedgerCell::Item &item : cell.items)
        ctx.out << item.entry.from.toString(Qt::ISODate) << "\t" << ledgerKinds().name(item.entry.ledger) << " #"
                << item.entry.recordId << "\t" << item.institutionName << "\t"
                << (item.counted ? QString::number(item.entry.distinctKey.isEmpty() ? item.entry.amount : 1)
                                 : QCoreApplication::translate("Cli", "（该机构已计）"))
                << "\t" << QString(item.entry.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    return Ok;
}

QString kindsHelp()
{
    QString help = QCoreApplication::translate("Cli", "台账种类：\n");
    for (LedgerKind k : ledgerKinds().values())
        help += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(ledgerKinds().key(k).leftJustified(14), ledgerKinds().name(k), LedgerCsvImport::headerLine(k));
    return help;
}

} // namespace

void printTable(QTextStream &out, const LedgerTable &table)
{
    QStringList header;
    for (const LedgerTable::Column &c : table.columns)
        header << c.header;
    out << header.join(QLatin1Char('\t')) << "\n";
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c)
            cells << table.text(r, c).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        out << cells.join(QLatin1Char('\t')) << "\n";
    }
}

QList<Command> ledgerCommands()
{
    const QString campaign = QStringLiteral("campaign");
    return {
        {{QStringLiteral("ledger"), QStringLiteral("import")}, QStringLiteral("KIND FILE.csv [--campaign ID]"),
         QCoreApplication::translate("Cli", "从 CSV 导入台账（问题清单、线索、检查、以案促改与教育、约谈供应商、负面名单）"),
         kindsHelp()
             + QCoreApplication::translate("Cli", "\n前几列为必填。日期写成 YYYY-MM-DD；金额以万元计（最多4位小数）；人数、条数为整数；标记列填“是”或“否”。\n"
                  "状态列（问题：发现/整改中/已整改/已销号；线索：登记/核查中/办结/已销号）须配相应日期，\n"
                  "销号须写销号审核人。任何一行有错误或与已有记录重复时不导入任何记录。"),
         {campaign}, {}, import},
        {{QStringLiteral("ledger"), QStringLiteral("export")}, QStringLiteral("KIND --out FILE.xlsx [--campaign ID]"),
         QCoreApplication::translate("Cli", "把一本台账导出为 Excel 表格（不含举报人信息）"), kindsHelp(), {campaign, QStringLiteral("out")}, {},
         exportLedger},
        {{QStringLiteral("ledger"), QStringLiteral("list")}, QStringLiteral("KIND [--campaign ID]"),
         QCoreApplication::translate("Cli", "列出一本台账（制表符分隔，不含举报人信息）"), kindsHelp(), {campaign}, {}, list},
        {{QStringLiteral("ledger"), QStringLiteral("explain")},
         QStringLiteral("--form N --column C --month YYYY-MM [--unit 名称] [--campaign ID]"),
         QCoreApplication::translate("Cli", "说明报表某一栏的台账数由哪些记录组成"),
         QCoreApplication::translate("Cli", "不指定 --unit 时说明全部单位（附件1、3 为机构名称或简称，附件2 为“公立医院 三级”等分类）。"),
         {campaign, QStringLiteral("form"), QStringLiteral("column"), QStringLiteral("month"), QStringLiteral("unit")}, {},
         explain},
    };
}

} // namespace qf::cli
