// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCsvParsers.h"

#include <QSet>

namespace qf {

namespace {

LedgerCsvField field(const char16_t *header, bool required = false, QStringList synonyms = {})
{
    return LedgerCsvField{QString::fromUtf16(header), required, synonyms};
}

QString dayKey(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Each row is checked against what is stored and against the rows above it.
class Duplicates
{
public:
    void remember(const QString &key) { m_keys.insert(key); }
    bool check(LedgerCsvRow &row, const QString &key)
    {
        if (m_keys.contains(key)) {
            row.rowError(LedgerCsvParsers::tr("与已有的记录或文件中前面的行重复。"));
            return false;
        }
        m_keys.insert(key);
        return true;
    }

private:
    QSet<QString> m_keys;
};

// The messages of a record's own validation, on its row or on one of its cells.
void rowErrors(LedgerCsvRow &row, const Status &s)
{
    for (const QString &m : s.messages())
        row.rowError(m);
}

void fieldErrors(LedgerCsvRow &row, int field, const Status &s)
{
    for (const QString &m : s.messages())
        row.error(field, m);
}

// Applies a step of a record's workflow for an import row, reporting a refusal on the
// column whose date it is.
template<typename Record, typename Workflow, typename State>
void step(LedgerCsvRow &row, int dateField, Record &record, State to, const QDate &on, const QString &by,
          const QDate &today)
{
    const Status s = Workflow::apply(record, to, on, by, QString(), today);
    for (const QString &m : s.messages())
        row.error(dateField, m);
}

} // namespace

// ---- 问题清单

enum ProblemField { PInstitution, PSource, PFoundOn, PDescription, PFoundBy, PResponsible, PDeadline, PMeasures, PState,
                    PStartedOn, PRectifiedOn, PClosedOn, PReviewer, PHandler, PNote };

QList<LedgerCsvField> LedgerCsvParsers::problemFields()
{
    return {field(u"机构", true, {QStringLiteral(u"单位"), QStringLiteral(u"机构名称")}),
            field(u"来源", true, {QStringLiteral(u"问题来源")}),
            field(u"发现日期", true),
            field(u"问题描述", true, {QStringLiteral(u"问题")}),
            field(u"发现人"),
            field(u"责任人", false, {QStringLiteral(u"整改责任人")}),
            field(u"整改期限", false, {QStringLiteral(u"整改时限")}),
            field(u"整改措施"),
            field(u"状态", false, {QStringLiteral(u"整改状态")}),
            field(u"开始整改日期"),
            field(u"整改完成日期", false, {QStringLiteral(u"完成整改日期")}),
            field(u"销号日期"),
            field(u"销号审核人", false, {QStringLiteral(u"审核人")}),
            field(u"经办人"),
            field(u"备注")};
}

void LedgerCsvParsers::problems(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
              const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    auto key = [](const Problem &p) { return QStringLiteral("%1|%2|%3").arg(p.institutionId).arg(dayKey(p.foundOn), p.description.trimmed()); };
    for (const Problem &p : ctx.existing.problems)
        dup.remember(key(p));
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        Problem p;
        p.campaignId = ctx.campaignId;
        p.institutionId = row.institution(PInstitution, true);
        p.source = row.term(PSource, problemSources(), ProblemSource::SelfCheck, true);
        p.foundOn = row.pastDate(PFoundOn, true, ctx.today);
        p.description = row.text(PDescription);
        if (p.description.isEmpty())
            row.error(PDescription, tr("问题描述不能为空。"));
        p.foundBy = row.text(PFoundBy);
        p.responsible = row.text(PResponsible);
        p.deadline = row.date(PDeadline, false);
        p.measures = row.text(PMeasures);
        p.note = row.text(PNote);
        const ProblemState target = row.term(PState, problemStates(), ProblemState::Found, false);
        const QDate started = row.date(PStartedOn, false);
        const QDate rectified = row.date(PRectifiedOn, false);
        const QDate closed = row.date(PClosedOn, false);
        if (!row.ok())
            continue;
        const QString by = row.text(PHandler).isEmpty() ? p.responsible : row.text(PHandler);
        using W = ProblemWorkflow;
        if (target == ProblemState::Rectifying || (started.isValid() && target != ProblemState::Found)) {
            if (!started.isValid())
                row.error(PStartedOn, tr("状态为“整改中”时须填写开始整改日期。"));
            else
                step<Problem, W>(row, PStartedOn, p, ProblemState::Rectifying, started, by, ctx.today);
        }
        if (row.ok() && (target == ProblemState::Rectified || target == ProblemState::Closed)) {
            if (!rectified.isValid())
                row.error(PRectifiedOn, tr("状态为“%1”时须填写整改完成日期。").arg(problemStates().name(target)));
            else
                step<Problem, W>(row, PRectifiedOn, p, ProblemState::Rectified, rectified, by, ctx.today);
        }
        if (row.ok() && target == ProblemState::Closed) {
            if (!closed.isValid())
                row.error(PClosedOn, tr("状态为“已销号”时须填写销号日期。"));
            else
                step<Problem, W>(row, PClosedOn, p, ProblemState::Closed, closed, row.text(PReviewer), ctx.today);
        }
        if (row.ok() && target == ProblemState::Found && (started.isValid() || rectified.isValid() || closed.isValid()))
            row.error(PState, tr("填写了整改或销号日期，但状态为“发现”：请填写状态。"));
        if (!row.ok())
            continue;
        rowErrors(row, p.validate());
        if (row.ok() && dup.check(row, key(p))) {
            out->problems << p;
            out->lines << row.line();
        }
    }
}

// ---- 线索台账

enum TipoffField { TReceivedOn, TChannel, TSummary, TInstitution, THandler, TState, TConclusion, TResult, TStartedOn,
                   TConcludedOn, TClosedOn, TReviewer, TOperator, TReporter, TContact, TAnonymous, TNote };

QList<LedgerCsvField> LedgerCsvParsers::tipoffFields()
{
    return {field(u"受理日期", true, {QStringLiteral(u"收到日期"), QStringLiteral(u"日期")}),
            field(u"来源渠道", true, {QStringLiteral(u"渠道"), QStringLiteral(u"线索来源")}),
            field(u"反映问题摘要", true, {QStringLiteral(u"摘要"), QStringLiteral(u"反映问题")}),
            field(u"涉及机构", false, {QStringLiteral(u"机构"), QStringLiteral(u"被反映单位")}),
            field(u"承办人", false, {QStringLiteral(u"承办部门")}),
            field(u"状态", false, {QStringLiteral(u"办理状态")}),
            field(u"核查结论"),
            field(u"处理结果"),
            field(u"开始核查日期"),
            field(u"办结日期"),
            field(u"销号日期"),
            field(u"销号审核人", false, {QStringLiteral(u"审核人")}),
            field(u"经办人"),
            field(u"举报人", false, {QStringLiteral(u"举报人姓名")}),
            field(u"联系方式", false, {QStringLiteral(u"举报人联系方式")}),
            field(u"匿名"),
            field(u"备注")};
}

void LedgerCsvParsers::tipoffs(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
             const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    auto key = [](const Tipoff &t) { return QStringLiteral("%1|%2|%3").arg(t.institutionId).arg(dayKey(t.receivedOn), t.summary.trimmed()); };
    for (const Tipoff &t : ctx.existing.tipoffs)
        dup.remember(key(t));
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        Tipoff t;
        t.campaignId = ctx.campaignId;
        t.receivedOn = row.pastDate(TReceivedOn, true, ctx.today);
        t.channel = row.term(TChannel, tipoffChannels(), TipoffChannel::Other, true);
        t.summary = row.text(TSummary);
        if (t.summary.isEmpty())
            row.error(TSummary, tr("反映问题摘要不能为空。"));
        t.institutionId = row.institution(TInstitution, false);
        t.handler = row.text(THandler);
        t.conclusion = row.term(TConclusion, tipoffConclusions(), TipoffConclusion::None, false);
        t.result = row.text(TResult);
        t.note = row.text(TNote);
        const TipoffState target = row.term(TState, tipoffStates(), TipoffState::Registered, false);
        const QDate started = row.date(TStartedOn, false);
        const QDate concluded = row.date(TConcludedOn, false);
        const QDate closed = row.date(TClosedOn, false);
        TipoffReporter reporter;
        reporter.anonymous = row.flag(TAnonymous);
        reporter.name = row.text(TReporter);
        reporter.contact = row.text(TContact);
        if (!row.ok())
            continue;
        fieldErrors(row, TAnonymous, reporter.validate());
        const QString by = row.text(TOperator).isEmpty() ? t.handler : row.text(TOperator);
        using W = TipoffWorkflow;
        if (started.isValid() || target == TipoffState::Verifying) {
            if (!started.isValid())
                row.error(TStartedOn, tr("状态为“核查中”时须填写开始核查日期。"));
            else
                step<Tipoff, W>(row, TStartedOn, t, TipoffState::Verifying, started, by, ctx.today);
        }
        if (row.ok() && (target == TipoffState::Concluded || target == TipoffState::Closed)) {
            if (!concluded.isValid())
                row.error(TConcludedOn, tr("状态为“%1”时须填写办结日期。").arg(tipoffStates().name(target)));
            else
                step<Tipoff, W>(row, TConcludedOn, t, TipoffState::Concluded, concluded, by, ctx.today);
        }
        if (row.ok() && target == TipoffState::Closed) {
            if (!closed.isValid())
                row.error(TClosedOn, tr("状态为“已销号”时须填写销号日期。"));
            else
                step<Tipoff, W>(row, TClosedOn, t, TipoffState::Closed, closed, row.text(TReviewer), ctx.today);
        }
        if (row.ok() && target == TipoffState::Registered && (concluded.isValid() || closed.isValid()))
            row.error(TState, tr("填写了办结或销号日期，但状态为“登记”：请填写状态。"));
        if (!row.ok())
            continue;
        rowErrors(row, t.validate());
        if (row.ok() && dup.check(row, key(t))) {
            out->tipoffs << t;
            out->reporters << reporter;
            out->lines << row.line();
        }
    }
}

