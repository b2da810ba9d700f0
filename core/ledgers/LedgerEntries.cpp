// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerEntry.h"

#include "Money.h"

namespace qf::LedgerEntries {

namespace {

// The periods during which a record was in one of the given states, from its steps.
template<typename State>
QList<QPair<QDate, QDate>> periodsIn(const QList<StateStep<State>> &steps, const QList<State> &states)
{
    QList<QPair<QDate, QDate>> spans;
    QDate start;
    for (const StateStep<State> &step : steps) {
        const bool inside = states.contains(step.to);
        if (inside && !start.isValid())
            start = step.on;
        else if (!inside && start.isValid()) {
            spans << qMakePair(start, step.on);
            start = QDate();
        }
    }
    if (start.isValid())
        spans << qMakePair(start, QDate());
    return spans;
}

// Entries are made per measure; collect() places them in the columns the rules name.
LedgerEntry entry(LedgerKind ledger, qint64 id, qint64 institution, const char *measure, const QDate &from,
                  double amount, const QString &text)
{
    LedgerEntry e;
    e.ledger = ledger;
    e.measure = QString::fromLatin1(measure);
    e.recordId = id;
    e.institutionId = institution;
    e.from = from;
    e.amount = amount;
    e.text = text;
    return e;
}

void problems(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const Problem &p : l.problems) {
        const QString what = QStringLiteral("%1：%2").arg(problemSources().name(p.source), p.description);
        out << entry(LedgerKind::Problems, p.id, p.institutionId, "problems.found", p.foundOn, 1, what);
        for (const auto &span : periodsIn(p.steps, {ProblemState::Rectified, ProblemState::Closed})) {
            LedgerEntry e = entry(LedgerKind::Problems, p.id, p.institutionId, "problems.rectified", span.first, 1, what);
            e.until = span.second;
            out << e;
        }
    }
}

void tipoffs(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const Tipoff &t : l.tipoffs) {
        if (t.institutionId == 0)
            continue;
        const QString what = QStringLiteral("%1（%2）：%3")
                                 .arg(tipoffChannels().name(t.channel), tipoffConclusions().name(t.conclusion), t.summary);
        for (const auto &span : periodsIn(t.steps, {TipoffState::Concluded, TipoffState::Closed})) {
            LedgerEntry e = entry(LedgerKind::Tipoffs, t.id, t.institutionId, "tipoffs.concluded", span.first, 1, what);
            e.until = span.second;
            out << e;
        }
    }
}

void inspections(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const Inspection &i : l.inspections) {
        const QString who = QString::number(i.institutionId);
        const QString measures = i.measuresText();
        const QString what = measures.isEmpty() ? i.findings : QStringLiteral("%1；%2").arg(measures, i.findings);
        auto add = [&](const char *measure, double amount, bool distinct) {
            LedgerEntry e = entry(LedgerKind::Inspections, i.id, i.institutionId, measure, i.inspectedOn, amount, what);
            if (distinct)
                e.distinctKey = who;
            out << e;
        };
        add("inspections.inspected", 1, true);
        if (i.hasMeasure())
            add("inspections.handled", 1, true);
        if (i.interview)
            add("inspections.interview", 1, true);
        if (i.criticism)
            add("inspections.criticism", 1, true);
        if (i.rectifyOrder)
            add("inspections.rectify-order", 1, true);
        if (i.cluesTransferred > 0)
            add("inspections.clues", i.cluesTransferred, false);
        if (i.fundsRecovered)
            add("inspections.funds-recovered", 1, true);
        if (i.fined)
            add("inspections.fined", 1, true);
        if (i.hasOther())
            add("inspections.other", 1, true);
        const qint64 total = i.refundYuan + i.recoveredYuan + i.fineYuan;
        if (total > 0)
            add("inspections.money-total", Money::toWan(total), false);
        if (i.refundYuan > 0)
            add("inspections.refund", Money::toWan(i.refundYuan), false);
        if (i.recoveredYuan > 0)
            add("inspections.recovered", Money::toWan(i.recoveredYuan), false);
        if (i.fineYuan > 0)
            add("inspections.fine", Money::toWan(i.fineYuan), false);
        if (i.suspendedPersons > 0)
            add("inspections.suspended", i.suspendedPersons, false);
        if (i.revokedPersons > 0)
            add("inspections.revoked", i.revokedPersons, false);
        if (i.prosecutedPersons > 0)
            add("inspections.prosecuted", i.prosecutedPersons, false);
    }
}

