// SPDX-License-Identifier: GPL-3.0-or-later
// campaign plan show, campaign plan set: the 工作方案 as a JSON file, to read, edit and put back.
#include "Cli.h"

#include "actions/WorkPlanActions.h"

#include <QFile>
#include <QJsonDocument>

namespace qf::cli {

namespace {

int show(Context &ctx, const CliOptions &opts)
{
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    WorkPlan plan;
    const Status s = WorkPlanActions::load(*scope.db, scope.campaign, &plan);
    if (!s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    ctx.out << QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    return Ok;
}

int set(Context &ctx, const CliOptions &opts)
{
    const QString path = opts.value(QStringLiteral("file"));
    if (path.isEmpty()) {
        ctx.err << QCoreApplication::translate("Cli", "请用 --file 指定工作方案的 JSON 文件（格式同 campaign plan show 的输出）。") << "\n";
        return UsageError;
    }
    const CampaignScope scope = openCampaign(ctx, opts);
    if (!scope)
        return scope.failure;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << QCoreApplication::translate("Cli", "无法打开文件“%1”：%2").arg(path, file.errorString()) << "\n";
        return DataError;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        ctx.err << QCoreApplication::translate("Cli", "文件“%1”不是工作方案的 JSON（第 %2 个字符处：%3）。")
                       .arg(path).arg(error.offset).arg(error.errorString()) << "\n";
        return DataError;
    }
    WorkPlan plan;
    Status s = WorkPlan::fromJson(doc.object(), &plan);
    if (s)
        s = WorkPlanActions::save(*scope.db, scope.campaign, plan);
    if (!s) {
        ctx.err << QCoreApplication::translate("Cli", "文件“%1”：%2").arg(path, s.message()) << "\n";
        return DataError;
    }
    ctx.out << QCoreApplication::translate("Cli", "已保存专项整治 %1 的工作方案（%2 个部分）。")
                   .arg(scope.campaign.id).arg(plan.sections.size()) << "\n";
    return Ok;
}

} // namespace

QList<Command> workPlanCommands()
{
    return {
        {{QStringLiteral("campaign"), QStringLiteral("plan"), QStringLiteral("show")}, QStringLiteral("[--campaign ID]"),
         QCoreApplication::translate("Cli", "以 JSON 显示专项整治的工作方案"),
         QCoreApplication::translate("Cli", "尚未保存过的专项整治显示其模板的工作方案。工作步骤按阶段、联系方式按股室生成，不在文件中。"),
         {QStringLiteral("campaign")}, {}, show},
        {{QStringLiteral("campaign"), QStringLiteral("plan"), QStringLiteral("set")}, QStringLiteral("--file PLAN.json [--campaign ID]"),
         QCoreApplication::translate("Cli", "从 JSON 文件保存专项整治的工作方案"),
         QCoreApplication::translate("Cli", "文件格式同 campaign plan show 的输出；有误时不保存任何内容。"),
         {QStringLiteral("file"), QStringLiteral("campaign")}, {}, set},
    };
}

} // namespace qf::cli
