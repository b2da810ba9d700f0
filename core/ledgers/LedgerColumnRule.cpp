// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerColumnRule.h"

#include <QCoreApplication>

namespace qf {

QString LedgerColumnRule::description() const
{
    return QCoreApplication::translate("qf::Ledgers", how);
}

namespace LedgerColumnRules {

const QList<LedgerColumnRule> &all()
{
    using K = LedgerKind;
    static const QList<LedgerColumnRule> rules{
        // 附件1, per institution.
        {1, 1, K::Problems, "problems", false, QT_TRANSLATE_NOOP("qf::Ledgers", "问题清单中发现日期在月末之前的问题（自查和上级检查）")},
        {1, 2, K::Problems, "problems", false, QT_TRANSLATE_NOOP("qf::Ledgers", "月末时处于“已整改”或“已销号”的问题")},
        {1, 3, K::Cases, "first-form", false, QT_TRANSLATE_NOOP("qf::Ledgers", "诫勉谈话记录的涉及人数之和")},
        {1, 4, K::Cases, "first-form", false, QT_TRANSLATE_NOOP("qf::Ledgers", "通报批评记录的涉及人数之和（本级印发的通报）")},
        {1, 5, K::Cases, "first-form", false, QT_TRANSLATE_NOOP("qf::Ledgers", "第一种形态其他措施记录的涉及人数之和")},
        {1, 6, K::Cases, "recommendation", false, QT_TRANSLATE_NOOP("qf::Ledgers", "收到的检查、监察建议书份数")},
        {1, 7, K::Cases, "recommendation", false, QT_TRANSLATE_NOOP("qf::Ledgers", "月末之前已执行完成并回复的建议书份数")},
        {1, 8, K::Cases, "life-meeting", false, QT_TRANSLATE_NOOP("qf::Ledgers", "召开民主（组织）生活会的次数")},
        {1, 9, K::Cases, "warning-education", false, QT_TRANSLATE_NOOP("qf::Ledgers", "开展警示教育活动的次数")},
        {1, 10, K::Cases, "system", false, QT_TRANSLATE_NOOP("qf::Ledgers", "建立完善的制度个数")},
        {1, 11, K::Cases, "public-issue", false, QT_TRANSLATE_NOOP("qf::Ledgers", "解决群众实际问题的个数")},
        // 附件2, by category of the inspected contracted institutions; counts of 家 are
        // distinct institutions, however often each was inspected or handled.
        {2, 2, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被检查过的医保定点机构家数（同一机构多次检查计1家）")},
        {2, 3, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "受到第4至10栏任一处理的机构家数")},
        {2, 4, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被约谈的机构家数")},
        {2, 5, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被通报批评的机构家数")},
        {2, 6, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被责令限期整改的机构家数")},
        {2, 7, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "移交线索的条数之和")},
        {2, 8, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被追回资金的机构家数")},
        {2, 9, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "被行政罚款的机构家数")},
        {2, 10, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "受到其他处理的机构家数")},
        {2, 11, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "主动清退、追回基金和行政罚款金额之和（万元）")},
        {2, 12, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "主动清退基金金额之和（万元）")},
        {2, 13, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "追回基金金额之和（万元）")},
        {2, 14, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "行政罚款金额之和（万元）")},
        {2, 15, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "暂停执业人数之和")},
        {2, 16, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "吊销执业证书人数之和")},
        {2, 17, K::Inspections, "inspections", true, QT_TRANSLATE_NOOP("qf::Ledgers", "移送司法机关人数之和")},
        // 附件3, per institution.
        {3, 1, K::Cases, "warning-education", false, QT_TRANSLATE_NOOP("qf::Ledgers", "开展警示教育活动的次数")},
        {3, 2, K::Cases, "training", false, QT_TRANSLATE_NOOP("qf::Ledgers", "举办培训班的次数")},
        {3, 3, K::Cases, "training", false, QT_TRANSLATE_NOOP("qf::Ledgers", "培训班参训人数之和")},
        {3, 4, K::Cases, "case-material", false, QT_TRANSLATE_NOOP("qf::Ledgers", "编制的警示教育案例个数")},
        {3, 5, K::Tipoffs, "tipoffs", false, QT_TRANSLATE_NOOP("qf::Ledgers", "涉及本机构、月末时已核查办结（含销号）的线索条数")},
        {3, 6, K::Cases, "confession", false, QT_TRANSLATE_NOOP("qf::Ledgers", "主动交待问题的人数之和")},
        {3, 7, K::Suppliers, "supplier-interviews", false, QT_TRANSLATE_NOOP("qf::Ledgers", "约谈供应商的家次")},
        {3, 8, K::Cases, "kickback", false, QT_TRANSLATE_NOOP("qf::Ledgers", "查处收受回扣案件的起数")},
        {3, 9, K::Cases, "kickback", false, QT_TRANSLATE_NOOP("qf::Ledgers", "收受回扣案件涉及人数之和")},
        {3, 10, K::Cases, "kickback", false, QT_TRANSLATE_NOOP("qf::Ledgers", "收受回扣案件涉案金额之和（万元）")},
        {3, 11, K::Cases, "gift", false, QT_TRANSLATE_NOOP("qf::Ledgers", "查处收受红包礼金等案件的起数")},
        {3, 12, K::Cases, "gift", false, QT_TRANSLATE_NOOP("qf::Ledgers", "红包礼金等案件涉及人数之和")},
        {3, 13, K::Cases, "gift", false, QT_TRANSLATE_NOOP("qf::Ledgers", "红包礼金等案件涉案金额之和（万元）")},
    };
    return rules;
}

const LedgerColumnRule *find(int form, int column)
{
    for (const LedgerColumnRule &r : all())
        if (r.form == form && r.column == column)
            return &r;
    return nullptr;
}

QList<LedgerColumnRule> forForm(int form)
{
    QList<LedgerColumnRule> rules;
    for (const LedgerColumnRule &r : all())
        if (r.form == form)
            rules << r;
    return rules;
}

} // namespace LedgerColumnRules

} // namespace qf
