// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormValidator.h"

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

// A month's increase is unusual when it is well above anything the unit reported before;
// with fewer than three earlier months there is no history to judge by.
constexpr int kMinHistory = 3;
constexpr double kJumpFactor = 3.0;
constexpr double kJumpFloor = 10.0;

} // namespace

QList<Finding> FormValidator::validateReport(const FormDescription &form, const ReportingUnit &unit, const Report &r,
                                             const Report *previous, const QList<Report> &history)
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
            add(Finding::Severity::Error, c.number, QStringLiteral("non-negative"), tr("不能为负数（填报为%1）").arg(v));
        if (c.kind == ColumnKind::Count && std::fabs(v - std::round(v)) > kEpsilon)
            add(Finding::Severity::Error, c.number, QStringLiteral("whole-number"), tr("应为整数（填报为%1）").arg(v));
        if (previous && previous->hasNumber(c.number) && v < previous->number(c.number) - kEpsilon)
            add(Finding::Severity::Error, c.number, QStringLiteral("cumulative"),
                tr("累计数%1小于上月累计数%2：逐月累计的数字不应减少").arg(v).arg(previous->number(c.number)));
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
            : tr("%1（%2 = %3，%4 = %5）").arg(rule.message, columnList(rule.left)).arg(left).arg(columnList(rule.right)).arg(right);
        add(rule.severity == FormRule::Severity::Error ? Finding::Severity::Error : Finding::Severity::Warning,
            rule.left.value(0), rule.id, detail);
    }

    if (previous && history.size() >= kMinHistory) {
        for (const FormColumn &c : form.columns) {
            if (!c.isNumeric() || !c.derived.isEmpty())
                continue;
            double largest = 0;
            for (int i = 1; i < history.size(); ++i)
                largest = qMax(largest, history.at(i).number(c.number) - history.at(i - 1).number(c.number));
            largest = qMax(largest, history.first().number(c.number));
            const double increase = r.number(c.number) - previous->number(c.number);
            if (increase > kJumpFloor && increase > kJumpFactor * largest)
                add(Finding::Severity::Warning, c.number, QStringLiteral("unusual-increase"),
                    tr("本月增加%1，远高于以往单月最大增加%2，请核实").arg(increase).arg(largest));
        }
    }
    return findings;
}

QList<Finding> FormValidator::validate(const FormDescription &form, const YearMonth &period,
                                       const QList<UnitFigures> &units, const QHash<QString, QList<Report>> &history)
{
    QList<Finding> findings;
    for (const UnitFigures &u : units) {
        // Carried figures were checked in the month they were reported.
        if (!u.reported)
            continue;
        const Report *previous = u.previous.period.isValid() ? &u.previous : nullptr;
        findings << validateReport(form, u.unit, u.current, previous, history.value(u.unit.key));
    }
    Q_UNUSED(period);
    return findings;
}

} // namespace qf
