// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailSendDialog.h"

#include "MailPassword.h"
#include "actions/SendReceipts.h"
#include "actions/SendReminders.h"
#include "mail/SmtpSender.h"
#include "shell/BackgroundRead.h"
#include "shell/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace qf::ui {

namespace {

struct Planned
{
    Status status;
    QList<PlannedMail> plan;
};

struct Sent
{
    Status status;
    MailRunResult result;
    QList<PlannedMail> plan;
};

} // namespace

MailSendDialog::MailSendDialog(Session *session, Kind kind, const YearMonth &month, const QDate &today, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_month(month), m_today(today)
{
    setWindowTitle(kind == Kind::Reminders ? tr("发送催报邮件（%1）").arg(month.toChinese()) : tr("发送回执"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("状态"), tr("单位"), tr("收件人"), tr("主题"), tr("附件")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview = new QPlainTextEdit;
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("选中一行，查看将发出的邮件全文"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_preview);

    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("授权码（已记住的会自动填入）"));
    m_pause = new QSpinBox;
    m_pause->setRange(0, 600);
    m_pause->setValue(MailRunOptions().pauseMilliseconds / 1000);
    m_pause->setSuffix(tr(" 秒"));
    m_pause->setToolTip(tr("两封邮件之间暂停，免得邮箱服务商把连续发出的邮件当作垃圾邮件"));
    m_max = new QSpinBox;
    m_max->setRange(1, 500);
    m_max->setValue(MailRunOptions().maxMessages);
    m_max->setSuffix(tr(" 封"));
    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("授权码")));
    settings->addWidget(m_password, 1);
    settings->addWidget(new QLabel(tr("每封间隔")));
    settings->addWidget(m_pause);
    settings->addWidget(new QLabel(tr("本次最多")));
    settings->addWidget(m_max);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    m_send = buttons->addButton(tr("发送…"), QDialogButtonBox::ActionRole);
    m_send->setEnabled(false);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showMessage(row); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(settings);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 620);
    refresh();
}

void MailSendDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_send->setEnabled(!busy && std::any_of(m_plan.cbegin(), m_plan.cend(), [](const PlannedMail &p) { return p.sendable(); }));
    m_summary->setText(message);
}

void MailSendDialog::refresh()
{
    const auto campaign = m_session->campaign();
    if (!campaign || m_busy)
        return;
    setBusy(true, tr("正在列出将发送的邮件…"));
    const Campaign c = *campaign;
    const Kind kind = m_kind;
    const YearMonth month = m_month;
    const QDate today = m_today;
    readInBackground<Planned>(
        this, m_session->database(),
        [c, kind, month, today](Database &db, const Status &opened) {
            Planned p;
            p.status = !opened ? opened
                : kind == Kind::Reminders ? SendReminders::preview(db, c, month, today, QString(), &p.plan)
                                          : SendReceipts::preview(db, c, today, &p.plan);
            return p;
        },
        [this](const Planned &p) {
            show(p.plan);
            const int sendable = int(std::count_if(m_plan.cbegin(), m_plan.cend(), [](const PlannedMail &x) { return x.sendable(); }));
            QString message = tr("将发送 %1 封；共 %2 项。尚未发送任何邮件。").arg(sendable).arg(m_plan.size());
            if (!p.status)
                message = p.status.message();
            setBusy(false, message);
            fillPassword();
        });
}

void MailSendDialog::fillPassword()
{
    for (const PlannedMail &p : m_plan) {
        if (!p.sendable())
            continue;
        SecretStore().read(MailPassword::key(p.account), this, [this](const SecretResult &r) {
            if (r.isDone() && m_password->text().isEmpty())
                m_password->setText(r.secret);
        });
        return;
    }
}

void MailSendDialog::show(const QList<PlannedMail> &plan)
{
    m_plan = plan;
    m_table->setRowCount(int(plan.size()));
    for (int row = 0; row < plan.size(); ++row) {
        const PlannedMail &p = plan.at(row);
        QStringList files;
        for (const OutgoingMail::Attachment &a : p.mail.attachments)
            files << a.fileName;
        const QString state = p.note.isEmpty() ? MailRun::planText(p.plan) : MailRun::planText(p.plan) + tr("：") + p.note;
        const QStringList cells{state, p.unitName, p.mail.toAddress, p.mail.subject, files.join(tr("、"))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!plan.isEmpty())
        m_table->setCurrentCell(0, 0);
}

void MailSendDialog::showMessage(int row)
{
    if (row < 0 || row >= m_plan.size()) {
        m_preview->clear();
        return;
    }
    const OutgoingMail &m = m_plan.at(row).mail;
    m_preview->setPlainText(tr("发件人：%1 <%2>\n收件人：%3 <%4>\n主题：%5\n\n%6")
                                .arg(m.fromName, m.fromAddress, m.toName, m.toAddress, m.subject, m.body));
}

void MailSendDialog::send(bool confirmed)
{
    if (m_busy)
        return;
    QStringList recipients;
    for (const PlannedMail &p : m_plan)
        if (p.sendable())
            recipients << tr("%1 <%2>").arg(p.unitName, p.mail.toAddress);
    if (recipients.isEmpty())
        return;
    if (m_password->text().isEmpty()) {
        m_summary->setText(tr("请输入发信邮箱的授权码。"));
        m_password->setFocus();
        return;
    }
    const int count = int(qMin<qsizetype>(recipients.size(), m_max->value()));
    if (!confirmed) {
        const QString shown = recipients.mid(0, 12).join(QLatin1Char('\n'))
                              + (recipients.size() > 12 ? tr("\n……等 %1 个").arg(recipients.size()) : QString());
        if (QMessageBox::question(this, windowTitle(),
                                  tr("现在发送 %1 封邮件（每封间隔 %2 秒）？\n\n%3").arg(count).arg(m_pause->value()).arg(shown))
            != QMessageBox::Yes)
            return;
    }
    setBusy(true, tr("正在发送 %1 封邮件…").arg(count));
    MailRunOptions options;
    options.pauseMilliseconds = m_pause->value() * 1000;
    options.maxMessages = m_max->value();
    const QString password = m_password->text();
    const Kind kind = m_kind;
    const QList<PlannedMail> plan = m_plan;
    readInBackground<Sent>(
        this, m_session->database(),
        [plan, password, options, kind](Database &db, const Status &opened) {
            Sent s;
            s.plan = plan;
            if (!opened) {
                s.status = opened;
                return s;
            }
            std::map<qint64, std::unique_ptr<SmtpSender>> senders;
            const MailRun::SenderFor senderFor = [&](const MailAccount &a) -> MailSender * {
                auto &sender = senders[a.id];
                if (!sender)
                    sender = std::make_unique<SmtpSender>(a, password);
                return sender.get();
            };
            s.status = kind == Kind::Reminders ? SendReminders::run(db, senderFor, s.plan, options, &s.result)
                                               : SendReceipts::run(db, senderFor, s.plan, options, &s.result);
            return s;
        },
        [this](const Sent &s) {
            show(s.plan);
            QString message = tr("已发送 %1 封，未发出 %2 封，可能已发出 %3 封，留待下次 %4 封。")
                                  .arg(s.result.sent).arg(s.result.failed).arg(s.result.uncertain).arg(s.result.left);
            if (!s.status)
                message += QLatin1Char('\n') + s.status.message();
            setBusy(false, message);
        });
}

} // namespace qf::ui
