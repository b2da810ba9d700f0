// SPDX-License-Identifier: GPL-3.0-or-later
// The papers and results of a stored 抽查 draw: analysis print (抽查名单, 检查通知) and
// analysis result (an evaluation recorded as an inspection-ledger entry).
#include "Cli.h"

#include "DateOption.h"
#include "actions/ExportSpotCheckPapers.h"
#include "actions/SpotCheckActions.h"
#include "storage/Database.h"
#include "storage/SpotCheckRepository.h"

#include <QDir>

#include <utility>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int printErrors(Context &ctx, const Status &s)
{
    for (const QString &m : s.messages())
        ctx.err << m << "\n";
    return DataError;
}

qint64 drawOption(Context &ctx, const CliOptions &opts)
{
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("draw")).toLongLong(&ok);
    if (ok && id > 0)
        return id;
    ctx.err << tr("请用 --draw ID 指定抽查记录的编号。") << "\n";
    return 0;
}

/// A whole non-negative number option, `fallback` when not given; false after saying why.
bool countOption(Context &ctx, const CliOptions &opts, const char *name, qint64 *out)
{
    const QString key = QString::fromLatin1(name);
    if (!opts.has(key))
        return true;
    bool ok = false;
    *out = opts.value(key).toLongLong(&ok);
    if (ok && *out >= 0)
        return true;
    ctx.err << tr("--%1 应为不小于 0 的整数，而不是“%2”。").arg(key, opts.value(key)) << "\n";
    return false;
}

int printPapers(Context &ctx, const CliOptions &opts)
{
    const qint64 id = drawOption(ctx, opts);
    if (!id)
        return UsageError;
    if (!opts.has(QStringLiteral("out")) && !opts.has(QStringLiteral("notices"))) {
        ctx.err << tr("请用 --out 指定抽查名单、用 --notices 指定检查通知的 PDF 或 Word（.docx）文件。") << "\n";
        return UsageError;
    }
    if (const Status s = checkSpotCheckPaperPaths(opts); !s) {
        printErrors(ctx, s);
        return UsageError;
    }
    Database *db = ctx.database();
    if (!db)
        return DataError;
    return writeSpotCheckPapers(ctx, opts, *db, id, ctx.out);
}

int recordResult(Context &ctx, const CliOptions &opts)
{
    const qint64 id = drawOption(ctx, opts);
    if (!id)
        return UsageError;
    bool ok = false;
    const int position = opts.value(QStringLiteral("position")).toInt(&ok);
    if (!ok || position <= 0) {
        ctx.err << tr("请用 --position N 指定抽查名单中的序号。") << "\n";
        return UsageError;
    }
    Inspection i;
    i.inspectedOn = dateOption(ctx, opts, QStringLiteral("date"), QDate());
    if (!i.inspectedOn.isValid()) {
        if (!opts.has(QStringLiteral("date")))
            ctx.err << tr("请用 --date YYYY-MM-DD 指定检查日期。") << "\n";
        return UsageError;
    }
    i.method = opts.value(QStringLiteral("method"));
    i.inspectors = opts.value(QStringLiteral("inspectors"));
    i.findings = opts.value(QStringLiteral("findings"));
    i.otherMeasure = opts.value(QStringLiteral("other"));
    i.note = opts.value(QStringLiteral("note"));
    i.interview = opts.has(QStringLiteral("interview"));
    i.criticism = opts.has(QStringLiteral("criticism"));
    i.rectifyOrder = opts.has(QStringLiteral("rectify"));
    i.fundsRecovered = opts.has(QStringLiteral("recovered"));
    i.fined = opts.has(QStringLiteral("fined"));
    qint64 clues = 0, suspended = 0, revoked = 0, prosecuted = 0;
    if (!countOption(ctx, opts, "clues", &clues) || !countOption(ctx, opts, "refund-yuan", &i.refundYuan)
        || !countOption(ctx, opts, "recovered-yuan", &i.recoveredYuan) || !countOption(ctx, opts, "fine-yuan", &i.fineYuan)
        || !countOption(ctx, opts, "suspended", &suspended) || !countOption(ctx, opts, "revoked", &revoked)
        || !countOption(ctx, opts, "prosecuted", &prosecuted))
        return UsageError;
    i.cluesTransferred = int(clues);
    i.suspendedPersons = int(suspended);
    i.revokedPersons = int(revoked);
    i.prosecutedPersons = int(prosecuted);
    Database *db = ctx.database();
    if (!db)
        return DataError;
    const auto draw = SpotCheckRepository(*db).find(id);
    if (!draw) {
        ctx.err << tr("找不到抽查记录 %1。").arg(id) << "\n";
        return DataError;
    }
    qint64 pickId = 0;
    for (const SpotCheckPickRecord &p : draw->picks)
        if (p.position == position)
            pickId = p.id;
    if (!pickId) {
        ctx.err << tr("抽查记录 %1 只有 %2 家，没有第 %3 号。").arg(id).arg(draw->picks.size()).arg(position) << "\n";
        return DataError;
    }
    const Status s = SpotCheckActions::recordResult(*db, pickId, i);
    if (!s)
        return printErrors(ctx, s);
    ctx.out << tr("已记录抽查记录 %1 第 %2 号的检查结果：检查记录 %3（%4，%5）。")
                   .arg(id).arg(position).arg(i.id).arg(i.inspectedOn.toString(Qt::ISODate), i.inspectors)
            << "\n";
    return Ok;
}

} // namespace

