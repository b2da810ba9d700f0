// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerDerivation.h"

#include "Baselines.h"
#include "SyntheticLedgers.h"

#include "forms/FormDescription.h"
#include "ledgers/LedgerFigures.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <cmath>
#include <cstdio>

namespace qf::bench {

QString writeLedgerDatabase(const QString &from, const QString &to, const SyntheticData &data, const QString &keptAs)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return QStringLiteral("cannot copy the database to ") + to;
    QElapsedTimer timer;
    timer.start();
    LedgerCounts n;
    {
        Database db;
        Status s = db.open(to);
        if (s)
            s = generateLedgers(db, data, &n);
        if (!s)
            return s.message();
    }
    std::fprintf(stderr, "  %d problems (%d steps), %d inspections, %d tip-offs (%d steps), %d case records, "
                         "%d supplier interviews, %d listed suppliers in %.1f s\n",
                 n.problems, n.problemSteps, n.inspections, n.tipoffs, n.tipoffSteps, n.cases, n.interviews, n.listed,
                 double(timer.elapsed()) / 1000);
    if (!keptAs.isEmpty()) {
        QFile::remove(keptAs);
        if (!QFile::copy(to, keptAs))
            std::fprintf(stderr, "  cannot copy the database to %s\n", qPrintable(keptAs));
    }
    return QString();
}

QString deriveLedgerFigures(Database &db, const Campaign &campaign, const QList<YearMonth> &months,
                            QList<Report> *reports)
{
    const QList<Institution> registry = InstitutionRepository(db).all();
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaign.id), registry, campaign.id);
    qsizetype made = 0;
    for (int form : FormCatalog::numbers()) {
        const QList<Report> derived = figures.derive(form, months);
        made += derived.size();
        if (reports)
            *reports << derived;
    }
    return made > 0 ? QString() : QStringLiteral("no ledger figures derived");
}

QString checkLedgerLimit(const QString &dbPath, const Campaign &campaign, const QList<YearMonth> &months,
                         int *cellsCompared)
{
    QList<Report> product;
    {
        Database db;
        if (Status s = db.open(dbPath); !s)
            return s.message();
        if (QString e = deriveLedgerFigures(db, campaign, months, &product); !e.isEmpty())
            return e;
    }
    QHash<QString, double> limit;
    if (QString e = onRawConnection(dbPath, [&](QSqlDatabase db) { return ledgerGroupBy(db, campaign, months, &limit); });
        !e.isEmpty())
        return e;
    QStringList differences;
    int differing = 0;
    auto differ = [&](const QString &key, double p, double l) {
        if (++differing <= 5)
            differences << QStringLiteral("%1: product %2, limit %3").arg(key).arg(p).arg(l);
    };
    QHash<QString, double> made;
    *cellsCompared = 0;
    for (const Report &r : std::as_const(product))
        for (auto it = r.numbers.constBegin(); it != r.numbers.constEnd(); ++it) {
            const QString key = ledgerCellKey(r.form, r.unitKey, r.period, it.key());
            made.insert(key, it.value());
            const double l = limit.value(key, 0);
            ++*cellsCompared;
            if (std::fabs(l - it.value()) > 1e-6)
                differ(key, it.value(), l);
        }
    // A figure only the limit has would be one the program never shows.
    for (auto it = limit.constBegin(); it != limit.constEnd(); ++it)
        if (!made.contains(it.key()))
            differ(it.key() + QStringLiteral(" (no product cell)"), 0, it.value());
    if (*cellsCompared == 0)
        return QStringLiteral("the product derived no cells");
    if (differing == 0)
        return QString();
    return QStringLiteral("%1 of %2 cells differ, e.g. %3")
        .arg(differing)
        .arg(*cellsCompared)
        .arg(differences.join(QStringLiteral("; ")));
}

} // namespace qf::bench
