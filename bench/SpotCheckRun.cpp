// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckRun.h"

#include "Baselines.h"
#include "Measurement.h"

#include "actions/SpotCheckActions.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <tuple>
#include <vector>

namespace qf::bench {

namespace {

constexpr int kPool = 40;
constexpr int kDrawn = 60;

struct Row
{
    qint64 id;
    QString ownership;
    int level;
};

// The limit: the strata by a map, a uniform sample in each (proportional, at least one),
// two distinct inspectors from a shuffled pool for each institution drawn.
QString bareDraw(const std::vector<Row> &rows, std::vector<qint64> *drawn)
{
    std::map<std::tuple<QString, int>, std::vector<qint64>> strata;
    for (const Row &r : rows)
        strata[{r.ownership, r.level}].push_back(r.id);
    std::mt19937_64 rng(20211215);
    drawn->clear();
    for (const auto &[key, ids] : strata) {
        const size_t k = std::max<size_t>(1, ids.size() * size_t(kDrawn) / rows.size());
        std::sample(ids.begin(), ids.end(), std::back_inserter(*drawn), k, rng);
    }
    std::vector<int> pool(kPool);
    for (int i = 0; i < kPool; ++i)
        pool[size_t(i)] = i;
    qint64 check = 0;
    for (size_t k = 0; k < drawn->size(); ++k) {
        std::shuffle(pool.begin(), pool.end(), rng);
        check += pool[0] + pool[1];
    }
    return drawn->empty() || check < 0 ? QStringLiteral("nothing drawn") : QString();
}

QString bareSelectAndDraw(QSqlDatabase db)
{
    QSqlQuery q(QStringLiteral("SELECT id, ownership, level FROM institution WHERE active = 1 ORDER BY id"), db);
    std::vector<Row> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    std::vector<qint64> drawn;
    return rows.empty() ? QStringLiteral("no institutions") : bareDraw(rows, &drawn);
}

SpotCheckRequest requestFor(const SyntheticData &data)
{
    SpotCheckRequest r;
    r.campaignId = data.campaign.id;
    r.count = kDrawn;
    r.seed = 20211215;
    r.day = data.campaign.reportingPeriods().last().firstDay();
    return r;
}

} // namespace

void addSpotCheckRows(const QString &dbPath, const SyntheticData &data, const QString &scale, int runs, ResultTable *table)
{
    std::fprintf(stderr, "  - spot-check draw\n");
    QString error;
    SpotCheckInputs inputs;
    {
        // The pool, written once into the generated database: the bureau's staff.
        Database db;
        Status s = db.open(dbPath);
        for (int k = 0; s && k < kPool; ++k) {
            Inspector i;
            i.name = QStringLiteral(u"检查员%1").arg(k + 1);
            i.office = QStringLiteral(u"医政股");
            s = SpotCheckActions::addInspector(db, i);
        }
        if (s)
            s = SpotCheckActions::prepare(db, requestFor(data), &inputs);
        error = s ? QString() : s.message();
    }
    std::vector<Row> rows;
    for (const SpotCheckCandidate &c : inputs.candidates)
        rows.push_back({c.institutionId, QString::number(int(c.ownership)), int(c.level)});
    auto result = [&](const QString &key, const QString &label, const Sample &product, const Sample &baseline, const QString &note) {
        Result r;
        r.key = key;
        r.label = label;
        r.scale = scale;
        r.product = product;
        r.baseline = baseline;
        r.goalSeconds = 0.05;
        r.note = error.isEmpty() ? note : QStringLiteral("setup failed: ") + error;
        table->add(r);
    };
    const QString of = QStringLiteral("draw %1 of %2 institutions").arg(kDrawn).arg(inputs.candidates.size());
    result(QStringLiteral("spotcheck-draw"), of,
           measure([&] {
               QList<SpotCheckPick> picks;
               const Status s = SpotCheckDraw::run(inputs, &picks);
               return !s ? s.message() : picks.size() != kDrawn ? QStringLiteral("drew %1").arg(picks.size()) : QString();
           }, runs),
           measure([&] {
               std::vector<qint64> drawn;
               return bareDraw(rows, &drawn);
           }, runs),
           QStringLiteral("SpotCheckDraw::run (strata, SplitMix64, two inspectors each) vs std::sample per stratum; goal absolute"));

    std::unique_ptr<Database> productDb;
    QSqlDatabase rawDb;
    result(QStringLiteral("spotcheck-action"), of + QStringLiteral(", read and stored"),
           measure([&] {
               productDb = std::make_unique<Database>();
               const Status s = productDb->open(dbPath);
               return s ? QString() : s.message();
           }, [&] {
               SpotCheckRecord record;
               const Status s = SpotCheckActions::draw(*productDb, requestFor(data), QStringLiteral("bench"), &record);
               return s ? QString() : s.message();
           }, runs),
           measure([&] { return openRaw(dbPath, &rawDb); }, [&] { return bareSelectAndDraw(rawDb); }, runs),
           QStringLiteral("SpotCheckActions::draw: registry, pool and last inspectors read, draw stored with inputs (audited) "
                          "vs SELECT registry + std::sample, database open; goal absolute"));
}

} // namespace qf::bench