// ---- 监督检查

enum InspectionField { IInstitution, IDate, IMethod, IInspectors, IFindings, IInterview, ICriticism, IRectify, IClues,
                       IRecovered, IFined, IOther, IRefundWan, IRecoveredWan, IFineWan, ISuspended, IRevoked,
                       IProsecuted, INote };

QList<LedgerCsvField> LedgerCsvParsers::inspectionFields()
{
    return {field(u"机构", true, {QStringLiteral(u"被检查机构"), QStringLiteral(u"单位")}),
            field(u"检查日期", true, {QStringLiteral(u"日期")}),
            field(u"检查方式"),
            field(u"检查人员"),
            field(u"检查发现", false, {QStringLiteral(u"发现问题")}),
            field(u"约谈"),
            field(u"通报批评"),
            field(u"限期整改"),
            field(u"移交线索（条）", false, {QStringLiteral(u"移交线索"), QStringLiteral(u"移交线索(条)")}),
            field(u"追回资金"),
            field(u"行政罚款"),
            field(u"其他处理", false, {QStringLiteral(u"其他")}),
            field(u"主动清退（万元）", false, {QStringLiteral(u"主动清退基金（万元）"), QStringLiteral(u"主动清退(万元)")}),
            field(u"追回基金（万元）", false, {QStringLiteral(u"追回（万元）"), QStringLiteral(u"追回基金(万元)")}),
            field(u"罚款（万元）", false, {QStringLiteral(u"行政罚款（万元）"), QStringLiteral(u"罚款(万元)")}),
            field(u"暂停执业（人）", false, {QStringLiteral(u"暂停执业")}),
            field(u"吊销执业证书（人）", false, {QStringLiteral(u"吊销执业证书")}),
            field(u"移送司法机关（人）", false, {QStringLiteral(u"移送司法机关")}),
            field(u"备注")};
}

