// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace qf::ui {

InspectionDialog::InspectionDialog(const Inspection &inspection, const QList<Institution> &registry, QWidget *parent)
    : LedgerDialog(inspection.id ? tr("检查记录 #%1").arg(inspection.id) : tr("登记检查"), parent),
      m_original(inspection), m_registry(registry)
{
    using namespace LedgerWidgets;
    m_institution = new InstitutionBox(registry);
    m_institution->setInstitutionId(inspection.institutionId);
    m_date = dateEdit(inspection.inspectedOn, false);
    m_method = new QComboBox;
    m_method->setEditable(true);
    m_method->addItems(inspectionMethods());
    m_method->setCurrentText(inspection.method);
    m_inspectors = new QLineEdit(inspection.inspectors);
    m_findings = textEdit(inspection.findings, 3);
    m_interview = new QCheckBox(tr("约谈"));
    m_interview->setChecked(inspection.interview);
    m_criticism = new QCheckBox(tr("通报批评"));
    m_criticism->setChecked(inspection.criticism);
    m_rectify = new QCheckBox(tr("限期整改"));
    m_rectify->setChecked(inspection.rectifyOrder);
    m_recovered = new QCheckBox(tr("追回资金"));
    m_recovered->setChecked(inspection.fundsRecovered);
    m_fined = new QCheckBox(tr("行政罚款"));
    m_fined->setChecked(inspection.fined);
    m_clues = countBox(inspection.cluesTransferred, 999);
    m_clues->setSuffix(tr(" 条"));
    m_other = new QLineEdit(inspection.otherMeasure);
    m_other->setPlaceholderText(tr("其他处理措施（填写即计入“其他”）"));
    auto *measures = new QGridLayout;
    measures->addWidget(m_interview, 0, 0);
    measures->addWidget(m_criticism, 0, 1);
    measures->addWidget(m_rectify, 0, 2);
    measures->addWidget(m_recovered, 1, 0);
    measures->addWidget(m_fined, 1, 1);
    measures->addWidget(new QLabel(tr("移交线索")), 2, 0);
    measures->addWidget(m_clues, 2, 1);
    measures->addWidget(m_other, 3, 0, 1, 3);
    m_refundWan = wanBox(inspection.refundYuan);
    m_recoveredWan = wanBox(inspection.recoveredYuan);
    m_fineWan = wanBox(inspection.fineYuan);
    m_suspended = countBox(inspection.suspendedPersons, 999);
    m_revoked = countBox(inspection.revokedPersons, 999);
    m_prosecuted = countBox(inspection.prosecutedPersons, 999);
    m_note = textEdit(inspection.note, 2);
    // Ticking the measure is what 附件2 counts; an amount without it would be lost there.
    connect(m_recoveredWan, &QDoubleSpinBox::valueChanged, this, [this](double v) { if (v > 0) m_recovered->setChecked(true); });
    connect(m_fineWan, &QDoubleSpinBox::valueChanged, this, [this](double v) { if (v > 0) m_fined->setChecked(true); });

    form()->addRow(tr("被检查机构（必填）"), m_institution);
    form()->addRow(tr("检查日期"), m_date);
    form()->addRow(tr("检查方式"), m_method);
    form()->addRow(tr("检查人员"), m_inspectors);
    form()->addRow(tr("检查发现"), m_findings);
    form()->addRow(tr("处理措施"), measures);
    form()->addRow(tr("主动清退基金"), m_refundWan);
    form()->addRow(tr("追回基金"), m_recoveredWan);
    form()->addRow(tr("行政罚款"), m_fineWan);
    form()->addRow(tr("暂停执业（人）"), m_suspended);
    form()->addRow(tr("吊销执业证书（人）"), m_revoked);
    form()->addRow(tr("移送司法机关（人）"), m_prosecuted);
    form()->addRow(tr("备注"), m_note);
}

void InspectionDialog::fixInstitution()
{
    m_institution->setEnabled(false);
}

Inspection InspectionDialog::inspection() const
{
    Inspection i = m_original;
    i.institutionId = m_institution->institutionId();
    i.inspectedOn = LedgerWidgets::dateOf(m_date);
    i.method = m_method->currentText().trimmed();
    i.inspectors = m_inspectors->text().trimmed();
    i.findings = m_findings->toPlainText().trimmed();
    i.interview = m_interview->isChecked();
    i.criticism = m_criticism->isChecked();
    i.rectifyOrder = m_rectify->isChecked();
    i.cluesTransferred = m_clues->value();
    i.fundsRecovered = m_recovered->isChecked();
    i.fined = m_fined->isChecked();
    i.otherMeasure = m_other->text().trimmed();
    i.refundYuan = LedgerWidgets::yuanOf(m_refundWan);
    i.recoveredYuan = LedgerWidgets::yuanOf(m_recoveredWan);
    i.fineYuan = LedgerWidgets::yuanOf(m_fineWan);
    i.suspendedPersons = m_suspended->value();
    i.revokedPersons = m_revoked->value();
    i.prosecutedPersons = m_prosecuted->value();
    i.note = m_note->toPlainText().trimmed();
    return i;
}

QString InspectionDialog::check() const
{
    const Inspection i = inspection();
    Status s = i.validate();
    if (i.inspectedOn > QDate::currentDate())
        s.add(tr("检查日期晚于今天。"));
    for (const Institution &inst : m_registry)
        if (inst.id == i.institutionId && !inst.contracted)
            // Not an error: the record is kept, but 附件2 counts contracted institutions only.
            return s.isOk() && !errorText().contains(tr("非医保定点")) ? tr("提示：%1非医保定点机构，本次检查不计入附件2。再按一次“确定”保存。").arg(inst.name)
                                                                       : s.message();
    return s.message();
}

} // namespace qf::ui
