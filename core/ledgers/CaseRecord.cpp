// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecord.h"

namespace qf {

const Terms<CaseKind> &caseKinds()
{
    static const Terms<CaseKind> terms{
        {CaseKind::Admonition, "admonition", QT_TRANSLATE_NOOP("qf::Ledgers", "诫勉谈话")},
        {CaseKind::Criticism, "criticism", QT_TRANSLATE_NOOP("qf::Ledgers", "通报批评")},
        {CaseKind::FirstFormOther, "first-form-other", QT_TRANSLATE_NOOP("qf::Ledgers", "第一种形态其他")},
        {CaseKind::Recommendation, "recommendation", QT_TRANSLATE_NOOP("qf::Ledgers", "检查监察建议书")},
        {CaseKind::LifeMeeting, "life-meeting", QT_TRANSLATE_NOOP("qf::Ledgers", "民主（组织）生活会")},
        {CaseKind::WarningEducation, "warning-education", QT_TRANSLATE_NOOP("qf::Ledgers", "警示教育活动")},
        {CaseKind::System, "system", QT_TRANSLATE_NOOP("qf::Ledgers", "建立完善制度")},
        {CaseKind::PublicIssue, "public-issue", QT_TRANSLATE_NOOP("qf::Ledgers", "解决群众实际问题")},
        {CaseKind::Training, "training", QT_TRANSLATE_NOOP("qf::Ledgers", "培训班")},
        {CaseKind::CaseMaterial, "case-material", QT_TRANSLATE_NOOP("qf::Ledgers", "编制警示教育案例")},
        {CaseKind::Confession, "confession", QT_TRANSLATE_NOOP("qf::Ledgers", "主动交待问题")},
        {CaseKind::Kickback, "kickback", QT_TRANSLATE_NOOP("qf::Ledgers", "收受回扣案件")},
        {CaseKind::Gift, "gift", QT_TRANSLATE_NOOP("qf::Ledgers", "收受红包礼金案件")},
    };
    return terms;
}

QString CaseRecord::personsLabel(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Admonition:
    case CaseKind::Criticism:
    case CaseKind::FirstFormOther:
    case CaseKind::Confession:
    case CaseKind::Kickback:
    case CaseKind::Gift: return tr("涉及人数");
    case CaseKind::Training: return tr("参训人数");
    case CaseKind::WarningEducation:
    case CaseKind::LifeMeeting: return tr("参加人数");
    default: break;
    }
    return QString();
}

bool CaseRecord::needsPersons(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Admonition:
    case CaseKind::Criticism:
    case CaseKind::FirstFormOther:
    case CaseKind::Confession:
    case CaseKind::Training: return true;
    default: break;
    }
    return false;
}

Status CaseRecord::validate() const
{
    Status s;
    const QString kindName = caseKinds().name(kind);
    if (institutionId == 0)
        s.add(tr("请选择机构。"));
    if (!heldOn.isValid())
        s.add(tr("请填写日期。"));
    if (title.trimmed().isEmpty())
        s.add(tr("事项不能为空。"));
    if (persons < 0)
        s.add(tr("人数不能为负数。"));
    if (needsPersons(kind) && persons <= 0)
        s.add(tr("“%1”须填写%2（大于0）。").arg(kindName, personsLabel(kind)));
    if (amountYuan < 0)
        s.add(tr("金额不能为负数。"));
    if (!hasAmount(kind) && amountYuan > 0)
        s.add(tr("“%1”没有涉案金额。").arg(kindName));
    if (answeredOn.isValid()) {
        if (kind != CaseKind::Recommendation)
            s.add(tr("只有检查监察建议书有回复日期。"));
        else if (heldOn.isValid() && answeredOn < heldOn)
            s.add(tr("回复日期（%1）早于收到日期（%2）。")
                      .arg(answeredOn.toString(Qt::ISODate), heldOn.toString(Qt::ISODate)));
    }
    return s;
}

} // namespace qf
