// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

namespace qf::cli {

bool CliOptions::parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const int eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                m_values[name] << inlineValue;
            } else if (i + 1 < args.size()) {
                m_values[name] << args.at(++i);
            } else {
                m_error = tr("选项 --%1 需要一个值。").arg(name);
                return false;
            }
        } else {
            m_error = tr("未知选项 --%1。").arg(name);
            return false;
        }
    }
    return true;
}

QString CliOptions::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace qf::cli
