// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StateStep.h"
#include "Terms.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

enum class ProblemSource { SelfCheck, Inspection };              // 自查, 上级检查
enum class ProblemState { Found, Rectifying, Rectified, Closed }; // 发现, 整改中, 已整改, 已销号
/// How urgent an open problem is: red when past its deadline, amber when the deadline is near.
enum class DeadlineFlag { None, Green, Amber, Red };

const Terms<ProblemSource> &problemSources();
const Terms<ProblemState> &problemStates();

/// One entry of an institution's 问题清单 (整改台账): what was found, who answers for it,
/// by when and how it is put right, and each step to 销号.
struct Problem
{
    Q_DECLARE_TR_FUNCTIONS(Problem)
public:
    using Step = StateStep<ProblemState>;

    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 institutionId = 0;
    ProblemSource source = ProblemSource::SelfCheck;
    QDate foundOn;
    QString foundBy;
    QString description;
    QString responsible;         ///< 责任人
    QDate deadline;              ///< 整改期限; invalid when none was set
    QString measures;            ///< 整改措施
    ProblemState state = ProblemState::Found;
    QString note;
    QList<Step> steps;           ///< in the order they were taken
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Checks the fields a user types; each message names the field.
    Status validate() const;
    bool existsOn(const QDate &day) const { return foundOn.isValid() && foundOn <= day; }
    ProblemState stateOn(const QDate &day) const { return qf::stateOn(steps, ProblemState::Found, day); }
    /// Rectified (已整改 or 已销号) at the end of the day.
    bool rectifiedOn(const QDate &day) const;
    bool isOpen() const { return state == ProblemState::Found || state == ProblemState::Rectifying; }
    /// Red past the deadline, amber within nearDays of it, green otherwise; None once
    /// rectified or when no deadline was set.
    DeadlineFlag flag(const QDate &today, int nearDays = kNearDays) const;
    /// The reviewer who confirmed 销号, and when.
    QString reviewer() const;
    QDate closedOn() const { return lastEntered(steps, ProblemState::Closed); }
    QDate rectifiedDate() const { return lastEntered(steps, ProblemState::Rectified); }

    static constexpr int kNearDays = 7;
};

/// The allowed changes of a problem's state. Anything else is refused with a reason.
class ProblemWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ProblemWorkflow)
public:
    static QList<ProblemState> targets(ProblemState from);
    /// The button text of a change ("开始整改", "完成整改", "销号", "退回整改").
    static QString actionName(ProblemState from, ProblemState to);
    /// Checks a change: allowed from the current state, dated neither before the last step
    /// nor after today, with who did it; 销号 names a reviewer other than the responsible
    /// person, and sending back needs a reason.
    static Status check(const Problem &problem, ProblemState to, const QDate &on, const QString &by,
                        const QString &note, const QDate &today);
    /// Checks and applies the change to the value (the repository stores it).
    static Status apply(Problem &problem, ProblemState to, const QDate &on, const QString &by, const QString &note,
                        const QDate &today);
};

} // namespace qf
