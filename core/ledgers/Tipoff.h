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

/// Where a tip-off came from (the seed's 三（五）: 来信、来访、网络、电话, 上级交办, 部门协作,
/// 下级报送, 巡视巡察移交, 纪律审查, 专项检查 …).
enum class TipoffChannel { Letter, Visit, Online, Phone, Assigned, Transferred, Subordinate, Tour, Discipline, Special, Other };
/// 登记 → 核查中 → 办结 → 已销号.
enum class TipoffState { Registered, Verifying, Concluded, Closed };
/// What the verification found: 属实, 部分属实, 不属实.
enum class TipoffConclusion { None, Substantiated, Partly, Unsubstantiated };

const Terms<TipoffChannel> &tipoffChannels();
const Terms<TipoffState> &tipoffStates();
const Terms<TipoffConclusion> &tipoffConclusions();

/// One entry of the 线索台账. Deliberately without the reporter: who reported it lives in
/// TipoffReporter, which only the tip-off's own record reads, so no list, export or print
/// built from Tipoff values can show it.
struct Tipoff
{
    Q_DECLARE_TR_FUNCTIONS(Tipoff)
public:
    using Step = StateStep<TipoffState>;

    qint64 id = 0;
    qint64 campaignId = 0;
    QDate receivedOn;
    TipoffChannel channel = TipoffChannel::Letter;
    qint64 institutionId = 0;          ///< 0: not an institution of the registry
    QString summary;                   ///< 反映问题摘要
    QString handler;                   ///< 承办人（部门）
    TipoffState state = TipoffState::Registered;
    TipoffConclusion conclusion = TipoffConclusion::None;
    QString result;                    ///< 处理结果
    QString note;
    QList<Step> steps;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status validate() const;
    bool existsOn(const QDate &day) const { return receivedOn.isValid() && receivedOn <= day; }
    TipoffState stateOn(const QDate &day) const { return qf::stateOn(steps, TipoffState::Registered, day); }
    /// Verified and concluded (办结 or 销号) at the end of the day: a 核查线索 of 附件3.
    bool concludedOn(const QDate &day) const;
    QDate concludedDate() const { return lastEntered(steps, TipoffState::Concluded); }
    QDate closedOn() const { return lastEntered(steps, TipoffState::Closed); }
};

/// The reporter of a tip-off (confidential).
struct TipoffReporter
{
    Q_DECLARE_TR_FUNCTIONS(TipoffReporter)
public:
    bool anonymous = false;
    QString name;
    QString contact;                   ///< telephone, address or e-mail
    QString note;

    bool isEmpty() const { return !anonymous && name.trimmed().isEmpty() && contact.trimmed().isEmpty() && note.trimmed().isEmpty(); }
    Status validate() const;
};

/// The allowed changes of a tip-off's state.
class TipoffWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TipoffWorkflow)
public:
    static QList<TipoffState> targets(TipoffState from);
    static QString actionName(TipoffState from, TipoffState to);
    /// 办结 needs a conclusion and a result; 销号 a reviewer; reopening a reason.
    static Status check(const Tipoff &tipoff, TipoffState to, const QDate &on, const QString &by, const QString &note,
                        const QDate &today);
    static Status apply(Tipoff &tipoff, TipoffState to, const QDate &on, const QString &by, const QString &note,
                        const QDate &today);
};

} // namespace qf
