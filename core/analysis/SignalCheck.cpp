// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalCheck.h"

#include <QStringList>

namespace qf::SignalCheck {

SignalFinding finding(const SignalRule &rule, const AnalysisData &data, qint64 institutionId,
                      const QList<YearMonth> &months, const QHash<QString, QString> &values)
{
    SignalFinding f;
    f.institutionId = institutionId;
    f.institution = data.nameOf(institutionId);
    f.signalId = rule.id;
    f.signalName = rule.name;
    f.weight = rule.weight;
    f.months = months;
    QHash<QString, QString> all = values;
    if (!all.contains(QStringLiteral("months")))
        all.insert(QStringLiteral("months"), monthList(months));
    f.evidence = rule.explain(all);
    return f;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString figuresText(const QMap<int, double> &numbers)
{
    QStringList parts;
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        if (it.value() != 0)
            parts << QStringLiteral(u"（%1）%2").arg(it.key()).arg(number(it.value()));
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1Char(' '));
}

int nonZero(const QMap<int, double> &numbers)
{
    int n = 0;
    for (double v : numbers)
        n += v != 0 ? 1 : 0;
    return n;
}

bool allZero(const QMap<int, double> &numbers)
{
    return nonZero(numbers) == 0;
}

QString monthList(const QList<YearMonth> &months)
{
    QStringList list;
    for (const YearMonth &m : months)
        list << m.toChinese();
    return list.join(QStringLiteral(u"、"));
}

} // namespace qf::SignalCheck
