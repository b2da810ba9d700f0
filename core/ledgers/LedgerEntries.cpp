// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerEntry.h"

#include "Money.h"

#include <algorithm>

namespace qf::LedgerEntries {

namespace {

QString caseGroup(CaseKind k)
{
    switch (k) {
    case CaseKind::Admonition:
    case CaseKind::Criticism:
    case CaseKind::FirstFormOther: return QStringLiteral("first-form");
    case CaseKind::Recommendation: return QStringLiteral("recommendation");
    case CaseKind::LifeMeeting: return QStringLiteral("life-meeting");
    case CaseKind::WarningEducation: return QStringLiteral("warning-education");
    case CaseKind::System: return QStringLiteral("system");
    case CaseKind::PublicIssue: return QStringLiteral("public-issue");
    case CaseKind::Training: return QStringLiteral("training");
    case CaseKind::CaseMaterial: return QStringLiteral("case-material");
    case CaseKind::Confession: return QStringLiteral("confession");
    case CaseKind::Kickback: return QStringLiteral("kickback");
    case CaseKind::Gift: return QStringLiteral("gift");
    }
    return QString();
}

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

LedgerEntry entry(LedgerKind ledger, qint64 id, qint64 institution, int form, int column, const QDate &from,
                  double amount, const QString &text)
{
    LedgerEntry e;
    e.ledger = ledger;
    e.recordId = id;
    e.institutionId = institution;
    e.form = form;
    e.column = column;
    e.from = from;
    e.amount = amount;
    e.text = text;
    return e;
}

void problems(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const Problem &p : l.problems) {
        const QString what = QStringLiteral("%1：%2").arg(problemSources().name(p.source), p.description);
        out << entry(LedgerKind::Problems, p.id, p.institutionId, 1, 1, p.foundOn, 1, what);
        for (const auto &span : periodsIn(p.steps, {ProblemState::Rectified, ProblemState::Closed})) {
            LedgerEntry e = entry(LedgerKind::Problems, p.id, p.institutionId, 1, 2, span.first, 1, what);
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
            LedgerEntry e = entry(LedgerKind::Tipoffs, t.id, t.institutionId, 3, 5, span.first, 1, what);
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
        auto add = [&](int column, double amount, bool distinct) {
            LedgerEntry e = entry(LedgerKind::Inspections, i.id, i.institutionId, 2, column, i.inspectedOn, amount, what);
            if (distinct)
                e.distinctKey = who;
            out << e;
        };
        add(2, 1, true);
        if (i.hasMeasure())
            add(3, 1, true);
        if (i.interview)
            add(4, 1, true);
        if (i.criticism)
            add(5, 1, true);
        if (i.rectifyOrder)
            add(6, 1, true);
        if (i.cluesTransferred > 0)
            add(7, i.cluesTransferred, false);
        if (i.fundsRecovered)
            add(8, 1, true);
        if (i.fined)
            add(9, 1, true);
        if (i.hasOther())
            add(10, 1, true);
        const qint64 total = i.refundYuan + i.recoveredYuan + i.fineYuan;
        if (total > 0)
            add(11, Money::toWan(total), false);
        if (i.refundYuan > 0)
            add(12, Money::toWan(i.refundYuan), false);
        if (i.recoveredYuan > 0)
            add(13, Money::toWan(i.recoveredYuan), false);
        if (i.fineYuan > 0)
            add(14, Money::toWan(i.fineYuan), false);
        if (i.suspendedPersons > 0)
            add(15, i.suspendedPersons, false);
        if (i.revokedPersons > 0)
            add(16, i.revokedPersons, false);
        if (i.prosecutedPersons > 0)
            add(17, i.prosecutedPersons, false);
    }
}

void cases(const LedgerSnapshot &l, int form, QList<LedgerEntry> &out)
{
    for (const CaseRecord &r : l.cases) {
        auto add = [&](int f, int column, const QDate &from, double amount) {
            if (f == form)
                out << entry(LedgerKind::Cases, r.id, r.institutionId, f, column, from, amount, r.title);
        };
        switch (r.kind) {
        case CaseKind::Admonition: add(1, 3, r.heldOn, r.persons); break;
        case CaseKind::Criticism: add(1, 4, r.heldOn, r.persons); break;
        case CaseKind::FirstFormOther: add(1, 5, r.heldOn, r.persons); break;
        case CaseKind::Recommendation:
            add(1, 6, r.heldOn, 1);
            if (r.answeredOn.isValid())
                add(1, 7, r.answeredOn, 1);
            break;
        case CaseKind::LifeMeeting: add(1, 8, r.heldOn, 1); break;
        case CaseKind::WarningEducation:
            add(1, 9, r.heldOn, 1);
            add(3, 1, r.heldOn, 1);
            break;
        case CaseKind::System: add(1, 10, r.heldOn, 1); break;
        case CaseKind::PublicIssue: add(1, 11, r.heldOn, 1); break;
        case CaseKind::Training:
            add(3, 2, r.heldOn, 1);
            add(3, 3, r.heldOn, r.persons);
            break;
        case CaseKind::CaseMaterial: add(3, 4, r.heldOn, 1); break;
        case CaseKind::Confession: add(3, 6, r.heldOn, r.persons); break;
        case CaseKind::Kickback:
            add(3, 8, r.heldOn, 1);
            add(3, 9, r.heldOn, r.persons);
            add(3, 10, r.heldOn, Money::toWan(r.amountYuan));
            break;
        case CaseKind::Gift:
            add(3, 11, r.heldOn, 1);
            add(3, 12, r.heldOn, r.persons);
            add(3, 13, r.heldOn, Money::toWan(r.amountYuan));
            break;
        }
    }
}

void interviews(const LedgerSnapshot &l, QList<LedgerEntry> &out)
{
    for (const SupplierInterview &i : l.interviews)
        out << entry(LedgerKind::Suppliers, i.id, i.institutionId, 3, 7, i.heldOn, 1, i.supplier);
}

} // namespace

QList<LedgerEntry> collect(const LedgerSnapshot &ledgers, int form)
{
    QList<LedgerEntry> out;
    switch (form) {
    case 1:
        problems(ledgers, out);
        cases(ledgers, 1, out);
        break;
    case 2:
        inspections(ledgers, out);
        break;
    case 3:
        tipoffs(ledgers, out);
        cases(ledgers, 3, out);
        interviews(ledgers, out);
        break;
    default: break;
    }
    // Zero amounts say nothing about a cell; the record still makes its unit a keeper.
    out.erase(std::remove_if(out.begin(), out.end(), [](const LedgerEntry &e) { return e.amount == 0; }), out.end());
    return out;
}

QHash<QString, QSet<qint64>> keepers(const LedgerSnapshot &l)
{
    QHash<QString, QSet<qint64>> k;
    for (const Problem &p : l.problems)
        k[QStringLiteral("problems")].insert(p.institutionId);
    for (const Tipoff &t : l.tipoffs)
        k[QStringLiteral("tipoffs")].insert(t.institutionId);
    for (const Inspection &i : l.inspections)
        k[QStringLiteral("inspections")].insert(i.institutionId);
    for (const CaseRecord &r : l.cases)
        k[caseGroup(r.kind)].insert(r.institutionId);
    for (const SupplierInterview &i : l.interviews)
        k[QStringLiteral("supplier-interviews")].insert(i.institutionId);
    return k;
}

} // namespace qf::LedgerEntries
