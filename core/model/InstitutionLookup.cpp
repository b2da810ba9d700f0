// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionLookup.h"

#include "NameKey.h"

#include <QStringList>

namespace qf {

QList<Institution> InstitutionLookup::matching(const QList<Institution> &registry, const QString &name)
{
    const QString key = NameKey::of(name);
    QList<Institution> candidates;
    for (const Institution &i : registry)
        if (!key.isEmpty() && (NameKey::of(i.name) == key || (!i.shortName.isEmpty() && NameKey::of(i.shortName) == key)))
            candidates << i;
    return candidates;
}

Status InstitutionLookup::find(const QList<Institution> &registry, const QString &name, Institution *out)
{
    const QString wanted = name.trimmed();
    const QList<Institution> candidates = matching(registry, wanted);
    if (candidates.isEmpty())
        return Status::failure(tr("名册中没有机构“%1”。").arg(wanted));
    if (candidates.size() > 1) {
        QStringList names;
        for (const Institution &i : candidates)
            names << (i.shortName.isEmpty() ? i.name : tr("%1（简称“%2”）").arg(i.name, i.shortName));
        return Status::failure(tr("名册中有%1家机构的全称或简称是“%2”：%3。请写其中一家的全称；"
                                  "若一家的全称是另一家的简称，请先在机构名册中改正简称。")
                                   .arg(candidates.size())
                                   .arg(wanted, names.join(QStringLiteral(u"、"))));
    }
    if (out)
        *out = candidates.first();
    return Status::success();
}

} // namespace qf
