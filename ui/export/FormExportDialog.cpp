// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormExportDialog.h"

#include "actions/ExportForms.h"
#include "forms/FormDescription.h"
#include "io/ProtectedFiles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qf::ui {

FormExportDialog::FormExportDialog(const Campaign &campaign, const Choice &proposed, QWidget *parent)
    : QDialog(parent), m_campaign(campaign)
{
    setWindowTitle(tr("导出报表（Excel）"));
    m_month = new QComboBox;
    m_month->setMinimumContentsLength(9);
    for (const YearMonth &p : campaign.reportingPeriods())
        m_month->addItem(p.label(), p.toString());
    if (proposed.month.isValid() && m_month->findData(proposed.month.toString()) < 0)
        m_month->addItem(proposed.month.label(), proposed.month.toString());
    m_month->setCurrentIndex(qMax(0, m_month->findData(proposed.month.toString())));

    m_all = new QRadioButton(tr("本月三张表，一个工作簿（工作表 附件1、附件2、附件3）"));
    m_one = new QRadioButton(tr("只导出一张表："));
    m_form = new QComboBox;
    for (int number : FormCatalog::numbers()) {
        const FormDescription &form = FormCatalog::form(number);
        m_form->addItem(QStringLiteral("%1  %2").arg(form.attachment, form.title(campaign.year)), number);
    }
    m_form->setCurrentIndex(qMax(0, m_form->findData(proposed.form)));
    (proposed.allForms ? m_all : m_one)->setChecked(true);
    m_form->setEnabled(!proposed.allForms);

    m_date = new QDateEdit(proposed.fillDate.isValid() ? proposed.fillDate : QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    m_date->setToolTip(tr("表头右侧的“填报时间”"));

    m_path = new QLineEdit(QDir::toNativeSeparators(proposed.path));
    m_path->setMinimumWidth(420);
    m_lastDefault = QFileInfo(proposed.path).fileName();
    auto *browse = new QPushButton(tr("浏览…"));

    auto *oneRow = new QHBoxLayout;
    oneRow->addWidget(m_one);
    oneRow->addWidget(m_form, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fields = new QFormLayout;
    fields->addRow(tr("专项整治："), new QLabel(campaign.title.isEmpty() ? campaign.docNumber : campaign.title));
    fields->addRow(tr("月份："), m_month);
    fields->addRow(tr("报表："), m_all);
    fields->addRow(QString(), oneRow);
    fields->addRow(tr("填报时间："), m_date);
    fields->addRow(tr("保存为："), pathRow);
    auto *hint = new QLabel(tr("导出前先检查本月数据；有错误时列出错误，可改正后再导出，也可以仍然导出。"));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("导出"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_month, &QComboBox::currentIndexChanged, this, &FormExportDialog::followDefaultName);
    connect(m_form, &QComboBox::currentIndexChanged, this, &FormExportDialog::followDefaultName);
    connect(m_all, &QRadioButton::toggled, this, [this](bool all) {
        m_form->setEnabled(!all);
        followDefaultName();
    });
    connect(browse, &QPushButton::clicked, this, &FormExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormExportDialog::reject);
}

FormExportDialog::Choice FormExportDialog::choice() const
{
    Choice c;
    c.allForms = m_all->isChecked();
    c.form = m_form->currentData().toInt();
    c.month = YearMonth::parse(m_month->currentData().toString());
    c.fillDate = m_date->date();
    c.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!c.path.isEmpty() && !c.path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        c.path += QLatin1String(".xlsx");
    return c;
}

QString FormExportDialog::defaultName() const
{
    const Choice c = choice();
    return ExportForms::defaultFileName(m_campaign, c.month, c.allForms ? 0 : c.form);
}

void FormExportDialog::followDefaultName()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QFileInfo info(path);
    // A name the clerk typed stays; only the name we offered follows the choice.
    if (!path.isEmpty() && info.fileName() != m_lastDefault)
        return;
    m_lastDefault = defaultName();
    const QString folder = path.isEmpty() ? QString() : info.path();
    m_path->setText(QDir::toNativeSeparators(folder.isEmpty() ? m_lastDefault : QDir(folder).filePath(m_lastDefault)));
}

void FormExportDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("导出报表（Excel）"), choice().path, tr("Excel 工作簿 (*.xlsx)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
}

void FormExportDialog::accept()
{
    const Choice c = choice();
    if (c.path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写要保存的文件名。"));
        return;
    }
    const QFileInfo info(c.path);
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("文件夹 %1 不存在，请另选保存位置。").arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    // Asked before "replace it?", so that nobody is invited to replace the open database.
    const Status allowed = ProtectedFiles::check(c.path);
    if (!allowed) {
        QMessageBox::warning(this, windowTitle(), allowed.message());
        return;
    }
    if (info.exists()
        && QMessageBox::question(this, windowTitle(), tr("%1 已存在，要替换它吗？").arg(QDir::toNativeSeparators(c.path)))
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace qf::ui
