// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/SignalFinding.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace qf::ui {

class Session;

/// The institutions the 走过场 signals flag, ranked by score; the findings of the one
/// selected, and on a double-click the records and figures a finding rests on.
class SignalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignalsPanel(Session &session, QWidget *parent = nullptr);
    /// Reads the signals again (off the UI thread); `loaded` follows when they are shown.
    void reload();
    const QList<SignalScore> &scores() const { return m_scores; }
    /// The text describing what a finding rests on, as the drill-down shows it.
    QString recordsText(const SignalFinding &finding) const;

signals:
    void loaded();
    /// A finding was opened: the records and figures behind it.
    void drillDown(const qf::SignalFinding &finding);

private:
    void show(const QList<SignalScore> &scores, const QString &error);
    void showFindings(int row);
    Session &m_session;
    QLabel *m_summary;
    QTableWidget *m_ranking;
    QTableWidget *m_findings;
    QLabel *m_records;
    QList<SignalScore> m_scores;
    int m_generation = 0;
};

} // namespace qf::ui