void LedgerCsvParsers::inspections(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                 const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    auto key = [](const Inspection &i) { return QStringLiteral("%1|%2").arg(i.institutionId).arg(dayKey(i.inspectedOn)); };
    for (const Inspection &i : ctx.existing.inspections)
        dup.remember(key(i));
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        Inspection i;
        i.campaignId = ctx.campaignId;
        i.institutionId = row.institution(IInstitution, true);
        i.inspectedOn = row.date(IDate, true);
        i.method = row.text(IMethod);
        i.inspectors = row.text(IInspectors);
        i.findings = row.text(IFindings);
        i.interview = row.flag(IInterview);
        i.criticism = row.flag(ICriticism);
        i.rectifyOrder = row.flag(IRectify);
        i.cluesTransferred = row.count(IClues);
        i.fundsRecovered = row.flag(IRecovered);
        i.fined = row.flag(IFined);
        i.otherMeasure = row.text(IOther);
        i.refundYuan = row.wan(IRefundWan);
        i.recoveredYuan = row.wan(IRecoveredWan);
        i.fineYuan = row.wan(IFineWan);
        i.suspendedPersons = row.count(ISuspended);
        i.revokedPersons = row.count(IRevoked);
        i.prosecutedPersons = row.count(IProsecuted);
        i.note = row.text(INote);
        if (!row.ok())
            continue;
        if (i.inspectedOn > ctx.today)
            row.error(IDate, tr("检查日期晚于今天。"));
        rowErrors(row, i.validate());
        if (row.ok() && dup.check(row, key(i))) {
            out->inspections << i;
            out->lines << row.line();
        }
    }
}

// ---- 以案促改与教育

enum CaseField { CInstitution, CKind, CDate, CTitle, CPersons, CAmount, CReference, CAnswered, CNote };

QList<LedgerCsvField> LedgerCsvParsers::caseFields()
{
    return {field(u"机构", true, {QStringLiteral(u"单位")}),
            field(u"类型", true, {QStringLiteral(u"类别")}),
            field(u"日期", true),
            field(u"事项", true, {QStringLiteral(u"名称"), QStringLiteral(u"内容")}),
            field(u"人数"),
            field(u"涉案金额（万元）", false, {QStringLiteral(u"金额（万元）"), QStringLiteral(u"涉案金额(万元)")}),
            field(u"文号"),
            field(u"回复日期", false, {QStringLiteral(u"执行完成回复日期")}),
            field(u"备注")};
}

