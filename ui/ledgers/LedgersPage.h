// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace qf::ui {

class LedgerFiguresTab;
class LedgerTab;
class Session;

/// 台账: the ledgers behind the figures, one tab each.
class LedgersPage : public QWidget
{
    Q_OBJECT
public:
    explicit LedgersPage(Session *session, QWidget *parent = nullptr);
    LedgerTab *tab(LedgerKind kind) const;
    QTabWidget *tabs() const { return m_tabs; }
    LedgerFiguresTab *figuresTab() const { return m_figures; }
    void showTab(LedgerKind kind);

public slots:
    void reload();

private:
    Session *m_session;
    QLabel *m_campaign;
    QTabWidget *m_tabs;
    QList<LedgerTab *> m_tabList;
    LedgerFiguresTab *m_figures;
};

} // namespace qf::ui
