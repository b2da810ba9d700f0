// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbookImport.h"
#include "forms/ReportingUnit.h"
#include "model/NameKey.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace qf {

/// What a batch of files is checked against, found once: the registry's institutions by
/// name and the stored reports by unit and month, read as the files name their months.
class WorkbookImport::Lookup
{
public:
    explicit Lookup(const Context &ctx) : m_registry(ctx.registry), m_storedAround(ctx.storedAround)
    {
        for (int n = 0; n < ctx.registry.size(); ++n) {
            const Institution &i = ctx.registry.at(n);
            m_byName.insert(NameKey::of(i.name), n);
            if (!i.shortName.isEmpty())
                m_byShortName.insert(NameKey::of(i.shortName), n);
        }
        if (!m_storedAround)
            m_all = bySeries(ctx.stored);
    }

    /// The registry's institution of that name or short name (the later one when both match),
    /// compared as every name is (NameKey): invisible marks, width and spaces do not count.
    const Institution *institution(const QString &name) const
    {
        const QString key = NameKey::of(name);
        const int n = qMax(m_byName.value(key, -1), m_byShortName.value(key, -1));
        return n < 0 ? nullptr : &m_registry.at(n);
    }

    /// The unit's stored reports of a form that a file of the month is checked against,
    /// oldest first: at least its latest up to the month, the one before that and its first
    /// after the month.
    QList<Report> series(int form, const QString &unitKey, const YearMonth &period) const
    {
        if (!m_storedAround)
            return m_all.value(seriesKey(form, unitKey));
        const QString month = period.toString();
        auto around = m_around.constFind(month);
        if (around == m_around.constEnd())
            around = m_around.insert(month, bySeries(m_storedAround(period)));
        return around->value(seriesKey(form, unitKey));
    }

    std::optional<ReportingUnit> unit(const FormDescription &form, qint64 institutionId, const YearMonth &period) const
    {
        const QString key = QStringLiteral("%1|%2").arg(form.number).arg(period.toString());
        auto units = m_units.constFind(key);
        if (units == m_units.constEnd()) {
            QHash<qint64, ReportingUnit> byId;
            for (const ReportingUnit &u : ReportingUnits::forForm(form, m_registry, period))
                byId.insert(u.institutionId, u);
            units = m_units.insert(key, byId);
        }
        const auto u = units->constFind(institutionId);
        return u == units->constEnd() ? std::nullopt : std::optional<ReportingUnit>(*u);
    }

private:
    using Series = QHash<QString, QList<Report>>;   ///< form|unit → reports, oldest first

    static QString seriesKey(int form, const QString &unitKey) { return QStringLiteral("%1|%2").arg(form).arg(unitKey); }
    static Series bySeries(const QList<Report> &reports)
    {
        Series series;
        for (const Report &r : reports)
            series[seriesKey(r.form, r.unitKey)] << r;
        for (QList<Report> &s : series)
            std::sort(s.begin(), s.end(), [](const Report &a, const Report &b) { return a.period < b.period; });
        return series;
    }

    QList<Institution> m_registry;
    std::function<QList<Report>(const YearMonth &)> m_storedAround;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byShortName;
    Series m_all;                                   ///< every stored report, without storedAround
    mutable QHash<QString, Series> m_around;        ///< month → what its files are checked against
    mutable QHash<QString, QHash<qint64, ReportingUnit>> m_units;   ///< form|month → units by institution
};

} // namespace qf
