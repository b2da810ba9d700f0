// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecordDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace qf::ui {

CaseRecordDialog::CaseRecordDialog(const CaseRecord &record, const QList<Institution> &registry, QWidget *parent)
    : LedgerDialog(record.id ? tr("以案促改与教育记录 #%1").arg(record.id) : tr("登记以案促改与教育记录"), parent),
      m_original(record)
{
    using namespace LedgerWidgets;
    m_institution = new InstitutionBox(registry);
    m_institution->setInstitutionId(record.institutionId);
    m_kind = new QComboBox;
    for (CaseKind k : caseKinds().values())
        m_kind->addItem(caseKinds().name(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(record.kind)));
    m_date = dateEdit(record.heldOn, false);
    m_title = new QLineEdit(record.title);
    m_title->setPlaceholderText(tr("如：观看警示教育片《蜕变》"));
    m_persons = countBox(record.persons);
    m_amount = wanBox(record.amountYuan);
    m_reference = new QLineEdit(record.reference);
    m_answered = dateEdit(record.answeredOn, true);
    m_note = textEdit(record.note, 2);
    m_feeds = new QLabel;
    m_feeds->setWordWrap(false);
    m_feeds->setStyleSheet(QStringLiteral("color: #555;"));

    form()->addRow(tr("机构（必填）"), m_institution);
    form()->addRow(tr("类型"), m_kind);
    form()->addRow(QString(), m_feeds);
    form()->addRow(tr("日期"), m_date);
    form()->addRow(tr("事项（必填）"), m_title);
    form()->addRow(tr("人数"), m_persons);
    form()->addRow(tr("涉案金额"), m_amount);
    form()->addRow(tr("文号"), m_reference);
    form()->addRow(tr("执行完成回复日期"), m_answered);
    form()->addRow(tr("备注"), m_note);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseRecordDialog::kindChanged);
    kindChanged();
}

void CaseRecordDialog::kindChanged()
{
    const CaseKind kind = CaseKind(m_kind->currentData().toInt());
    const QString persons = CaseRecord::personsLabel(kind);
    m_persons->setEnabled(!persons.isEmpty());
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_persons)))
        label->setText(persons.isEmpty() ? tr("人数") : persons);
    m_amount->setEnabled(CaseRecord::hasAmount(kind));
    m_answered->setEnabled(kind == CaseKind::Recommendation);
    // Where the record counts, so that the user sees what it changes.
    QStringList cells;
    switch (kind) {
    case CaseKind::Admonition: cells << tr("附件1（3）"); break;
    case CaseKind::Criticism: cells << tr("附件1（4）"); break;
    case CaseKind::FirstFormOther: cells << tr("附件1（5）"); break;
    case CaseKind::Recommendation: cells << tr("附件1（6），回复后（7）"); break;
    case CaseKind::LifeMeeting: cells << tr("附件1（8）"); break;
    case CaseKind::WarningEducation: cells << tr("附件1（9）") << tr("附件3 第1栏"); break;
    case CaseKind::System: cells << tr("附件1（10）"); break;
    case CaseKind::PublicIssue: cells << tr("附件1（11）"); break;
    case CaseKind::Training: cells << tr("附件3 第2、3栏"); break;
    case CaseKind::CaseMaterial: cells << tr("附件3 第4栏"); break;
    case CaseKind::Confession: cells << tr("附件3 第6栏"); break;
    case CaseKind::Kickback: cells << tr("附件3 第8—10栏"); break;
    case CaseKind::Gift: cells << tr("附件3 第11—13栏"); break;
    }
    m_feeds->setText(tr("计入：%1").arg(cells.join(QStringLiteral(u"、"))));
}

CaseRecord CaseRecordDialog::record() const
{
    CaseRecord r = m_original;
    r.institutionId = m_institution->institutionId();
    r.kind = CaseKind(m_kind->currentData().toInt());
    r.heldOn = LedgerWidgets::dateOf(m_date);
    r.title = m_title->text().trimmed();
    r.persons = m_persons->isEnabled() ? m_persons->value() : 0;
    r.amountYuan = m_amount->isEnabled() ? LedgerWidgets::yuanOf(m_amount) : 0;
    r.reference = m_reference->text().trimmed();
    r.answeredOn = m_answered->isEnabled() ? LedgerWidgets::dateOf(m_answered) : QDate();
    r.note = m_note->toPlainText().trimmed();
    return r;
}

QString CaseRecordDialog::check() const
{
    return record().validate().message();
}

} // namespace qf::ui
