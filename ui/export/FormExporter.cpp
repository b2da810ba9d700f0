// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormExporter.h"

#include "shell/BackgroundJob.h"
#include "shell/Session.h"
#include "widgets/ErrorListDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace qf::ui {

namespace {

const QString kFolderKey = QStringLiteral("export/formsFolder");

QString lastFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// The month whose forms are due now (the one before today), within the campaign's months.
YearMonth monthDueNow(const Campaign &campaign)
{
    const QList<YearMonth> periods = campaign.reportingPeriods();
    const YearMonth due = YearMonth::fromDate(QDate::currentDate()).previous();
    if (periods.isEmpty() || periods.contains(due))
        return due;
    return due > periods.last() ? periods.last() : periods.first();
}

} // namespace

FormExporter::FormExporter(Session *session, QWidget *window) : QObject(window), m_session(session), m_window(window)
{
    m_choose = [this](const Campaign &campaign, const Choice &proposed) { return chooseInDialog(campaign, proposed); };
    m_askForce = [this](const FormExportResult &refused) { return askForceInDialog(refused); };
    m_notify = [this](const FormExportResult &result) { notifyInDialog(result); };
}

void FormExporter::run(Choice proposed)
{
    if (m_running)
        return;
    m_running = true;
    FormExportResult result;
    const auto campaign = m_session->campaign();
    if (!campaign) {
        result.status = Status::failure(tr("还没有专项整治，请先在“专项整治概览”中新建。"));
        m_notify(result);
        end(result);
        return;
    }
    if (!proposed.month.isValid())
        proposed.month = monthDueNow(*campaign);
    if (!proposed.fillDate.isValid())
        proposed.fillDate = QDate::currentDate();
    if (proposed.path.isEmpty())
        proposed.path = QDir(lastFolder())
                            .filePath(ExportForms::defaultFileName(*campaign, proposed.month,
                                                                   proposed.allForms ? 0 : proposed.form));
    const std::optional<Choice> chosen = m_choose(*campaign, proposed);
    if (!chosen) {
        end(result);
        return;
    }

    FormExportRequest request;
    request.campaign = *campaign;
    request.month = chosen->month;
    request.form = chosen->allForms ? 0 : chosen->form;
    request.fillDate = chosen->fillDate;
    request.path = chosen->path;
    startExport(request);
}

void FormExporter::startExport(const FormExportRequest &request)
{
    runOnDatabase<FormExportResult>(
        m_window, m_session->database(), tr("导出报表（Excel）"),
        [request](Database &db, const Status &opened, Progress &progress) {
            if (!opened) {
                FormExportResult failed;
                failed.path = request.path;
                failed.status = opened;
                return failed;
            }
            return ExportForms::run(db, request, &progress);
        },
        [this, request](const FormExportResult &result, bool) {
            if (result.outcome == FormExportResult::Outcome::Refused) {
                if (!m_askForce(result)) {
                    end(result);
                    return;
                }
                FormExportRequest forced = request;
                forced.force = true;
                startExport(forced);
                return;
            }
            if (result.isWritten())
                QSettings().setValue(kFolderKey, QFileInfo(result.path).absolutePath());
            m_notify(result);
            end(result);
        });
}

void FormExporter::end(const FormExportResult &result)
{
    m_running = false;
    emit ended(result);
}

QString FormExporter::refusalText(const FormExportResult &refused, int shown)
{
    QStringList lines;
    int listed = 0;
    for (const Finding &f : refused.findings)
        if (f.isError() && listed++ < shown)
            lines << QStringLiteral(u"• ") + f.describe();
    const int errors = refused.errorCount();
    QString text = tr("%1的数据有 %2 个错误：").arg(refused.tables.isEmpty() ? QString() : refused.tables.first().period.label())
                       .arg(errors)
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (errors > shown && shown > 0)
        text += QLatin1Char('\n') + tr("……另有 %1 个错误。").arg(errors - shown);
    text += QStringLiteral("\n\n") + tr("可以先在“报表填报”中改正，也可以仍然导出（表中照样是这些数字）。");
    return text;
}

std::optional<FormExporter::Choice> FormExporter::chooseInDialog(const Campaign &campaign, const Choice &proposed)
{
    FormExportDialog dialog(campaign, proposed, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

bool FormExporter::askForceInDialog(const FormExportResult &refused)
{
    QStringList all;
    for (const Finding &f : refused.findings)
        all << f.describe();
    ErrorListDialog box(tr("导出报表（Excel）"), refusalText(refused, 0), all, m_window);
    box.addAcceptButton(tr("仍然导出"));
    return box.exec() == QDialog::Accepted;
}

void FormExporter::notifyInDialog(const FormExportResult &result)
{
    if (result.outcome == FormExportResult::Outcome::Cancelled) {
        QMessageBox::information(m_window, tr("导出报表（Excel）"),
                                 tr("已取消，没有导出；%1 保持原样。").arg(QDir::toNativeSeparators(result.path)));
        return;
    }
    if (!result.isWritten()) {
        QMessageBox::warning(m_window, tr("导出报表（Excel）"), result.status.message());
        return;
    }
    QString text = tr("已导出%1（%2）：\n%3")
                       .arg(result.sheetNames().join(QStringLiteral(u"、")),
                            result.tables.isEmpty() ? QString() : result.tables.first().period.label(),
                            QDir::toNativeSeparators(result.path));
    if (const int errors = result.errorCount())
        text += QLatin1Char('\n') + tr("表中含 %1 个错误。").arg(errors);
    QMessageBox box(QMessageBox::Information, tr("导出报表（Excel）"), text, QMessageBox::Ok, m_window);
    QPushButton *open = box.addButton(tr("打开所在文件夹"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(result.path).absolutePath()));
}

} // namespace qf::ui
