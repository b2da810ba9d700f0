// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionDialog.h"

#include "StateStyle.h"
#include "actions/SubmissionActions.h"
#include "io/AtomicFile.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

SubmissionDialog::SubmissionDialog(Database &db, qint64 campaignId, const Obligation &o, QWidget *parent)
    : QDialog(parent), m_db(db), m_campaignId(campaignId), m_obligation(o),
      m_existing(SubmissionActions::find(db, campaignId, o.deliverable, o.unitKey, o.period))
{
    setWindowTitle(tr("登记报送"));
    m_date = new QDateEdit(m_existing ? m_existing->submittedOn : QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(m_existing ? m_existing->note : QString());
    m_note->setPlaceholderText(tr("如：邮件报送、纸质件已签收"));
    m_file = new QLabel;
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("选择文件…"));
    m_saveAs = new QPushButton(tr("另存附件…"));
    m_saveAs->setEnabled(m_existing && m_existing->hasFile());
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_saveAs);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verdict"));

    const QString due = o.due.toString(QStringLiteral("yyyy-MM-dd")) + (o.dueNote.isEmpty() ? QString() : tr("（%1）").arg(o.dueNote));
    auto *form = new QFormLayout;
    form->addRow(tr("报送单位"), new QLabel(o.unitName));
    form->addRow(tr("报送事项"), new QLabel(o.what()));
    if (!o.recipientOffice.isEmpty())
        form->addRow(tr("报至"), new QLabel(o.recipientOffice));
    form->addRow(tr("截止日期"), new QLabel(due));
    form->addRow(tr("报送日期"), m_date);
    form->addRow(QString(), m_verdict);
    form->addRow(tr("备注"), m_note);
    form->addRow(tr("附件"), fileRow);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存登记"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    if (m_existing) {
        QPushButton *remove = buttons->addButton(tr("撤销登记"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, &SubmissionDialog::withdraw);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const Status s = save();
        if (s)
            accept();
        else {
            m_error->setText(s.message());
            m_error->show();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &SubmissionDialog::chooseFile);
    connect(m_saveAs, &QPushButton::clicked, this, &SubmissionDialog::saveAttachmentAs);
    connect(m_date, &QDateEdit::dateChanged, this, &SubmissionDialog::updateVerdict);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_file->setText(m_existing && m_existing->hasFile()
                        ? tr("%1（%2 KB，已保存在数据库中）").arg(m_existing->fileName).arg((m_existing->fileSize + 1023) / 1024)
                        : tr("（无）"));
    updateVerdict();
}

void SubmissionDialog::setFiledOn(const QDate &date)
{
    m_date->setDate(date);
}

void SubmissionDialog::setFile(const QString &path)
{
    m_filePath = path;
    const QFileInfo info(path);
    m_file->setText(tr("%1（%2 KB，保存时复制进数据库）").arg(info.fileName()).arg((info.size() + 1023) / 1024));
}

QString SubmissionDialog::verdict() const
{
    return m_verdict->text();
}

void SubmissionDialog::updateVerdict()
{
    const QDate filed = m_date->date();
    const SubmissionState state = submissionState(m_obligation.due, filed, filed);
    QString text = tr("将记为：%1").arg(submissionStateName(state));
    if (state == SubmissionState::Late)
        text += tr("（晚于截止日 %1 天，照常登记）").arg(m_obligation.due.daysTo(filed));
    m_verdict->setText(text);
    const StateStyle style = StateStyle::of(state);
    m_verdict->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 3px 6px; border-radius: 3px;")
                                 .arg(style.background.name(), style.foreground.name()));
}

void SubmissionDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("选择附件"), QString(),
                                                      tr("文档 (*.doc *.docx *.pdf *.wps *.xls *.xlsx *.txt *.jpg *.png);;所有文件 (*)"));
    if (!path.isEmpty())
        setFile(path);
}

Status SubmissionDialog::save()
{
    Submission s = m_existing.value_or(Submission());
    s.campaignId = m_campaignId;
    s.deliverable = m_obligation.deliverable;
    s.unitKey = m_obligation.unitKey;
    s.period = m_obligation.period;
    s.submittedOn = m_date->date();
    s.note = m_note->text().trimmed();
    return SubmissionActions::record(m_db, s, m_filePath);
}

void SubmissionDialog::saveAttachmentAs()
{
    if (!m_existing || !m_existing->hasFile())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("另存附件"), m_existing->fileName);
    if (path.isEmpty())
        return;
    const Status s = AtomicFile::write(path, SubmissionActions::attachment(m_db, m_existing->id));
    if (!s)
        QMessageBox::warning(this, tr("另存附件"), s.message());
}

void SubmissionDialog::withdraw()
{
    if (!m_existing)
        return;
    if (QMessageBox::question(this, tr("撤销登记"), tr("撤销%1的这次报送登记（连同附件）？").arg(m_obligation.unitName))
        != QMessageBox::Yes)
        return;
    const Status s = SubmissionActions::withdraw(m_db, m_existing->id);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace qf::ui
