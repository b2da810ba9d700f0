// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerTables.h"

#include "Money.h"

#include <QHash>
#include <QSet>

namespace qf {

namespace {

using Type = LedgerTable::CellType;

class Names
{
public:
    explicit Names(const QList<Institution> &registry)
    {
        for (const Institution &i : registry)
            m_byId.insert(i.id, &i);
    }
    QString name(qint64 id) const
    {
        const Institution *i = m_byId.value(id);
        return i ? i->name : QString();
    }
    const Institution *find(qint64 id) const { return m_byId.value(id); }

private:
    QHash<qint64, const Institution *> m_byId;
};

QVariant dateCell(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

// Zero money and zero persons read better as empty cells in a ledger.
QVariant amountCell(qint64 yuan)
{
    return yuan ? QVariant(Money::toWan(yuan)) : QVariant();
}

QVariant countCell(int n)
{
    return n ? QVariant(n) : QVariant();
}

QString yes(bool b)
{
    return b ? QStringLiteral(u"是") : QStringLiteral(u"否");
}

void problems(LedgerTable &t, const LedgerSnapshot &l, const Names &names, const QDate &today)
{
    t.columns = {{LedgerTables::tr("标记"), Type::Flag, 9}, {LedgerTables::tr("机构"), Type::Text, 24},
                 {LedgerTables::tr("来源"), Type::Text, 9}, {LedgerTables::tr("发现日期"), Type::Date, 11},
                 {LedgerTables::tr("问题描述"), Type::LongText, 36}, {LedgerTables::tr("责任人"), Type::Text, 9},
                 {LedgerTables::tr("整改期限"), Type::Date, 11}, {LedgerTables::tr("整改措施"), Type::LongText, 30},
                 {LedgerTables::tr("状态"), Type::Text, 8}, {LedgerTables::tr("整改完成日期"), Type::Date, 11},
                 {LedgerTables::tr("销号日期"), Type::Date, 11}, {LedgerTables::tr("销号审核人"), Type::Text, 10}};
    for (const Problem &p : l.problems) {
        LedgerTable::Row r;
        r.id = p.id;
        r.institutionId = p.institutionId;
        r.stateKey = problemStates().key(p.state);
        r.flag = p.flag(today);
        const bool rectified = p.state == ProblemState::Rectified || p.state == ProblemState::Closed;
        r.cells = {int(r.flag), names.name(p.institutionId), problemSources().name(p.source), dateCell(p.foundOn),
                   p.description, p.responsible, dateCell(p.deadline), p.measures, problemStates().name(p.state),
                   rectified ? dateCell(p.rectifiedDate()) : QVariant(),
                   p.state == ProblemState::Closed ? dateCell(p.closedOn()) : QVariant(), p.reviewer()};
        t.rows << r;
    }
}

void tipoffs(LedgerTable &t, const LedgerSnapshot &l, const Names &names)
{
    t.columns = {{LedgerTables::tr("受理日期"), Type::Date, 11}, {LedgerTables::tr("来源渠道"), Type::Text, 10},
                 {LedgerTables::tr("涉及机构"), Type::Text, 20}, {LedgerTables::tr("反映问题摘要"), Type::LongText, 36},
                 {LedgerTables::tr("承办人"), Type::Text, 10}, {LedgerTables::tr("状态"), Type::Text, 8},
                 {LedgerTables::tr("核查结论"), Type::Text, 9}, {LedgerTables::tr("处理结果"), Type::LongText, 30},
                 {LedgerTables::tr("办结日期"), Type::Date, 11}, {LedgerTables::tr("销号日期"), Type::Date, 11},
                 {LedgerTables::tr("销号审核人"), Type::Text, 10}};
    for (const Tipoff &x : l.tipoffs) {
        LedgerTable::Row r;
        r.id = x.id;
        r.institutionId = x.institutionId;
        r.stateKey = tipoffStates().key(x.state);
        const bool concluded = x.state == TipoffState::Concluded || x.state == TipoffState::Closed;
        QString reviewer;
        for (const Tipoff::Step &s : x.steps)
            if (s.to == TipoffState::Closed)
                reviewer = s.by;
        r.cells = {dateCell(x.receivedOn), tipoffChannels().name(x.channel), names.name(x.institutionId), x.summary,
                   x.handler, tipoffStates().name(x.state),
                   x.conclusion == TipoffConclusion::None ? QString() : tipoffConclusions().name(x.conclusion), x.result,
                   concluded ? dateCell(x.concludedDate()) : QVariant(),
                   x.state == TipoffState::Closed ? dateCell(x.closedOn()) : QVariant(),
                   x.state == TipoffState::Closed ? reviewer : QString()};
        t.rows << r;
    }
}

void inspections(LedgerTable &t, const LedgerSnapshot &l, const Names &names)
{
    t.columns = {{LedgerTables::tr("检查日期"), Type::Date, 11}, {LedgerTables::tr("机构"), Type::Text, 24},
                 {LedgerTables::tr("类别"), Type::Text, 12}, {LedgerTables::tr("医保定点"), Type::Text, 8},
                 {LedgerTables::tr("检查方式"), Type::Text, 10}, {LedgerTables::tr("检查人员"), Type::Text, 14},
                 {LedgerTables::tr("检查发现"), Type::LongText, 30}, {LedgerTables::tr("处理措施"), Type::LongText, 20},
                 {LedgerTables::tr("移交线索（条）"), Type::Count, 8}, {LedgerTables::tr("主动清退（万元）"), Type::Amount, 9},
                 {LedgerTables::tr("追回基金（万元）"), Type::Amount, 9}, {LedgerTables::tr("罚款（万元）"), Type::Amount, 9},
                 {LedgerTables::tr("暂停执业（人）"), Type::Count, 8}, {LedgerTables::tr("吊销执业证书（人）"), Type::Count, 8},
                 {LedgerTables::tr("移送司法机关（人）"), Type::Count, 8}, {LedgerTables::tr("备注"), Type::LongText, 16}};
    for (const Inspection &i : l.inspections) {
        LedgerTable::Row r;
        r.id = i.id;
        r.institutionId = i.institutionId;
        const Institution *inst = names.find(i.institutionId);
        const QString category = !inst ? QString()
            : inst->kind == InstitutionKind::Pharmacy ? kindLabel(inst->kind)
                                                      : ownershipLabel(inst->ownership) + levelLabel(inst->level);
        r.cells = {dateCell(i.inspectedOn), names.name(i.institutionId), category, inst ? yes(inst->contracted) : QString(),
                   i.method, i.inspectors, i.findings, i.measuresText(), countCell(i.cluesTransferred),
                   amountCell(i.refundYuan), amountCell(i.recoveredYuan), amountCell(i.fineYuan),
                   countCell(i.suspendedPersons), countCell(i.revokedPersons), countCell(i.prosecutedPersons), i.note};
        t.rows << r;
    }
}

void cases(LedgerTable &t, const LedgerSnapshot &l, const Names &names)
{
    t.columns = {{LedgerTables::tr("日期"), Type::Date, 11}, {LedgerTables::tr("机构"), Type::Text, 24},
                 {LedgerTables::tr("类型"), Type::Text, 16}, {LedgerTables::tr("事项"), Type::LongText, 36},
                 {LedgerTables::tr("人数"), Type::Count, 7}, {LedgerTables::tr("涉案金额（万元）"), Type::Amount, 10},
                 {LedgerTables::tr("文号"), Type::Text, 16}, {LedgerTables::tr("回复日期"), Type::Date, 11},
                 {LedgerTables::tr("备注"), Type::LongText, 16}};
    for (const CaseRecord &c : l.cases) {
        LedgerTable::Row r;
        r.id = c.id;
        r.institutionId = c.institutionId;
        r.stateKey = caseKinds().key(c.kind);
        const bool showPersons = c.persons > 0 || CaseRecord::needsPersons(c.kind);
        r.cells = {dateCell(c.heldOn), names.name(c.institutionId), caseKinds().name(c.kind), c.title,
                   showPersons ? QVariant(c.persons) : QVariant(),
                   CaseRecord::hasAmount(c.kind) ? amountCell(c.amountYuan) : QVariant(), c.reference,
                   dateCell(c.answeredOn), c.note};
        t.rows << r;
    }
}

void interviews(LedgerTable &t, const LedgerSnapshot &l, const Names &names)
{
    QSet<QString> listed;
    for (const NegativeListEntry &e : l.negativeList)
        listed.insert(e.supplier.trimmed());
    t.columns = {{LedgerTables::tr("约谈日期"), Type::Date, 11}, {LedgerTables::tr("机构"), Type::Text, 24},
                 {LedgerTables::tr("供应商"), Type::Text, 28}, {LedgerTables::tr("签订承诺书"), Type::Text, 10},
                 {LedgerTables::tr("约谈人"), Type::Text, 10}, {LedgerTables::tr("负面名单"), Type::Text, 9},
                 {LedgerTables::tr("备注"), Type::LongText, 24}};
    for (const SupplierInterview &i : l.interviews) {
        LedgerTable::Row r;
        r.id = i.id;
        r.institutionId = i.institutionId;
        r.cells = {dateCell(i.heldOn), names.name(i.institutionId), i.supplier, yes(i.pledgeSigned), i.interviewer,
                   listed.contains(i.supplier.trimmed()) ? QStringLiteral(u"已列入") : QString(), i.note};
        t.rows << r;
    }
}

void negativeList(LedgerTable &t, const LedgerSnapshot &l, const Names &names)
{
    t.columns = {{LedgerTables::tr("列入日期"), Type::Date, 11}, {LedgerTables::tr("供应商"), Type::Text, 28},
                 {LedgerTables::tr("原因"), Type::LongText, 36}, {LedgerTables::tr("列入单位"), Type::Text, 20},
                 {LedgerTables::tr("备注"), Type::LongText, 20}};
    for (const NegativeListEntry &e : l.negativeList) {
        LedgerTable::Row r;
        r.id = e.id;
        r.institutionId = e.institutionId;
        r.cells = {dateCell(e.listedOn), e.supplier, e.reason,
                   e.institutionId ? names.name(e.institutionId) : LedgerTables::tr("卫生健康局"), e.note};
        t.rows << r;
    }
}

} // namespace

LedgerTable LedgerTables::build(LedgerKind kind, const LedgerSnapshot &ledgers, const QList<Institution> &registry,
                                const QDate &today, const QString &campaignTitle)
{
    LedgerTable t;
    t.title = ledgerKinds().name(kind);
    const Names names(registry);
    switch (kind) {
    case LedgerKind::Problems: problems(t, ledgers, names, today); break;
    case LedgerKind::Tipoffs: tipoffs(t, ledgers, names); break;
    case LedgerKind::Inspections: inspections(t, ledgers, names); break;
    case LedgerKind::Cases: cases(t, ledgers, names); break;
    case LedgerKind::Suppliers: interviews(t, ledgers, names); break;
    case LedgerKind::NegativeList: negativeList(t, ledgers, names); break;
    }
    t.subtitle = campaignTitle.isEmpty() ? tr("截至 %1，共 %2 条").arg(today.toString(Qt::ISODate)).arg(t.rows.size())
                                         : tr("%1　截至 %2，共 %3 条").arg(campaignTitle, today.toString(Qt::ISODate)).arg(t.rows.size());
    return t;
}

} // namespace qf
