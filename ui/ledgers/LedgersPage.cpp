// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgersPage.h"

#include "LedgerFiguresTab.h"
#include "LedgerTab.h"
#include "LedgerTableModel.h"
#include "shell/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

LedgersPage::LedgersPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *title = new QLabel(tr("台账"));
    title->setObjectName(QStringLiteral("pageTitle"));
    m_campaign = new QLabel;
    m_campaign->setObjectName(QStringLiteral("ledgersCampaign"));
    m_campaign->setStyleSheet(QStringLiteral("color: #555;"));
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_campaign, 1);

    m_tabs = new QTabWidget;
    for (LedgerKind kind : ledgerKinds().values()) {
        auto *tab = new LedgerTab(session, kind);
        m_tabList << tab;
        m_tabs->addTab(tab, ledgerKinds().name(kind));
    }
    m_figures = new LedgerFiguresTab(session);
    m_tabs->addTab(m_figures, tr("报表对照"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);

    connect(session, &Session::databaseOpened, this, &LedgersPage::reload);
    connect(session, &Session::campaignChanged, this, &LedgersPage::reload);
    connect(session, &Session::dataChanged, this, [this](Session::Change what) {
        if (what == Session::Change::Ledgers || what == Session::Change::Institutions || what == Session::Change::Campaigns)
            reload();
        else if (what == Session::Change::Figures)
            m_figures->reload();
    });
    reload();
}

LedgerTab *LedgersPage::tab(LedgerKind kind) const
{
    for (LedgerTab *t : m_tabList)
        if (t->kind() == kind)
            return t;
    return nullptr;
}

void LedgersPage::showTab(LedgerKind kind)
{
    if (LedgerTab *t = tab(kind))
        m_tabs->setCurrentWidget(t);
}

void LedgersPage::reload()
{
    if (!m_session->isOpen())
        return;
    Status read;
    const auto campaign = m_session->campaign(&read);
    // Without a 文号 the title stands alone, not followed by an empty "（）". A campaign the
    // database did not hand over is not "none yet": the tabs' banners say what failed.
    m_campaign->setText(!read                           ? tr("无法读取专项整治")
                        : !campaign                     ? tr("尚未新建专项整治")
                        : campaign->docNumber.isEmpty() ? campaign->title
                                                        : tr("%1（%2）").arg(campaign->title, campaign->docNumber));
    for (int i = 0; i < m_tabList.size(); ++i) {
        LedgerTab *t = m_tabList.at(i);
        t->reload();
        // A ledger not read has no count to show: "（0）" would say it is empty.
        const QString name = ledgerKinds().name(t->kind());
        m_tabs->setTabText(i, t->readFailed() ? name : tr("%1（%2）").arg(name).arg(t->model()->rowCount()));
    }
    m_figures->reload();
}

} // namespace qf::ui
