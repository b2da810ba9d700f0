// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace qf::ui {

class Session;
class SignalsPanel;
class SpotCheckPanel;

/// 分析: the 走过场 signals and the 抽查 draw, as two tabs.
class AnalysisPage : public QTabWidget
{
    Q_OBJECT
public:
    explicit AnalysisPage(Session &session, QWidget *parent = nullptr);
    SignalsPanel *signalsPanel() const { return m_signals; }
    SpotCheckPanel *spotCheckPanel() const { return m_spotCheck; }

private:
    SignalsPanel *m_signals;
    SpotCheckPanel *m_spotCheck;
};

} // namespace qf::ui
