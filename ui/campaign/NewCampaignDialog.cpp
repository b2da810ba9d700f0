// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewCampaignDialog.h"

#include "campaign/CampaignTemplate.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf::ui {

NewCampaignDialog::NewCampaignDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("按模板新建专项整治"));
    m_template = new QComboBox;
    for (const CampaignTemplate &t : CampaignTemplate::builtIn())
        m_template->addItem(t.name(), t.key());
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_county = new QLineEdit;
    m_county->setPlaceholderText(tr("如：鹿寨县"));
    m_city = new QLineEdit;
    m_city->setPlaceholderText(tr("如：柳州市"));
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("留空则按模板生成"));
    m_docNumber = new QLineEdit;
    m_docNumber->setPlaceholderText(tr("如：鹿卫医〔2021〕22号"));
    m_bureauPhone = new QLineEdit;
    m_bureauEmail = new QLineEdit;
    m_cityPhone = new QLineEdit;
    m_cityEmail = new QLineEdit;

    auto *form = new QFormLayout;
    form->addRow(tr("方案模板"), m_template);
    form->addRow(QString(), m_description);
    form->addRow(tr("县（区）"), m_county);
    form->addRow(tr("所属市"), m_city);
    form->addRow(tr("年度"), m_year);
    form->addRow(tr("名称"), m_title);
    form->addRow(tr("文号"), m_docNumber);
    form->addRow(tr("县卫生健康局举报电话"), m_bureauPhone);
    form->addRow(tr("县卫生健康局举报邮箱"), m_bureauEmail);
    form->addRow(tr("市卫生健康委举报电话"), m_cityPhone);
    form->addRow(tr("市卫生健康委举报邮箱"), m_cityEmail);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("新建"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::updateDescription);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateDescription();
}

void NewCampaignDialog::updateDescription()
{
    const auto t = CampaignTemplate::find(m_template->currentData().toString());
    m_description->setText(t ? t->description() : QString());
}

Status NewCampaignDialog::build(Campaign *out) const
{
    const auto t = CampaignTemplate::find(m_template->currentData().toString());
    if (!t)
        return Status::failure(tr("请选择一个方案模板。"));
    CampaignParameters p;
    p.county = m_county->text().trimmed();
    p.city = m_city->text().trimmed();
    p.year = m_year->value();
    p.title = m_title->text().trimmed();
    p.docNumber = m_docNumber->text().trimmed();
    p.bureauPhone = m_bureauPhone->text().trimmed();
    p.bureauEmail = m_bureauEmail->text().trimmed();
    p.cityPhone = m_cityPhone->text().trimmed();
    p.cityEmail = m_cityEmail->text().trimmed();
    return t->instantiate(p, out);
}

void NewCampaignDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace qf::ui
