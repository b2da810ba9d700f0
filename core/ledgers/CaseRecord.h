// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Terms.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace qf {

/// What a case or education record is. Each kind has its measures (LedgerMeasures); the
/// form descriptions say which columns of 附件1 or 附件3 they make.
enum class CaseKind {
    Admonition,        ///< 第一种形态：诫勉谈话（人）
    Criticism,         ///< 第一种形态：通报批评（人）
    FirstFormOther,    ///< 第一种形态：其他（人）
    Recommendation,    ///< 检查、监察建议书（份），answered
    LifeMeeting,       ///< 民主（组织）生活会（次）
    WarningEducation,  ///< 警示教育活动（次）
    System,            ///< 建立完善制度（个）
    PublicIssue,       ///< 解决群众实际问题（个）
    Training,          ///< 培训班（次）, attendance（人）
    CaseMaterial,      ///< 编制警示教育案例（个）
    Confession,        ///< 主动交待问题（人）
    Kickback,          ///< 查处收受回扣案件（起、人、万元）
    Gift,              ///< 查处收受红包礼金等案件（起、人、万元）
};

const Terms<CaseKind> &caseKinds();

/// One event, document or case of an institution's 以案促改 and education ledger.
struct CaseRecord
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecord)
public:
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 institutionId = 0;
    CaseKind kind = CaseKind::WarningEducation;
    QDate heldOn;                ///< held, issued, received or filed on
    QString title;               ///< 事项
    int persons = 0;             ///< persons concerned or attending
    qint64 amountYuan = 0;       ///< 涉案金额 (cases only)
    QString reference;           ///< 文号
    QDate answeredOn;            ///< recommendation: 执行完成回复 on
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// What "persons" means for the kind ("人数", "参训人数"), empty when it means nothing.
    static QString personsLabel(CaseKind kind);
    static bool hasAmount(CaseKind kind) { return kind == CaseKind::Kickback || kind == CaseKind::Gift; }
    static bool needsPersons(CaseKind kind);
    Status validate() const;
};

} // namespace qf
