// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qf {

/// One inspection (监督检查) of an institution by the bureau and what was done about it:
/// the source of 附件2. Measures are per institution (家); money in whole 元.
struct Inspection
{
    Q_DECLARE_TR_FUNCTIONS(Inspection)
public:
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 institutionId = 0;
    QDate inspectedOn;
    QString method;              ///< 明察暗访, 飞行检查, 突击检查 …
    QString inspectors;
    QString findings;            ///< 检查发现
    bool interview = false;      ///< 约谈
    bool criticism = false;      ///< 通报批评
    bool rectifyOrder = false;   ///< 限期整改
    int cluesTransferred = 0;    ///< 移交线索（条）
    bool fundsRecovered = false; ///< 追回资金
    bool fined = false;          ///< 行政罚款
    QString otherMeasure;        ///< 其他 (non-empty: an other measure was taken)
    qint64 refundYuan = 0;       ///< 主动清退基金
    qint64 recoveredYuan = 0;    ///< 追回基金
    qint64 fineYuan = 0;         ///< 行政罚款
    int suspendedPersons = 0;    ///< 暂停执业（人）
    int revokedPersons = 0;      ///< 吊销执业证书（人）
    int prosecutedPersons = 0;   ///< 移送司法机关（人）
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasOther() const { return !otherMeasure.trimmed().isEmpty(); }
    /// Any of the measures of 附件2 columns 4–10: the institution counts as handled (column 3).
    bool hasMeasure() const
    {
        return interview || criticism || rectifyOrder || cluesTransferred > 0 || fundsRecovered || fined || hasOther();
    }
    /// "约谈、限期整改、移交线索2条"
    QString measuresText() const;
    Status validate() const;
};

/// The common methods of inspection, offered as suggestions.
QStringList inspectionMethods();

} // namespace qf
