// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthLockBar.h"

#include "EntryModel.h"
#include "ReasonDialog.h"
#include "forms/FormDescription.h"
#include "actions/MonthLockActions.h"
#include "shell/Session.h"
#include "widgets/DisabledReason.h"
#include "widgets/HistoryDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace qf::ui {

MonthLockBar::MonthLockBar(Session *session, EntryModel *model, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(model)
{
    m_ask = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        return buttons == QMessageBox::Ok ? QMessageBox::information(this, title, text, buttons)
                                          : QMessageBox::question(this, title, text, buttons);
    };
    m_askReason = [this](const QString &title, const QString &prompt) {
        ReasonDialog dialog(title, prompt, this);
        return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
    };
    m_beforeChange = [] { return true; };
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("lockState"));
    m_state->setToolTip(tr("本月已验收的单位数 / 应报单位数"));
    m_accept = new QPushButton(tr("验收本月"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setToolTip(tr("验收选中单位本月的报表：数字锁定，不能再修改（可说明理由后解锁）"));
    m_sign = new QPushButton(tr("签发本月"));
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setToolTip(tr("卫生健康局签发本月报表：全部单位本月的数字锁定"));
    m_unlock = new QPushButton(tr("解锁…"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setToolTip(tr("解除验收或签发的锁定，须说明理由（记入变更记录）"));
    m_history = new QPushButton(tr("变更记录…"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("选中单位本月报表的修改、覆盖、验收和解锁记录"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    for (QPushButton *b : {m_accept, m_sign, m_unlock, m_history})
        layout->addWidget(b);
    connect(m_accept, &QPushButton::clicked, this, &MonthLockBar::acceptCurrent);
    connect(m_sign, &QPushButton::clicked, this, &MonthLockBar::signMonth);
    connect(m_unlock, &QPushButton::clicked, this, &MonthLockBar::unlockCurrent);
    connect(m_history, &QPushButton::clicked, this, &MonthLockBar::showHistory);
}

void MonthLockBar::load(qint64 campaignId, int form, const YearMonth &period)
{
    m_campaignId = campaignId;
    m_form = form;
    m_period = period;
    MonthLocks locks;
    if (m_session->isOpen() && campaignId != 0 && period.isValid())
        locks = MonthLockActions::standing(m_session->database(), campaignId, form, period);
    m_model->setLocks(locks.accepted, locks.wholeMonth);
    refreshButtons();
}

QString MonthLockBar::stateText() const
{
    return m_state->text();
}

void MonthLockBar::refreshButtons()
{
    const bool open = m_campaignId != 0 && m_period.isValid();
    const bool whole = m_model->isMonthSigned();
    int accepted = 0;
    for (const UnitFigures &u : m_model->table().units)
        accepted += m_model->isAccepted(u.unit.key) ? 1 : 0;
    if (!open)
        m_state->clear();
    else if (whole)
        m_state->setText(tr("<b>本月已签发</b>，全部单位已锁定"));
    else
        m_state->setText(tr("已验收 %1/%2").arg(accepted).arg(m_model->table().units.size()));
    // Locks are the bureau's to set and lift: on a server an institution's account reads them.
    const bool institutionAccount = m_session->ownInstitutionId() != 0;
    const QString notOpen = m_campaignId == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建")
                                              : tr("该专项整治没有可填报的月份");
    const QString bureauOnly = tr("服务器上只有卫健局的账户可以验收、签发和解锁");
    const QString signedMonth = tr("本月已签发，全部单位已锁定；解锁后才能修改");
    enableOrExplain(m_accept, open && !whole && !institutionAccount,
                    !open ? notOpen : institutionAccount ? bureauOnly : signedMonth);
    enableOrExplain(m_sign, open && !whole && !institutionAccount,
                    !open ? notOpen : institutionAccount ? bureauOnly : signedMonth);
    enableOrExplain(m_unlock, open && (whole || accepted > 0) && !institutionAccount,
                    !open ? notOpen : institutionAccount ? bureauOnly : tr("本月没有已验收或已签发的报表，无需解锁"));
    enableOrExplain(m_history, open, notOpen);
}

QString MonthLockBar::unitName(const QString &unitKey) const
{
    for (const UnitFigures &u : m_model->table().units)
        if (u.unit.key == unitKey)
            return u.unit.name;
    return unitKey;
}

Status MonthLockBar::checkSaved(const QString &unitKey) const
{
    // What is accepted is the month as stored; the rest of the rules are the core's.
    if (unitKey.isEmpty())
        return Status::failure(tr("请先在表中选中要验收的单位。"));
    if (m_model->isChanged(unitKey))
        return Status::failure(tr("%1 有尚未保存的修改，请先保存再验收。").arg(unitName(unitKey)));
    return Status::success();
}

Status MonthLockBar::accept(const QString &unitKey)
{
    if (const Status s = checkSaved(unitKey); !s)
        return s;
    const Status s = MonthLockActions::accept(m_session->database(), m_campaignId, m_form, unitKey, m_period);
    if (s) {
        load(m_campaignId, m_form, m_period);
        emit locksChanged();
    }
    return s;
}

Status MonthLockBar::sign()
{
    if (m_model->hasChanges())
        return Status::failure(tr("还有尚未保存的修改，请先保存再签发。"));
    const Status s = MonthLockActions::sign(m_session->database(), m_campaignId, m_form, m_period);
    if (s) {
        load(m_campaignId, m_form, m_period);
        emit locksChanged();
    }
    return s;
}

Status MonthLockBar::unlock(const QString &unitKey, const QString &reason)
{
    const Status s = MonthLockActions::unlock(m_session->database(), m_campaignId, m_form, unitKey, m_period, reason);
    if (s) {
        load(m_campaignId, m_form, m_period);
        emit locksChanged();
    }
    return s;
}

QList<AuditEntry> MonthLockBar::history(const QString &unitKey) const
{
    return MonthLockActions::history(m_session->database(), m_campaignId, m_form, unitKey, m_period);
}

void MonthLockBar::tell(const QString &title, const Status &s)
{
    if (!s)
        m_ask(title, s.message(), QMessageBox::Ok);
}

void MonthLockBar::acceptCurrent()
{
    const QString key = m_currentUnit ? m_currentUnit() : QString();
    if (!key.isEmpty() && m_model->isChanged(key) && !m_beforeChange())
        return;
    tell(tr("验收本月"), accept(key));
}

void MonthLockBar::signMonth()
{
    if (!m_beforeChange())
        return;
    // The month's check runs first: errors refuse before anything is asked, and the
    // question names the warnings the bureau signs over.
    QStringList errors, warnings;
    for (const Finding &f : m_model->table().findings)
        (f.isError() ? errors : warnings) << f.describe();
    const QString attachment = FormCatalog::form(m_form).attachment;
    constexpr int kListed = 8;
    auto listed = [](const QStringList &lines) {
        QString text = QStringList(lines.mid(0, kListed)).join(QLatin1Char('\n'));
        if (lines.size() > kListed)
            text += QLatin1Char('\n') + tr("……另有 %1 条，见检查结果列表。").arg(lines.size() - kListed);
        return text;
    };
    if (!errors.isEmpty()) {
        m_ask(tr("签发本月"),
              tr("%1%2还有 %3 个错误，改正后才能签发：\n\n%4").arg(m_period.label(), attachment).arg(errors.size()).arg(listed(errors)),
              QMessageBox::Ok);
        return;
    }
    const int missing = m_model->table().missingCount();
    QString text = tr("签发%1%2？\n\n签发后全部单位本月的数字锁定，修改须先解锁并说明理由。").arg(m_period.label(), attachment);
    if (missing > 0)
        text += QLatin1Char('\n') + tr("注意：还有 %1 个单位本月未报，汇总表沿用其以前月份的数字。").arg(missing);
    if (!warnings.isEmpty())
        text += QStringLiteral("\n\n") + tr("检查发现 %1 个疑点：").arg(warnings.size()) + QLatin1Char('\n') + listed(warnings)
              + QStringLiteral("\n\n") + tr("仍要签发？");
    if (m_ask(tr("签发本月"), text, QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    tell(tr("签发本月"), sign());
}

void MonthLockBar::unlockCurrent()
{
    QString key;
    QString prompt;
    if (m_model->isMonthSigned()) {
        key = MonthLockActions::wholeMonth();
        prompt = tr("取消%1%2的签发，全部单位可再修改。请说明理由（记入变更记录）：")
                     .arg(m_period.label(), FormCatalog::form(m_form).attachment);
    } else {
        key = m_currentUnit ? m_currentUnit() : QString();
        if (key.isEmpty() || !m_model->isAccepted(key)) {
            m_ask(tr("解锁"), tr("请先在表中选中一个已验收的单位。"), QMessageBox::Ok);
            return;
        }
        prompt = tr("解锁%1%2的%3，解锁后可再修改。请说明理由（记入变更记录）：")
                     .arg(unitName(key), m_period.label(), FormCatalog::form(m_form).attachment);
    }
    const QString reason = m_askReason(tr("解锁"), prompt);
    if (reason.trimmed().isEmpty())
        return;
    tell(tr("解锁"), unlock(key, reason));
}

void MonthLockBar::showHistory()
{
    const QString key = m_currentUnit ? m_currentUnit() : QString();
    if (key.isEmpty()) {
        m_ask(tr("变更记录"), tr("请先在表中选中一个单位。"), QMessageBox::Ok);
        return;
    }
    HistoryDialog dialog(tr("%1 %2 %3").arg(unitName(key), m_period.label(), FormCatalog::form(m_form).attachment),
                         history(key), this);
    dialog.exec();
}

} // namespace qf::ui
