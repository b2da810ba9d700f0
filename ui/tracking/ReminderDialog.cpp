// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderDialog.h"

#include "io/AtomicFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    QPushButton *copyButton = buttons->addButton(tr("复制"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("打印…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("另存为文本…"), QDialogButtonBox::ActionRole);
    connect(copyButton, &QPushButton::clicked, this, &ReminderDialog::copy);
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
    const Status s = AtomicFile::write(path, text().toUtf8(), 0644);
    if (!s)
        QMessageBox::warning(this, tr("另存催报名单"), s.message());
}

} // namespace qf::ui
