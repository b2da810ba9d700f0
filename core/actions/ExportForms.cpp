// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportForms.h"

#include "forms/CampaignForms.h"
#include "xlsx/XlsxFormWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace qf {

QStringList FormExportResult::sheetNames() const
{
    QStringList names;
    for (const FormTable &t : tables)
        names << (t.form ? t.form->attachment : QString());
    return names;
}

QString ExportForms::defaultFileName(const Campaign &campaign, const YearMonth &month, int form)
{
    // The workbook is the county's official Chinese document, so its name is Chinese in
    // every interface language, as the forms' own titles are.
    const QList<int> numbers = FormCatalog::numbers();
    const QString what = form == 0
        ? QStringLiteral(u"统计表（附件%1-%2）").arg(numbers.first()).arg(numbers.last())
        : FormCatalog::form(form).attachment;
    QString name = (campaign.county.isEmpty() ? campaign.issuingBody : campaign.county) + month.toChinese() + what;
    // The county's name is typed by the user: nothing in it may make a folder or a bad name.
    static const QRegularExpression unsafe(QStringLiteral(u"[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.trimmed() + QStringLiteral(".xlsx");
}

FormExportResult ExportForms::run(Database &db, const FormExportRequest &request, Progress *progress)
{
    FormExportResult result;
    result.path = request.path;
    if (request.form != 0 && !FormCatalog::numbers().contains(request.form)) {
        result.status = Status::failure(tr("没有附件%1：只能导出附件1、附件2、附件3或三张一起。").arg(request.form));
        return result;
    }
    if (!request.month.isValid()) {
        result.status = Status::failure(tr("没有指定要导出的月份。"));
        return result;
    }
    if (request.path.isEmpty()) {
        result.status = Status::failure(tr("没有指定要写入的 Excel 文件。"));
        return result;
    }
    if (QFileInfo(request.path).isDir())
        result.path = QDir(request.path).filePath(defaultFileName(request.campaign, request.month, request.form));

    const auto cancelled = [&result] {
        result.outcome = FormExportResult::Outcome::Cancelled;
        result.status = Status::failure(Progress::cancelledMessage());
        return result;
    };
    if (!Progress::goOn(progress, 0, 3, tr("正在汇总%1的报表…").arg(request.month.toChinese())))
        return cancelled();
    // Only what this month needs is read (each unit's latest report up to it and the one
    // before), not the campaign's whole history.
    const CampaignForms data = CampaignForms::forMonth(db, request.campaign, request.month, request.form);
    // Forms built from a failed read would be written as if complete.
    if (!data.readStatus()) {
        result.status = data.readStatus();
        return result;
    }
    result.tables = data.month(request.month, request.fillDate);
    for (const FormTable &t : result.tables)
        result.findings << t.findings;

    if (!Progress::goOn(progress, 1, 3, tr("正在检查…")))
        return cancelled();
    const int errors = result.errorCount();
    if (errors > 0 && !request.force) {
        result.outcome = FormExportResult::Outcome::Refused;
        result.status = Status::failure(tr("%1的数据有 %2 个错误，未导出 %3。")
                                            .arg(request.month.toChinese())
                                            .arg(errors)
                                            .arg(QDir::toNativeSeparators(result.path)));
        return result;
    }
    if (!Progress::goOn(progress, 2, 3, tr("正在写入 %1…").arg(QDir::toNativeSeparators(result.path))))
        return cancelled();
    // The writer puts the workbook beside the target and renames it over the target only
    // once it is complete.
    result.status = XlsxFormWriter().writeWorkbook(result.path, result.tables);
    result.outcome = result.status ? FormExportResult::Outcome::Written : FormExportResult::Outcome::Failed;
    return result;
}

} // namespace qf
