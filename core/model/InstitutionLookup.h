// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Institution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

/// The institution a user means by a name typed on the command line (--unit, --institution):
/// its full name or its 简称, compared as names are everywhere (NameKey). A name that two
/// institutions answer to (the full name of one and the 简称 of another, or two 简称) is
/// refused with every candidate by its full name: taking either would put one institution's
/// figures under the other's name without a word.
class InstitutionLookup
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionLookup)
public:
    /// The one institution of `registry` named `name`; a failure naming the candidates when
    /// there are several, or saying that none has the name.
    static Status find(const QList<Institution> &registry, const QString &name, Institution *out);
    /// Every institution of `registry` whose full name or 简称 is `name`.
    static QList<Institution> matching(const QList<Institution> &registry, const QString &name);
};

} // namespace qf
