// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

InstitutionDialog::InstitutionDialog(const Institution &institution, QWidget *parent)
    : QDialog(parent), m_original(institution)
{
    setWindowTitle(institution.id ? tr("编辑机构") : tr("新增机构"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(institution.name);
    m_name->setPlaceholderText(tr("如：鹿寨县人民医院"));
    m_shortName = new QLineEdit(institution.shortName);
    m_ownership = new QComboBox;
    for (Ownership o : allOwnerships())
        m_ownership->addItem(ownershipName(o), int(o));
    m_ownership->setCurrentIndex(m_ownership->findData(int(institution.ownership)));
    m_level = new QComboBox;
    for (Level l : allLevels())
        m_level->addItem(levelName(l), int(l));
    m_level->setCurrentIndex(m_level->findData(int(institution.level)));
    m_kind = new QComboBox;
    m_kind->addItem(kindName(InstitutionKind::Medical), int(InstitutionKind::Medical));
    m_kind->addItem(kindName(InstitutionKind::Pharmacy), int(InstitutionKind::Pharmacy));
    m_kind->setCurrentIndex(m_kind->findData(int(institution.kind)));
    m_contracted = new QCheckBox(tr("与医保经办机构签订了服务协议"));
    m_contracted->setChecked(institution.contracted);
    m_township = new QLineEdit(institution.township);
    m_phone = new QLineEdit(institution.reportPhone);
    m_phone->setPlaceholderText(tr("如：0772-6812120"));
    m_email = new QLineEdit(institution.reportEmail);
    m_contact = new QLineEdit(institution.contactPerson);
    m_contactPhone = new QLineEdit(institution.contactPhone);
    m_contactPhone->setObjectName(QStringLiteral("contactPhone"));
    m_contactPhone->setPlaceholderText(tr("催报时拨打的办公电话，不公开"));
    m_hasFrom = new QCheckBox(tr("开业日期"));
    m_from = new QDateEdit(institution.activeFrom.isValid() ? institution.activeFrom : QDate::currentDate());
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // A new institution opens the day it is added: without a date it would owe every
    // report since the campaign began, months before it existed.
    m_hasFrom->setChecked(institution.activeFrom.isValid() || institution.id == 0);
    m_from->setEnabled(m_hasFrom->isChecked());
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_hasFrom);
    fromRow->addWidget(m_from, 1);

    form->addRow(tr("名称（必填）"), m_name);
    form->addRow(tr("简称"), m_shortName);
    form->addRow(tr("所有制"), m_ownership);
    form->addRow(tr("等级"), m_level);
    form->addRow(tr("类别"), m_kind);
    form->addRow(tr("医保定点"), m_contracted);
    form->addRow(tr("乡镇"), m_township);
    form->addRow(tr("举报电话"), m_phone);
    form->addRow(tr("举报邮箱"), m_email);
    form->addRow(tr("联系人"), m_contact);
    form->addRow(tr("联系电话"), m_contactPhone);
    form->addRow(QString(), fromRow);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

Institution InstitutionDialog::institution() const
{
    Institution i = m_original;
    i.name = m_name->text().trimmed();
    i.shortName = m_shortName->text().trimmed();
    i.ownership = Ownership(m_ownership->currentData().toInt());
    i.level = Level(m_level->currentData().toInt());
    i.kind = InstitutionKind(m_kind->currentData().toInt());
    i.contracted = m_contracted->isChecked();
    i.township = m_township->text().trimmed();
    i.reportPhone = m_phone->text().trimmed();
    i.reportEmail = m_email->text().trimmed();
    i.contactPerson = m_contact->text().trimmed();
    i.contactPhone = m_contactPhone->text().trimmed();
    i.activeFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    return i;
}

void InstitutionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void InstitutionDialog::accept()
{
    const Status s = institution().validate();
    if (!s) {
        showError(s.messages().join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace qf::ui
