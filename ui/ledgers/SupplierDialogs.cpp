// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupplierDialogs.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace qf::ui {

SupplierInterviewDialog::SupplierInterviewDialog(const SupplierInterview &interview, const QList<Institution> &registry,
                                                 QWidget *parent)
    : LedgerDialog(interview.id ? tr("约谈记录 #%1").arg(interview.id) : tr("登记约谈供应商"), parent), m_original(interview)
{
    using namespace LedgerWidgets;
    m_institution = new InstitutionBox(registry);
    m_institution->setInstitutionId(interview.institutionId);
    m_supplier = new QLineEdit(interview.supplier);
    m_supplier->setPlaceholderText(tr("供应商（经销商）全称"));
    m_date = dateEdit(interview.heldOn, false);
    m_pledge = new QCheckBox(tr("已签订廉洁供药、不提供“回扣”承诺书"));
    m_pledge->setChecked(interview.pledgeSigned);
    m_interviewer = new QLineEdit(interview.interviewer);
    m_note = textEdit(interview.note, 2);
    form()->addRow(tr("机构（必填）"), m_institution);
    form()->addRow(tr("供应商（必填）"), m_supplier);
    form()->addRow(tr("约谈日期"), m_date);
    form()->addRow(tr("承诺书"), m_pledge);
    form()->addRow(tr("约谈人"), m_interviewer);
    form()->addRow(tr("备注"), m_note);
}

SupplierInterview SupplierInterviewDialog::interview() const
{
    SupplierInterview i = m_original;
    i.institutionId = m_institution->institutionId();
    i.supplier = m_supplier->text().trimmed();
    i.heldOn = LedgerWidgets::dateOf(m_date);
    i.pledgeSigned = m_pledge->isChecked();
    i.interviewer = m_interviewer->text().trimmed();
    i.note = m_note->toPlainText().trimmed();
    return i;
}

NegativeListDialog::NegativeListDialog(const NegativeListEntry &entry, const QList<Institution> &registry, QWidget *parent)
    : LedgerDialog(entry.id ? tr("负面名单 #%1").arg(entry.id) : tr("列入负面名单"), parent), m_original(entry)
{
    using namespace LedgerWidgets;
    m_supplier = new QLineEdit(entry.supplier);
    m_date = dateEdit(entry.listedOn, false);
    m_reason = textEdit(entry.reason, 3);
    m_reason->setPlaceholderText(tr("如：向本院医务人员给予回扣，取消供货资格"));
    m_institution = new InstitutionBox(registry, tr("卫生健康局"));
    m_institution->setInstitutionId(entry.institutionId);
    m_note = textEdit(entry.note, 2);
    form()->addRow(tr("供应商（必填）"), m_supplier);
    form()->addRow(tr("列入日期"), m_date);
    form()->addRow(tr("原因（必填）"), m_reason);
    form()->addRow(tr("列入单位"), m_institution);
    form()->addRow(tr("备注"), m_note);
}

NegativeListEntry NegativeListDialog::entry() const
{
    NegativeListEntry e = m_original;
    e.supplier = m_supplier->text().trimmed();
    e.listedOn = LedgerWidgets::dateOf(m_date);
    e.reason = m_reason->toPlainText().trimmed();
    e.institutionId = m_institution->institutionId();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

} // namespace qf::ui
