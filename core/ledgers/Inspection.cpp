// SPDX-License-Identifier: GPL-3.0-or-later
#include "Inspection.h"

namespace qf {

QStringList inspectionMethods()
{
    return {QCoreApplication::translate("qf::Ledgers", "明察暗访"), QCoreApplication::translate("qf::Ledgers", "飞行检查"),
            QCoreApplication::translate("qf::Ledgers", "突击检查"), QCoreApplication::translate("qf::Ledgers", "专项检查"),
            QCoreApplication::translate("qf::Ledgers", "日常检查")};
}

QString Inspection::measuresText() const
{
    QStringList parts;
    if (interview)
        parts << tr("约谈");
    if (criticism)
        parts << tr("通报批评");
    if (rectifyOrder)
        parts << tr("限期整改");
    if (cluesTransferred > 0)
        parts << tr("移交线索%1条").arg(cluesTransferred);
    if (fundsRecovered)
        parts << tr("追回资金");
    if (fined)
        parts << tr("行政罚款");
    if (hasOther())
        parts << otherMeasure.trimmed();
    return parts.join(QStringLiteral(u"、"));
}

Status Inspection::validate() const
{
    Status s;
    if (institutionId == 0)
        s.add(tr("请选择被检查的机构。"));
    if (!inspectedOn.isValid())
        s.add(tr("请填写检查日期。"));
    if (cluesTransferred < 0 || suspendedPersons < 0 || revokedPersons < 0 || prosecutedPersons < 0)
        s.add(tr("条数和人数不能为负数。"));
    if (refundYuan < 0 || recoveredYuan < 0 || fineYuan < 0)
        s.add(tr("金额不能为负数。"));
    // The form counts institutions by measure and sums money separately: a sum without its
    // measure would leave 附件2's columns 8 and 9 short.
    if (recoveredYuan > 0 && !fundsRecovered)
        s.add(tr("填写了追回基金金额，请同时勾选处理措施“追回资金”。"));
    if (fineYuan > 0 && !fined)
        s.add(tr("填写了行政罚款金额，请同时勾选处理措施“行政罚款”。"));
    return s;
}

} // namespace qf
