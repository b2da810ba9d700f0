// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

class PhaseTimeline;
class Session;

/// The campaign overview: what the plan is, where we stand today, what is due next.
class CampaignPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPage(Session *session, QWidget *parent = nullptr);
    /// The date the overview measures from (today, unless a test sets another).
    void setToday(const QDate &today);
    QTableWidget *deadlineTable() const { return m_deadlines; }

public slots:
    void reload();
    void newCampaign();
    void editCampaign();

private:
    void fillCampaigns();
    void showCampaign(const Campaign &c);
    /// Opens the editor on a campaign and stores it when the user saves; false when cancelled.
    bool editAndSave(Campaign &campaign);

    Session *m_session;
    QDate m_today;
    QComboBox *m_selector;
    QPushButton *m_edit;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_position;
    PhaseTimeline *m_timeline;
    QTableWidget *m_deadlines;
};

} // namespace qf::ui
