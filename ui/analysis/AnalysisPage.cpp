// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisPage.h"

#include "ChartsPanel.h"
#include "SignalsPanel.h"
#include "SpotCheckPanel.h"

namespace qf::ui {

AnalysisPage::AnalysisPage(Session &session, QWidget *parent) : QTabWidget(parent)
{
    m_charts = new ChartsPanel(session);
    m_signals = new SignalsPanel(session);
    m_spotCheck = new SpotCheckPanel(session);
    addTab(m_charts, tr("图表"));
    addTab(m_signals, tr("走过场信号"));
    addTab(m_spotCheck, tr("双随机抽查"));
}

} // namespace qf::ui
