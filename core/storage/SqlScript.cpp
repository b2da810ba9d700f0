// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

namespace qf::SqlScript {

QStringList split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;  // SQLite's CREATE TRIGGER … BEGIN … END;
    bool sawBegin = false;
    bool inDollar = false;   // PostgreSQL's $$ … $$ function bodies
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!inDollar && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger && (line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0
                          || line.endsWith(QLatin1String(" BEGIN"), Qt::CaseInsensitive)))
            sawBegin = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        current += raw + QLatin1Char('\n');
        bool ends = false;
        if (!inDollar) {
            // A PostgreSQL trigger has no body of its own: it ends at its first ';'.
            ends = inTrigger && sawBegin ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                         : line.endsWith(QLatin1Char(';'));
        }
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
            sawBegin = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace qf::SqlScript
