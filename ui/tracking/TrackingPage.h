// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/SubmissionTracker.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace qf::ui {

class Session;
class TrackingMatrixTable;

/// 报送跟踪: for a month, who filed on time, who was accepted late and who is missing,
/// with phones to call; over the campaign, the unit × month matrix; the 催报名单.
class TrackingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrackingPage(Session *session, QWidget *parent = nullptr);

    /// The day the page judges "overdue" from (today unless the user or a test picks another).
    void setToday(const QDate &today);
    void setPeriod(const YearMonth &period);
    YearMonth period() const;
    TrackingCounts counts() const { return m_counts; }
    QTableWidget *detailTable() const { return m_detail; }
    TrackingMatrixTable *matrixTable() const { return m_matrix; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The reminder list for the month shown, as the dialog would first show it.
    QString reminderText() const;

public slots:
    void reload();

private:
    void fillPeriods();
    void showPeriod();
    void fillDetail();
    void updateActions();
    void recordSelected();
    void showReminders();
    QString reminderHeading() const;
    const TrackedObligation *selected() const;

    Session *m_session;
    QDate m_today;
    bool m_todayChosen = false;
    SubmissionTracker m_tracker;
    QString m_loadError;
    QList<TrackedObligation> m_rows;
    TrackingCounts m_counts;
    QLabel *m_campaign;
    QComboBox *m_period;
    QDateEdit *m_asOf;
    QComboBox *m_filter;
    QPushButton *m_record;
    QPushButton *m_remind;
    QLabel *m_cards;
    QLabel *m_dues;
    QTabWidget *m_tabs;
    QTableWidget *m_detail;
    TrackingMatrixTable *m_matrix;
};

} // namespace qf::ui
