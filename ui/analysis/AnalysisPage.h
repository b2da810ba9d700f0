// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace qf::ui {

class ChartsPanel;
class Session;
class SignalsPanel;
class SpotCheckPanel;

/// 分析: the charts, the 走过场 signals and the 抽查 draw, as three tabs.
class AnalysisPage : public QTabWidget
{
    Q_OBJECT
public:
    explicit AnalysisPage(Session &session, QWidget *parent = nullptr);
    ChartsPanel *chartsPanel() const { return m_charts; }
    SignalsPanel *signalsPanel() const { return m_signals; }
    SpotCheckPanel *spotCheckPanel() const { return m_spotCheck; }

private:
    ChartsPanel *m_charts;
    SignalsPanel *m_signals;
    SpotCheckPanel *m_spotCheck;
};

} // namespace qf::ui
