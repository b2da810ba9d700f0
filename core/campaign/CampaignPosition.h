// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace qf {

class SubmissionTracker;

/// Where a campaign stands on a day: its phase, the next due date and what is overdue.
/// The overview page and `campaign show` both say this.
struct CampaignPosition
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPosition)
public:
    enum class Stage { NoCampaign, NotStarted, Running, Finished };

    Stage stage = Stage::NoCampaign;
    QDate today;
    QDate start;
    QDate end;
    QString phase;                 ///< empty between phases
    QDate phaseEnd;
    QDate nextDue;                 ///< invalid: nothing left to file
    QString nextTitle;
    QString nextDueNote;
    int dueSoFar = 0;              ///< obligations whose due date has passed
    int onTime = 0;
    int late = 0;
    int overdue = 0;               ///< not filed and past due
    int overdueUnits = 0;

    static CampaignPosition on(const SubmissionTracker &tracker, const QDate &today);
    /// One paragraph: "今天（…）处于“集中整治”阶段。下一个截止日……逾期未报 12 项（涉及 7 个单位）。"
    QString describe() const;
};

} // namespace qf
