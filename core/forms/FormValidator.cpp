// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormValidator.h"

#include "io/NumberText.h"

#include <cmath>

namespace qf {

namespace {

constexpr double kEpsilon = 1e-6;

double sumOf(const Report &r, const QList<int> &columns)
{
    double s = 0;
    for (int c : columns)
        s += r.number(c);
    return s;
}

QString columnList(const QList<int> &columns)
{
    QStringList parts;
    for (int c : columns)
        parts << QString::number(c);
    return parts.join(QLatin1Char('+'));
}

// A month's increase is unusual when it is well above the unit's own average pace: the
// cumulative figure before the month spread over the months it covers. The average needs
// only the previous report, so checking a month never reads the unit's whole history, and
// one early spike does not blind the check for the rest of the campaign as the largest
// earlier increase would. Under three months of figures there is no pace to judge by.
constexpr int kMinHistory = 3;
constexpr double kJumpFactor = 3.0;
constexpr double kJumpFloor = 10.0;

} // namespace

QList<Finding> FormValidator::validateReport(const FormDescription &form, const ReportingUnit &unit, const Report &r,
                                             const Report *previous, const YearMonth &countingFrom,
                                             const QSet<int> &ledgerColumns, const YearMonth &typedPrevious)
{
    QList<Finding> findings;
    auto add = [&](Finding::Severity severity, int column, const QString &rule, const QString &message) {
        for (const Finding &f : findings)
            if (f.column == column && f.isError() && severity == Finding::Severity::Warning)
                return;   // an error on the cell already says enough
        findings << Finding{severity, form.number, unit.key, unit.name, r.period, column, rule, message};
    };

    for (const FormColumn &c : form.columns) {
        if (!c.isNumeric() || !r.hasNumber(c.number) || !c.derived.isEmpty())
            continue;
        const double v = r.number(c.number);
        if (v < -kEpsilon)
            add(Finding::Severity::Error, c.number, QStringLiteral("non-negative"), tr("不能为负数（填报为%1）").arg(NumberText::format(v)));
        if (c.kind == ColumnKind::Count && std::fabs(v - std::round(v)) > kEpsilon)
            add(Finding::Severity::Error, c.number, QStringLiteral("whole-number"), tr("应为整数（填报为%1）").arg(NumberText::format(v)));
        if (previous && previous->hasNumber(c.number) && v < previous->number(c.number) - kEpsilon)
            add(Finding::Severity::Error, c.number, QStringLiteral("cumulative"),
                tr("累计数%1小于上月累计数%2：逐月累计的数字不应减少").arg(NumberText::format(v), NumberText::format(previous->number(c.number))));
    }

    for (const FormRule &rule : form.rules) {
        const double left = sumOf(r, rule.left);
        const double right = sumOf(r, rule.right);
        bool broken = false;
        switch (rule.type) {
        case FormRule::Type::LessOrEqual: broken = left > right + kEpsilon; break;
        case FormRule::Type::Equal: broken = std::fabs(left - right) > kEpsilon; break;
        case FormRule::Type::Implies: broken = left > kEpsilon && right <= kEpsilon; break;
        }
        if (!broken)
            continue;
        const QString detail = rule.type == FormRule::Type::Implies
            ? rule.message
            : tr("%1（%2 = %3，%4 = %5）").arg(rule.message, columnList(rule.left), NumberText::format(left), columnList(rule.right), NumberText::format(right));
        add(rule.severity == FormRule::Severity::Error ? Finding::Severity::Error : Finding::Severity::Warning,
            rule.left.value(0), rule.id, detail);
    }

    // A unit that opened during the campaign counts from its own first month.
    const YearMonth from = countingFrom.isValid() && unit.openedIn.isValid() && unit.openedIn > countingFrom ? unit.openedIn
                                                                                                         : countingFrom;
    if (previous && from.isValid()) {
        for (const FormColumn &c : form.columns) {
            // Without a previous figure for the column there is no pace, only a first figure.
            if (!c.isNumeric() || !c.derived.isEmpty() || !r.hasNumber(c.number) || !previous->hasNumber(c.number))
                continue;
            // The ledgers make their columns every month; a typed column's previous figure
            // may be older, when the unit skipped months.
            const YearMonth before = typedPrevious.isValid() && !ledgerColumns.contains(c.number) ? typedPrevious
                                                                                                 : previous->period;
            const int monthsBefore = from.monthsUntil(before) + 1;
            const int monthsNow = before.monthsUntil(r.period);
            if (monthsBefore < kMinHistory || monthsNow < 1)
                continue;
            const double pace = previous->number(c.number) / monthsBefore;
            const double increase = r.number(c.number) - previous->number(c.number);
            if (increase <= kJumpFloor || increase <= kJumpFactor * pace * monthsNow)
                continue;
            const QString paceText = QString::number(pace, 'f', pace < 10 ? 1 : 0);
            const QString increaseText = QString::number(increase, 'f', c.kind == ColumnKind::Count ? 0 : 2);
            add(Finding::Severity::Warning, c.number, QStringLiteral("unusual-increase"),
                monthsNow == 1 ? tr("本月增加%1，远高于此前平均每月增加%2，请核实").arg(increaseText, paceText)
                               : tr("%1以来%2个月增加%3，远高于此前平均每月增加%4，请核实")
                                     .arg(before.label()).arg(monthsNow).arg(increaseText, paceText));
        }
    }
    return findings;
}

QList<Finding> FormValidator::validateAgainstLater(const FormDescription &form, const ReportingUnit &unit, const Report &r,
                                                   const Report &later)
{
    QList<Finding> findings;
    for (const FormColumn &c : form.columns) {
        if (!c.isNumeric() || !r.hasNumber(c.number) || !later.hasNumber(c.number)
            || r.number(c.number) <= later.number(c.number) + kEpsilon)
            continue;
        findings << Finding{Finding::Severity::Error, form.number, unit.key, unit.name, r.period, c.number,
                            QStringLiteral("cumulative-later"),
                            tr("累计数%1大于已存的%2累计数%3：逐月累计的数字不应减少，请核对%2第%4栏。")
                                .arg(NumberText::format(r.number(c.number)), later.period.toChinese(), NumberText::format(later.number(c.number)))
                                .arg(c.number)};
    }
    return findings;
}

QList<Finding> FormValidator::validate(const FormDescription &form, const QList<UnitFigures> &units,
                                       const YearMonth &countingFrom)
{
    QList<Finding> findings;
    for (const UnitFigures &u : units) {
        // Carried figures were checked in the month they were reported.
        if (!u.reported)
            continue;
        const Report *previous = u.previous.period.isValid() ? &u.previous : nullptr;
        QSet<int> ledgerColumns = u.ledgerColumns;
        for (auto it = u.overrides.cbegin(); it != u.overrides.cend(); ++it)
            ledgerColumns.insert(it.key());
        findings << validateReport(form, u.unit, u.current, previous, countingFrom, ledgerColumns, u.previousTyped);
    }
    return findings;
}

} // namespace qf
