// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' data: on the demo county every value a chart draws is the value the series'
// table (analysis series) holds for that series, group and month, and what a click on a
// filing bar lists adds up to the bar, unit by unit from the tracking matrix.
#include "TestSupport.h"

#include "analysis/AnalysisSnapshot.h"
#include "analysis/ChartData.h"

#include <QHash>

using namespace qf;

namespace {

const QDate kAsOf(2021, 12, 20);

AnalysisSnapshot snapshotOf(test::DemoDatabase &demo, const YearMonth &month = YearMonth())
{
    AnalysisSnapshot s;
    const Status status = AnalysisSnapshot::load(demo.db(), demo.campaignId(), month, kAsOf, &s);
    INFO(status.message());
    REQUIRE(status.isOk());
    return s;
}

ChartData chartOf(const AnalysisSnapshot &s, const ChartRequest &request)
{
    ChartData c;
    const Status status = ChartData::build(s, request, &c);
    INFO(ChartData::nameOf(request.kind).toStdString() << ": " << status.message().toStdString());
    REQUIRE(status.isOk());
    return c;
}

// The long table every output writes, keyed by 序列|分组|月份: what `analysis series` prints.
QHash<QString, QString> tableOf(const AnalysisSeries &s)
{
    QHash<QString, QString> table;
    for (const QStringList &row : s.rows())
        table.insert(row.at(0) + QLatin1Char('|') + row.at(1) + QLatin1Char('|') + row.at(2), row.at(3));
    return table;
}

QString text(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

} // namespace

TEST_CASE("every chart of the demo county draws the values the series table holds", "[analysis][charts]")
{
    test::DemoDatabase demo;
    const AnalysisSnapshot s = snapshotOf(demo);
    const YearMonth last = s.series.months.last();
    const QHash<QString, QString> table = tableOf(s.series);
    QList<ChartRequest> requests;
    for (const QString &name : ChartData::names()) {
        ChartRequest r;
        r.kind = *ChartData::kindNamed(name);
        r.month = last;
        if (r.kind == ChartKind::Trend) {
            r.form = 1;
            r.column = 1;
        }
        requests << r;
    }
    // Every group of the problems chart, not only the county.
    for (const QString &g : ChartData::groups(s)) {
        ChartRequest r;
        r.kind = ChartKind::Problems;
        r.month = last;
        r.unit = g;
        requests << r;
    }
    REQUIRE(ChartData::groups(s).size() > 1);
    int compared = 0, nonZero = 0;
    for (const ChartRequest &r : requests) {
        const ChartData c = chartOf(s, r);
        REQUIRE(!c.categories.isEmpty());
        REQUIRE(!c.sets.isEmpty());
        for (const ChartData::Set &set : c.sets) {
            const AnalysisSeries::Series *series = s.series.find(set.seriesId);
            REQUIRE(series);
            REQUIRE(set.values.size() == c.categories.size());
            for (int k = 0; k < c.categories.size(); ++k) {
                // By month the category is the month and the group the one asked for; by
                // category (or institution) the category is the group, at the month asked for.
                const bool byMonth = !c.months.isEmpty();
                const QString group = byMonth ? (r.unit.isEmpty() ? AnalysisSeries::county() : r.unit) : c.categories.at(k);
                const QString month = byMonth ? c.months.at(k).toString() : r.month.toString();
                const QString key = series->title + QLatin1Char('|') + group + QLatin1Char('|') + month;
                INFO(ChartData::nameOf(r.kind).toStdString() << " " << key.toStdString());
                REQUIRE(table.contains(key));
                CHECK(text(set.values.at(k), series->decimals) == table.value(key));
                ++compared;
                if (set.values.at(k).value_or(0) != 0)
                    ++nonZero;
            }
        }
    }
    CHECK(compared > 50);
    CHECK(nonZero > 20);
}

TEST_CASE("a filing bar's drill-down lists the units behind it and their reports add up to the bar", "[analysis][charts]")
{
    test::DemoDatabase demo;
    const AnalysisSnapshot s = snapshotOf(demo);
    ChartRequest r;
    r.kind = ChartKind::Filing;
    r.month = s.series.months.last();
    const ChartData c = chartOf(s, r);
    REQUIRE(c.sets.size() == 3);
    int checked = 0;
    for (int k = 0; k < c.categories.size(); ++k) {
        // The three parts of a month's bar are what fell due that month, as the matrix counts it.
        const qsizetype column = s.tracking.periods.indexOf(c.months.at(k));
        REQUIRE(column >= 0);
        const TrackingCounts due = s.tracking.columnTotals.at(column);
        if (due.expected == 0) {
            for (const ChartData::Set &set : c.sets)
                CHECK_FALSE(set.values.at(k).has_value());
            continue;
        }
        CHECK(c.sets.at(0).values.at(k).value_or(-1) + c.sets.at(1).values.at(k).value_or(-1)
                  + c.sets.at(2).values.at(k).value_or(-1)
              == due.expected);
        for (int set = 0; set < 3; ++set) {
            const QList<ChartData::DrillRow> rows = c.drillDown(s, set, k);
            double sum = 0;
            QStringList names;
            for (const ChartData::DrillRow &row : rows) {
                CHECK(row.value > 0);
                CHECK(!names.contains(row.name));
                names << row.name;
                sum += row.value;
            }
            INFO(c.categories.at(k).toStdString() << " " << c.sets.at(set).name.toStdString());
            CHECK(sum == c.sets.at(set).values.at(k).value_or(-1));
            if (!rows.isEmpty())
                ++checked;
        }
    }
    CHECK(checked >= 3);
}

TEST_CASE("a chart refuses a month outside the series, an unknown group and a column that is not there", "[analysis][charts]")
{
    test::DemoDatabase demo;
    const AnalysisSnapshot s = snapshotOf(demo);
    ChartData c;
    ChartRequest r;
    r.kind = ChartKind::Filing;
    r.month = s.series.months.last().next();
    CHECK_FALSE(ChartData::build(s, r, &c).isOk());
    r.month = s.series.months.last();
    r.kind = ChartKind::Problems;
    r.unit = QStringLiteral(u"没有这一类");
    const Status group = ChartData::build(s, r, &c);
    CHECK_FALSE(group.isOk());
    CHECK(group.message().contains(QStringLiteral(u"没有这一类")));
    r.kind = ChartKind::Trend;
    r.unit.clear();
    r.form = 1;
    r.column = 99;
    CHECK_FALSE(ChartData::build(s, r, &c).isOk());
    CHECK(ChartData::kindNamed(QStringLiteral("pie")) == std::nullopt);
    for (const QString &name : ChartData::names())
        CHECK(ChartData::nameOf(*ChartData::kindNamed(name)) == name);
}

TEST_CASE("one institution's trend is its own row of the built forms, month by month", "[analysis][charts]")
{
    test::DemoDatabase demo;
    const AnalysisSnapshot s = snapshotOf(demo);
    // The institution with the most problems found (（1）) in the last month.
    const YearMonth last = s.series.months.last();
    const FormTable *table = s.form(1, last);
    REQUIRE(table);
    const FormRow *busiest = nullptr;
    for (const FormRow &row : table->rows)
        if (row.style == RowStyle::Unit && UnitKey::isInstitution(row.unitKey) && !row.values.isEmpty()
            && (!busiest || row.values.at(0).number > busiest->values.at(0).number))
            busiest = &row;
    REQUIRE(busiest);
    REQUIRE(busiest->values.at(0).number > 0);
    const QString name = s.data.nameOf(UnitKey::institutionId(busiest->unitKey));
    ChartRequest r;
    r.kind = ChartKind::Trend;
    r.month = last;
    r.form = 1;
    r.column = 1;
    r.unit = name;
    const ChartData c = chartOf(s, r);
    REQUIRE(c.sets.size() == 1);
    CHECK(c.sets.first().values.last() == busiest->values.at(0).number);
    const QList<ChartData::DrillRow> rows = c.drillDown(s, 0, int(c.categories.size()) - 1);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().value == busiest->values.at(0).number);
    // The county's line is larger than any one unit's where others found problems too.
    r.unit.clear();
    const ChartData county = chartOf(s, r);
    CHECK(county.sets.first().values.last().value_or(0) >= busiest->values.at(0).number);
}
