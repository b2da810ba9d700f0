// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemDialog.h"

#include "EvidencePanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace qf::ui {

ProblemDialog::ProblemDialog(Database &db, const Problem &problem, const QList<Institution> &registry, QWidget *parent)
    : LedgerDialog(problem.id ? tr("问题 #%1（%2）").arg(problem.id).arg(problemStates().name(problem.state)) : tr("登记问题"),
                   parent),
      m_original(problem)
{
    using namespace LedgerWidgets;
    const bool closed = problem.state == ProblemState::Closed;
    m_institution = new InstitutionBox(registry);
    m_institution->setInstitutionId(problem.institutionId);
    m_source = new QComboBox;
    for (ProblemSource s : problemSources().values())
        m_source->addItem(problemSources().name(s), int(s));
    m_source->setCurrentIndex(m_source->findData(int(problem.source)));
    m_foundOn = dateEdit(problem.foundOn, false);
    m_foundBy = new QLineEdit(problem.foundBy);
    m_description = textEdit(problem.description, 3);
    m_responsible = new QLineEdit(problem.responsible);
    m_deadline = dateEdit(problem.deadline, true);
    m_measures = textEdit(problem.measures, 3);
    m_note = textEdit(problem.note, 2);

    form()->addRow(tr("机构（必填）"), m_institution);
    form()->addRow(tr("来源"), m_source);
    form()->addRow(tr("发现日期"), m_foundOn);
    form()->addRow(tr("发现人"), m_foundBy);
    form()->addRow(tr("问题描述（必填）"), m_description);
    form()->addRow(tr("整改责任人"), m_responsible);
    form()->addRow(tr("整改期限"), m_deadline);
    form()->addRow(tr("整改措施"), m_measures);
    form()->addRow(tr("备注"), m_note);

    if (!problem.steps.isEmpty()) {
        QStringList lines;
        lines << tr("%1　发现　%2").arg(problem.foundOn.toString(Qt::ISODate), problem.foundBy);
        for (const Problem::Step &s : problem.steps)
            lines << tr("%1　%2　%3%4")
                         .arg(s.on.toString(Qt::ISODate), ProblemWorkflow::actionName(s.from, s.to), s.by,
                              s.note.isEmpty() ? QString() : tr("（%1）").arg(s.note));
        auto *steps = new QLabel(lines.join(QLatin1Char('\n')));
        steps->setObjectName(QStringLiteral("problemSteps"));
        steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form()->addRow(tr("办理经过"), steps);
    }

    auto *group = new QGroupBox(tr("佐证材料"));
    auto *groupLayout = new QVBoxLayout(group);
    if (problem.id) {
        m_evidence = new EvidencePanel(db, problem.id, closed);
        groupLayout->addWidget(m_evidence);
    } else {
        groupLayout->addWidget(new QLabel(tr("保存问题后可附加整改前、整改后的照片或文件。")));
    }
    body()->insertWidget(1, group);

    if (closed) {
        for (QWidget *w : {static_cast<QWidget *>(m_institution), static_cast<QWidget *>(m_source),
                           static_cast<QWidget *>(m_foundOn), static_cast<QWidget *>(m_foundBy),
                           static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_responsible),
                           static_cast<QWidget *>(m_deadline), static_cast<QWidget *>(m_measures),
                           static_cast<QWidget *>(m_note)})
            w->setEnabled(false);
        showError(tr("问题已销号（审核人：%1），只能查看。").arg(problem.reviewer()));
    }
}

Problem ProblemDialog::problem() const
{
    Problem p = m_original;
    p.institutionId = m_institution->institutionId();
    p.source = ProblemSource(m_source->currentData().toInt());
    p.foundOn = LedgerWidgets::dateOf(m_foundOn);
    p.foundBy = m_foundBy->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.responsible = m_responsible->text().trimmed();
    p.deadline = LedgerWidgets::dateOf(m_deadline);
    p.measures = m_measures->toPlainText().trimmed();
    p.note = m_note->toPlainText().trimmed();
    return p;
}

QString ProblemDialog::check() const
{
    if (m_original.state == ProblemState::Closed)
        return QString();
    if (!m_institution->currentText().trimmed().isEmpty() && m_institution->institutionId() == 0)
        return tr("机构名册中没有“%1”。").arg(m_institution->currentText().trimmed());
    return problem().validate().message();
}

} // namespace qf::ui
