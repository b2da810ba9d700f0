// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerMeasure.h"

#include <QCoreApplication>

namespace qf::LedgerMeasures {

const QList<LedgerMeasure> &all()
{
    using K = LedgerKind;
    using C = CaseKind;
    // What LedgerEntries counts for each key; the texts are shown beside a derived figure.
    static const QList<LedgerMeasure> measures{
        {"problems.found", K::Problems, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "问题清单中发现日期在月末之前的问题（自查和上级检查）")},
        {"problems.rectified", K::Problems, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "月末时处于“已整改”或“已销号”的问题")},
        {"cases.admonition", K::Cases, C::Admonition, QT_TRANSLATE_NOOP("qf::Ledgers", "诫勉谈话记录的涉及人数之和")},
        {"cases.criticism", K::Cases, C::Criticism, QT_TRANSLATE_NOOP("qf::Ledgers", "通报批评记录的涉及人数之和（本级印发的通报）")},
        {"cases.first-form-other", K::Cases, C::FirstFormOther, QT_TRANSLATE_NOOP("qf::Ledgers", "第一种形态其他措施记录的涉及人数之和")},
        {"cases.recommendation", K::Cases, C::Recommendation, QT_TRANSLATE_NOOP("qf::Ledgers", "收到的检查、监察建议书份数")},
        {"cases.recommendation-answered", K::Cases, C::Recommendation, QT_TRANSLATE_NOOP("qf::Ledgers", "月末之前已执行完成并回复的建议书份数")},
        {"cases.life-meeting", K::Cases, C::LifeMeeting, QT_TRANSLATE_NOOP("qf::Ledgers", "召开民主（组织）生活会的次数")},
        {"cases.warning-education", K::Cases, C::WarningEducation, QT_TRANSLATE_NOOP("qf::Ledgers", "开展警示教育活动的次数")},
        {"cases.system", K::Cases, C::System, QT_TRANSLATE_NOOP("qf::Ledgers", "建立完善的制度个数")},
        {"cases.public-issue", K::Cases, C::PublicIssue, QT_TRANSLATE_NOOP("qf::Ledgers", "解决群众实际问题的个数")},
        {"inspections.inspected", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被检查过的医保定点机构家数（同一机构多次检查计1家）")},
        {"inspections.handled", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "受到第4至10栏任一处理的机构家数")},
        {"inspections.interview", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被约谈的机构家数")},
        {"inspections.criticism", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被通报批评的机构家数")},
        {"inspections.rectify-order", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被责令限期整改的机构家数")},
        {"inspections.clues", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "移交线索的条数之和")},
        {"inspections.funds-recovered", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被追回资金的机构家数")},
        {"inspections.fined", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "被行政罚款的机构家数")},
        {"inspections.other", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "受到其他处理的机构家数")},
        {"inspections.money-total", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "主动清退、追回基金和行政罚款金额之和（万元）")},
        {"inspections.refund", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "主动清退基金金额之和（万元）")},
        {"inspections.recovered", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "追回基金金额之和（万元）")},
        {"inspections.fine", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "行政罚款金额之和（万元）")},
        {"inspections.suspended", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "暂停执业人数之和")},
        {"inspections.revoked", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "吊销执业证书人数之和")},
        {"inspections.prosecuted", K::Inspections, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "移送司法机关人数之和")},
        {"cases.training", K::Cases, C::Training, QT_TRANSLATE_NOOP("qf::Ledgers", "举办培训班的次数")},
        {"cases.training-persons", K::Cases, C::Training, QT_TRANSLATE_NOOP("qf::Ledgers", "培训班参训人数之和")},
        {"cases.case-material", K::Cases, C::CaseMaterial, QT_TRANSLATE_NOOP("qf::Ledgers", "编制的警示教育案例个数")},
        {"tipoffs.concluded", K::Tipoffs, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "涉及本机构、月末时已核查办结（含销号）的线索条数")},
        {"cases.confession", K::Cases, C::Confession, QT_TRANSLATE_NOOP("qf::Ledgers", "主动交待问题的人数之和")},
        {"suppliers.interviews", K::Suppliers, std::nullopt, QT_TRANSLATE_NOOP("qf::Ledgers", "约谈供应商的家次")},
        {"cases.kickback", K::Cases, C::Kickback, QT_TRANSLATE_NOOP("qf::Ledgers", "查处收受回扣案件的起数")},
        {"cases.kickback-persons", K::Cases, C::Kickback, QT_TRANSLATE_NOOP("qf::Ledgers", "收受回扣案件涉及人数之和")},
        {"cases.kickback-amount", K::Cases, C::Kickback, QT_TRANSLATE_NOOP("qf::Ledgers", "收受回扣案件涉案金额之和（万元）")},
        {"cases.gift", K::Cases, C::Gift, QT_TRANSLATE_NOOP("qf::Ledgers", "查处收受红包礼金等案件的起数")},
        {"cases.gift-persons", K::Cases, C::Gift, QT_TRANSLATE_NOOP("qf::Ledgers", "红包礼金等案件涉及人数之和")},
        {"cases.gift-amount", K::Cases, C::Gift, QT_TRANSLATE_NOOP("qf::Ledgers", "红包礼金等案件涉案金额之和（万元）")},
    };
    return measures;
}

const LedgerMeasure *find(const QString &key)
{
    for (const LedgerMeasure &m : all())
        if (key == QLatin1String(m.key))
            return &m;
    return nullptr;
}

} // namespace qf::LedgerMeasures
