// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

namespace qf {

QString reportSourceKey(ReportSource s)
{
    switch (s) {
    case ReportSource::Typed: return QStringLiteral("typed");
    case ReportSource::Imported: return QStringLiteral("imported");
    case ReportSource::Derived: break;
    }
    return QStringLiteral("derived");
}

ReportSource reportSourceFromKey(const QString &key)
{
    if (key == QLatin1String("imported"))
        return ReportSource::Imported;
    if (key == QLatin1String("derived"))
        return ReportSource::Derived;
    return ReportSource::Typed;
}

} // namespace qf