void cases(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const CaseRecord &r : l.cases) {
        auto add = [&](const char *measure, const QDate &from, double amount) {
            out << entry(LedgerKind::Cases, r.id, r.institutionId, measure, from, amount, r.title);
        };
        switch (r.kind) {
        case CaseKind::Admonition: add("cases.admonition", r.heldOn, r.persons); break;
        case CaseKind::Criticism: add("cases.criticism", r.heldOn, r.persons); break;
        case CaseKind::FirstFormOther: add("cases.first-form-other", r.heldOn, r.persons); break;
        case CaseKind::Recommendation:
            add("cases.recommendation", r.heldOn, 1);
            if (r.answeredOn.isValid())
                add("cases.recommendation-answered", r.answeredOn, 1);
            break;
        case CaseKind::LifeMeeting: add("cases.life-meeting", r.heldOn, 1); break;
        case CaseKind::WarningEducation: add("cases.warning-education", r.heldOn, 1); break;
        case CaseKind::System: add("cases.system", r.heldOn, 1); break;
        case CaseKind::PublicIssue: add("cases.public-issue", r.heldOn, 1); break;
        case CaseKind::Training:
            add("cases.training", r.heldOn, 1);
            add("cases.training-persons", r.heldOn, r.persons);
            break;
        case CaseKind::CaseMaterial: add("cases.case-material", r.heldOn, 1); break;
        case CaseKind::Confession: add("cases.confession", r.heldOn, r.persons); break;
        case CaseKind::Kickback:
            add("cases.kickback", r.heldOn, 1);
            add("cases.kickback-persons", r.heldOn, r.persons);
            add("cases.kickback-amount", r.heldOn, Money::toWan(r.amountYuan));
            break;
        case CaseKind::Gift:
            add("cases.gift", r.heldOn, 1);
            add("cases.gift-persons", r.heldOn, r.persons);
            add("cases.gift-amount", r.heldOn, Money::toWan(r.amountYuan));
            break;
        }
    }
}

void interviews(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const SupplierInterview &i : l.interviews)
        out << entry(LedgerKind::Suppliers, i.id, i.institutionId, "suppliers.interviews", i.heldOn, 1, i.supplier);
}

} // namespace

QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, int form)
{
    return collect(ledgers, LedgerColumnRules::forForm(form));
}

QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, const QList<LedgerColumnRule> &rules)
{
    QHash<QString, const LedgerColumnRule *> byMeasure;
    for (const LedgerColumnRule &r : rules)
        if (r.measure)
            byMeasure.insert(r.measure->keyString(), &r);
    // Every record's entries in ledger order (problems, tip-offs, inspections, cases,
    // supplier interviews), as the drill-down lists them.
    QList<LedgerEntry> measured;
    problems(ledgers, measured);
    tipoffs(ledgers, measured);
    inspections(ledgers, measured);
    cases(ledgers, measured);
    interviews(ledgers, measured);
    QList<LedgerEntry> out;
    for (LedgerEntry &e : measured) {
        const LedgerColumnRule *rule = byMeasure.value(e.measure);
        // Zero amounts say nothing about a cell; the record still makes its unit a keeper.
        if (!rule || e.amount == 0)
            continue;
        e.form = rule->form;
        e.column = rule->column;
        out << e;
    }
    return out;
}

QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &ledgers)
{
    return keepers(ledgers, LedgerColumnRules::all());
}

QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &l, const QList<LedgerColumnRule> &rules)
{
    QHash<QString, QSet<qint64>> k;
    auto keep = [&](LedgerKind kind, std::optional<CaseKind> caseKind, qint64 institution) {
        for (const LedgerColumnRule &r : rules)
            if (r.measure && r.measure->measures(kind, caseKind))
                k[r.group].insert(institution);
    };
    for (const Problem &p : l.problems)
        keep(LedgerKind::Problems, std::nullopt, p.institutionId);
    for (const Tipoff &t : l.tipoffs)
        keep(LedgerKind::Tipoffs, std::nullopt, t.institutionId);
    for (const Inspection &i : l.inspections)
        keep(LedgerKind::Inspections, std::nullopt, i.institutionId);
    for (const CaseRecord &r : l.cases)
        keep(LedgerKind::Cases, r.kind, r.institutionId);
    for (const SupplierInterview &i : l.interviews)
        keep(LedgerKind::Suppliers, std::nullopt, i.institutionId);
    return k;
}

} // namespace qf::LedgerEntries
