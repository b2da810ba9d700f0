// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuidedStart.h"
#include "campaign/TrackingCounts.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::ui {

class PhaseTimeline;
class ReadFailureBanner;
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
    /// The three steps of a first start, shown until the data shows all of them done.
    GuidedStart *guidedStart() const { return m_guide; }
    /// The counts per due date are still being computed (they come from a worker thread).
    bool isTrackingPending() const { return m_trackingPending; }

signals:
    /// Today's position and the counts per due date are shown.
    void trackingShown();
    /// A step of the guided start that another page does: 导入机构名册…, 生成空白报表….
    void guidedStepRequested(qf::ui::GuidedStart::Step step);

public slots:
    void reload();
    void newCampaign();
    void editCampaign();

private:
    void fillCampaigns(const QList<Campaign> &campaigns);
    void showCampaign(const Campaign &c);
    void showDueStates(const QHash<QString, TrackingCounts> &countsOf);
    /// Opens the editor on a campaign and stores it when the user saves; false when cancelled.
    bool editAndSave(Campaign &campaign);
    /// Ticks the guided start's steps from the data; `filed` is unknown (false) until the
    /// tracker's counts arrive, and the guide waits for them before it shows itself.
    void showGuide(const Campaign &c, bool filedKnown, bool filed);

    Session *m_session;
    QDate m_today;
    QComboBox *m_selector;
    QPushButton *m_edit;
    QPushButton *m_create;
    GuidedStart *m_guide;
    QGroupBox *m_timelineBox;
    QGroupBox *m_deadlineBox;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_position;
    ReadFailureBanner *m_readFailure;
    PhaseTimeline *m_timeline;
    QTableWidget *m_deadlines;

    /// What the worker hands back.
    struct TrackingView
    {
        Status status;
        QString position;
        QHash<QString, TrackingCounts> counts;
        bool institutionFiled = false;   ///< an institution filed a form of the campaign
    };
    /// A row of the due-date table, with what its state column needs.
    struct DueRow
    {
        QDate date;
        QString key;         ///< deadline index | period, as the tracker's obligations name it
        QString dayOffNote;  ///< why the due date is a day off, if it is
    };
    QList<DueRow> m_dues;
    quint64 m_trackingGeneration = 0;
    bool m_trackingPending = false;
};

} // namespace qf::ui