void LedgerCsvParsers::cases(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
           const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    auto key = [](const CaseRecord &c) {
        return QStringLiteral("%1|%2|%3|%4").arg(c.institutionId).arg(caseKinds().key(c.kind), dayKey(c.heldOn), c.title.trimmed());
    };
    for (const CaseRecord &c : ctx.existing.cases)
        dup.remember(key(c));
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        CaseRecord c;
        c.campaignId = ctx.campaignId;
        c.institutionId = row.institution(CInstitution, true);
        c.kind = row.term(CKind, caseKinds(), CaseKind::WarningEducation, true);
        c.heldOn = row.pastDate(CDate, true, ctx.today);
        c.title = row.text(CTitle);
        if (c.title.isEmpty())
            row.error(CTitle, tr("事项不能为空。"));
        c.persons = row.count(CPersons);
        c.amountYuan = row.wan(CAmount);
        c.reference = row.text(CReference);
        c.answeredOn = row.pastDate(CAnswered, false, ctx.today);
        c.note = row.text(CNote);
        if (!row.ok())
            continue;
        rowErrors(row, c.validate());
        if (row.ok() && dup.check(row, key(c))) {
            out->cases << c;
            out->lines << row.line();
        }
    }
}

// ---- 约谈供应商

enum InterviewField { SInstitution, SSupplier, SDate, SPledge, SInterviewer, SNote };

QList<LedgerCsvField> LedgerCsvParsers::interviewFields()
{
    return {field(u"机构", true, {QStringLiteral(u"单位")}),
            field(u"供应商", true, {QStringLiteral(u"经销商"), QStringLiteral(u"供应商名称")}),
            field(u"约谈日期", true, {QStringLiteral(u"日期")}),
            field(u"签订承诺书", false, {QStringLiteral(u"承诺书")}),
            field(u"约谈人"),
            field(u"备注")};
}

void LedgerCsvParsers::interviews(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    auto key = [](const SupplierInterview &i) {
        return QStringLiteral("%1|%2|%3").arg(i.institutionId).arg(i.supplier.trimmed(), dayKey(i.heldOn));
    };
    for (const SupplierInterview &i : ctx.existing.interviews)
        dup.remember(key(i));
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        SupplierInterview i;
        i.campaignId = ctx.campaignId;
        i.institutionId = row.institution(SInstitution, true);
        i.supplier = row.text(SSupplier);
        if (i.supplier.isEmpty())
            row.error(SSupplier, tr("供应商名称不能为空。"));
        i.heldOn = row.pastDate(SDate, true, ctx.today);
        i.pledgeSigned = row.flag(SPledge);
        i.interviewer = row.text(SInterviewer);
        i.note = row.text(SNote);
        if (!row.ok())
            continue;
        rowErrors(row, i.validate());
        if (row.ok() && dup.check(row, key(i))) {
            out->interviews << i;
            out->lines << row.line();
        }
    }
}

// ---- 负面名单

enum NegativeField { NSupplier, NListedOn, NReason, NInstitution, NNote };

QList<LedgerCsvField> LedgerCsvParsers::negativeListFields()
{
    return {field(u"供应商", true, {QStringLiteral(u"经销商"), QStringLiteral(u"供应商名称")}),
            field(u"列入日期", true, {QStringLiteral(u"日期")}),
            field(u"原因", true, {QStringLiteral(u"列入原因")}),
            field(u"列入单位", false, {QStringLiteral(u"机构")}),
            field(u"备注")};
}

void LedgerCsvParsers::negativeList(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                  const Names &names, Status *status, LedgerCsvImport::Records *out)
{
    Duplicates dup;
    for (const NegativeListEntry &e : ctx.existing.negativeList)
        dup.remember(e.supplier.trimmed());
    for (int r = 1; r < records.size(); ++r) {
        LedgerCsvRow row(sheet, records.at(r), names, status);
        NegativeListEntry e;
        e.campaignId = ctx.campaignId;
        e.supplier = row.text(NSupplier);
        if (e.supplier.isEmpty())
            row.error(NSupplier, tr("供应商名称不能为空。"));
        e.listedOn = row.pastDate(NListedOn, true, ctx.today);
        e.reason = row.text(NReason);
        if (e.reason.isEmpty())
            row.error(NReason, tr("请写明列入负面名单的原因。"));
        e.institutionId = row.institution(NInstitution, false);
        e.note = row.text(NNote);
        if (!row.ok())
            continue;
        if (dup.check(row, e.supplier.trimmed())) {
            out->negativeList << e;
            out->lines << row.line();
        }
    }
}

} // namespace qf