Status checkSpotCheckPaperPaths(const CliOptions &opts)
{
    for (const QString &key : {QStringLiteral("out"), QStringLiteral("notices")})
        if (opts.has(key))
            if (Status s = ExportSpotCheckPapers::checkPath(opts.value(key)); !s)
                return s;
    return Status::success();
}

int writeSpotCheckPapers(Context &ctx, const CliOptions &opts, Database &db, qint64 drawId, QTextStream &report)
{
    SpotCheckPaperOptions options;
    options.date = dateOption(ctx, opts, QStringLiteral("date"), QDate::currentDate());
    options.inspectOn = dateOption(ctx, opts, QStringLiteral("inspect-on"), QDate());
    if (!options.date.isValid() || (opts.has(QStringLiteral("inspect-on")) && !options.inspectOn.isValid()))
        return UsageError;
    using Paper = ExportSpotCheckPapers::Paper;
    const QList<std::pair<QString, Paper>> papers{{QStringLiteral("out"), Paper::List}, {QStringLiteral("notices"), Paper::Notices}};
    for (const auto &[key, paper] : papers) {
        if (!opts.has(key))
            continue;
        const QString path = opts.value(key);
        int pages = 0;
        OfficePaper made;
        const Status s = ExportSpotCheckPapers::write(db, drawId, paper, options, path, &pages, &made);
        if (!s)
            return printErrors(ctx, s);
        const QString what = paper == Paper::List ? tr("抽查名单") : tr("检查通知（%1份）").arg(made.parts.size());
        if (path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive))
            report << tr("已生成%1（Word 文档）：%2").arg(what, QDir::toNativeSeparators(path)) << "\n";
        else
            report << tr("已生成%1（共 %2 页）：%3").arg(what).arg(pages).arg(QDir::toNativeSeparators(path)) << "\n";
    }
    return Ok;
}

QList<Command> spotCheckCommands()
{
    const QString analysis = QStringLiteral("analysis");
    return {
        {{analysis, QStringLiteral("print")},
         QStringLiteral("--draw ID [--out FILE.pdf|FILE.docx] [--notices FILE.pdf|FILE.docx] [--inspect-on YYYY-MM-DD] [--date YYYY-MM-DD]"),
         tr("打印抽查记录的抽查名单和检查通知（PDF 或 Word）"),
         tr("--out 写抽查名单（序号、机构、所有制、等级、乡镇、检查人员，附种子和复核命令）；--notices 写检查通知，每家被抽中的机构一份。\n"
            "--inspect-on 为通知中的检查时间（不给则留空待填）；--date 为落款日期（默认今天）。措辞取自专项整治模板的“spotCheck”。"),
         {QStringLiteral("draw"), QStringLiteral("out"), QStringLiteral("notices"), QStringLiteral("inspect-on"), QStringLiteral("date")},
         {}, printPapers},
        {{analysis, QStringLiteral("result")},
         QStringLiteral("--draw ID --position N --date YYYY-MM-DD [--findings 文字] [--inspectors 姓名] [--method 方式] [--interview] [--criticism] "
                        "[--rectify] [--recovered] [--fined] [--clues N] [--other 措施] [--refund-yuan N] [--recovered-yuan N] [--fine-yuan N] "
                        "[--suspended N] [--revoked N] [--prosecuted N] [--note 文字]"),
         tr("把抽查名单中一家机构的检查结果记为监督检查台账的一条记录（计入附件2）"),
         tr("--position 为抽查名单的序号；检查人员不给时取抽中的两名，检查方式不给时为“双随机抽查”。"
            "每家只能记录一次；检查日期所在月份已签发或已验收时拒绝。金额以元为单位。"),
         {QStringLiteral("draw"), QStringLiteral("position"), QStringLiteral("date"), QStringLiteral("findings"), QStringLiteral("inspectors"),
          QStringLiteral("method"), QStringLiteral("clues"), QStringLiteral("other"), QStringLiteral("refund-yuan"), QStringLiteral("recovered-yuan"),
          QStringLiteral("fine-yuan"), QStringLiteral("suspended"), QStringLiteral("revoked"), QStringLiteral("prosecuted"), QStringLiteral("note")},
         {QStringLiteral("interview"), QStringLiteral("criticism"), QStringLiteral("rectify"), QStringLiteral("recovered"), QStringLiteral("fined")},
         recordResult},
    };
}

} // namespace qf::cli
