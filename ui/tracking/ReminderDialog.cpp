// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderDialog.h"

#include "actions/ExportReminders.h"
#include "io/AtomicFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace qf::ui {

ReminderDialog::ReminderDialog(const QString &heading, const ReminderList &all, const ReminderList &overdueOnly,
                               QWidget *parent)
    : QDialog(parent), m_heading(heading), m_all(all), m_overdue(overdueOnly)
{
    setWindowTitle(tr("催报名单"));
    m_overdueOnly = new QCheckBox(tr("只列已逾期的"));
    m_view = new QPlainTextEdit;
    m_view->setReadOnly(true);
    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    QPushButton *copyButton = buttons->addButton(tr("复制文字"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("复制为文字，可粘贴到微信、QQ 群或短信"));
    QPushButton *tableButton = buttons->addButton(tr("复制表格"), QDialogButtonBox::ActionRole);
    tableButton->setToolTip(tr("复制为表格，可粘贴到 Excel、WPS 或 Word，每项占一格"));
    QPushButton *printButton = buttons->addButton(tr("打印…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("导出 Excel…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("另存为文本…"), QDialogButtonBox::ActionRole);
    connect(copyButton, &QPushButton::clicked, this, &ReminderDialog::copy);
    connect(tableButton, &QPushButton::clicked, this, &ReminderDialog::copyTable);
    connect(exportButton, &QPushButton::clicked, this, &ReminderDialog::exportWorkbook);
    connect(printButton, &QPushButton::clicked, this, &ReminderDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReminderDialog::saveText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &ReminderDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overdueOnly);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 560);
    refresh();
}

void ReminderDialog::offerMail(const std::function<void()> &open)
{
    QPushButton *mail = m_buttons->addButton(tr("发送催报邮件…"), QDialogButtonBox::ActionRole);
    mail->setToolTip(tr("给逾期未报、名册中登记了邮箱的单位发送催报邮件，附该月空白报表；发送前先列出收件人和主题"));
    connect(mail, &QPushButton::clicked, this, [open] { open(); });
}

const ReminderList &ReminderDialog::current() const
{
    return m_overdueOnly->isChecked() ? m_overdue : m_all;
}

QString ReminderDialog::text() const
{
    return current().toText(m_heading);
}

void ReminderDialog::refresh()
{
    m_view->setPlainText(text());
}

void ReminderDialog::copy()
{
    QApplication::clipboard()->setText(text());
}

void ReminderDialog::copyTable()
{
    // Spreadsheets take the tab-separated text, word processors the HTML table.
    auto *data = new QMimeData;
    data->setText(ExportReminders::toTabSeparated(current()));
    data->setHtml(current().toHtml(m_heading));
    QApplication::clipboard()->setMimeData(data);
}

Status ReminderDialog::exportTo(const QString &path) const
{
    return ExportReminders::write(current(), m_heading, path);
}

void ReminderDialog::exportWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("导出催报名单"),
                                                      ExportReminders::defaultFileName(current().today()),
                                                      tr("Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = exportTo(path);
    if (!s)
        QMessageBox::warning(this, tr("导出催报名单"), s.message());
}

void ReminderDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("打印催报名单"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(current().toHtml(m_heading));
    doc.print(&printer);
}

void ReminderDialog::saveText()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("另存催报名单"), tr("催报名单.txt"), tr("文本文件 (*.txt)"));
    if (path.isEmpty())
        return;
    // A list to pass on (names of institutions, nothing private): readable by others.
    const Status s = AtomicFile::write(path, text().toUtf8(), PrivateFiles::documentMode(path));
    if (!s)
        QMessageBox::warning(this, tr("另存催报名单"), s.message());
}

} // namespace qf::ui
